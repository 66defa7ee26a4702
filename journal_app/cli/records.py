"""Commands for check-ins and journeys."""

from __future__ import annotations

from datetime import date, datetime, time

from journal_app.cli.context import CliContext
from journal_app.cli.output import checkin_line, journey_line, summary
from journal_app.domain.journey import SessionLog
from journal_app.services.checkins import CheckInService
from journal_app.services.journeys import JourneyService

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


def journey_add(ctx: CliContext) -> int:
    a = ctx.args
    when = _when(ctx, a.date, DEFAULT_SESSION_TIME)
    assert when is not None  # --date is required
    journeys = JourneyService(ctx.unlocked())
    session = SessionLog(route=a.route, dose_mg=a.dose_mg, setting=a.setting)
    record = journeys.add(when, session=session, intention=a.intention, notes=a.notes)
    if a.json:
        ctx.json(record.to_dict())
        return 0
    number, total = journeys.number_in_series(record)
    ctx.say("Journey saved." if record.data.session.start else "Journey planned.")
    ctx.out(journey_line(record, number, total))
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
