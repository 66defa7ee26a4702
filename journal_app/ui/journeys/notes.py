"""Quick notes, each stamped with the minute it was written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from journal_app.domain.journey import TimedNote

NOTE_ROWS_SHOWN = 6  # more notes scroll


class QuickNotes(QWidget):
    """A line that adds a note with this minute's time, and the notes so far."""

    note_added = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.notes: tuple[TimedNote, ...] = ()
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Quick note"))
        self.note.setPlaceholderText(self.tr("A word or a line; Enter adds it with the time"))
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My notes, with their times"))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        adding = QHBoxLayout()
        adding.addWidget(self.note, 1)
        adding.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(adding)
        column.addWidget(self.list)
        self.note.returnPressed.connect(self._on_add_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def load(self, notes: tuple[TimedNote, ...]) -> None:
        self.notes = notes
        self._show()
        self.note.clear()

    def _show(self) -> None:
        self.list.clear()
        for note in self.notes:
            self.list.addItem(f"{note.at:%H:%M}   {note.text}")
        self.list.setVisible(bool(self.notes))
        rows = min(len(self.notes), NOTE_ROWS_SHOWN)
        height = sum(self.list.sizeHintForRow(row) for row in range(rows))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 8)

    def _on_add_button_clicked(self) -> None:
        text = self.note.text().strip()
        if not text:
            return
        self.notes = (*self.notes, TimedNote(self._now(), text))
        self._show()
        self.list.scrollToBottom()
        self.note.clear()
        self.note_added.emit()
