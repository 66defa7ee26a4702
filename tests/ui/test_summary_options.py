"""The Summary page's choices: the days, the sections, and which entries go in."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from journal_app.reports.data import SECTIONS, build_summary
from journal_app.ui.summary.page import SummaryPage

LAST_SESSION = datetime(2026, 2, 20, 10, 0)  # today is 14 March 2026 (the fixed clock)


@pytest.fixture
def journal(unlocked):
    unlocked.journeys.add(LAST_SESSION)
    unlocked.journeys.add(datetime(2026, 4, 2, 10, 0))  # planned: not a "last session"
    unlocked.journal.create("Walked by the river.", title="River", day=date(2026, 3, 10))
    unlocked.journal.create("Only for me.", title="Secret", day=date(2026, 3, 12), private=True)
    unlocked.journal.create("Long ago.", title="January", day=date(2026, 1, 5))
    return unlocked


@pytest.fixture
def page(qtbot, journal) -> SummaryPage:
    """The page, not shown: the choices work without painting the preview."""
    made = SummaryPage(journal)
    qtbot.addWidget(made)
    return made


def listed(page: SummaryPage) -> dict[str, object]:
    """Entry titles in the checklist, mapped to their list items."""
    entries = page.options_panel.entries.list
    return {
        entries.item(i).text().split(" · ", 1)[1]: entries.item(i) for i in range(entries.count())
    }


def ids_by_title(services) -> dict[str, str]:
    return {r.data.title: r.id for r in services.journal.entries()}


def preset_button(page: SummaryPage, label: str) -> QAbstractButton:
    [button] = [b for b in page.options_panel.period.presets.buttons() if b.text() == label]
    return button


def test_it_starts_from_the_last_session_that_happened(page):
    assert page.options_panel.period.preset() == "since_last_session"
    options = page.options()
    assert (options.start, options.end) == (date(2026, 2, 20), date(2026, 3, 14))
    assert "20 Feb 2026" in page.options_panel.period.last_session_hint.text()


def test_presets_set_the_dates(page):
    preset_button(page, "Last 2 weeks").click()
    assert (page.options().start, page.options().end) == (date(2026, 3, 1), date(2026, 3, 14))
    preset_button(page, "Last 30 days").click()
    assert (page.options().start, page.options().end) == (date(2026, 2, 13), date(2026, 3, 14))
    preset_button(page, "Since my last session").click()
    assert page.options().start == date(2026, 2, 20)


def test_changing_a_date_means_choosing_dates(page):
    period = page.options_panel.period
    period.start.setDate(date(2026, 1, 1))
    assert period.preset() == "custom"
    assert page.options().start == date(2026, 1, 1)
    assert "January" in listed(page)
    period.end.setDate(date(2025, 12, 1))  # typed the wrong way round: still a range
    assert (page.options().start, page.options().end) == (date(2025, 12, 1), date(2026, 1, 1))


def test_without_a_past_session_that_preset_is_off(qtbot, unlocked):
    made = SummaryPage(unlocked)
    qtbot.addWidget(made)
    assert not preset_button(made, "Since my last session").isEnabled()
    assert made.options_panel.period.preset() == "thirty_days"
    assert made.options_panel.period.last_session_hint.text() == "No session recorded yet."


def test_no_entry_is_ticked_until_the_person_ticks_it(page, journal):
    items = listed(page)
    assert set(items) == {"River", "Private · Secret"}
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items.values())
    assert page.options().entry_ids == frozenset()
    assert build_summary(journal, page.options()).entries == []
    assert "0 of 2 ticked" in page.options_panel.entries.count.text()
    hints = [label.text() for label in page.options_panel.findChildren(QLabel)]
    assert any(text.startswith("Choose entries to include") for text in hints)


def test_a_ticked_entry_goes_in(page, journal):
    listed(page)["River"].setCheckState(Qt.CheckState.Checked)
    assert page.options().entry_ids == {ids_by_title(journal)["River"]}
    assert [e.title for e in page.data().entries] == ["River"]


def test_ticking_a_private_entry_puts_it_in(page, journal):
    listed(page)["River"].setCheckState(Qt.CheckState.Checked)
    listed(page)["Private · Secret"].setCheckState(Qt.CheckState.Checked)
    ids = ids_by_title(journal)
    assert page.options().entry_ids == {ids["River"], ids["Secret"]}
    assert {e.title for e in page.data().entries} == {"River", "Secret"}


def test_an_unticked_entry_is_left_out(page, journal):
    listed(page)["River"].setCheckState(Qt.CheckState.Checked)
    listed(page)["River"].setCheckState(Qt.CheckState.Unchecked)
    assert page.options().entry_ids == frozenset()
    assert page.data().entries == []


def test_tick_all_leaves_private_entries_to_be_ticked_one_by_one(page, journal):
    checklist = page.options_panel.entries
    checklist.tick_all.click()
    assert page.options().entry_ids == {ids_by_title(journal)["River"]}
    assert "1 of 2 ticked" in checklist.count.text()
    checklist.tick_none.click()
    assert page.options().entry_ids == frozenset()


def test_space_ticks_the_current_entry(qtbot, page, journal):
    entries = page.options_panel.entries.list
    entries.setFocus()
    entries.setCurrentItem(listed(page)["Private · Secret"])
    qtbot.keyClick(entries, Qt.Key.Key_Space)
    assert ids_by_title(journal)["Secret"] in page.options().entry_ids


def test_choices_are_kept_when_the_dates_change(page):
    listed(page)["Private · Secret"].setCheckState(Qt.CheckState.Checked)
    preset_button(page, "Last 2 weeks").click()
    preset_button(page, "Since my last session").click()
    assert listed(page)["Private · Secret"].checkState() == Qt.CheckState.Checked
    assert listed(page)["River"].checkState() == Qt.CheckState.Unchecked


def test_section_boxes_map_to_the_sections(page):
    boxes = page.options_panel.sections
    assert list(boxes) == list(SECTIONS)
    assert page.options().sections == frozenset(SECTIONS)
    boxes["chart"].setChecked(False)
    boxes["questionnaires"].setChecked(False)
    assert page.options().sections == frozenset(SECTIONS) - {"chart", "questionnaires"}
    boxes["entries"].setChecked(False)
    assert not page.options_panel.entries.list.isEnabled()
    boxes["talk_about"].setChecked(False)
    assert not page.options_panel.note.isEnabled()


def test_name_and_note_go_into_the_options(qtbot, page):
    qtbot.keyClicks(page.options_panel.name, "  Sam  ")
    page.options_panel.note.setPlainText("Sleep since the last session.")
    options = page.options()
    assert options.name == "Sam"
    assert options.talk_about == "Sleep since the last session."


def test_every_control_has_a_name_for_screen_readers(page):
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QDateEdit, QAbstractItemView)
    unnamed = [
        w
        for kind in kinds
        for w in page.options_panel.findChildren(kind)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not isinstance(w.parent(), QDateEdit)  # the date edit's inner line edit
    ]
    assert unnamed == []
    for button in (page.save_button, page.print_button):
        assert button.accessibleName()
    assert page.preview.view.accessibleName()


def test_self_harm_answers_are_included_by_default_and_can_be_left_out(page):
    box = page.options_panel.self_harm
    words = "Include my answers to the question about self-harm"
    assert box.accessibleName() == words
    assert page.options_panel.self_harm_label.text() == words
    assert box.isChecked() and page.options().self_harm_answers
    assert "look after you" in page.options_panel.self_harm_hint.text()
    box.setChecked(False)
    assert page.options().self_harm_answers is False
    page.options_panel.sections["questionnaires"].setChecked(False)
    assert not box.isEnabled() and not page.options_panel.self_harm_label.isEnabled()


def test_clicking_the_self_harm_words_ticks_the_box(qtbot, page):
    label = page.options_panel.self_harm_label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert page.options().self_harm_answers is False
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert page.options().self_harm_answers is True


def test_every_option_fits_the_panel_without_being_cut_at_the_side(page):
    panel = page.options_panel
    needed = panel.widget().minimumSizeHint().width()
    assert needed <= panel.viewport().width() or needed <= panel.width() - 16
