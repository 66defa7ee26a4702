"""Time helpers: timestamps are UTC ISO strings, journal days are local dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message

Clock = Callable[[], datetime]
Day = TypeVar("Day", date, datetime)

# The one range of years every date typed, imported or stored anew must fall in. Records
# from before this rule can lie outside it; they are still read (see read_date).
MIN_YEAR = 1900
MAX_YEAR = 2199
_SHORT_YEAR = re.compile(r"(\d{1,3})-")


def utc_now() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """Format an aware datetime as a UTC ISO string with milliseconds."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(text: str) -> datetime:
    """Parse a timestamp written by :func:`timestamp`."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def year_in_range(moment: date) -> bool:
    """Whether a date (or date and time) falls in MIN_YEAR..MAX_YEAR."""
    return MIN_YEAR <= moment.year <= MAX_YEAR


def check_year(moment: date | None) -> None:
    """Refuse a date outside MIN_YEAR..MAX_YEAR (None means "not given" and passes)."""
    if moment is not None and not year_in_range(moment):
        shown = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Please give a date between {low} and {high} (this one is {shown})."
                ),
                low=MIN_YEAR,
                high=MAX_YEAR,
                shown=shown,
            )
        )


def parse_date(text: str) -> date:
    """Parse an ISO ``YYYY-MM-DD`` date in the valid years, or raise a ValidationError."""
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{text!r} isn't a date Afterglow understands; write it as YYYY-MM-DD, "
                    "for example 2026-03-14.",
                ),
                text=text,
            )
        ) from None
    check_year(day)
    return day


def parse_local_datetime(text: str) -> datetime:
    """Parse an ISO ``YYYY-MM-DDTHH:MM`` local time in the valid years (naive, wall-clock)."""
    try:
        if len(text) != 16 or text[10] not in "T ":
            raise ValueError
        moment = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{text!r} isn't a time Afterglow understands; write it as YYYY-MM-DDTHH:MM, "
                    "for example 2026-03-14T09:30.",
                ),
                text=text,
            )
        ) from None
    check_year(moment)
    return moment


def _padded(text: str) -> str:
    # Earlier versions wrote years below 1000 without leading zeros ("999-06-01T12:00").
    short = _SHORT_YEAR.match(text)
    return text if short is None else short[1].zfill(4) + text[len(short[1]) :]


def read_date(text: str) -> date:
    """Read a stored ``YYYY-MM-DD``, also the unpadded years older versions wrote."""
    try:
        return date.fromisoformat(text)
    except ValueError:  # rare: an old short year; trying first keeps unlocking fast
        return date.fromisoformat(_padded(text))


def read_local_datetime(text: str) -> datetime:
    """Read a stored ``YYYY-MM-DDTHH:MM``, also the unpadded years older versions wrote."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(_padded(text))


def local_minutes(moment: datetime) -> str:
    """Format a wall-clock datetime as ``YYYY-MM-DDTHH:MM`` (always four year digits)."""
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M}"


def shifted(moment: Day, offset: timedelta) -> Day:
    """``moment + offset``, held at the calendar's first or last moment instead of overflowing.

    Records stored before the year range existed can sit at year 9999, where adding a
    month to reach an integration step would otherwise raise OverflowError.
    """
    try:
        return moment + offset
    except OverflowError:
        return type(moment).max if offset > timedelta(0) else type(moment).min
