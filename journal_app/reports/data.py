"""What goes into a summary for a period: pure data, no Qt (layout and printing come after)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from statistics import fmean

from journal_app.domain.entry import Entry
from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.domain.relapse import FALLING_LINE
from journal_app.domain.session_card import SideEffect, Vital, medicine_words, ordered_vitals
from journal_app.domain.text import word_count
from journal_app.reports.markdown import Block, first_words, parse, shorten
from journal_app.reports.prescriber import PrescriberNotes, prescriber_notes
from journal_app.reports.results import ItemNine, ResultRow, build_results
from journal_app.services.bundle import Services
from journal_app.services.measurement import Measure
from journal_app.services.mood import check_range
from journal_app.services.relapse import RelapseService

SECTIONS = (
    "overview",
    "journeys",
    "prescriber",
    "integration",
    "chart",
    "questionnaires",
    "checkins",
    "entries",
    "talk_about",
)
SESSION_NOTE_CHARS = 60
ENTRY_CHARS = 1200  # an entry longer than this is shortened, with its word count shown
ENTRY_BUDGET = 6500  # characters for all entries together: many entries, shorter excerpts
ENTRY_MIN_CHARS = 260  # ...but never shorter than this
MAX_ENTRIES = 25  # beyond this, the most recent are kept and the rest counted
MAX_JOURNEYS = 3  # beyond this, the most recent sessions are listed and the rest counted
MAX_HIGHLIGHTS = 2  # the newest starred answers; the rest are counted
HIGHLIGHT_CHARS = 150
MIN_HALF_CHECKINS = 3  # check-ins each half of the period needs for the mood trend


@dataclass(frozen=True)
class SummaryOptions:
    """What the person chose to include."""

    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    all_entries: bool = False  # every entry in the period (private ones: include_private)
    include_private: bool = False  # with all_entries: private entries too
    entry_ids: frozenset[str] = frozenset()  # entries picked one by one (private allowed)
    self_harm_answers: bool = True  # PHQ-9 item 9's answers
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
    dose: str  # as it was given: "2 devices (56 mg)", "0.5 mg/kg × 70 kg = 35 mg …"
    setting: str | None
    intention: str
    note: tuple[Block, ...]
    medicine: str = ""
    vitals: tuple[Vital, ...] = ()  # in the order they were taken
    side_effects: tuple[SideEffect, ...] = ()
    clear_at: datetime | None = None


@dataclass(frozen=True)
class Highlight:
    session: int
    step: str
    prompt: str
    text: tuple[Block, ...]


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
    mood_first_half: float | None = None  # the mood trend: the period's two halves
    mood_second_half: float | None = None


@dataclass(frozen=True)
class EntryRow:
    id: str
    day: date
    title: str
    blocks: tuple[Block, ...]
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
    sessions_held: int = 0  # sessions that took place in the period (not planned ones)
    highlights_left_out: int = 0
    results: list[ResultRow] = field(default_factory=list)
    results_left_out: int = 0
    results_taken: int = 0  # questionnaires taken in the period
    latest: dict[str, Measure] = field(default_factory=dict)  # change, by questionnaire
    item9: list[ItemNine] = field(default_factory=list)  # PHQ-9 item 9 above "Not at all"
    checkins: CheckinSummary | None = None
    entries: list[EntryRow] = field(default_factory=list)
    entries_left_out: int = 0
    more_to_choose: bool = False  # entries the person could still tick (never private ones)
    watch_line: str = ""  # after an induction: mood has fallen from the course's last week
    prescriber: PrescriberNotes = field(
        default_factory=PrescriberNotes
    )  # open questions, weekly-check lines

    @property
    def empty(self) -> bool:
        """True when the period holds nothing at all to show."""
        found = self.journeys or self.results or self.entries or self.highlights
        return not (found or self.prescriber) and (
            self.checkins is None or self.checkins.count == 0
        )

    def wants(self, section: str) -> bool:
        return section in self.options.sections


def entries_for_choosing(services: Services, start: date, end: date) -> list[EntryRow]:
    """Every entry in the period, for the Summary page's checklist (private ones included).

    Only titles are read here: the text is parsed when an entry is chosen.
    """
    return [_entry_row(r, parsed=False) for r in services.journal.entries(start=start, end=end)]


def _entry_row(record: Record, *, parsed: bool = True) -> EntryRow:
    entry: Entry = record.data
    body = entry.body.strip()
    blocks, shortened = shorten(parse(body), ENTRY_CHARS) if parsed else ((), False)
    return EntryRow(
        id=record.id,
        day=entry.day,
        title=entry.title or first_words(body, 80),
        blocks=blocks,
        words=word_count(body),
        shortened=shortened,
        private=entry.private,
    )


def _relapse_line(services: Services, options: SummaryOptions, now: datetime) -> str:
    """The relapse watch's one kind line, when it speaks at the period's end."""
    at = min(now, datetime.combine(options.end, time(23, 59)))
    anchor = services.journeys.courses.relapse_anchor(at)
    return FALLING_LINE if RelapseService(services.vault).watch(anchor, at).falling else ""


def _within(moment: datetime, options: SummaryOptions) -> bool:
    return options.start <= moment.date() <= options.end


def build_summary(services: Services, options: SummaryOptions) -> SummaryData:
    """Gather the chosen sections for the period from the unlocked journal."""
    journeys_service = services.journeys
    now = journeys_service.now()
    all_journeys = journeys_service.journeys()
    # Sessions are numbered within their course ("Session 3"), not across all time.
    numbers = {
        r.id: n
        for view in journeys_service.courses.courses()
        for n, r in enumerate(view.journeys, start=1)
    }
    in_period = [(numbers.get(r.id, 1), r) for r in all_journeys if _within(r.data.when, options)]
    journeys = [_journey_row(r, n) for n, r in in_period]
    held = sum(
        1 for _, r in in_period if r.data.session.start is not None and r.data.session.start <= now
    )
    highlights = [
        Highlight(
            session=numbers.get(i.journey.id, 1),
            step=i.step,
            prompt=i.prompt_id,
            text=shorten(parse(i.answer.text.strip()), HIGHLIGHT_CHARS)[0],
        )
        for i in journeys_service.insights()
        if i.answer.answered_at[:10] and _answered_within(i.answer.answered_at, options)
    ]
    results = build_results(
        services, options.start, options.end, self_harm_answers=options.self_harm_answers
    )
    entries, entries_left_out, more_to_choose = _entries(services, options)
    return SummaryData(
        watch_line=_relapse_line(services, options, now),
        options=options,
        made_on=now.date(),
        journeys=journeys[-MAX_JOURNEYS:],
        journeys_left_out=max(0, len(journeys) - MAX_JOURNEYS),
        sessions_held=held,
        highlights=highlights[:MAX_HIGHLIGHTS],
        highlights_left_out=max(0, len(highlights) - MAX_HIGHLIGHTS),
        results=results.rows,
        results_left_out=results.left_out,
        results_taken=results.taken,
        latest=results.latest,
        item9=results.item9,
        checkins=_checkins(services, options),
        entries=entries,
        entries_left_out=entries_left_out,
        more_to_choose=more_to_choose,
        prescriber=prescriber_notes(services, options.start, options.end),
    )


def _journey_row(record: Record, number: int) -> JourneyRow:
    journey: Journey = record.data
    session = journey.session
    return JourneyRow(
        id=record.id,
        number=number,
        when=journey.when,
        planned=session.start is None,
        route=session.route,
        dose=session.dose_words,
        setting=session.setting,
        intention=journey.intention.sentence,
        note=_session_note(journey),
        medicine=medicine_words(session),
        vitals=tuple(ordered_vitals(session)),
        side_effects=session.side_effects,
        clear_at=session.clear_at,
    )


def _answered_within(stamp: str, options: SummaryOptions) -> bool:
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return False
    return options.start <= day <= options.end


def _session_note(journey: Journey) -> tuple[Block, ...]:
    session = journey.session
    narrative = session.narrative.strip()
    texts = [narrative] if narrative else [n.text.strip() for n in session.notes]
    blocks = tuple(b for text in texts for b in parse(text))
    return shorten(blocks, SESSION_NOTE_CHARS)[0]


def _checkins(services: Services, options: SummaryOptions) -> CheckinSummary:
    found = services.checkins.checkins(start=options.start, end=options.end)

    def mean(name: str) -> float | None:
        values = [getattr(r.data, name) for r in found if getattr(r.data, name) is not None]
        return round(fmean(values), 1) if values else None

    moods = [r.data.mood for r in found]
    middle = options.start + (options.end - options.start) / 2
    first = [r.data.mood for r in found if r.data.at.date() <= middle]
    second = [r.data.mood for r in found if r.data.at.date() > middle]
    halves = len(first) >= MIN_HALF_CHECKINS and len(second) >= MIN_HALF_CHECKINS
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
        mood_first_half=round(fmean(first), 1) if halves else None,
        mood_second_half=round(fmean(second), 1) if halves else None,
    )


def _chosen(record: Record, options: SummaryOptions) -> bool:
    if record.id in options.entry_ids:
        return True  # picked one by one: private ones too
    return options.all_entries and (options.include_private or not record.data.private)


def _entries(services: Services, options: SummaryOptions) -> tuple[list[EntryRow], int, bool]:
    """The chosen entries (shortened), how many more were chosen, and whether any is left."""
    records = services.journal.entries(start=options.start, end=options.end)
    chosen = [r for r in records if _chosen(r, options)]
    more = any(not r.data.private and not _chosen(r, options) for r in records)
    # Rows (and their word counts) only for the entries shown: ten years have thousands.
    rows = [_entry_row(r) for r in chosen[:MAX_ENTRIES]]
    return _fit(rows), max(0, len(chosen) - MAX_ENTRIES), more


def _fit(rows: list[EntryRow]) -> list[EntryRow]:
    """Share ENTRY_BUDGET characters among the entries, so many make shorter excerpts."""
    if not rows:
        return rows
    limit = max(ENTRY_MIN_CHARS, min(ENTRY_CHARS, ENTRY_BUDGET // len(rows)))
    fitted = []
    for row in rows:
        blocks, cut = shorten(row.blocks, limit)
        fitted.append(replace(row, blocks=blocks, shortened=True) if cut else row)
    return fitted


def preset_range(preset: str, today: date, last_session: date | None) -> tuple[date, date]:
    """The dates for "since_last_session", "two_weeks", "thirty_days"."""
    if preset == "since_last_session" and last_session is not None:
        return min(last_session, today), today
    if preset == "two_weeks":
        return today - timedelta(days=13), today
    return today - timedelta(days=29), today
