"""Typing a time the obvious way into a time field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit

from journal_app.ui.time_typing import accept_typed_times, read_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:30", (9, 30)),
        ("9:30", (9, 30)),
        ("930", (9, 30)),
        ("0930", (9, 30)),
        ("21.15", (21, 15)),
        ("23:59", (23, 59)),
        ("00:00", (0, 0)),
    ],
)
def test_times_read_the_obvious_way(text, expected):
    found = read_time(text)
    assert found is not None and (found.hour(), found.minute()) == expected


@pytest.mark.parametrize("text", ["", "9", "93", "24:00", "12:60", "abc", "9:3", "123456"])
def test_what_is_not_a_time_is_not_read_as_one(text):
    assert read_time(text) is None


def time_field(qtbot, start: QTime) -> QTimeEdit:
    field = QTimeEdit(displayFormat="HH:mm")
    accept_typed_times(field)
    qtbot.addWidget(field)
    field.show()
    field.setTime(start)
    field.setFocus()
    return field


@pytest.mark.parametrize("typed", ["09:30", "9:30", "0930"])
def test_typing_a_time_over_another_sets_it_whole(qtbot, typed):
    field = time_field(qtbot, QTime(22, 0))
    qtbot.keyClicks(field, typed)
    assert field.time() == QTime(9, 30)


def test_a_date_and_time_field_takes_the_typed_time_and_keeps_its_day(qtbot):
    field = QDateTimeEdit(displayFormat="ddd d MMM yyyy  HH:mm")
    accept_typed_times(field)
    qtbot.addWidget(field)
    field.show()
    field.setDateTime(QDateTime.fromString("2026-03-01T22:00", Qt.DateFormat.ISODate))
    field.setFocus()
    field.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(field, "09:30")
    assert field.dateTime().toString("yyyy-MM-ddTHH:mm") == "2026-03-01T09:30"


def test_arrows_and_single_section_typing_still_work(qtbot):
    field = time_field(qtbot, QTime(22, 0))
    field.setSelectedSection(QTimeEdit.Section.MinuteSection)  # as a click on the minutes
    qtbot.keyClicks(field, "45")
    assert field.time() == QTime(22, 45)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(22, 46)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_quiet_hours_in_settings_take_a_typed_time(qtbot, session, theme, unlocked):
    from journal_app.ui.pages.settings import SettingsPage

    page = SettingsPage(session, theme)
    qtbot.addWidget(page)
    page.show()
    field = page.quiet_until
    field.setTime(QTime(22, 0))
    field.setFocus()
    qtbot.keyClicks(field, "07:15")
    assert field.time() == QTime(7, 15)
