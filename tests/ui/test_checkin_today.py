"""Today's quick check-in and the gentle hint that a questionnaire is due."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.main_window import MainWindow
from journal_app.ui.pages.today import TodayPage
from journal_app.ui.pages.today_checkin import DISMISSED_KEY
from tests.ui.windows import show_in_window


@pytest.fixture
def make_today(qtbot, unlocked):
    def make() -> TodayPage:
        page = TodayPage(unlocked)
        qtbot.addWidget(page)
        return page

    return make


def test_before_a_checkin_today_the_mood_row_is_shown(make_today, unlocked):
    unlocked.checkins.add(5, at=datetime(2026, 3, 13, 21, 0))  # yesterday's
    page = make_today()
    form = page.checkin.form
    assert form.isVisibleTo(page)
    assert not page.checkin.done.isVisibleTo(page)
    assert page.checkin.focusProxy() is form
    assert form.focusProxy() is form.mood
    assert not form.chips.isVisibleTo(page)  # folded away on Today


def test_one_key_on_today_saves(qtbot, make_today, unlocked):
    page = make_today()
    form = page.checkin.form
    with qtbot.waitSignal(page.checkin.saved):
        qtbot.keyClick(form.mood.choices[0], Qt.Key.Key_6)
    [record] = unlocked.checkins.checkins()
    assert record.data.mood == 6
    assert form.thanks.text().startswith("Saved at ")
    assert form.isVisibleTo(page)  # still open for details until Today is left


def test_today_says_when_you_checked_in(make_today, unlocked):
    unlocked.checkins.add(6, at=datetime(2026, 3, 14, 7, 5))
    unlocked.checkins.add(7, at=datetime(2026, 3, 14, 9, 12))
    page = make_today()
    assert page.checkin.done.isVisibleTo(page)
    assert page.checkin.done_label.text() == "You checked in at 9:12."
    assert not page.checkin.form.isVisibleTo(page)
    assert page.checkin.focusProxy() is page.checkin.another_button


def test_leaving_today_after_a_checkin_shows_when(qtbot, make_today, unlocked):
    page = make_today()
    window = show_in_window(qtbot, page)
    page.checkin.form.mood.choices[7].click()
    window.hide()
    window.show()
    at = unlocked.checkins.checkins()[0].data.at
    assert page.checkin.done.isVisible()
    assert page.checkin.done_label.text() == f"You checked in at {at.hour}:{at.minute:02d}."


def test_add_another_brings_the_row_back_and_saves_a_second(qtbot, make_today, unlocked):
    unlocked.checkins.add(6, at=datetime(2026, 3, 14, 9, 12))
    page = make_today()
    page.checkin.another_button.click()
    form = page.checkin.form
    assert form.isVisibleTo(page)
    assert form.mood.number() is None
    page.refresh()  # a refresh while adding keeps the row
    assert form.isVisibleTo(page)
    form.mood.choices[2].click()
    assert [r.data.mood for r in unlocked.checkins.checkins()] == [6, 3]


def test_add_another_inside_the_form_keeps_the_row_open(qtbot, make_today, unlocked):
    page = make_today()
    form = page.checkin.form
    form.mood.choices[4].click()
    form.another_button.click()
    unlocked.journal.create("something else changed")
    page.refresh()
    assert form.isVisibleTo(page)


def test_leaving_with_unsaved_details_keeps_them(qtbot, make_today, unlocked):
    page = make_today()
    window = show_in_window(qtbot, page)
    form = page.checkin.form
    form.mood.choices[4].click()
    form.more_toggle.click()
    form.note.setText("not saved yet")
    window.hide()
    window.show()
    assert form.isVisible()
    assert form.note.text() == "not saved yet"


def test_undo_on_today_brings_the_row_back(qtbot, make_today, unlocked):
    unlocked.checkins.add(6, at=datetime(2026, 3, 14, 9, 12))
    page = make_today()
    page.checkin.another_button.click()
    page.checkin.form.mood.choices[1].click()
    page.checkin.form.undo_button.click()
    assert [r.data.mood for r in unlocked.checkins.checkins()] == [6]
    page.refresh()
    assert page.checkin.form.isVisibleTo(page)


def test_a_checkin_trashed_elsewhere_is_let_go(qtbot, make_today, unlocked):
    page = make_today()
    page.checkin.form.mood.choices[1].click()
    record = unlocked.checkins.checkins()[0]
    unlocked.checkins.delete(record.id)
    page.refresh()
    assert page.checkin.form.editing is None
    assert page.checkin.form.isVisibleTo(page)


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


def test_locking_while_today_shows_a_new_checkin_reads_nothing(qtbot, make_today, unlocked):
    page = make_today()
    window = show_in_window(qtbot, page)
    page.checkin.form.mood.choices[6].click()
    unlocked.vault.lock()
    window.hide()  # settles the card; a read from the locked journal would raise here
    assert page.checkin.done.isVisibleTo(page)
