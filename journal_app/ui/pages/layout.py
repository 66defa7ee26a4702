"""The shared shape of the calm pages: a centred column of cards that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

COLUMN_WIDTH = 620  # fixed, so wrapped labels know their height; fits the smallest window


def paragraph(text: str, name: str = "") -> QLabel:
    """A word-wrapped plain-text label, styled by ``name`` ("muted", "hint"...)."""
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def page_header(title: str, *buttons: QWidget) -> QHBoxLayout:
    """A page's title on the left and its main buttons on the right."""
    header = QHBoxLayout()
    header.addWidget(QLabel(title, objectName="pageTitle"))
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
    left.setMinimumWidth(280)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(sizes))
    return splitter


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A rounded card with a section title; add the contents to the returned layout."""
    frame = QFrame(objectName="card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    layout.addWidget(QLabel(title, objectName="sectionTitle"))
    return frame, layout


def centred_column(page: QWidget, widgets: list[QWidget], width: int = COLUMN_WIDTH) -> None:
    """Lay ``widgets`` out top to bottom in a centred, scrolling column on ``page``."""
    column = QWidget()
    column.setFixedWidth(width)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(16)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    holder = QWidget(objectName="page")
    centre = QHBoxLayout(holder)
    # Stretches, not an alignment flag: an aligned item is measured for height at the
    # full page width, and rows that wrap would then get too little height.
    centre.addStretch(1)
    centre.addWidget(column)
    centre.addStretch(1)
    scroll = QScrollArea(widgetResizable=True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take focus instead
    scroll.setWidget(holder)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
