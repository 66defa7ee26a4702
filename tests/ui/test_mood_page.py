"""The Mood page: chart and range, check-ins to change or trash, questionnaires and history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.mood.chart import MoodChart
from journal_app.ui.mood.page import MoodPage
from tests.ui.windows import show_in_window

PHQ9_ITEM9 = 8  # index of "Thoughts that you would be better off dead…"


@pytest.fixture
def page(qtbot, unlocked, theme) -> Iterator[MoodPage]:
    made = MoodPage(unlocked, theme)
    window = show_in_window(qtbot, made, (1080, 780), active=True)
    yield made
    window.close()


@pytest.fixture
def no_crisis_panel(monkeypatch) -> list[tuple[object, object]]:
    """Record CrisisDialog.show_for calls instead of opening a modal dialog."""
    calls: list[tuple[object, object]] = []
    monkeypatch.setattr(
        CrisisDialog,
        "show_for",
        classmethod(lambda cls, parent, services: calls.append((parent, services))),
    )
    return calls


def answer_all(page: MoodPage, instrument_id: str, answers: list[int]) -> None:
    page.open_questionnaire(instrument_id)
    for item, value in zip(page.questionnaire.answers.items, answers, strict=True):
        item.choose(value)


# The chart


def test_the_page_builds_with_the_chart_and_switches_range(page):
    chart = page.trends.chart
    assert isinstance(chart, MoodChart)
    assert page.current_section() == "chart"
    assert chart.days == 90
    labels = {b.text(): b for b in page.trends.ranges.buttons()}
    assert list(labels) == ["30 days", "90 days", "1 year", "All"]
    labels["30 days"].click()
    assert chart.days == 30
    assert labels["30 days"].isChecked()
    labels["All"].click()
    assert chart.days is None
    labels["1 year"].click()
    assert chart.days == 365


def test_the_metric_picker_sets_the_chart(page):
    choice = page.trends.metric_choice
    names = [choice.itemData(i) for i in range(choice.count())]
    assert names == ["mood", "anxiety", "energy", "sleep_hours", "phq9", "gad7", "who5", "pcl5"]
    choice.setCurrentIndex(names.index("gad7"))
    assert page.trends.chart.metric_name == "gad7"


def test_a_click_on_a_session_in_the_chart_asks_to_open_that_journey(qtbot, page):
    with qtbot.waitSignal(page.open_journey_requested) as asked:
        page.trends.chart.journey_clicked.emit("abc123")
    assert asked.args == ["abc123"]


def test_the_chart_follows_the_theme(page, theme, monkeypatch):
    seen: list[dict[str, str]] = []
    monkeypatch.setattr(page.trends.chart, "set_colours", seen.append)
    theme.set_mode("dark")
    assert seen[-1] == theme.colours()
    assert seen[-1]["window"] != ""


def test_the_figures_say_they_are_descriptive(page):
    assert "not a diagnosis" in page.trends.insights.label.text()
    assert "simple figures will show here" in page.trends.insights.lines.text()


def test_the_figures_are_plain_sentences_with_their_numbers(qtbot, unlocked, theme):
    unlocked.journeys.add(datetime(2026, 3, 5, 10, 0))
    for day, mood in ((1, 4), (2, 4), (3, 5), (6, 7), (7, 6)):
        unlocked.checkins.add(mood, at=datetime(2026, 3, day, 9, 0))
    unlocked.assessments.take("phq9", [2] * 9, at=datetime(2026, 3, 1, 9, 0))
    unlocked.assessments.take("phq9", [1] * 9, at=datetime(2026, 3, 13, 9, 0))
    made = MoodPage(unlocked, theme)
    qtbot.addWidget(made)
    text = made.trends.insights.lines.text()
    assert (
        "Session 1 (5 Mar 2026): mood averaged 4.3 in the week before (3 days with check-ins) "
        "and 6.5 in the week after (2 days): +2.2."
    ) in text
    assert (
        "PHQ-9: 18 before this series of sessions (1 Mar 2026), 9 on 13 Mar 2026: "
        "9 points lower. That is a reliable improvement"
    ) in text
    assert "half or less of where it started (a response), not yet below 5" in text


def test_a_reliable_worsening_shows_as_plainly_as_an_improvement(qtbot, unlocked, theme):
    unlocked.journeys.add(datetime(2026, 3, 5, 10, 0))
    unlocked.assessments.take("gad7", [1] * 7, at=datetime(2026, 3, 1, 9, 0))
    unlocked.assessments.take("gad7", [2] * 7, at=datetime(2026, 3, 20, 9, 0))
    made = MoodPage(unlocked, theme)
    qtbot.addWidget(made)
    text = made.trends.insights.lines.text()
    assert "GAD-7: 7 before this series of sessions (1 Mar 2026), 14 on 20 Mar 2026" in text
    assert "7 points higher. That is a reliable worsening" in text
    assert "worth talking over with your care team" in text
    assert "don't apply here" in text  # a baseline of 7: response and remission undefined


# Check-ins


def test_a_checkin_saved_on_the_page_shows_in_recent(qtbot, page, unlocked):
    page.show_section("checkin")
    page.checkin_form.mood.set_number(5)
    with qtbot.waitSignal(page.status_message):
        page.checkin_form.save_button.click()
    assert page.recent.list.count() == 1
    assert "mood 5" in page.recent.list.item(0).text()


def test_changing_a_checkin_updates_it_and_keeps_the_old_version(page, unlocked):
    record = unlocked.checkins.add(4, anxiety=6, emotions=["tired"], note="slow day")
    page.refresh()
    page.show_section("checkin")
    page.recent.list.setCurrentRow(0)
    page.recent.edit_button.click()
    form = page.checkin_form
    assert form.editing is not None and form.editing.id == record.id
    assert (form.mood.number(), form.anxiety.number(), form.note.text()) == (4, 6, "slow day")
    assert form.chips.words() == ["tired"]
    assert form.save_button.text() == "Save changes"
    form.mood.set_number(6)
    form.save_button.click()
    [changed] = unlocked.checkins.checkins()
    assert changed.id == record.id
    assert (changed.data.mood, changed.data.anxiety, changed.data.at) == (6, 6, record.data.at)
    assert len(unlocked.vault.store.revisions(record.id)) == 1
    assert form.editing is None
    assert "mood 6" in page.recent.list.item(0).text()


def test_stop_editing_leaves_the_checkin_as_it_was(page, unlocked):
    record = unlocked.checkins.add(4)
    page.refresh()
    page.checkin_form.edit(record)
    page.checkin_form.mood.set_number(9)
    page.checkin_form.cancel_button.click()
    assert unlocked.checkins.checkins()[0].data.mood == 4
    assert page.checkin_form.editing is None


def test_deleting_a_checkin_moves_it_to_trash_and_undo_brings_it_back(page, unlocked):
    record = unlocked.checkins.add(3)
    page.refresh()
    page.show_section("checkin")
    page.recent.list.setCurrentRow(0)
    page.checkin_form.edit(unlocked.vault.store.get(record.id))
    page.recent.delete_button.click()
    assert unlocked.checkins.checkins() == []
    assert unlocked.vault.store.get(record.id).deleted
    assert page.checkin_form.editing is None  # no saving into the Trash
    assert page.recent.empty.isVisible()
    assert page.recent.undo.isVisible()
    page.recent.undo.undo_button.click()
    assert [r.id for r in unlocked.checkins.checkins()] == [record.id]
    assert page.recent.list.count() == 1


# Questionnaires


@pytest.mark.parametrize(
    ("instrument_id", "answers", "expected"),
    [
        ("phq9", [1, 2, 3, 0, 1, 2, 3, 0, 0], {"total": 12, "severity": "moderate"}),
        ("gad7", [3, 3, 3, 3, 3, 3, 3], {"total": 21, "severity": "severe"}),
        ("who5", [3, 3, 3, 3, 1], {"total": 13, "severity": "adequate", "percent": 52}),
        ("who5", [2, 2, 2, 1, 0], {"total": 7, "severity": "very_poor", "percent": 28}),
        (
            "pcl5",
            [2] * 5 + [1] * 2 + [3] * 7 + [0] * 6,
            {
                "total": 33,
                "severity": "probable_ptsd",
                "clusters": {"B": 10, "C": 2, "D": 21, "E": 0},
            },
        ),
    ],
)
def test_a_questionnaire_taken_through_the_form_stores_the_exact_score(
    page, unlocked, no_crisis_panel, instrument_id, answers, expected
):
    answer_all(page, instrument_id, answers)
    page.questionnaire.submit_button.click()
    [record] = unlocked.assessments.history(instrument_id)
    result = record.data
    assert list(result.answers) == answers
    assert result.total == expected["total"]
    assert result.severity == expected["severity"]
    if "percent" in expected:
        assert result.extra["percent"] == expected["percent"]
    if "clusters" in expected:
        assert result.extra["clusters"] == expected["clusters"]
    shown = page.questionnaire.result_label.text()
    assert f"{expected['total']} of " in shown
    if "percent" in expected:
        assert f"({expected['percent']}%)" in shown
    if "clusters" in expected:
        assert "Intrusion 10 of 20" in shown and "Avoidance 2 of 8" in shown
    assert page.questionnaire.result.isVisible()
    assert "not a diagnosis" in page.questionnaire.result_note.text()
    assert page.history.table.rowCount() == 1


def test_the_form_shows_the_exact_wording_options_source_and_licence(page):
    page.open_questionnaire("phq9")
    form = page.questionnaire
    assert form.title.text() == "Patient Health Questionnaire (PHQ-9)"
    assert form.time_frame.text().startswith("Over the last 2 weeks")
    first = form.answers.items[0]
    assert [r.text() for r in first.options] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert "Kroenke" in form.source.text() and "No permission required" in form.source.text()


def test_submit_waits_for_every_answer(page, unlocked):
    page.open_questionnaire("gad7")
    form = page.questionnaire
    assert not form.submit_button.isEnabled()
    for item in form.answers.items[:-1]:
        item.choose(1)
    assert not form.submit_button.isEnabled()
    assert "6 of 7" in form.progress.text()
    form.answers.items[-1].choose(0)
    assert form.submit_button.isEnabled()
    form.submit()
    assert len(unlocked.assessments.history("gad7")) == 1


def test_arrow_keys_choose_within_an_item_and_tab_moves_to_the_next(qtbot, page):
    page.open_questionnaire("phq9")
    items = page.questionnaire.answers.items
    assert items[0].options[0].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert items[0].answer() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert items[0].answer() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is items[1].options[0]
    assert items[1].answer() is None


def test_item_9_above_0_opens_the_crisis_lines(page, unlocked, no_crisis_panel):
    answers = [0] * 9
    answers[PHQ9_ITEM9] = 1
    answer_all(page, "phq9", answers)
    page.questionnaire.submit_button.click()
    assert len(no_crisis_panel) == 1
    assert no_crisis_panel[0][1] is unlocked
    assert page.questionnaire.risk_note.isVisible()
    page.questionnaire.crisis_button.click()
    assert len(no_crisis_panel) == 2


def test_item_9_at_0_does_not(page, no_crisis_panel):
    answer_all(page, "phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0])
    page.questionnaire.submit_button.click()
    assert no_crisis_panel == []
    assert not page.questionnaire.risk_note.isVisible()


def test_history_is_newest_first_and_a_result_can_go_to_trash(page, unlocked):
    unlocked.assessments.take("phq9", [0] * 9, at=datetime(2026, 2, 1, 9, 0))
    unlocked.assessments.take("phq9", [1] * 9, at=datetime(2026, 3, 1, 9, 0))
    unlocked.assessments.take("gad7", [1] * 7, at=datetime(2026, 3, 2, 9, 0))
    page.refresh()
    page.open_questionnaire("phq9")
    table = page.history.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["9 of 27", "0 of 27"]
    assert [table.item(r, 2).text() for r in range(2)] == ["Mild", "Minimal"]
    assert table.item(0, 0).text().startswith("Sun 1 Mar 2026")
    table.selectRow(0)
    page.history.delete_button.click()
    assert [r.data.total for r in unlocked.assessments.history("phq9")] == [0]
    assert table.rowCount() == 1
    page.history.undo.undo_button.click()
    assert len(unlocked.assessments.history("phq9")) == 2
    page.questionnaire.choose("gad7")
    assert page.history.table.rowCount() == 1
    assert page.history.title.text() == "GAD-7, newest first"


def test_a_stored_questionnaire_cannot_be_sent_twice(page, unlocked, no_crisis_panel):
    answer_all(page, "gad7", [1] * 7)
    page.questionnaire.submit_button.click()
    page.questionnaire.choose("phq9")
    page.questionnaire.choose("gad7")
    assert page.questionnaire.answers.answered_count() == 0
    assert not page.questionnaire.submit_button.isEnabled()
    assert len(unlocked.assessments.history("gad7")) == 1


def test_take_it_again_clears_the_answers(page, no_crisis_panel):
    answer_all(page, "who5", [5, 5, 5, 5, 5])
    page.questionnaire.submit_button.click()
    page.questionnaire.again_button.click()
    assert page.questionnaire.answers.answered_count() == 0
    assert not page.questionnaire.result.isVisible()
    assert not page.questionnaire.submit_button.isEnabled()


def test_tab_from_the_last_item_reaches_submit(qtbot, page):
    page.open_questionnaire("who5")  # GAD-7/PHQ-9: see tests/ui/mood (difficulty question)
    items = page.questionnaire.answers.items
    for item in items:
        item.choose(2)
    items[-1].focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.questionnaire.submit_button


def test_arrow_keys_move_between_sections(qtbot, page):
    page.section_buttons.button(0).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert page.current_section() == "year"
