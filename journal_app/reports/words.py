"""Words for dates and numbers in the summary (English; the Summary page translates its own).

Pure Python, so the layout and its golden file do not depend on the machine's locale.
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MINUS = "\u2212"
NBSP = "\u00a0"


def long_date(day: date) -> str:
    """Say a day as "14 March 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """Say a day as "Sat 14 Mar 2026", for table cells."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def compact_date(day: date) -> str:
    """Say a day as "14 Mar 2026", for narrow table cells."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def range_text(start: date, end: date) -> str:
    """Say a period as "1 March – 14 March 2026": the year once when both days share it."""
    if start == end:
        return long_date(end)
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def number(value: float) -> str:
    """One decimal at most: 6.0 -> "6", 6.4 -> "6.4"."""
    return f"{value:.1f}".removesuffix(".0")


def signed(value: int) -> str:
    """+3, −4 (a true minus sign) or 0."""
    if value > 0:
        return f"+{value}"
    return f"{MINUS}{-value}" if value < 0 else "0"


def plural(count: int, one: str, many: str | None = None) -> str:
    """Count things: "1 entry", "1,204 entries"."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def are(count: int) -> str:
    """The verb for ``count`` things: "is" or "are"."""
    return "is" if count == 1 else "are"


def and_join(parts: list[str]) -> str:
    """Join a list as people say it: "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def clock_words(moment: datetime, day: date) -> str:
    """A time on ``day`` as "12:40"; on another day as "6 Mar 09:00"."""
    if moment.date() == day:
        return f"{moment:%H:%M}"
    return f"{moment.day} {MONTHS[moment.month - 1][:3]} {moment:%H:%M}"


def days_words(days: tuple[date, ...]) -> str:
    """A few days as "28 Feb, 7 Mar and 14 Mar 2026": the year once when they share it."""
    if len({day.year for day in days}) == 1:
        short = [f"{day.day} {MONTHS[day.month - 1][:3]}" for day in days]
        return f"{and_join(short)} {days[0].year}"
    return and_join([compact_date(day) for day in days])
