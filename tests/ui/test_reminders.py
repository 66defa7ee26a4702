"""Reminders: integration steps and the daily check-in, shown only when they can be."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from journal_app.services.reminder_times import CHECKIN_REMINDED, REMINDED
from journal_app.ui.reminders import (
    CHECKIN_AT,
    CHECKIN_ON,
    ENABLED,
    QUIET_FROM,
    QUIET_UNTIL,
    Reminders,
    in_quiet_hours,
)
from tests.conftest import PASSPHRASE
from tests.ui.fake_notices import FakeNotices

DAY_AFTER = datetime(2026, 3, 14, 12, 0)  # the +1d step of a session on the 13th is due


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
def notices() -> FakeNotices:
    return FakeNotices()


@pytest.fixture
def reminders(qtbot, unlocked, notices):
    unlocked.journeys.add(datetime(2026, 3, 13, 10, 0), intention="Ketamine, my secret")
    made = Reminders(unlocked, notifier=notices)
    yield made
    made.stop()


def test_a_step_that_comes_due_is_announced_once(reminders, notices):
    assert reminders.check(DAY_AFTER) != []
    assert reminders.check(DAY_AFTER + timedelta(minutes=1)) == []
    assert len(notices.sent) == 1


def test_the_notice_says_nothing_private(reminders, notices):
    reminders.check(DAY_AFTER)
    [(summary, body)] = notices.sent
    words = (summary + " " + body).lower()
    assert summary == "Afterglow" and "reflection" in words
    for private in ("ketamine", "secret", "session", "integration", "dose"):
        assert private not in words


def test_a_notice_that_was_not_shown_is_not_marked_and_is_tried_again(reminders, notices, unlocked):
    notices.shown = False
    assert reminders.check(DAY_AFTER) != []
    assert unlocked.settings.get(REMINDED) == []
    notices.shown = True
    assert reminders.check(DAY_AFTER + timedelta(minutes=1)) != []
    assert unlocked.settings.get(REMINDED) != []


def test_nothing_is_announced_in_quiet_hours_then_it_is(reminders, unlocked):
    unlocked.settings.set(QUIET_FROM, "11:00")
    unlocked.settings.set(QUIET_UNTIL, "13:00")
    assert reminders.check(DAY_AFTER) == []
    assert reminders.check(datetime(2026, 3, 14, 13, 5)) != []


def test_reminders_can_be_switched_off(reminders, unlocked):
    unlocked.settings.set(ENABLED, False)
    assert reminders.check(DAY_AFTER) == []


def test_stop_takes_the_tray_icon_away(reminders, notices):
    reminders.stop()
    assert notices.hidden


# The daily check-in


@pytest.fixture
def daily(qtbot, unlocked, notices):
    unlocked.settings.set(CHECKIN_ON, True)
    unlocked.settings.set(CHECKIN_AT, "19:00")
    made = Reminders(unlocked, notifier=notices)
    yield made
    made.stop()


def test_the_daily_check_in_reminder_is_off_by_default(qtbot, unlocked, notices):
    made = Reminders(unlocked, notifier=notices)
    assert made.check(datetime(2026, 3, 14, 20, 0)) == []


def test_the_daily_reminder_comes_at_its_time_once(daily, notices, unlocked):
    assert daily.check(datetime(2026, 3, 14, 18, 59)) == []
    assert daily.check(datetime(2026, 3, 14, 19, 0)) == [("", "checkin")]
    assert daily.check(datetime(2026, 3, 14, 19, 1)) == []
    assert unlocked.settings.get(CHECKIN_REMINDED) == "2026-03-14"
    assert "check in" in notices.sent[0][1]
    assert daily.check(datetime(2026, 3, 15, 19, 0)) == [("", "checkin")]  # the next day


def test_no_daily_reminder_after_checking_in_today(daily, unlocked):
    unlocked.checkins.add(6, at=datetime(2026, 3, 14, 9, 12))
    assert daily.check(datetime(2026, 3, 14, 19, 30)) == []
    assert daily.check(datetime(2026, 3, 15, 19, 30)) == [("", "checkin")]


def test_the_daily_reminder_keeps_quiet_hours(daily, unlocked):
    unlocked.settings.set(QUIET_FROM, "18:00")
    unlocked.settings.set(QUIET_UNTIL, "20:00")
    assert daily.check(datetime(2026, 3, 14, 19, 0)) == []
    assert daily.check(datetime(2026, 3, 14, 20, 0)) == [("", "checkin")]


def test_a_clock_going_back_brings_no_second_reminder(daily):
    assert daily.check(datetime(2026, 3, 14, 19, 0)) != []
    assert daily.check(datetime(2026, 3, 14, 18, 0)) == []  # set back an hour
    assert daily.check(datetime(2026, 3, 14, 19, 0)) == []  # and forward to 19:00 again
    assert daily.check(datetime(2026, 3, 13, 23, 0)) == []  # back across midnight


def test_a_daily_reminder_not_shown_is_not_marked(daily, notices, unlocked):
    notices.shown = False
    assert daily.check(datetime(2026, 3, 14, 19, 0)) != []
    assert unlocked.settings.get(CHECKIN_REMINDED) is None


# While locked


def test_reminders_still_come_while_locked_and_are_written_down_at_unlock(qtbot, unlocked, notices):
    journey = unlocked.journeys.add(datetime(2026, 3, 13, 10, 0))
    unlocked.settings.set(CHECKIN_ON, True)
    unlocked.settings.set(CHECKIN_AT, "19:00")
    made = Reminders(unlocked, notifier=notices)
    made.plan_for_lock(datetime(2026, 3, 14, 7, 45))  # in the quiet hours, to 08:30
    unlocked.vault.lock()
    assert made.check(datetime(2026, 3, 14, 8, 0)) == []  # still quiet
    assert made.check(datetime(2026, 3, 14, 8, 30)) == [(journey.id, "0h")]  # left open
    assert made.check(datetime(2026, 3, 14, 9, 59)) == []
    assert made.check(datetime(2026, 3, 14, 10, 0)) == [(journey.id, "1d")]
    assert made.check(datetime(2026, 3, 14, 19, 0)) == [("", "checkin")]
    assert made.check(datetime(2026, 3, 14, 19, 1)) == []  # once
    # The 15th passed unseen (asleep): its check-in reminder went with the day.
    assert made.check(datetime(2026, 3, 16, 10, 0)) == [(journey.id, "3d")]
    assert made.check(datetime(2026, 3, 16, 19, 0)) == [("", "checkin")]
    assert all("secret" not in body for _, body in notices.sent)
    unlocked.vault.unlock(PASSPHRASE)
    made.start()
    assert unlocked.settings.get(REMINDED) == sorted(
        f"{journey.id}:{step}" for step in ("0h", "1d", "3d")
    )
    assert unlocked.settings.get(CHECKIN_REMINDED) == "2026-03-16"
    made.stop()


def test_a_day_missed_while_locked_brings_one_check_in_reminder_not_a_pile(
    qtbot, unlocked, notices
):
    unlocked.settings.set(CHECKIN_ON, True)
    made = Reminders(unlocked, notifier=notices)
    made.plan_for_lock(datetime(2026, 3, 14, 12, 0))
    unlocked.vault.lock()
    # The computer slept from the 14th to the 17th: one reminder, for today.
    assert made.check(datetime(2026, 3, 17, 21, 0)) == [("", "checkin")]
    assert made.check(datetime(2026, 3, 17, 21, 1)) == []
    made.stop()


def test_nothing_planned_while_locked_when_reminders_are_off(qtbot, unlocked, notices):
    unlocked.journeys.add(datetime(2026, 3, 13, 10, 0))
    unlocked.settings.set(ENABLED, False)
    made = Reminders(unlocked, notifier=notices)
    made.plan_for_lock(datetime(2026, 3, 14, 12, 0))
    unlocked.vault.lock()
    assert made.check(datetime(2026, 3, 20, 12, 0)) == []
    made.stop()


def test_a_failure_while_planning_never_stops_the_lock(qtbot, unlocked, notices, monkeypatch):
    made = Reminders(unlocked, notifier=notices)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("journal_app.ui.reminders.upcoming_steps", broken)
    made.plan_for_lock(datetime(2026, 3, 14, 12, 0))  # logs, does not raise
    unlocked.vault.lock()
    assert made.check(datetime(2026, 3, 15, 12, 0)) == []
    made.stop()


def test_the_window_keeps_reminding_after_it_locks(qtbot, window, unlocked):
    notices = FakeNotices()
    window.reminders.notifier = notices
    soon = unlocked.journeys.now() + timedelta(days=1)
    journey = unlocked.journeys.add(soon)  # planned: its steps come after it
    unlocked.settings.set(QUIET_FROM, "00:00")  # no quiet hours, whatever the time zone
    unlocked.settings.set(QUIET_UNTIL, "00:00")
    window.session.lock()
    assert not unlocked.vault.unlocked
    fired = window.reminders.check(soon + timedelta(hours=2, minutes=1))
    assert fired == [(journey.id, "0h")] and len(notices.sent) == 1
