"""Showing a message in a label so that sighted and screen-reader users both get it."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel

from journal_app.ui.named import named


def message_label(name: str) -> QLabel:
    """An empty, word-wrapped ``error`` label, ready for :func:`show_message`."""
    label = named(QLabel(), "error")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` (or hide it when empty) and read it out."""
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleDescription(text)
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))
