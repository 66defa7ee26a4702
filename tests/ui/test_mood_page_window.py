"""The Mood page in the window: in the sidebar after Journeys, and on Ctrl+4."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, unlocked, session, theme, qsettings):
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.show()
    session.finish_first_run()
    return made


def test_mood_comes_after_journeys(window):
    navigation = window.shell.navigation
    names = [navigation.item(i).text() for i in range(navigation.count())]
    assert names == ["Today", "Journal", "Journeys", "Mood", "Summary", "Settings"]


def test_ctrl_1_to_5_switch_pages(qtbot, window):
    shell = window.shell
    for key, name in (
        (Qt.Key.Key_4, "mood"),
        (Qt.Key.Key_3, "journeys"),
        (Qt.Key.Key_5, "summary"),
        (Qt.Key.Key_6, "settings"),
        (Qt.Key.Key_2, "journal"),
        (Qt.Key.Key_1, "today"),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert shell.current_page() == name
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, 7)
    ]


def test_a_session_clicked_in_the_chart_opens_that_journey(window, unlocked):
    record = unlocked.journeys.add(datetime(2026, 3, 1, 10, 0))
    shell = window.shell
    shell.show_page("mood")
    shell.mood.trends.chart.journey_clicked.emit(record.id)
    assert shell.current_page() == "journeys"
    assert shell.journeys.view.record.id == record.id


def test_a_checkin_on_today_shows_on_the_mood_page(qtbot, window, unlocked):
    shell = window.shell
    form = shell.today.checkin.form
    form.mood.set_number(7)
    form.save_button.click()
    shell.show_page("mood")
    assert shell.mood.recent.list.count() == 1
