"""A quiet line after something went to the Trash, with a way to bring it back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journal_app.ui.named import named


class UndoLine(QWidget):
    """ "Moved to the Trash. [Undo]"; hidden until something is moved."""

    undo_requested = Signal(str)  # the record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record_id = ""
        self.label = named(QLabel(), "hint")
        self.undo_button = named(QPushButton(self.tr("Undo")), "link")
        self.undo_button.setAccessibleName(self.tr("Bring it back from the Trash"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self.hide()
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

    def offer(self, record_id: str, text: str) -> None:
        self._record_id = record_id
        self.label.setText(text)
        self.show()

    def _on_undo_button_clicked(self) -> None:
        self.hide()
        self.undo_requested.emit(self._record_id)
