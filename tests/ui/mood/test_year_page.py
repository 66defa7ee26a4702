"""The year calendar on the Mood page and in the window: a section, kept current, opening days."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.mood.page import MoodPage
from journal_app.ui.mood.year_model import MOOD_ROLE
from tests.ui.windows import show_in_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_mood_page_has_a_year_section(qtbot, unlocked, theme):
    page = MoodPage(unlocked, theme)
    window = show_in_window(qtbot, page, (1000, 700))
    names = [b.text() for b in page.section_buttons.buttons()]
    assert names == ["Chart", "Year", "Check in", "Questionnaires"]
    page.section_buttons.button(1).click()
    assert page.current_section() == "year"
    assert page.sections.currentWidget() is page.year
    window.close()


def test_a_new_checkin_colours_today_when_the_page_refreshes(qtbot, unlocked, theme):
    page = MoodPage(unlocked, theme)
    window = show_in_window(qtbot, page, (1000, 700))
    today = unlocked.journeys.now().date()
    assert page.year.model.index_of(today).data(MOOD_ROLE) is None
    unlocked.checkins.add(7)
    page.refresh()  # as the window does when the journal changes
    assert page.year.model.index_of(today).data(MOOD_ROLE) == 7
    window.close()


def test_an_entry_opened_from_a_day_opens_in_the_journal(qtbot, window, unlocked):
    entry = unlocked.journal.create("By the sea.", title="Sea", day=date(2026, 3, 1))
    shell = window.shell
    shell.show_page("mood")
    shell.mood.show_section("year")
    shell.mood.year.open_day(date(2026, 3, 1))
    shell.mood.year.day.buttons[0].click()
    assert shell.current_page() == "journal"
    assert shell.journal.autosave.record_id == entry.id


def test_a_session_opened_from_a_day_opens_its_journey(qtbot, window, unlocked):
    record = unlocked.journeys.add(datetime(2026, 3, 2, 10))
    shell = window.shell
    shell.show_page("mood")
    shell.mood.show_section("year")
    section = shell.mood.year
    section.view.set_current_day(date(2026, 3, 2))
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Enter)
    section.day.buttons[0].click()
    assert shell.current_page() == "journeys"
    assert shell.journeys.view.record.id == record.id
