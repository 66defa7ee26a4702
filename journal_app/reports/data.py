"""What goes into a summary for a period: pure data, no Qt (layout and printing come after)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from statistics import fmean

from journal_app.domain.entry import Entry
from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.domain.text import first_line, word_count
from journal_app.instruments.definitions import instrument
from journal_app.services.bundle import Services
from journal_app.services.measurement import Reading, measure
from journal_app.services.mood import check_range

SECTIONS = (
    "overview",
    "journeys",
    "integration",
    "chart",
    "questionnaires",
    "checkins",
    "entries",
    "talk_about",
)
SESSION_NOTE_CHARS = 280
ENTRY_CHARS = 1200  # an entry longer than this is shortened, with its word count shown
ENTRY_BUDGET = 6500  # characters for all entries together: many entries, shorter excerpts
ENTRY_MIN_CHARS = 260  # ...but never shorter than this
MAX_ENTRIES = 25  # beyond this, the most recent are kept and the rest counted
MAX_JOURNEYS = 12  # beyond this, the most recent sessions are listed and the rest counted
MAX_HIGHLIGHTS = 8  # the newest starred answers; the rest are counted
HIGHLIGHT_CHARS = 600
MAX_RESULTS = 6  # per questionnaire; earlier ones are counted, the baseline always kept
QUESTIONNAIRES = ("phq9", "gad7", "who5", "pcl5")


@dataclass(frozen=True)
class SummaryOptions:
    """What the person chose to include."""

    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    include_private: bool = False
    entry_ids: frozenset[str] | None = None  # None: every entry the rules allow
    name: str = ""
    talk_about: str = ""

    def __post_init__(self) -> None:
        check_range(self.start, self.end)
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValidationError(f"Unknown summary sections: {', '.join(sorted(unknown))}.")


@dataclass(frozen=True)
class JourneyRow:
    id: str
    number: int
    when: datetime
    planned: bool
    route: str | None
    dose_mg: float | None
    setting: str | None
    intention: str
    note: str


@dataclass(frozen=True)
class Highlight:
    session: int
    step: str
    prompt: str
    text: str


@dataclass(frozen=True)
class ResultRow:
    instrument: str
    name: str
    when: datetime
    total: int
    max_total: int
    band: str
    change: int | None  # from the baseline before the series, when there is one
    percent: int | None = None


@dataclass(frozen=True)
class CheckinSummary:
    count: int
    days: int
    mood: float | None
    anxiety: float | None
    energy: float | None
    sleep_hours: float | None
    sleep_quality: float | None
    lowest_mood: int | None
    highest_mood: int | None


@dataclass(frozen=True)
class EntryRow:
    id: str
    day: date
    title: str
    text: str
    words: int
    shortened: bool
    private: bool


@dataclass(frozen=True)
class SummaryData:
    """Everything the layout needs, already chosen and shortened."""

    options: SummaryOptions
    made_on: date
    journeys: list[JourneyRow] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    journeys_left_out: int = 0  # earlier sessions in the period, counted but not listed
    highlights_left_out: int = 0
    results: list[ResultRow] = field(default_factory=list)
    results_left_out: int = 0
    checkins: CheckinSummary | None = None
    entries: list[EntryRow] = field(default_factory=list)
    entries_left_out: int = 0
    private_left_out: int = 0

    @property
    def empty(self) -> bool:
        """True when the period holds nothing at all to show."""
        return not (self.journeys or self.results or self.entries or self.highlights) and (
            self.checkins is None or self.checkins.count == 0
        )

    def wants(self, section: str) -> bool:
        return section in self.options.sections


def entries_for_choosing(services: Services, start: date, end: date) -> list[EntryRow]:
    """Every entry in the period, for the Summary page's checklist (private ones included)."""
    return [_entry_row(r) for r in services.journal.entries(start=start, end=end)]


def default_entry_ids(rows: list[EntryRow], include_private: bool) -> frozenset[str]:
    """Ticked by default: non-private entries (and private ones only if asked)."""
    return frozenset(r.id for r in rows if include_private or not r.private)


def _entry_row(record: Record) -> EntryRow:
    entry: Entry = record.data
    body = entry.body.strip()
    shortened = len(body) > ENTRY_CHARS
    text = _shorten(body, ENTRY_CHARS)
    return EntryRow(
        id=record.id,
        day=entry.day,
        title=entry.title or first_line(body, 80),
        text=text,
        words=word_count(body),
        shortened=shortened,
        private=entry.private,
    )


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at the last word break before ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip() + " …"


def _within(moment: datetime, options: SummaryOptions) -> bool:
    return options.start <= moment.date() <= options.end


def build_summary(services: Services, options: SummaryOptions) -> SummaryData:
    """Gather the chosen sections for the period from the unlocked journal."""
    journeys_service = services.journeys
    all_journeys = journeys_service.journeys()
    journeys = [
        JourneyRow(
            id=r.id,
            number=n,
            when=r.data.when,
            planned=r.data.session.start is None,
            route=r.data.session.route,
            dose_mg=r.data.session.dose_mg,
            setting=r.data.session.setting,
            intention=r.data.intention.sentence,
            note=_session_note(r.data),
        )
        for n, r in enumerate(all_journeys, start=1)
        if _within(r.data.when, options)
    ]
    highlights = [
        Highlight(
            session=[j.id for j in all_journeys].index(i.journey.id) + 1,
            step=i.step,
            prompt=i.prompt_id,
            text=_shorten(i.answer.text.strip(), HIGHLIGHT_CHARS),
        )
        for i in journeys_service.insights()
        if i.answer.answered_at[:10] and _answered_within(i.answer.answered_at, options)
    ]
    results, left_out = _results(services, options, [j.data.when for j in all_journeys])
    entries, entries_left_out, private_left_out = _entries(services, options)
    return SummaryData(
        options=options,
        made_on=services.journeys.now().date(),
        journeys=journeys[-MAX_JOURNEYS:],
        journeys_left_out=max(0, len(journeys) - MAX_JOURNEYS),
        highlights=highlights[:MAX_HIGHLIGHTS],
        highlights_left_out=max(0, len(highlights) - MAX_HIGHLIGHTS),
        results=results,
        results_left_out=left_out,
        checkins=_checkins(services, options),
        entries=entries,
        entries_left_out=entries_left_out,
        private_left_out=private_left_out,
    )


def _answered_within(stamp: str, options: SummaryOptions) -> bool:
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return False
    return options.start <= day <= options.end


def _session_note(journey: Journey) -> str:
    session = journey.session
    text = session.narrative.strip() or " · ".join(n.text for n in session.notes)
    return _shorten(text, SESSION_NOTE_CHARS)


def _results(
    services: Services, options: SummaryOptions, session_times: list[datetime]
) -> tuple[list[ResultRow], int]:
    rows: list[ResultRow] = []
    left_out = 0
    sessions = [t for t in session_times if t.date() <= options.end]
    for instrument_id in QUESTIONNAIRES:
        inst = instrument(instrument_id)
        history = services.assessments.history(instrument_id)
        shown = [r for r in history if _within(r.data.at, options)]
        left_out += max(0, len(shown) - MAX_RESULTS)
        labels = {b.id: b.label for b in inst.bands}
        for record in shown[-MAX_RESULTS:]:
            a = record.data
            taken = [
                Reading(r.data.at, r.data.total, r.data.extra.get("percent"))
                for r in history
                if r.data.at <= a.at
            ]
            change = measure(instrument_id, taken, sessions)
            rows.append(
                ResultRow(
                    instrument=inst.id,
                    name=inst.name,
                    when=a.at,
                    total=a.total,
                    max_total=inst.max_total,
                    band=labels.get(a.severity, a.severity),
                    change=change.change if change is not None else None,
                    percent=a.extra.get("percent"),
                )
            )
    rows.sort(key=lambda row: (QUESTIONNAIRES.index(row.instrument), row.when))
    return rows, left_out


def _checkins(services: Services, options: SummaryOptions) -> CheckinSummary:
    found = services.checkins.checkins(start=options.start, end=options.end)

    def mean(name: str) -> float | None:
        values = [getattr(r.data, name) for r in found if getattr(r.data, name) is not None]
        return round(fmean(values), 1) if values else None

    moods = [r.data.mood for r in found]
    return CheckinSummary(
        count=len(found),
        days=len({r.data.at.date() for r in found}),
        mood=mean("mood"),
        anxiety=mean("anxiety"),
        energy=mean("energy"),
        sleep_hours=mean("sleep_hours"),
        sleep_quality=mean("sleep_quality"),
        lowest_mood=min(moods) if moods else None,
        highest_mood=max(moods) if moods else None,
    )


def _entries(services: Services, options: SummaryOptions) -> tuple[list[EntryRow], int, int]:
    records = services.journal.entries(start=options.start, end=options.end)

    def allowed(record: Record) -> bool:
        if options.entry_ids is not None:
            return record.id in options.entry_ids
        return options.include_private or not record.data.private

    chosen = [r for r in records if allowed(r)]
    private_left_out = sum(1 for r in records if r.data.private and not allowed(r))
    # Rows (and their word counts) only for the entries shown: ten years have thousands.
    rows = [_entry_row(r) for r in chosen[:MAX_ENTRIES]]
    return _fit(rows), max(0, len(chosen) - MAX_ENTRIES), private_left_out


def _fit(rows: list[EntryRow]) -> list[EntryRow]:
    """Share ENTRY_BUDGET characters among the entries, so many make shorter excerpts."""
    if not rows:
        return rows
    limit = max(ENTRY_MIN_CHARS, min(ENTRY_CHARS, ENTRY_BUDGET // len(rows)))
    return [
        replace(row, text=_shorten(row.text, limit), shortened=True)
        if len(row.text) > limit
        else row
        for row in rows
    ]


def preset_range(preset: str, today: date, last_session: date | None) -> tuple[date, date]:
    """The dates for "since_last_session", "two_weeks", "thirty_days"."""
    if preset == "since_last_session" and last_session is not None:
        return min(last_session, today), today
    if preset == "two_weeks":
        return today - timedelta(days=13), today
    return today - timedelta(days=29), today
