"""The Journal page's list: search as you type, tag and date filters, keyboard, empty state."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal_app.services.bundle import Services
from journal_app.ui.journal.model import Role
from journal_app.ui.journal.page import JournalPage

# Showing a window on the offscreen platform logs this harmless warning.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


@pytest.fixture
def written(unlocked: Services) -> dict[str, str]:
    """Four entries over three months; returns their ids by a short name."""
    create = unlocked.journal.create
    return {
        "river": create(
            "Walked to the river.\nThe kettle sang.", day=date(2026, 3, 14), tags=["walk"]
        ).id,
        "cafe": create(
            "The café was loud.", day=date(2026, 3, 2), title="Tired morning", tags=["sleep"]
        ).id,
        "sister": create("A talk with my sister about the kettle.", day=date(2026, 2, 27)).id,
        "intention": create("To be gentle with myself.", day=date(2026, 1, 5), tags=["walk"]).id,
    }


def show_active(qtbot, page: JournalPage) -> None:
    """Show the page as the active window, so keyboard focus behaves as for a person."""
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()


def shown_ids(page: JournalPage) -> list[str]:
    model = page.model
    return [
        model.index(row, 0, model.index(month, 0)).data(Role.RECORD_ID)
        for month in range(model.rowCount())
        for row in range(model.rowCount(model.index(month, 0)))
    ]


def test_the_list_shows_every_entry_newest_first_with_a_count(make_page, written):
    page = make_page()

    assert shown_ids(page) == [written[n] for n in ("river", "cafe", "sister", "intention")]
    assert page.count.text() == "4 entries"
    assert page.list_stack.currentWidget() is page.list


def test_typing_in_search_filters_the_list_and_marks_the_words(qtbot, make_page, written):
    page = make_page()

    qtbot.keyClicks(page.filters.search, "KETTLE")

    assert shown_ids(page) == [written["river"], written["sister"]]
    assert page.count.text() == "2 entries"
    sister = page.model.index_of(written["sister"])
    assert sister.data(Role.TERMS) == ("kettle",)
    assert sister.data(Role.HEADING_MATCHES) == [(32, 6)]


def test_search_ignores_accents(qtbot, make_page, written):
    page = make_page()

    qtbot.keyClicks(page.filters.search, "cafe")

    assert shown_ids(page) == [written["cafe"]]
    assert page.model.index_of(written["cafe"]).data(Role.SNIPPET) == "The café was loud."


def test_a_search_with_no_match_suggests_fewer_words(qtbot, make_page, written):
    page = make_page()

    qtbot.keyClicks(page.filters.search, "kettle zebra")

    assert shown_ids(page) == []
    assert page.count.text() == "No entries match; try fewer words"


def test_matching_words_are_painted_in_the_highlight_colour(qtbot, make_page, written):
    page = make_page()
    page.resize(900, 600)
    qtbot.keyClicks(page.filters.search, "tired")
    index = page.model.index_of(written["cafe"])
    rect = page.list.visualRect(index)
    image = page.list.viewport().grab(rect).toImage()
    highlight = page.list.palette().color(QPalette.ColorRole.Highlight)

    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert highlight.rgb() in colours


def test_choosing_a_tag_shows_only_entries_with_it(make_page, written):
    page = make_page()
    combo = page.filters.tag

    assert combo.itemText(0) == "All tags"
    combo.setCurrentIndex(combo.findData("walk"))

    assert shown_ids(page) == [written["river"], written["intention"]]


def test_the_date_range_limits_the_list_when_switched_on(make_page, written):
    page = make_page()
    filters = page.filters
    filters.start.setDate(date(2026, 2, 1))
    filters.end.setDate(date(2026, 3, 5))
    assert len(shown_ids(page)) == 4

    filters.only_between.setChecked(True)

    assert shown_ids(page) == [written["cafe"], written["sister"]]
    assert page.model.month_labels() == ["March 2026", "February 2026"]


def test_an_empty_journal_shows_a_kind_hint(make_page):
    page = make_page()

    assert page.list_stack.currentWidget() is page.empty
    assert "Press New entry, or Ctrl+N" in page.empty.text()


@OFFSCREEN_SHOW
def test_down_from_search_moves_into_the_list(qtbot, make_page, written):
    page = make_page()
    show_active(qtbot, page)
    page.focus_search()

    qtbot.keyClick(page.filters.search, Qt.Key.Key_Down)

    assert page.list.hasFocus()
    assert page.list.currentIndex().data(Role.RECORD_ID) == written["river"]


@OFFSCREEN_SHOW
def test_enter_in_the_list_opens_the_entry_for_writing(qtbot, make_page, written):
    page = make_page()
    show_active(qtbot, page)
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index_of(written["sister"]))

    qtbot.keyClick(page.list, Qt.Key.Key_Return)

    assert page.autosave.record_id == written["sister"]
    assert page.editor.body.toPlainText() == "A talk with my sister about the kettle."
    assert page.editor.body.hasFocus()


def test_every_visible_control_has_an_accessible_name(make_page, written):
    page = make_page()
    page.filters.only_between.setChecked(True)
    controls = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.isVisibleTo(page)
        and not isinstance(widget.parent(), QAbstractSpinBox)  # a date edit's own line edit
    ]

    assert len(controls) > 15
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


@OFFSCREEN_SHOW
def test_tab_moves_through_the_page_in_reading_order(qtbot, make_page, written):
    page = make_page()
    show_active(qtbot, page)
    editor = page.editor
    wanted = [
        page.new_button,
        page.trash_button,
        page.filters.search,
        page.filters.tag,
        page.filters.only_between,
        page.list,
        editor.title,
        editor.day,
        editor.write_button,  # Write and Preview are one stop; arrow keys move between them
        editor.prompt_button,
        editor.body,
        editor.tags,
        editor.private,
        editor.versions_button,
        editor.delete_button,
    ]
    page.open_entry(written["river"])  # so Previous versions and Delete can take focus
    page.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(3 * len(wanted)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not visited[-1]:  # a date edit tabs through its parts
            visited.append(QApplication.focusWidget())
        if len(visited) == len(wanted):
            break

    assert visited == wanted
