"""The centred card every gate screen is built on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.named import named
from journal_app.ui.text_width import keep_text_width

CARD_WIDTH = 460


class Card(QFrame):
    """A framed column at most CARD_WIDTH wide; add children to ``body``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        keep_text_width(self, CARD_WIDTH, at_most=True)  # wider with Large Text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 20, 28, 20)
        self.body.setSpacing(8)


def centred(card: QWidget) -> QScrollArea:
    """Centre ``card`` on the page, scrolling only when the window is very small."""
    holder = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 10)
    row.addStretch(1)
    column = QVBoxLayout(holder)
    column.setContentsMargins(24, 16, 24, 16)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(holder)
    return area


def button(text: str, accessible_name: str, *, primary: bool = False) -> QPushButton:
    """A push button that Enter activates when it has the focus."""
    widget = named(QPushButton(text), "primary" if primary else "")
    widget.setAccessibleName(accessible_name)
    widget.setAutoDefault(True)
    return widget


def button_row(back: QPushButton, busy: QWidget, main: QPushButton) -> QHBoxLayout:
    """Back on the left, the main button on the right, and "working on it" between."""
    row = QHBoxLayout()
    row.addWidget(back)
    row.addSpacing(8)
    row.addWidget(busy, 1)
    row.addSpacing(8)
    row.addWidget(main)
    return row
