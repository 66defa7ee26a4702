"""Today's weekly check: shown while a course runs, saved or put off, feeding the questions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from journal_app.domain.errors import DiskFull
from journal_app.domain.journey import SessionLog
from journal_app.ui.pages.today import TodayPage
from journal_app.ui.pages.today_weekly import DISMISSED_KEY
from journal_app.ui.questions import QuestionsDialog

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)
SESSION = datetime(2026, 3, 10, 10, 0)  # four days before the tests' clock


@pytest.fixture
def make_today(qtbot, unlocked):
    def make() -> TodayPage:
        page = TodayPage(unlocked)
        qtbot.addWidget(page)
        return page

    return make


@pytest.fixture
def course(unlocked):
    """A session four days ago: a course is running, so the check is due."""
    return unlocked.journeys.add(SESSION, session=SessionLog(start=SESSION))


def test_no_card_without_a_running_course(make_today):
    page = make_today()
    assert not page.weekly.isVisibleTo(page)
    assert page.questions_line.isVisibleTo(page)  # the list is always reachable


def test_the_card_shows_while_due_with_nothing_chosen(make_today, course):
    page = make_today()
    assert page.weekly.isVisibleTo(page)
    for choice in page.weekly.answers.values():
        assert choice.answer() is None
        assert choice.yes.accessibleName().startswith("Yes: ")
    assert not page.weekly.thanks.isVisibleTo(page)


def test_yes_and_no_exclude_each_other_and_a_second_click_clears(make_today, course):
    choice = make_today().weekly.answers["memory"]
    choice.yes.click()
    assert choice.answer() is True
    choice.no.click()
    assert choice.answer() is False and not choice.yes.isChecked()
    choice.no.click()
    assert choice.answer() is None


def test_saving_a_yes_stores_it_and_the_line_is_suggested(qtbot, make_today, unlocked, course):
    page = make_today()
    card = page.weekly
    card.answers["bladder"].yes.click()
    card.answers["memory"].no.click()
    qtbot.keyClicks(card.note, "  a little tired  ")
    with qtbot.waitSignal(card.saved):
        card.save_button.click()
    check = unlocked.weekly_check.latest().data
    assert (check.bladder, check.unreal, check.memory, check.extra_dose) == (
        True,
        None,
        False,
        None,
    )
    assert check.note == "a little tired"
    assert check.course_id  # tied to the running course
    assert "Added to your questions for your prescriber." in card.thanks_label.text()
    assert card.see_button.isVisibleTo(page)
    page.refresh()  # the journal changed: the thanks stay while Today is on screen
    assert page.weekly.isVisibleTo(page) and card.thanks.isVisibleTo(page)
    card.see_button.click()
    [dialog] = page.findChildren(QuestionsDialog)
    texts = [s.text for s, _, _ in dialog.suggestion_rows]
    assert any("bladder changes" in t for t in texts)
    dialog.reject()
    page.weekly.settle()  # the person left Today
    assert not page.weekly.isVisibleTo(page)
    assert not make_today().weekly.isVisibleTo(page)  # answered this week


def test_all_no_says_thanks_without_the_questions_line(qtbot, make_today, unlocked, course):
    card = make_today().weekly
    for choice in card.answers.values():
        choice.no.click()
    card.save_button.click()
    assert "Added" not in card.thanks_label.text()
    assert card.see_button.isHidden()
    assert unlocked.questions.suggestions() == []


def test_not_this_week_hides_it_until_a_week_has_passed(make_today, unlocked, course):
    page = make_today()
    page.weekly.dismiss_button.click()
    assert not page.weekly.isVisibleTo(page)
    today = unlocked.weekly_check.now().date()
    assert unlocked.settings.get(DISMISSED_KEY) == today.isoformat()
    assert not make_today().weekly.isVisibleTo(page)
    unlocked.settings.set(DISMISSED_KEY, (today - timedelta(days=7)).isoformat())
    fresh = make_today()
    assert fresh.weekly.isVisibleTo(fresh)
    assert unlocked.weekly_check.latest() is None  # putting it off stores no answers


def test_a_failed_save_says_so_and_keeps_the_answers(
    qtbot, make_today, unlocked, course, monkeypatch
):
    card = make_today().weekly

    def full(*_a, **_k):
        raise DiskFull("The disk is full. Free some space and try again.")

    monkeypatch.setattr(unlocked.weekly_check, "record", full)
    card.answers["unreal"].yes.click()
    qtbot.keyClicks(card.note, "still foggy")
    card.save_button.click()
    assert "disk is full" in card.problem.text() and not card.problem.isHidden()
    assert card.answers["unreal"].answer() is True
    assert card.note.text() == "still foggy"
    assert not card.thanks.isVisibleTo(card) and card.form.isVisibleTo(card)


def test_the_questions_line_counts_what_is_still_to_ask(make_today, unlocked):
    unlocked.questions.add("Can I drive the day after?")
    unlocked.questions.add("Should the dose change?")
    unlocked.questions.set_done(1, True)
    page = make_today()
    assert page.questions_line.count.text() == "1 on your list"
    page.questions_line.button.click()
    assert len(page.findChildren(QuestionsDialog)) == 1
    page.questions_line.button.click()  # raised, not opened twice
    assert len(page.findChildren(QuestionsDialog)) == 1


def test_every_control_has_a_name_and_tab_walks_the_questions(qtbot, make_today, course):
    page = make_today()
    card = page.weekly
    nameless = [
        w
        for w in card.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and not w.accessibleName()
    ]
    assert nameless == []
    assert page.questions_line.button.accessibleName()
    with qtbot.waitActive(page):
        page.show()
    card.setFocus()
    assert page.focusWidget() is card.answers["bladder"].yes
    order = []
    for _ in range(10):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        order.append(page.focusWidget())
    expected = [card.answers["bladder"].no, card.answers["unreal"].yes, card.answers["unreal"].no]
    assert order[:3] == expected
    assert card.note in order and card.save_button in order
    qtbot.keyClick(card.answers["unreal"].yes, Qt.Key.Key_Space)
    assert card.answers["unreal"].answer() is True
