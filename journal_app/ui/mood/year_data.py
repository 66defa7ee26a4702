"""The numbers behind the year calendar: each day's mean mood and its sessions (no Qt)."""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from journal_app.domain.records import Record

MONTHS = 12
LONGEST_MONTH = 31


@dataclass(frozen=True, slots=True)
class DayMood:
    """The mean mood (1-10) of one day's check-ins and how many there were."""

    mean: float
    count: int


@dataclass(frozen=True, slots=True)
class DaySession:
    """A journey on a day: logged (it happened) or only planned."""

    journey_id: str
    planned: bool


@dataclass(frozen=True, slots=True)
class YearDays:
    """Everything the calendar shows of one year, by date."""

    year: int
    moods: Mapping[date, DayMood] = field(default_factory=dict)
    sessions: Mapping[date, tuple[DaySession, ...]] = field(default_factory=dict)


def cell_date(year: int, row: int, column: int) -> date | None:
    """The date at month ``row`` (0-11) and day ``column`` (0-30), or None past month end."""
    if not (0 <= row < MONTHS and 0 <= column < LONGEST_MONTH):
        return None
    month = row + 1
    if column >= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, column + 1)


def usable_mood(mood: object) -> bool:
    """Whether a stored mood is a number to average (a damaged or odd record may not be)."""
    return isinstance(mood, int | float) and not isinstance(mood, bool) and math.isfinite(mood)


def year_days(checkins: Iterable[Record], journeys: Iterable[Record], year: int) -> YearDays:
    """The mean mood and the sessions of each day of ``year``; other years are skipped."""
    sums: dict[date, float] = {}
    counts: dict[date, int] = {}
    for record in checkins:
        day, mood = record.data.at.date(), record.data.mood
        if day.year == year and usable_mood(mood):
            sums[day] = sums.get(day, 0.0) + float(mood)
            counts[day] = counts.get(day, 0) + 1
    moods = {day: DayMood(sums[day] / counts[day], counts[day]) for day in sums}
    sessions: dict[date, tuple[DaySession, ...]] = {}
    for record in journeys:
        journey = record.data
        day = journey.when.date()
        if day.year == year:
            mark = DaySession(record.id, journey.session.start is None)
            sessions[day] = (*sessions.get(day, ()), mark)
    return YearDays(year, moods, sessions)


def year_span(checkins: Iterable[Record], journeys: Iterable[Record], this_year: int) -> range:
    """The years worth offering: from the first record (or this year) to the last."""
    years = {this_year}
    years.update(r.data.at.year for r in checkins)
    years.update(r.data.when.year for r in journeys)
    return range(min(years), max(years) + 1)
