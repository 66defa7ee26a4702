"""A focus ring anyone can see, on every kind of control, in both themes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.focus_ring import InnerRing, inner_ring, install_focus_rings
from tests.ui.windows import show_in_window


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


def _list() -> QListWidget:
    made = QListWidget()
    made.addItems(["Today", "Journal"])
    made.setCurrentRow(1)
    return made


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "button": lambda: QPushButton("Cancel"),
    "primary button": lambda: _named(QPushButton("See my result"), "primary"),
    "link button": lambda: _named(QPushButton("Use recovery key"), "link"),
    "checked button": lambda: QPushButton("7", checkable=True, checked=True),
    "tool button": lambda: QToolButton(text="More"),
    "check box": lambda: QCheckBox("I wrote it down"),
    "radio button": lambda: QRadioButton("Somewhat difficult"),
    "line edit": lambda: QLineEdit("words"),
    "text": lambda: QPlainTextEdit("words"),
    "combo box": lambda: QComboBox(),
    "spin box": lambda: QSpinBox(),
    "decimal spin box": lambda: QDoubleSpinBox(),
    "date": lambda: QDateEdit(),
    "slider": lambda: QSlider(Qt.Orientation.Horizontal),
    "list": _list,
    "navigation": lambda: _named(_list(), "navigation"),
    "tree": lambda: QTreeWidget(),
    "table": lambda: QTableWidget(2, 2),
}


@pytest.fixture
def holder(qtbot) -> Iterator[tuple[QWidget, QLineEdit]]:
    """A window with a field to park the focus in."""
    page = QWidget()
    parking = QLineEdit()
    QVBoxLayout(page).addWidget(parking)
    window = show_in_window(qtbot, page, (420, 320), active=True)
    yield page, parking
    window.close()


def ring_pixels(image: QImage, colour: str) -> int:
    """How many pixels of ``image`` are exactly ``colour``."""
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("kind", list(CONTROLS))
def test_every_control_shows_a_ring_in_the_focus_colour(qtbot, theme, holder, mode, kind):
    theme.set_mode(mode)
    focus = theme.colours()["focus"]
    page, parking = holder
    control = CONTROLS[kind]()
    page.layout().addWidget(control)
    control.show()
    parking.setFocus()
    qtbot.waitUntil(lambda: not control.hasFocus())
    before = ring_pixels(control.grab().toImage(), focus)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    after = ring_pixels(control.grab().toImage(), focus)
    # At least the two long sides of a 2px ring, and none of it before.
    assert before == 0, f"{kind}: focus colour shows without focus"
    assert after >= 2 * 2 * min(control.width(), 60), f"{kind}: no ring in {mode}"


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_focused_filled_button_has_a_line_in_its_text_colour_inside_the_ring(
    qtbot, theme, holder, mode
):
    theme.set_mode(mode)
    colours = theme.colours()
    page, parking = holder
    button = QPushButton("Save check-in", objectName="primary")
    page.layout().addWidget(button)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    ring = inner_ring(button)
    assert isinstance(ring, InnerRing) and ring.isVisible()
    image = button.grab().toImage()
    middle = image.height() // 2
    # From the left edge inwards: the ring, a gap of fill, the inner line, fill again.
    assert QColor(image.pixel(0, middle)).name() == colours["focus"]
    assert QColor(image.pixel(2, middle)).name() == colours["accent"]
    assert QColor(image.pixel(4, middle)).name() == colours["accent_text"]
    assert QColor(image.pixel(8, middle)).name() == colours["accent"]

    parking.setFocus()
    qtbot.waitUntil(lambda: not ring.isVisible())


def test_plain_buttons_get_no_inner_line(qtbot, theme, holder):
    page, _ = holder
    button = QPushButton("Cancel")
    page.layout().addWidget(button)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert inner_ring(button) is None


def test_the_inner_line_lets_clicks_through(qtbot, theme, holder):
    page, _ = holder
    button = QPushButton("Unlock", objectName="primary")
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    page.layout().addWidget(button)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [True]


def test_the_rings_are_watched_once(qapp, theme):
    assert install_focus_rings(qapp) is install_focus_rings(qapp)
