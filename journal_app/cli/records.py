"""Commands for check-ins and journeys."""

from __future__ import annotations

from datetime import date, datetime, time

from journal_app.cli.context import CliContext
from journal_app.cli.output import (
    STEP_LABELS,
    checkin_line,
    journey_line,
    journey_text,
    short_id,
    summary,
)
from journal_app.domain.clock import local_minutes
from journal_app.domain.integration import StepState
from journal_app.domain.journey import SessionLog
from journal_app.instruments.definitions import instrument
from journal_app.instruments.scoring import (
    check_answers,
    check_difficulty,
    check_event_note,
    parse_answers,
)
from journal_app.services.assessments import AssessmentService
from journal_app.services.checkins import CheckInService
from journal_app.services.crisis import crisis_text, system_locale
from journal_app.services.journeys import JourneyService
from journal_app.services.settings import SettingsService

DEFAULT_SESSION_TIME = time(10, 0)


def _when(ctx: CliContext, value: date | datetime | None, default_time: time) -> datetime | None:
    """A wall-clock time from --date: a bare date today means now, another day ``default_time``."""
    if value is None or isinstance(value, datetime):
        return value
    now = ctx.clock().astimezone().replace(tzinfo=None, second=0, microsecond=0)
    if value == now.date():
        return now
    return datetime.combine(value, default_time)


def checkin(ctx: CliContext) -> int:
    a = ctx.args
    record = CheckInService(ctx.unlocked()).add(
        a.mood,
        at=_when(ctx, a.date, time(12, 0)),
        anxiety=a.anxiety,
        energy=a.energy,
        sleep_hours=a.sleep_hours,
        sleep_quality=a.sleep_quality,
        emotions=a.emotion,
        note=a.note,
    )
    if a.json:
        ctx.json(summary(record))
    else:
        ctx.say("Check-in saved.")
        ctx.out(checkin_line(record))
    return 0


def assess(ctx: CliContext) -> int:
    a = ctx.args
    inst = instrument(a.instrument)
    answers = parse_answers(a.answers)
    # Refuse before asking for the passphrase.
    check_answers(inst, answers)
    check_difficulty(inst, a.difficulty)
    check_event_note(inst, a.event)
    vault = ctx.unlocked()
    service = AssessmentService(vault)
    _, result = service.take(
        inst.id,
        answers,
        _when(ctx, a.date, time(12, 0)),
        difficulty=a.difficulty,
        event_note=a.event,
    )
    if a.json:
        ctx.json(result.to_json())
    else:
        band = next(b.label for b in inst.bands if b.id == result.severity)
        extra = f" ({result.percent}%)" if result.percent is not None else ""
        ctx.out(f"{inst.name}: {result.total} of {inst.max_total}{extra}, {band.lower()}")
        for cluster in inst.clusters:
            ctx.out(f"  {cluster.label}: {result.clusters[cluster.id]}")
        if inst.difficulty is not None and result.difficulty is not None:
            ctx.out(f"  How difficult: {inst.difficulty.label(result.difficulty)}")
        for flag in inst.flags:
            if flag.note and flag.id in result.flags:
                ctx.say(flag.note)
        ctx.say("Saved. This is a self-report to share with your care team, not a diagnosis.")
    if "item9" in result.flags:
        ctx.say(crisis_text(SettingsService(vault).get("region"), system_locale(ctx.env)))
    return 0


def journey_add(ctx: CliContext) -> int:
    a = ctx.args
    when = _when(ctx, a.date, DEFAULT_SESSION_TIME)
    assert when is not None  # --date is required
    journeys = JourneyService(ctx.unlocked())
    session = SessionLog(
        onset=a.onset,
        peak=a.peak,
        end=a.end,
        setting=a.setting,
        route=a.route,
        dose_mg=a.dose_mg,
        provider=a.provider,
        sitter_present=a.sitter_present,
        music=a.music,
        intensity=a.intensity,
        dissociation=a.dissociation,
        body=a.body,
        narrative=a.narrative,
    )
    record = journeys.add(when, session=session, intention=a.intention, notes=a.notes)
    if a.json:
        ctx.json(record.to_dict())
        return 0
    number, total = journeys.number_in_series(record)
    ctx.say("Journey saved." if record.data.session.start else "Journey planned.")
    ctx.out(journey_line(record, number, total))
    return 0


def _step_json(record_id: str, state: StepState) -> dict[str, str]:
    return {
        "journey_id": record_id,
        "step": state.step,
        "due": local_minutes(state.due),
        "status": state.status,
    }


def _step_line(state: StepState, prefix: str = "") -> str:
    label = STEP_LABELS[state.step]
    return f"{prefix}{label:<9} {state.due.strftime('%a %d %b %Y %H:%M')}  {state.status}"


def journey_show(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    record = journeys.get(ctx.args.id)
    if ctx.args.json:
        ctx.json(record.to_dict())
        return 0
    number, total = journeys.number_in_series(record)
    ctx.out(journey_text(record, number, total))
    ctx.out("")
    ctx.out("Integration")
    for state in journeys.steps(record.id):
        ctx.out(_step_line(state, "  "))
    return 0


def journey_steps(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    record = journeys.get(ctx.args.id)
    states = journeys.steps(record.id)
    if ctx.args.json:
        ctx.json([_step_json(record.id, s) for s in states])
        return 0
    for state in states:
        ctx.out(_step_line(state))
    return 0


def journey_due(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    due = journeys.due()
    if ctx.args.json:
        ctx.json([_step_json(d.journey.id, d.state) for d in due])
        return 0
    for item in due:
        number, _ = journeys.number_in_series(item.journey)
        ctx.out(_step_line(item.state, f"Session {number}  {short_id(item.journey)}  "))
    if not due:
        ctx.say("Nothing is due. Integration steps appear here when their time comes.")
    return 0


def journey_list(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    records = journeys.journeys()
    if ctx.args.json:
        ctx.json([summary(r) for r in records])
        return 0
    for number, record in enumerate(records, start=1):
        ctx.out(journey_line(record, number, len(records)))
    if not records:
        ctx.say("No journeys yet. Plan one with 'journal-app journey add --date YYYY-MM-DD'.")
    return 0
