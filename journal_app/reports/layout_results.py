"""The summary's at-a-glance block and questionnaire table, as HTML (no Qt here).

Change words come from ``services.measurement_words``, the same as in the window and on
the command line. PHQ-9 item 9 is said plainly and calmly: the answer and its date.
"""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.reports.data import SummaryData
from journal_app.reports.results import ItemNine, ResultRow
from journal_app.reports.rich_html import escape, grid, note
from journal_app.reports.words import MINUS, and_join, compact_date, number, plural, short_date
from journal_app.services.measurement import ELEVATED_FROM, Measure
from journal_app.services.measurement_words import (
    CARE_TEAM,
    NOT_APPLICABLE,
    RELIABLE_WORDS,
    amount_words,
    brief,
    remission_words,
    response_words,
)

NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7", "who5": "WHO-5", "pcl5": "PCL-5"}
READS = {
    "phq9": "lower scores mean fewer symptoms",
    "gad7": "lower scores mean fewer symptoms",
    "who5": "higher scores mean better well-being; change in percentage points",
    "pcl5": "lower scores mean fewer symptoms",
}
ITEM_NINE_LABEL = "PHQ-9 item 9"
ITEM_NINE_ABOUT = "thoughts of being better off dead or of self-harm"
BASELINE = "Baseline, before sessions"
LOW_ITEM = "An answer of 0 or 1"


def pairs(rows: Iterable[tuple[str, str]], label_width: int = 22) -> str:
    """A two-column table: a bold label, then ready HTML."""
    cells = "".join(
        f'<tr><td width="{label_width}%"><b>{escape(label)}</b></td><td>{value}</td></tr>'
        for label, value in rows
    )
    return f'<table class="pairs" width="100%" cellspacing="0" cellpadding="2">{cells}</table>'


def signed_change(instrument: str, change: int) -> str:
    """ "−6 points", "+12 percentage points", "no change"."""
    if change == 0:
        return "no change"
    unit = "percentage point" if instrument == "who5" else "point"
    sign = "+" if change > 0 else MINUS
    return f"{sign}{abs(change)} {unit}{'' if abs(change) == 1 else 's'}"


def change_words(found: Measure) -> list[str]:
    """Reliable change, then response and remission (or "not applicable"), as phrases."""
    if found.change is None:
        return [brief(found)]
    reliable = RELIABLE_WORDS[found.reliable or "unchanged"]
    said = [f"{reliable}, {CARE_TEAM}" if found.reliable == "deteriorated" else reliable]
    if found.instrument in ELEVATED_FROM:
        if found.response is None:
            said.append(f"response, remission: {NOT_APPLICABLE}")
        else:
            said += [response_words(found), remission_words(found)]
    return said


def score_text(row: ResultRow) -> str:
    score = f"{row.total} of {row.max_total}"
    if row.percent is not None:
        score += f" ({row.percent}%)"
    return f"{score}, {row.band}"


def item_nine_text(found: list[ItemNine]) -> str:
    answers = [f"“{i.answer}” on {short_date(i.when.date())}" for i in found]
    return escape(f"{and_join(answers)} ({ITEM_NINE_ABOUT}).")


# At a glance


def _period(data: SummaryData) -> str:
    days = (data.options.end - data.options.start).days + 1
    parts = [plural(days, "day")]
    if data.wants("journeys"):
        planned = sum(1 for j in data.journeys if j.planned)
        parts.append(_count(data.sessions_held, "session"))
        if planned:
            parts.append(plural(planned, "planned session"))
    if data.checkins is not None and (data.wants("checkins") or data.wants("chart")):
        count, on = data.checkins.count, data.checkins.days
        parts.append(_count(count, "check-in") + (f" on {plural(on, 'day')}" if count else ""))
    if data.wants("questionnaires"):
        parts.append(_count(data.results_taken, "questionnaire"))
    if data.wants("entries") and data.entries:
        chosen = len(data.entries) + data.entries_left_out
        parts.append(_count(chosen, "journal entry", "journal entries") + " chosen to share")
    return escape(" · ".join(parts))


def _count(count: int, one: str, many: str | None = None) -> str:
    """ "no sessions", "1 session", "3 sessions"."""
    return f"no {many or one + 's'}" if count == 0 else plural(count, one, many)


def _mood(data: SummaryData) -> str | None:
    c = data.checkins
    if c is None or c.mood is None or not (data.wants("checkins") or data.wants("chart")):
        return None
    if c.mood_first_half is not None and c.mood_second_half is not None:
        text = (
            f"{number(c.mood_first_half)} of 10 on average in the first half of the period, "
            f"{number(c.mood_second_half)} in the second"
        )
    else:
        text = f"{number(c.mood)} of 10 on average"
    return escape(text + ".")


def _latest_row(data: SummaryData, instrument: str) -> ResultRow | None:
    rows = [r for r in data.results if r.instrument == instrument and r.measure is not None]
    return rows[-1] if rows else None


def _glance_result(data: SummaryData, instrument: str) -> str | None:
    row = _latest_row(data, instrument)
    if row is None or row.measure is None:
        return None
    found = row.measure
    said = f"{score_text(row)} on {short_date(row.when.date())}"
    if found.change == 0:
        said += "; no change from baseline"
    elif found.change is not None:
        said += f"; {amount_words(found)} than at baseline"
    return escape("; ".join([said, *change_words(found)]) + ".")


def glance(data: SummaryData) -> str:
    """The at-a-glance block that opens page 1."""
    rows = [("This period", _period(data))]
    mood = _mood(data)
    if mood:
        rows.append(("Mood (check-ins)", mood))
    if data.wants("questionnaires"):
        for instrument, name in NAMES.items():
            result = _glance_result(data, instrument)
            if result:
                rows.append((name, result))
            if instrument == "phq9" and data.item9:
                rows.append((ITEM_NINE_LABEL, item_nine_text(data.item9)))
    if data.watch_line:
        rows.append(("After the course", data.watch_line))
    return "<h2>At a glance</h2>" + pairs(rows)


# The questionnaire table


def _row_cells(row: ResultRow) -> list[str]:
    when = escape(compact_date(row.when.date()))
    if row.baseline:
        change = escape(BASELINE)
    elif row.change is None:
        change = "–"
    else:
        change = escape(signed_change(row.instrument, row.change))
    if row.measure is not None:
        first, *rest = change_words(row.measure)
        change += ", " + escape(first) if change != "–" else "<br />" + escape(first)
        if rest:
            change += "<br />" + escape("; ".join(rest))
    notes = []
    if row.item9 is not None:
        notes.append(f"Item 9: {row.item9}")
    if row.difficulty:
        notes.append(f"Difficulty: {row.difficulty}")
    if row.low_item:
        notes.append(LOW_ITEM)
    return [when, escape(score_text(row)), change, "<br />".join(map(escape, notes))]


def questionnaires(data: SummaryData) -> str:
    """Rows grouped by questionnaire, each group headed by what its scores mean."""
    body = []
    for instrument, name in NAMES.items():
        rows = [r for r in data.results if r.instrument == instrument]
        if not rows:
            continue
        body.append(
            f'<tr><td colspan="4" class="group"><b>{escape(name)}</b> '
            f'<span class="aside">{escape(READS[instrument])}</span></td></tr>'
        )
        body += ["<tr>" + "".join(f"<td>{c}</td>" for c in _row_cells(r)) + "</tr>" for r in rows]
    headers = [("Date", 13), ("Score", 31), ("Change from baseline", 34), ("Notes", 22)]
    html = "<h2>Questionnaires</h2>" + grid(headers, "".join(body))
    notes = [
        "Change is counted from the baseline, the last result in the 30 days before the "
        "current course of sessions (– for results before it, or when there is none), by "
        "published rules; response and remission only from an elevated baseline."
    ]
    if data.results_left_out:
        notes.append(
            f"{plural(data.results_left_out, 'earlier result')} in this period "
            f"{'is' if data.results_left_out == 1 else 'are'} not shown."
        )
    return html + note(" ".join(notes))
