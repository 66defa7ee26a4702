"""The relapse watch: 28 days after an induction, a mood nudge, and a line if mood falls."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from journal_app.domain.relapse import FALLING_LINE, QUIET, Watch, watch, week_mean

LAST = datetime(2026, 3, 19, 10, 0)  # the course's last session


def on(days: int) -> date:
    return LAST.date() + timedelta(days=days)


def at(days: int) -> datetime:
    return LAST.replace(hour=20) + timedelta(days=days)


def moods(first: int, last: int, value: float) -> dict[date, float]:
    return {on(d): value for d in range(first, last + 1)}


@pytest.mark.parametrize(
    ("days", "active"), [(-1, False), (0, False), (1, True), (27, True), (28, True), (29, False)]
)
def test_the_watch_runs_for_the_28_days_after_the_last_session(days, active):
    assert watch(LAST, {}, at(days)).active is active


def test_the_nudge_shows_only_while_active_and_until_a_mood_is_recorded_today():
    assert watch(LAST, {}, at(5)) == Watch(active=True, nudge_today=True, falling=False)
    assert watch(LAST, {on(5): 6.0}, at(5)).nudge_today is False
    assert watch(LAST, {on(4): 6.0}, at(5)).nudge_today is True  # yesterday's doesn't count
    assert watch(LAST, {}, at(29)) == QUIET


@pytest.mark.parametrize(("drop", "falling"), [(1.9, False), (2.0, True), (3.0, True)])
def test_falling_from_two_points_below_the_course_last_week(drop, falling):
    daily = moods(-6, 0, 4.1) | moods(14, 20, round(4.1 - drop, 1))  # 4.1 - 2.1 < 2 in floats
    assert watch(LAST, daily, at(20)).falling is falling


def test_falling_needs_three_days_of_data_in_each_week():
    course_week = {on(-6): 8.0, on(-2): 8.0, on(0): 8.0}
    this_week = {on(18): 4.0, on(20): 4.0}
    assert not watch(LAST, course_week | this_week, at(20)).falling  # two days this week
    assert watch(LAST, course_week | this_week | {on(14): 4.0}, at(20)).falling
    thin_course = {on(-6): 8.0, on(0): 8.0}
    assert not watch(LAST, thin_course | this_week | {on(14): 4.0}, at(20)).falling


def test_the_weeks_are_the_seven_days_ending_on_the_session_day_and_today():
    daily = moods(-7, -7, 1.0) | moods(-6, 0, 8.0) | moods(13, 13, 1.0) | moods(14, 20, 8.0)
    assert week_mean(daily, on(0)) == 8.0  # day -7 is outside
    assert week_mean(daily, on(20)) == 8.0  # day 13 is outside
    assert not watch(LAST, daily, at(20)).falling


def test_a_rise_is_not_falling_and_nothing_falls_once_the_watch_ends():
    assert not watch(LAST, moods(-6, 0, 3.0) | moods(14, 20, 8.0), at(20)).falling
    assert watch(LAST, moods(-6, 0, 8.0) | moods(23, 29, 3.0), at(29)) == QUIET


def test_the_line_is_kind_and_gives_no_advice_beyond_talking():
    assert FALLING_LINE == "It may help to tell your prescriber how the last week has been."
