"""The pieces that make pages fit: shortened words, wrapping rows, the compact step bar."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.elide import ElidedButton, ElidedLabel
from journal_app.ui.fit_form import FitForm
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.journeys.stepper import STEPS, StepBar
from journal_app.ui.page_area import PageArea
from journal_app.ui.pages.layout import (
    LIST_WIDTH,
    VerticalScroll,
    centred_column,
    list_and_detail,
)
from journal_app.ui.sidebar import Sidebar
from journal_app.ui.text_width import keep_text_width, scaled
from tests.ui.fit_helpers import problems, settle
from tests.ui.windows import show_in_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LONG = "Maintenance · 16 Mar 2025 – 12 Jan 2027"
STATES = {
    "preparation": "8 of 21",
    "intention": "written",
    "session": "planned",
    "aftercare": "0 of 11",
    "integration": "Month 20 due",
}


KEPT: list[QWidget] = []  # pytest-qt holds windows weakly: these stay until the test ends


@pytest.fixture(autouse=True)
def kept_windows() -> Iterator[None]:
    yield
    KEPT.clear()


def shown(qtbot, widget: QWidget, width: int, height: int = 120) -> QWidget:
    """``widget`` in a window of a set size, shown and laid out."""
    holder = show_in_window(qtbot, widget, (width, height))
    KEPT.append(holder)
    settle()
    return holder


# Shortened words


def test_a_label_too_narrow_ends_in_an_ellipsis_with_its_whole_text_on_hover(qtbot):
    label = ElidedLabel(LONG, name="Course")
    holder = shown(qtbot, label, 140)
    assert label.is_elided()
    assert label.text() == LONG  # the words are kept whole; only the drawing is shorter
    assert label.toolTip() == LONG
    assert label.accessibleName() == f"Course: {LONG}"
    holder.resize(700, 120)
    settle()
    assert not label.is_elided() and label.toolTip() == ""  # room again: no tooltip needed
    label.grab()  # draws either way


def test_a_label_never_asks_for_its_whole_width_even_for_huge_text(qtbot):
    huge = "word " * 4000
    label = ElidedLabel(huge)
    shown(qtbot, label, 200)
    assert label.minimumSizeHint().width() < 120
    assert label.is_elided() and label.toolTip() == huge
    label.setText("")
    assert not label.is_elided() and label.toolTip() == ""


def test_a_tooltip_of_its_own_is_kept_while_shortened(qtbot):
    button = ElidedButton("Previous versions…")
    button.setToolTip("See and restore earlier versions of this entry")
    shown(qtbot, button, 90)
    button.setFixedWidth(70)
    settle()
    assert button.is_elided()
    assert button.toolTip() == "See and restore earlier versions of this entry"
    assert button.text() == "Previous versions…"


def test_a_button_shortens_each_of_its_lines_and_asks_for_little(qtbot):
    button = ElidedButton("Integration\nMonth 20 due")
    shown(qtbot, button, 300)
    assert button.minimumSizeHint().width() < button.sizeHint().width()
    assert not button.is_elided()
    button.setFixedWidth(button.minimumSizeHint().width())
    settle()
    assert button.is_elided() and button.toolTip() == "Integration\nMonth 20 due"
    button.grab()


# Rows that wrap


def test_a_flow_row_wraps_rather_than_widening_the_window(qtbot):
    row = QWidget()
    flow = FlowLayout(row)
    buttons = [QPushButton(f"Step number {n}") for n in range(6)]
    for button in buttons:
        flow.add(button)
    widest = max(button.sizeHint().width() for button in buttons)
    assert flow.minimumSize().width() == widest
    assert flow.heightForWidth(widest) > flow.heightForWidth(flow.sizeHint().width())
    holder = shown(qtbot, row, widest + 40, 400)
    for button in buttons:  # each on screen, none overlapping the next
        assert row.rect().contains(button.geometry()), button.text()
    tops = sorted({button.y() for button in buttons})
    assert len(tops) > 1
    holder.resize(2000, 400)
    settle()
    assert len({button.y() for button in buttons}) == 1  # one line where there is room


def test_an_empty_flow_row_takes_no_room():
    flow = FlowLayout()
    assert flow.heightForWidth(300) == 0 and flow.minimumSize().isNull()
    assert flow.takeAt(0) is None and flow.itemAt(3) is None


def test_a_form_row_goes_under_its_label_before_the_field_is_cut_off(qtbot):
    """Qt alone wraps too late by the gap between label and field; FitForm doesn't."""
    form_widget = QWidget()
    form = FitForm(form_widget)
    form.setContentsMargins(0, 0, 0, 0)
    label = QLabel("Blood pressure")
    label.setFixedWidth(120)
    field = QWidget()
    field.setMinimumWidth(308)
    form.addRow(label, field)
    form.addRow("Music", QLineEdit())
    holder = shown(qtbot, form_widget, 500, 200)
    for width in range(460, 300, -3):
        holder.resize(width, 200)
        settle()
        assert field.width() >= 308, width
        assert field.geometry().right() < form_widget.width(), width


# Widths that follow the text size


def test_a_designed_width_grows_with_large_text_and_follows_a_change(qtbot, text_size):
    text_size(11)
    box = QLineEdit()
    keep_text_width(box, 232)
    assert box.width() == 232 and box.minimumWidth() == box.maximumWidth() == 232
    text_size(16.5)  # Large Text while the window is open
    settle()
    assert box.minimumWidth() == scaled(232, box.font()) == 348
    text_size(8)  # small system text: never narrower than designed
    settle()
    assert box.minimumWidth() == 232


def test_the_sidebar_is_as_wide_as_its_words_and_grows_with_them(qtbot, text_size):
    text_size(11)
    navigation = QListWidget()
    navigation.addItems(["Today", "Journal", "Journeys"])
    help_button = QPushButton("Need help now?")
    sidebar = Sidebar(QLabel("Afterglow"), navigation, [help_button])
    shown(qtbot, sidebar, 800, 500)
    usual = sidebar.width()
    assert usual >= help_button.sizeHint().width()
    text_size(22)  # Large Text while the window is open
    settle()
    assert sidebar.width() > usual
    assert sidebar.width() >= help_button.sizeHint().width()


# Pages


def test_a_list_gets_its_share_of_a_small_window_and_keeps_a_dragged_width(qtbot):
    detail = QWidget()
    splitter = list_and_detail([QListWidget()], detail, (330, 730))
    holder = shown(qtbot, splitter, 520, 300)
    assert splitter.sizes()[0] == LIST_WIDTH  # 520 × 330/1060 is below the narrowest list
    holder.resize(1600, 300)
    settle()
    assert splitter.sizes()[0] == 330  # never wider than designed
    splitter.moveSplitter(400, 1)  # the person drags the handle
    holder.resize(1500, 300)
    settle()
    assert splitter.sizes()[0] == 400


def test_a_calm_column_narrows_with_the_window_but_never_below_its_contents(qtbot):
    page = QWidget()
    wide_box = QCheckBox("Suggest a PHQ-9 and GAD-7 every two weeks and after sessions")
    centred_column(page, [QLabel("Settings"), wide_box])
    holder = shown(qtbot, page, 1200, 400)
    assert wide_box.width() >= wide_box.sizeHint().width()
    needed = page.minimumSizeHint().width()
    assert needed >= wide_box.sizeHint().width()
    holder.resize(needed, 400)
    settle()
    assert not problems(holder)


# The step bar


def step_bar(qtbot, width: int) -> StepBar:
    bar = StepBar()
    for step, state in STATES.items():
        bar.set_state(step, state)
    shown(qtbot, bar, width)
    return bar


@pytest.mark.parametrize("width", [560, 700, 1200])  # the bar at 1024, 1180 and 1920 px
def test_the_step_bar_is_readable_at_every_width(qtbot, width):
    bar = step_bar(qtbot, width)
    assert not problems(bar.window())
    for step, button in bar.buttons.items():
        assert not button.isVisible() or button.rect().right() < bar.width()
        if button.shown_text() == button.text():
            assert not button.is_elided(), step
        assert STATES[step] in button.toolTip() and STATES[step] in button.accessibleName()


def test_a_wide_step_bar_names_every_step(qtbot):
    bar = step_bar(qtbot, 1200)
    assert not bar.compact()
    assert [b.shown_text().split("\n")[0] for b in bar.buttons.values()] == [
        "Preparation",
        "Intention",
        "Session",
        "Aftercare",
        "Integration",
    ]


def test_a_narrow_step_bar_names_the_chosen_step_and_numbers_the_others(qtbot):
    bar = step_bar(qtbot, 400)
    assert bar.compact()
    bar.choose("session")
    settle()
    shown_texts = {step: bar.buttons[step].shown_text() for step in STEPS}
    assert shown_texts == {
        "preparation": "1",
        "intention": "2",
        "session": "Session\nplanned",
        "aftercare": "4",
        "integration": "5",
    }
    assert bar.buttons["aftercare"].toolTip() == "Aftercare: 0 of 11 (Alt+4)"
    assert bar.buttons["aftercare"].accessibleName() == "Aftercare: 0 of 11"
    assert bar.minimumSizeHint().width() <= 400
    bar.window().resize(1200, 120)
    settle()
    assert not bar.compact()  # room again: every step named


def test_a_step_bar_with_huge_words_stays_small_and_shortens_them(qtbot):
    bar = step_bar(qtbot, 480)
    huge = "a very long state " * 20
    bar.set_state("integration", huge)
    bar.choose("integration")
    settle()
    assert bar.minimumSizeHint().width() <= 480
    button = bar.buttons["integration"]
    assert button.is_elided() and huge in button.toolTip()
    assert not problems(bar.window())


def test_a_click_on_a_numbered_step_opens_it(qtbot):
    bar = step_bar(qtbot, 400)
    with qtbot.waitSignal(bar.step_chosen) as chosen:
        qtbot.mouseClick(bar.buttons["aftercare"], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert chosen.args == ["aftercare"] and bar.current() == "aftercare"
    assert bar.buttons["aftercare"].shown_text() == "Aftercare\n0 of 11"


def test_a_page_too_big_for_the_window_scrolls_instead_of_losing_its_edge(qtbot):
    page = QWidget()
    page.setMinimumSize(900, 300)
    area = PageArea(page)
    holder = shown(qtbot, area, 600, 400)
    assert page.width() == 900
    assert area.horizontalScrollBar().maximum() > 0  # the right edge is a scroll away
    holder.resize(1200, 500)
    settle()
    assert page.size() == area.viewport().size()  # room enough: the page fills the area
    assert area.horizontalScrollBar().maximum() == 0 == area.verticalScrollBar().maximum()
    assert area.minimumSizeHint().width() == 0  # it never makes the window wider


def test_a_scrolling_column_is_never_narrower_than_its_fields():
    inside = QWidget()
    QVBoxLayout(inside).addWidget(QCheckBox("A long option that cannot wrap its words " * 2))
    scroll = VerticalScroll()
    scroll.setWidget(inside)
    # A plain scroll area asks for a few pixels, and a layout would squeeze the box.
    assert scroll.minimumSizeHint().width() > inside.minimumSizeHint().width()
