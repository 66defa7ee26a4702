"""The questionnaire form's optional parts, and what the history shows of them.

PHQ-9/GAD-7: the difficulty question after the items, optional, keyboard reachable.
WHO-5: the instruction sentence and the gentle low_item sentence in the result.
PCL-5: the private note of the experience in mind, stored and shown in the history.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app.domain.assessment import Assessment
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.mood.page import MoodPage
from tests.domain.test_assessment import VERSION_1_PAYLOAD
from tests.ui.windows import show_in_window

PHQ9_DIFFICULTY = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)


@pytest.fixture
def page(qtbot, unlocked, theme, monkeypatch) -> Iterator[MoodPage]:
    monkeypatch.setattr(CrisisDialog, "show_for", classmethod(lambda cls, parent, s: None))
    made = MoodPage(unlocked, theme)
    window = show_in_window(qtbot, made, (1080, 780), active=True)
    yield made
    window.close()


def answer_all(page: MoodPage, instrument_id: str, answers: list[int]) -> None:
    page.open_questionnaire(instrument_id)
    for item, value in zip(page.questionnaire.answers.items, answers, strict=True):
        item.choose(value)


# PHQ-9 and GAD-7: how difficult


@pytest.mark.parametrize("instrument_id", ["phq9", "gad7"])
def test_the_difficulty_question_follows_the_items_with_nothing_chosen(page, instrument_id):
    page.open_questionnaire(instrument_id)
    answers = page.questionnaire.answers
    assert answers.difficulty is not None and answers.difficulty.isVisible()
    item = answers.difficulty.item
    assert [r.text() for r in item.options] == [
        "Not difficult at all",
        "Somewhat difficult",
        "Very difficult",
        "Extremely difficult",
    ]
    assert not any(r.isChecked() for r in item.options)
    assert item.accessibleName().startswith("How difficult")
    assert item.question.text().startswith("If you checked off any problems")
    layout = answers.layout()
    assert layout.indexOf(answers.difficulty) > layout.indexOf(answers.items[-1])


def test_the_phq9_difficulty_question_has_the_published_wording(page):
    page.open_questionnaire("phq9")
    assert page.questionnaire.answers.difficulty.item.question.text() == PHQ9_DIFFICULTY


def test_the_difficulty_question_can_be_left_and_nothing_is_stored_for_it(page, unlocked):
    answer_all(page, "phq9", [1] * 9)
    assert page.questionnaire.submit_button.isEnabled()
    page.questionnaire.submit_button.click()
    [record] = unlocked.assessments.history("phq9")
    assert record.data.difficulty is None and record.data.total == 9
    assert not page.questionnaire.difficulty_note.isVisible()


def test_a_difficulty_answer_is_stored_shown_in_words_and_not_scored(page, unlocked):
    answer_all(page, "gad7", [1] * 7)
    page.questionnaire.answers.difficulty.item.choose(2)
    page.questionnaire.submit_button.click()
    [record] = unlocked.assessments.history("gad7")
    assert (record.data.difficulty, record.data.total) == (2, 7)
    form = page.questionnaire
    assert form.difficulty_note.isVisible()
    assert "Very difficult" in form.difficulty_note.text()
    page.history.table.selectRow(0)
    assert "How difficult: Very difficult" in page.history.detail.text()
    assert page.history.detail.isVisible()


def test_leave_this_one_out_clears_the_difficulty_answer(page, unlocked):
    answer_all(page, "phq9", [0] * 9)
    difficulty = page.questionnaire.answers.difficulty
    assert not difficulty.clear_button.isVisible()
    difficulty.item.choose(3)
    assert difficulty.clear_button.isVisible()
    difficulty.clear_button.click()
    assert difficulty.answer() is None and not difficulty.clear_button.isVisible()
    page.questionnaire.submit_button.click()
    assert unlocked.assessments.history("phq9")[0].data.difficulty is None


def test_the_difficulty_question_is_reached_and_answered_with_the_keyboard(qtbot, page):
    answer_all(page, "gad7", [2] * 7)
    form = page.questionnaire
    difficulty = form.answers.difficulty
    form.answers.items[-1].focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is difficulty.item.options[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert difficulty.answer() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is difficulty.clear_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.submit_button


def test_unanswered_the_difficulty_question_tabs_straight_on_to_submit(qtbot, page):
    answer_all(page, "phq9", [0] * 9)
    form = page.questionnaire
    form.answers.difficulty.item.focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.submit_button


def test_take_it_again_clears_the_difficulty_answer(page):
    answer_all(page, "phq9", [0] * 9)
    page.questionnaire.answers.difficulty.item.choose(1)
    page.questionnaire.submit_button.click()
    page.questionnaire.again_button.click()
    assert page.questionnaire.answers.difficulty_answer() is None


@pytest.mark.parametrize("instrument_id", ["who5", "pcl5"])
def test_other_questionnaires_have_no_difficulty_question(page, instrument_id):
    page.open_questionnaire(instrument_id)
    assert page.questionnaire.answers.difficulty is None


# WHO-5


def test_the_who5_instruction_sentence_shows_above_the_items(page):
    page.open_questionnaire("who5")
    form = page.questionnaire
    assert form.instruction.isVisible()
    assert form.instruction.text() == "Notice that higher numbers mean better well-being."
    assert form.instruction.y() < form.answers.y()
    assert "CC BY-NC-SA 3.0 IGO" in form.source.text()
    form.choose("phq9")
    assert not form.instruction.isVisible()


def test_a_who5_answer_of_0_or_1_adds_the_gentle_sentence(page, unlocked):
    answer_all(page, "who5", [5, 5, 4, 4, 1])
    page.questionnaire.submit_button.click()
    form = page.questionnaire
    assert form.flag_note.isVisible()
    assert "care team" in form.flag_note.text() and "At no time" in form.flag_note.text()
    assert "low_item" in unlocked.assessments.history("who5")[0].data.flags


def test_who5_answers_of_2_or_more_add_no_sentence(page):
    answer_all(page, "who5", [2, 2, 2, 2, 2])
    page.questionnaire.submit_button.click()
    assert not page.questionnaire.flag_note.isVisible()


# PCL-5


def test_the_pcl5_event_note_is_stored_and_shown_back_in_the_history(page, unlocked):
    page.open_questionnaire("pcl5")
    field = page.questionnaire.answers.event_field
    assert field is not None and field.isVisible()
    assert field.accessibleName() == "The experience I had in mind (optional, only for you)"
    assert field.maxLength() == 500
    field.setText("  The car accident in 2019  ")
    for item in page.questionnaire.answers.items:
        item.choose(1)
    page.questionnaire.submit_button.click()
    [record] = unlocked.assessments.history("pcl5")
    assert record.data.event_note == "The car accident in 2019"
    assert field.text() == ""  # stored: the next time starts afresh
    page.history.table.selectRow(0)
    assert "The car accident in 2019" in page.history.detail.text()


def test_the_pcl5_can_be_taken_without_an_event_note(page, unlocked):
    answer_all(page, "pcl5", [0] * 20)
    page.questionnaire.submit_button.click()
    assert unlocked.assessments.history("pcl5")[0].data.event_note == ""
    page.history.table.selectRow(0)
    assert not page.history.detail.isVisible()


@pytest.mark.parametrize("instrument_id", ["phq9", "gad7", "who5"])
def test_only_the_pcl5_offers_the_event_note(page, instrument_id):
    page.open_questionnaire(instrument_id)
    assert page.questionnaire.answers.event_field is None


def test_the_pcl5_result_names_the_cut_off_as_31_to_33(page):
    answer_all(page, "pcl5", [2] * 20)
    page.questionnaire.submit_button.click()
    assert "31–33 (33 used here)" in page.questionnaire.result_label.text()


# Results stored before version 2


def test_a_version_1_result_still_shows_in_the_history(page, unlocked):
    unlocked.vault.store.add(Assessment.from_data(VERSION_1_PAYLOAD))
    page.refresh()
    page.open_questionnaire("phq9")
    table = page.history.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2)] == ["6 of 27", "Mild"]
    assert table.item(0, 0).text().startswith("Thu 12 Mar 2026")
    table.selectRow(0)
    assert not page.history.detail.isVisible()
    assert isinstance(unlocked.assessments.history("phq9")[0].data.at, datetime)
