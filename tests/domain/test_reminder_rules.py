"""The reminder rules: quiet hours, the daily check-in, and a clock that moves."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from journal_app.domain.reminders import (
    after_quiet_hours,
    checkin_reminder_due,
    clock_time,
    in_quiet_hours,
    read_day,
    reminded_already,
)

QUIET = (time(21, 30), time(8, 30))
AT = time(20, 0)
DAY = date(2026, 3, 14)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(12), at(12)),  # not quiet: unchanged
        (at(23), datetime(2026, 3, 15, 8, 30)),  # late evening: the next morning
        (at(3), at(8, 30)),  # small hours: this morning
        (at(8, 30), at(8, 30)),  # the end itself is not quiet
    ],
)
def test_a_moment_in_quiet_hours_moves_to_their_end(moment, expected):
    assert after_quiet_hours(moment, *QUIET) == expected


def test_quiet_hours_of_no_length_are_never_quiet():
    assert after_quiet_hours(at(3), time(9), time(9)) == at(3)
    assert not in_quiet_hours(time(9), time(9), time(9))


def test_the_daily_reminder_comes_from_its_time_on_once_a_day():
    assert not checkin_reminder_due(at(19, 59), AT, QUIET, None, False)
    assert checkin_reminder_due(at(20, 0), AT, QUIET, None, False)
    assert checkin_reminder_due(at(21, 0), AT, QUIET, DAY.replace(day=13), False)
    assert not checkin_reminder_due(at(21, 0), AT, QUIET, DAY, False)  # given today


def test_no_daily_reminder_after_a_check_in_today():
    assert not checkin_reminder_due(at(20, 30), AT, QUIET, None, True)


def test_the_daily_reminder_keeps_quiet_hours():
    assert not checkin_reminder_due(at(22, 0), AT, QUIET, None, False)
    # A time inside the quiet hours never comes: at the end of them it is not yet "its time".
    late = time(23, 0)
    assert not checkin_reminder_due(at(23, 30), late, QUIET, None, False)
    assert not checkin_reminder_due(datetime(2026, 3, 15, 8, 30), late, QUIET, None, False)
    # An early time waits for the quiet hours to end, the same morning.
    early = time(7, 0)
    assert not checkin_reminder_due(at(7, 0), early, QUIET, None, False)
    assert checkin_reminder_due(at(8, 30), early, QUIET, None, False)


def test_a_clock_going_back_does_not_bring_the_reminder_twice():
    # Given at 20:00; the clock is set back to 19:30 and then reaches 20:00 again.
    assert not checkin_reminder_due(at(20, 0), AT, QUIET, DAY, False)
    # Given just after midnight on the 15th; the clock goes back to the evening of the 14th.
    assert not checkin_reminder_due(at(20, 45), AT, QUIET, date(2026, 3, 15), False)


def test_a_day_remembered_far_ahead_is_a_wrong_clock_and_does_not_silence_it():
    assert not reminded_already(DAY, date(2027, 1, 1))
    assert checkin_reminder_due(at(20, 0), AT, QUIET, date(2030, 1, 1), False)
    assert reminded_already(DAY, DAY)
    assert not reminded_already(DAY, None)
    assert not reminded_already(DAY, date(2026, 3, 13))


@pytest.mark.parametrize("stored", [None, "", "not a day", 42, "2026-02-30"])
def test_an_unreadable_stored_day_counts_as_never(stored):
    assert read_day(stored) is None


@pytest.mark.parametrize("stored", [None, "", "25:99", "9"])
def test_an_unreadable_time_setting_is_midnight(stored):
    assert clock_time(stored) == time(0, 0)
