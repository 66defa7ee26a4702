"""The Mood page in the window: in the sidebar after Journeys, and on Ctrl+4."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, unlocked, session, theme, qsettings):
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.show()
    session.finish_first_run()
    return made


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
