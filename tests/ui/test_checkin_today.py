"""Today's quick check-in and the gentle hint that a questionnaire is due."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.main_window import MainWindow
from journal_app.ui.pages.today import TodayPage
from journal_app.ui.pages.today_checkin import DISMISSED_KEY


@pytest.fixture
def make_today(qtbot, unlocked):
    def make() -> TodayPage:
        page = TodayPage(unlocked)
        qtbot.addWidget(page)
        return page

    return make


def test_the_today_checkin_card_saves(qtbot, make_today, unlocked):
    page = make_today()
    form = page.checkin.form
    assert page.checkin.focusProxy() is form
    assert form.focusProxy() is form.mood
    assert not form.chips.isVisibleTo(page)  # folded away on Today
    qtbot.keyClicks(form.mood, "6")
    with qtbot.waitSignal(page.checkin.saved):
        qtbot.keyClick(form.mood, Qt.Key.Key_Return)
    assert [r.data.mood for r in unlocked.checkins.checkins()] == [6]
    assert "Thank you" in form.thanks.text()


def test_the_hint_appears_when_the_last_phq9_is_two_weeks_old(make_today, unlocked):
    unlocked.assessments.take("phq9", [1] * 9, at=datetime(2026, 2, 27, 10, 0))
    unlocked.assessments.take("gad7", [1] * 7, at=datetime(2026, 3, 13, 10, 0))
    page = make_today()
    assert page.due_hint.isVisibleTo(page)
    assert page.due_hint.label.text() == (
        "Two weeks since your last one. A PHQ-9 now can show how you've been."
    )


def test_the_hint_goes_once_it_is_taken(make_today, unlocked):
    unlocked.assessments.take("phq9", [1] * 9, at=datetime(2026, 2, 27, 10, 0))
    unlocked.assessments.take("gad7", [1] * 7, at=datetime(2026, 3, 13, 10, 0))
    page = make_today()
    unlocked.assessments.take("phq9", [0] * 9)
    page.refresh()
    assert not page.due_hint.isVisibleTo(page)


def test_no_hint_when_nothing_is_due(make_today, unlocked):
    unlocked.assessments.take("phq9", [1] * 9, at=datetime(2026, 3, 10, 10, 0))
    unlocked.assessments.take("gad7", [1] * 7, at=datetime(2026, 3, 10, 10, 0))
    page = make_today()
    assert not page.due_hint.isVisibleTo(page)


def test_not_today_hides_the_hint_for_the_day(make_today, unlocked):
    page = make_today()
    assert page.due_hint.isVisibleTo(page)  # nothing taken yet: a gentle first hint
    assert page.due_hint.label.text() == (
        "A starting point, whenever you're ready. A PHQ-9 now can show how you've been."
    )
    page.due_hint.dismiss_button.click()
    assert not page.due_hint.isVisibleTo(page)
    assert unlocked.settings.get(DISMISSED_KEY) == unlocked.journeys.now().date().isoformat()
    assert not make_today().due_hint.isVisibleTo(page)  # still gone on a fresh Today
    unlocked.settings.set(DISMISSED_KEY, "2026-03-13")  # yesterday's "not today"
    fresh = make_today()
    assert fresh.due_hint.isVisibleTo(fresh)


def test_after_a_session_the_hint_says_so(make_today, unlocked):
    unlocked.journeys.add(datetime(2026, 3, 7, 10, 0))
    page = make_today()
    assert page.due_hint.label.text() == (
        "After your session. A PHQ-9 now can show how you've been."
    )


def test_take_it_now_opens_the_questionnaire_on_the_mood_page(
    qtbot, unlocked, session, theme, qsettings
):
    unlocked.assessments.take("phq9", [1] * 9, at=datetime(2026, 2, 27, 10, 0))
    unlocked.assessments.take("gad7", [1] * 7, at=datetime(2026, 3, 13, 10, 0))
    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    window.show()
    session.finish_first_run()
    shell = window.shell
    shell.today.due_hint.take_button.click()
    assert shell.current_page() == "mood"
    assert shell.mood.current_section() == "questionnaires"
    assert shell.mood.questionnaire.instrument.id == "phq9"
