"""The page with no journeys yet, and the quiet bar that offers to undo a delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.ui.journeys.common import wrapped
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card


class EmptyState(QWidget):
    """What the page says before the first journey, with the button to plan one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, inside = card(self.tr("Your journeys"))
        self.text = wrapped(
            self.tr(
                "No journeys yet. When you plan your first session, Afterglow walks with you "
                "from preparation to the month after."
            )
        )
        self.text.setAccessibleName(self.tr("No journeys yet"))
        self.plan_button = named(QPushButton(self.tr("Plan a journey…")), "primary")
        self.plan_button.setAccessibleName(self.tr("Plan a journey"))
        inside.addWidget(self.text)
        inside.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        frame.setFixedWidth(540)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(frame)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class UndoBar(QFrame):
    """Says a journey went to the Trash, with "Undo" to bring it straight back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.record_id: str | None = None
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Moved to the Trash"))
        self.undo_button = named(QPushButton(self.tr("Undo")), "link")
        self.undo_button.setAccessibleName(self.tr("Undo: bring the journey back"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self.hide()

    def offer(self, record_id: str, text: str) -> None:
        self.record_id = record_id
        self.message.setText(text)
        self.show()

    def dismiss(self) -> None:
        """Forget the journey and hide the bar."""
        self.record_id = None
        self.hide()
