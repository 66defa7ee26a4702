"""The summary's questionnaire results: rows, each series' baseline, and the latest change.

Every change figure comes from :mod:`journal_app.services.measurement` (through
``MoodService``): nothing is computed again here. PHQ-9 item 9 (thoughts of being better
off dead or of self-harm) is carried only when the person chose to include it. The PCL-5
note of the event in mind is private and is never read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from journal_app.domain.assessment import Assessment
from journal_app.instruments.definitions import Instrument, instrument
from journal_app.services.bundle import Services
from journal_app.services.measurement import Measure, Reading, measure

QUESTIONNAIRES = ("phq9", "gad7", "who5", "pcl5")
MAX_RESULTS = 2  # per questionnaire; earlier ones are counted, the baseline always kept
ITEM_NINE = 9  # PHQ-9's question about being better off dead or self-harm
LOW_ITEM = "low_item"  # WHO-5: an answer of 0 or 1


@dataclass(frozen=True)
class ResultRow:
    instrument: str
    name: str
    when: datetime
    total: int
    max_total: int
    band: str
    change: int | None  # from the series' baseline: points, percentage points for WHO-5
    percent: int | None = None
    baseline: bool = False  # this is the baseline the change is counted from
    item9: str | None = None  # the answer's words, when the person included them
    difficulty: str | None = None  # "Somewhat difficult"
    low_item: bool = False  # WHO-5: one or more answers were 0 or 1
    measure: Measure | None = None  # on each questionnaire's latest row: the words' source


@dataclass(frozen=True)
class ItemNine:
    """An answer above "Not at all" to PHQ-9 item 9, in the period."""

    when: datetime
    answer: str


@dataclass(frozen=True)
class Results:
    rows: list[ResultRow]
    left_out: int  # results in the period not listed
    latest: dict[str, Measure]  # by instrument, only those with a result in the period
    item9: list[ItemNine]  # empty when the person left these answers out
    taken: int  # results in the period


def answer_words(inst: Instrument, value: int) -> str:
    return next((o.label for o in inst.options if o.value == value), str(value))


def _difficulty(inst: Instrument, result: Assessment) -> str | None:
    if result.difficulty is None or inst.difficulty is None:
        return None
    return inst.difficulty.label(result.difficulty)


def _item9(inst: Instrument, result: Assessment, include: bool) -> str | None:
    if not include or inst.id != "phq9" or len(result.answers) < ITEM_NINE:
        return None
    return answer_words(inst, result.answers[ITEM_NINE - 1])


def build_results(
    services: Services, start: date, end: date, *, self_harm_answers: bool
) -> Results:
    """The results of the period, with each questionnaire's baseline and latest change."""
    readings = services.mood.readings()
    sessions = services.mood.session_starts()
    latest = services.mood.questionnaire_changes(start, end)
    rows: list[ResultRow] = []
    item9: list[ItemNine] = []
    left_out = taken = 0
    for instrument_id in QUESTIONNAIRES:
        inst = instrument(instrument_id)
        history = [r.data for r in services.assessments.history(instrument_id)]
        period = [a for a in history if start <= a.at.date() <= end]
        taken += len(period)
        if self_harm_answers and instrument_id == "phq9":
            item9 += [
                ItemNine(a.at, answer_words(inst, a.answers[ITEM_NINE - 1]))
                for a in period
                if len(a.answers) >= ITEM_NINE and a.answers[ITEM_NINE - 1] > 0
            ]
        found = latest.get(instrument_id)
        if found is None or found.latest is None or not period:
            left_out += len(period)
            continue
        shown = period[-MAX_RESULTS:]
        left_out += len(period) - len(shown)
        base = found.baseline
        base_result = None
        if base is not None:
            base_result = next((a for a in history if a.at == base.at), None)
            if base_result is not None and base_result not in shown:
                shown = sorted([base_result, *shown], key=lambda a: a.at)
                if base_result in period:
                    left_out -= 1
        mine = readings.get(instrument_id, [])
        for result in shown:
            is_latest = result is shown[-1]
            change = found if is_latest else _measure_at(instrument_id, mine, sessions, result)
            if change.baseline != base:
                # From an earlier course: its baseline isn't in the table, so no figure.
                change = Measure(instrument_id, change.latest)
            rows.append(
                _row(inst, result, change, result is base_result, self_harm_answers, is_latest)
            )
    return Results(rows, left_out, {k: m for k, m in latest.items() if m.latest}, item9, taken)


def _measure_at(
    instrument_id: str, readings: list[Reading], sessions: list[datetime], result: Assessment
) -> Measure:
    """The change as it stood when ``result`` was taken."""
    return measure(instrument_id, [r for r in readings if r.at <= result.at], sessions)


def _row(
    inst: Instrument,
    result: Assessment,
    found: Measure,
    baseline: bool,
    self_harm_answers: bool,
    latest: bool,
) -> ResultRow:
    labels = {b.id: b.label for b in inst.bands}
    percent = result.extra.get("percent")
    return ResultRow(
        instrument=inst.id,
        name=inst.name,
        when=result.at,
        total=result.total,
        max_total=inst.max_total,
        band=labels.get(result.severity, result.severity),
        change=None if baseline else found.change,
        percent=percent if isinstance(percent, int) else None,
        baseline=baseline,
        item9=_item9(inst, result, self_harm_answers),
        difficulty=_difficulty(inst, result),
        low_item=LOW_ITEM in result.flags,
        measure=found if latest else None,
    )
