"""Time helpers: timestamps are UTC ISO strings, journal days are local dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from journal_app.domain.errors import ValidationError

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """Format an aware datetime as a UTC ISO string with milliseconds."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(text: str) -> datetime:
    """Parse a timestamp written by :func:`timestamp`."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def parse_date(text: str) -> date:
    """Parse an ISO ``YYYY-MM-DD`` date, or raise a ValidationError that says why."""
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"{text!r} isn't a date Afterglow understands; write it as YYYY-MM-DD, "
            "for example 2026-03-14."
        ) from None


def parse_local_datetime(text: str) -> datetime:
    """Parse an ISO ``YYYY-MM-DDTHH:MM`` local time (a naive datetime, wall-clock)."""
    try:
        if len(text) != 16 or text[10] not in "T ":
            raise ValueError
        return datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise ValidationError(
            f"{text!r} isn't a time Afterglow understands; write it as YYYY-MM-DDTHH:MM, "
            "for example 2026-03-14T09:30."
        ) from None


def local_minutes(moment: datetime) -> str:
    """Format a wall-clock datetime as ``YYYY-MM-DDTHH:MM``."""
    return moment.strftime("%Y-%m-%dT%H:%M")
