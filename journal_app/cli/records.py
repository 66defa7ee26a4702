"""Commands for check-ins and journeys."""

from __future__ import annotations

from datetime import date, datetime, time

from journal_app.cli.context import CliContext
from journal_app.cli.journeys_card import new_session
from journal_app.cli.output import (
    checkin_line,
    journey_line,
    journey_text,
    short_id,
    step_label,
    summary,
)
from journal_app.domain.clock import local_minutes
from journal_app.domain.errors import ValidationError
from journal_app.domain.integration import StepState
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
    if a.instrument == "due":
        return _assess_due(ctx)
    inst = instrument(a.instrument)
    if a.answers is None:
        raise ValidationError(
            f"Please give your answers to the {inst.name} with --answers, one number per "
            "question separated by commas."
        )
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


def _assess_due(ctx: CliContext) -> int:
    """The questionnaires suggested now, on the course clock."""
    ctx.read_only = True  # only reads: shares the journal with other readers
    vault = ctx.unlocked()
    journeys = JourneyService(vault)
    courses = journeys.courses.course_times(journeys.now())
    suggested = AssessmentService(vault).due(courses, journeys.now())
    if ctx.args.json:
        ctx.json(
            [
                {"instrument": s.instrument, "due": s.due.isoformat(), "why": s.why}
                for s in suggested
            ]
        )
        return 0
    if not suggested:
        ctx.out("No questionnaire is suggested right now. You can take one whenever you like.")
    for s in suggested:
        ctx.out(f"{instrument(s.instrument).name}: {s.why} (suggested since {s.due.isoformat()})")
    return 0


def journey_add(ctx: CliContext) -> int:
    a = ctx.args
    when = _when(ctx, a.date, DEFAULT_SESSION_TIME)
    assert when is not None  # --date is required
    session = new_session(a, when)  # checked before the passphrase is asked for
    journeys = JourneyService(ctx.unlocked())
    record = journeys.add(
        when, session=session, intention=a.intention, notes=a.notes, course=a.course
    )
    if a.json:
        ctx.json(record.to_dict())
        return 0
    number, total = journeys.number_in_series(record)
    ctx.say("Journey saved." if record.data.session.start else "Journey planned.")
    ctx.out(journey_line(record, number, total))
    return 0


def _step_json(course_id: str, state: StepState) -> dict[str, str | None]:
    """One step; ``journey_id`` is None for a course's own step (weekly, after, monthly)."""
    return {
        "course_id": course_id,
        "journey_id": state.journey_id,
        "step": state.step,
        "due": local_minutes(state.due),
        "status": state.status,
    }


def _step_line(state: StepState, prefix: str = "") -> str:
    label = step_label(state.step)
    return f"{prefix}{label:<15} {state.due.strftime('%a %d %b %Y %H:%M')}  {state.status}"


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
    """The journey's own steps, then its course's (weekly, after the course, monthly)."""
    journeys = JourneyService(ctx.unlocked())
    record = journeys.get(ctx.args.id)
    course_id = journeys.courses.of_journey(record.id).id
    states = journeys.steps(record.id) + journeys.course_steps(record.id)
    if ctx.args.json:
        ctx.json([_step_json(course_id, s) for s in states])
        return 0
    for state in states:
        ctx.out(_step_line(state))
    return 0


def journey_due(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    due = journeys.due()
    if ctx.args.json:
        ctx.json([_step_json(d.course.id if d.course else "", d.state) for d in due])
        return 0
    for item in due:
        if item.state.journey_id is None:
            where = f"Course    {item.course.id[:8] if item.course else ''}  "
        else:
            number, _ = journeys.number_in_series(item.journey)
            where = f"Session {number}  {short_id(item.journey)}  "
        ctx.out(_step_line(item.state, where))
    if not due:
        ctx.say("Nothing is due. Integration steps appear here when their time comes.")
    return 0


def journey_list(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    records = journeys.journeys()
    if ctx.args.json:
        ctx.json([summary(r) for r in records])
        return 0
    numbers = {  # numbered within their course: "Session 3 of 6"
        record.id: view.number(record.id)
        for view in journeys.courses.courses()
        for record in view.journeys
    }
    for record in records:
        ctx.out(journey_line(record, *numbers.get(record.id, (1, 1))))
    if not records:
        ctx.say("No journeys yet. Plan one with 'journal-app journey add --date YYYY-MM-DD'.")
    return 0
