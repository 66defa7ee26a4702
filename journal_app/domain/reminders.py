"""When a reminder may appear: quiet hours, the daily check-in, a clock that moves.

Pure rules on local wall-clock times; docs/reminders.md gives them in words.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

# A day remembered as "reminded" that lies this far or more in the future is taken for a
# clock that was once wrong, not for a reminder already given.
TRUSTED_AHEAD = timedelta(days=2)


def in_quiet_hours(now: time, start: time, end: time) -> bool:
    """True inside [start, end), which may run past midnight (22:00 to 08:00)."""
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def after_quiet_hours(moment: datetime, start: time, end: time) -> datetime:
    """``moment``, or the end of the quiet hours it falls in (the next morning if need be)."""
    if not in_quiet_hours(moment.time(), start, end):
        return moment
    ends = datetime.combine(moment.date(), end)
    return ends if ends > moment else ends + timedelta(days=1)


def clock_time(text: str) -> time:
    """A setting's ``HH:MM`` as a time (midnight if it is unreadable)."""
    try:
        return time.fromisoformat(text)
    except (TypeError, ValueError):
        return time(0, 0)


def reminded_already(today: date, last: date | None) -> bool:
    """Whether the daily reminder was given today, or on a "later" day a clock went back from.

    A day far ahead (the clock was once years wrong) is not trusted: it would otherwise
    silence the reminder until then.
    """
    if last is None:
        return False
    return today <= last < today + TRUSTED_AHEAD


def checkin_reminder_due(
    now: datetime,
    at: time,
    quiet: tuple[time, time],
    last: date | None,
    checked_in_today: bool,
) -> bool:
    """Whether the daily check-in reminder should appear at ``now``.

    Once a day, from the chosen time on, never in quiet hours, and not at all on a day
    with a check-in already.
    """
    if checked_in_today or reminded_already(now.date(), last):
        return False
    if now.time() < at:
        return False
    return not in_quiet_hours(now.time(), *quiet)


def read_day(text: object) -> date | None:
    """A stored ``YYYY-MM-DD`` as a date, or None when missing or unreadable."""
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
