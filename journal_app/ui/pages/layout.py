"""The shared shape of the calm pages: a centred column of cards that scrolls."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.named import named
from journal_app.ui.text_width import scaled

COLUMN_WIDTH = 620  # a calm page's column at the designed text size, if the window has room
LIST_WIDTH = 200  # a list beside what it opens, at its narrowest: a 960 px window has room


def paragraph(text: str, name: str = "") -> QLabel:
    """A word-wrapped plain-text label, styled by ``name`` ("muted", "hint"...)."""
    label = named(QLabel(text), name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def page_header(title: str, *buttons: QWidget) -> QHBoxLayout:
    """A page's title on the left and its main buttons on the right."""
    header = QHBoxLayout()
    header.addWidget(named(QLabel(title), "pageTitle"))
    header.addStretch(1)
    for widget in buttons:
        header.addWidget(widget)
    return header


def list_and_detail(
    side: list[QWidget], detail: QWidget, sizes: tuple[int, int], *, stretch: int = -1
) -> QSplitter:
    """A list column (``side``; ``side[stretch]`` takes the height) beside what it opens."""
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 8, 0)
    for index, widget in enumerate(side):
        column.addWidget(widget, 1 if index == stretch % len(side) else 0)
    left.setMinimumWidth(LIST_WIDTH)
    splitter = ListSplitter(sizes)
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(sizes))
    return splitter


class ListSplitter(QSplitter):
    """A list beside its detail: the list takes its share of a small window, up to its size.

    ``sizes`` are the two widths at the comfortable window size. Once the person drags
    the handle, their choice stays.
    """

    def __init__(self, sizes: tuple[int, int]) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setChildrenCollapsible(False)
        self._list, total = sizes[0], max(1, sum(sizes))
        self._share = sizes[0] / total
        self._dragged = False
        self.splitterMoved.connect(self._on_splitter_moved)

    def list_width(self, width: int) -> int:
        """The list's width in a splitter ``width`` wide, before any dragging."""
        return max(LIST_WIDTH, min(scaled(self._list, self.font()), round(width * self._share)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._dragged and self.count() == 2:
            left = self.list_width(self.width())
            self.setSizes([left, max(0, self.width() - left - self.handleWidth())])

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._dragged = True


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A rounded card with a section title; add the contents to the returned layout."""
    frame = named(QFrame(), "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    layout.addWidget(named(QLabel(title), "sectionTitle"))
    return frame, layout


def centred_column(page: QWidget, widgets: list[QWidget], width: int = COLUMN_WIDTH) -> None:
    """Lay ``widgets`` out top to bottom in a centred, scrolling column on ``page``.

    The column is ``width`` wide at the designed text size (wider with larger text),
    narrower when the window is, and never narrower than what it holds.
    """
    column = Column(width)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(16)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    holder = named(QWidget(), "page")
    centre = QHBoxLayout(holder)
    # Stretches, not an alignment flag: an aligned item is measured for height at the
    # full page width, and rows that wrap would then get too little height. The column
    # takes the room first (up to its width), the stretches what is left.
    centre.addStretch(1)
    centre.addWidget(column, 100)
    centre.addStretch(1)
    scroll = VerticalScroll()
    scroll.setWidget(holder)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


class Column(QWidget):
    """A column ``width`` wide at the designed text size (more with larger text), if there
    is room; narrower in a small window, but never narrower than what it holds needs."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self._width = width
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        wanted = max(scaled(self._width, self.font()), self.minimumSizeHint().width())
        return QSize(wanted, super().sizeHint().height())


class VerticalScroll(QScrollArea):
    """A borderless area that scrolls up and down, never sideways.

    It is never narrower than what it holds needs, so nothing is cut off at the right.
    """

    def __init__(self) -> None:
        super().__init__(widgetResizable=True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take focus instead

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        held = self.widget()
        inside = held.minimumSizeHint().width() if held is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), inside + bar + 2 * self.frameWidth()), hint.height())
