"""The relapse watch over the journal's own check-ins."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from journal_app.domain.relapse import QUIET, Watch
from journal_app.services.checkins import CheckInService
from journal_app.services.relapse import RelapseService

LAST = datetime(2026, 2, 20, 10, 0)  # an induction's last session
NOW = datetime(2026, 3, 10, 20, 0)  # day 18 of the watch


@pytest.fixture
def checkins(vault):
    return CheckInService(vault)


@pytest.fixture
def relapse(vault):
    return RelapseService(vault)


def log_week(checkins: CheckInService, last_day: datetime, mood: int) -> None:
    for back in range(7):
        checkins.add(mood, at=last_day - timedelta(days=back))


def test_quiet_without_an_ended_induction(relapse):
    assert relapse.watch(None) == QUIET


def test_a_nudge_until_todays_mood_is_in(relapse, checkins):
    assert relapse.watch(LAST, NOW) == Watch(active=True, nudge_today=True, falling=False)
    checkins.add(6, at=NOW - timedelta(hours=2))
    assert relapse.watch(LAST, NOW).nudge_today is False


def test_falling_reads_the_daily_means_of_both_weeks(relapse, checkins):
    log_week(checkins, LAST.replace(hour=19), 8)
    log_week(checkins, NOW - timedelta(hours=1), 6)
    checkins.add(5, at=NOW - timedelta(hours=2))  # today's mean is 5.5: the week's 5.93
    assert relapse.watch(LAST, NOW).falling is True


def test_not_falling_by_less_than_two_points_and_trash_is_left_out(relapse, checkins):
    log_week(checkins, LAST.replace(hour=19), 8)
    log_week(checkins, NOW - timedelta(hours=1), 6)
    high = checkins.add(10, at=NOW - timedelta(hours=2))
    assert relapse.watch(LAST, NOW).falling is False  # today's mean is 8: the week's 6.29
    checkins.delete(high.id)
    assert relapse.watch(LAST, NOW).falling is True  # the week's 6: two points below


def test_the_vault_clock_is_today_by_default(relapse):
    assert relapse.watch(datetime(2026, 3, 1, 10, 0)).active is True
    assert relapse.watch(datetime(2026, 1, 1, 10, 0)) == QUIET
