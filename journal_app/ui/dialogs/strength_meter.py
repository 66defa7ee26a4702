"""A meter showing how hard a new passphrase would be to guess."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from journal_app.domain.passphrase import Strength, estimate
from journal_app.services.vault_keys import MIN_PASSPHRASE


class StrengthMeter(QWidget):
    """A bar from 0 to 4, a line in plain words, and one suggestion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength: Strength | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.summary = QLabel(objectName="hint")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel(objectName="muted")
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Suggestion"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        self.set_passphrase("")

    def set_passphrase(self, text: str) -> None:
        """Measure ``text`` and show the result."""
        strength = estimate(text)
        self.strength = strength
        length = len(unicodedata.normalize("NFC", text))
        if not text:
            summary = ""
        elif length < MIN_PASSPHRASE:
            summary = self.tr("Too short: use at least {minimum} characters ({count} so far)")
            summary = summary.format(minimum=MIN_PASSPHRASE, count=length)
        else:
            summary = strength.description
        self.bar.setValue(strength.score if length >= MIN_PASSPHRASE else 0)
        self.bar.setAccessibleDescription(summary)
        self.summary.setText(summary)
        self.summary.setVisible(bool(text))
        self.advice.setText(strength.hint)
        self.advice.setVisible(bool(text))
