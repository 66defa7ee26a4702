from __future__ import annotations

from datetime import datetime, time

import pytest

from journal_app.ui.reminders import ENABLED, QUIET_FROM, QUIET_UNTIL, Reminders, in_quiet_hours


@pytest.mark.parametrize(
    ("now", "start", "end", "quiet"),
    [
        (time(23, 0), time(22, 0), time(8, 0), True),
        (time(7, 59), time(22, 0), time(8, 0), True),
        (time(8, 0), time(22, 0), time(8, 0), False),
        (time(13, 0), time(12, 0), time(14, 0), True),
        (time(15, 0), time(12, 0), time(14, 0), False),
        (time(3, 0), time(9, 0), time(9, 0), False),
    ],
)
def test_quiet_hours_may_run_past_midnight(now, start, end, quiet):
    assert in_quiet_hours(now, start, end) is quiet


@pytest.fixture
def reminders(qtbot, unlocked):
    unlocked.journeys.add(datetime(2026, 3, 13, 10, 0))  # +1d step comes due on the 14th
    made = Reminders(unlocked)
    yield made
    made.stop()


def test_a_step_that_comes_due_is_announced_once(reminders):
    assert reminders.check(datetime(2026, 3, 14, 12, 0)) != []
    assert reminders.check(datetime(2026, 3, 14, 12, 1)) == []


def test_nothing_is_announced_in_quiet_hours_then_it_is(reminders, unlocked):
    unlocked.settings.set(QUIET_FROM, "11:00")
    unlocked.settings.set(QUIET_UNTIL, "13:00")
    assert reminders.check(datetime(2026, 3, 14, 12, 0)) == []
    assert reminders.check(datetime(2026, 3, 14, 13, 5)) != []


def test_reminders_can_be_switched_off(reminders, unlocked):
    unlocked.settings.set(ENABLED, False)
    assert reminders.check(datetime(2026, 3, 14, 12, 0)) == []


def test_nothing_is_checked_while_locked(reminders, unlocked):
    unlocked.vault.lock()
    assert reminders.check(datetime(2026, 3, 14, 12, 0)) == []
