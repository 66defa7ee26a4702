"""The four weeks after an induction course: a daily mood nudge, and a line if mood falls.

Mood can slip back in the weeks after a course of ketamine ends (docs/cadence.md gives
sources), so for 28 days after the last session Today gently asks for a mood number
(dismissible, no streaks) and, when the last week's mean mood is 2 or more points below
the course's last week, shows one kind line. Descriptive, never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean

from journal_app.domain.clock import shifted
from journal_app.messages import QT_TRANSLATE_NOOP

FALLING_LINE = QT_TRANSLATE_NOOP(
    "messages", "It may help to tell your prescriber how the last week has been."
)
WATCH_DAYS = 28  # days after the last session
WINDOW_DAYS = 7  # each mean covers seven calendar days
MIN_DAYS = 3  # days with a mood in a window for its mean to count
FALL_POINTS = 2.0


@dataclass(frozen=True, slots=True)
class Watch:
    """Whether the watch runs today, whether to nudge for a mood, whether mood is falling."""

    active: bool
    nudge_today: bool
    falling: bool


QUIET = Watch(active=False, nudge_today=False, falling=False)


def week_mean(daily_mood: Mapping[date, float], last_day: date) -> float | None:
    """The mean mood of the seven days ending on ``last_day``, if at least three had one."""
    values = [
        daily_mood[day]
        for back in range(WINDOW_DAYS)
        if (day := shifted(last_day, timedelta(days=-back))) in daily_mood
    ]
    return fmean(values) if len(values) >= MIN_DAYS else None


def watch(course_last_session: datetime, daily_mood: Mapping[date, float], now: datetime) -> Watch:
    """The watch at ``now``, for the 28 days after the course's last session day.

    ``daily_mood`` is the mean mood of each day that has one.
    """
    today = now.date()
    last_day = course_last_session.date()
    if not last_day < today <= shifted(last_day, timedelta(days=WATCH_DAYS)):
        return QUIET
    course_week = week_mean(daily_mood, last_day)
    this_week = week_mean(daily_mood, today)
    falling = (
        course_week is not None
        and this_week is not None
        # Rounded so 4.1 - 2.1 counts as the 2 points it is, not 1.9999999999999996.
        and round(course_week - this_week, 6) >= FALL_POINTS
    )
    return Watch(active=True, nudge_today=today not in daily_mood, falling=falling)
