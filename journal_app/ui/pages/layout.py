"""The shared shape of the calm pages: a centred column of cards that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

COLUMN_WIDTH = 620  # fixed, so wrapped labels know their height; fits the smallest window


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
