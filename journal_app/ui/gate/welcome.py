"""The first screen anyone sees: what Afterglow is, and what it is not."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.gate.busy import BusyIndicator
from journal_app.ui.gate.card import Card, button
from journal_app.ui.named import named
from journal_app.ui.pages.layout import paragraph


class WelcomeStep(Card):
    """A few plain sentences, "Get started", and "Restore from a backup…"."""

    started = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = named(QLabel(self.tr("Welcome to Afterglow")), "pageTitle")
        what = paragraph(
            self.tr(
                "Afterglow is a private journal for preparing for, living through and "
                "integrating psychedelic-assisted therapy."
            )
        )
        private = paragraph(
            self.tr(
                "Everything you write is encrypted and stays on this computer. "
                "Nothing is sent anywhere."
            )
        )
        advice = paragraph(
            self.tr(
                "It is not medical advice, and nobody monitors what you write here. "
                "Your care team is there for the things a journal can't do."
            ),
            "muted",
        )
        self.start_button = button(self.tr("Get started"), self.tr("Get started"), primary=True)
        self.restore_button = button(
            self.tr("Restore from a backup…"), self.tr("Restore your journal from a backup")
        )
        self.restore_button.setObjectName("link")
        self.busy = BusyIndicator(self.tr("Checking your backup and restoring your journal…"))
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.busy.setSizePolicy(policy)
        self.message = message_label(self.tr("Restore problem"))

        self.body.addWidget(title)
        for each in (what, private, advice):
            self.body.addWidget(each)
        self.body.addSpacing(8)
        self.body.addWidget(self.start_button)
        self.body.addSpacing(4)
        self.body.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.message)
        self.start_button.clicked.connect(self.started)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    def focus(self) -> None:
        self.start_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.start_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if busy:
            show_message(self.message, "")

    def show_error(self, text: str) -> None:
        show_message(self.message, text)
        self.restore_button.setFocus()

    def _on_restore_button_clicked(self) -> None:
        show_message(self.message, "")
        self.restore_requested.emit()
