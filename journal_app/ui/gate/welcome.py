"""The first screen anyone sees: what Afterglow is, and what it is not."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.ui.gate.card import Card, button, paragraph


class WelcomeStep(Card):
    """A few plain sentences and "Get started"."""

    started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Afterglow"), objectName="pageTitle")
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

        self.body.addWidget(title)
        for each in (what, private, advice):
            self.body.addWidget(each)
        self.body.addSpacing(8)
        self.body.addWidget(self.start_button)
        self.start_button.clicked.connect(self.started)

    def focus(self) -> None:
        self.start_button.setFocus()
