"""A meter showing how hard a new passphrase would be to guess."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from journal_app.domain.passphrase import HINTS, Strength, estimate
from journal_app.services.vault_keys import MIN_PASSPHRASE
from journal_app.ui.named import named


class StrengthMeter(QWidget):
    """A bar from 0 to 4, a line in plain words, and one suggestion.

    The estimate's words are English; the meter says them in the window's language,
    looking them up by their codes (the score, the time's unit, the hint's key).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength: Strength | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.summary = named(QLabel(), "hint")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = named(QLabel(), "muted")
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
            summary = self.describe(strength)
        self.bar.setValue(strength.score if length >= MIN_PASSPHRASE else 0)
        self.bar.setAccessibleDescription(summary)
        self.summary.setText(summary)
        self.summary.setVisible(bool(text))
        self.advice.setText(self.hint_words(strength.hint))
        self.advice.setVisible(bool(text))

    def describe(self, strength: Strength) -> str:
        """Like "Strong: would take centuries to guess", in the window's language."""
        labels = [
            self.tr("Too weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        ]
        label = labels[max(0, min(strength.score, len(labels) - 1))]
        times = {
            "seconds": self.tr("seconds"),
            "minutes": self.tr("minutes"),
            "hours": self.tr("hours"),
            "days": self.tr("days"),
            "months": self.tr("months"),
            "years": self.tr("years"),
            "centuries": self.tr("centuries"),
        }
        time = times.get(strength.crack_time, strength.crack_time)
        if strength.score <= 1:
            return self.tr("{label}: could be guessed in {time}").format(label=label, time=time)
        return self.tr("{label}: would take {time} to guess").format(label=label, time=time)

    def hint_words(self, hint: str) -> str:
        """The estimate's suggestion, in the window's language."""
        texts = {
            "empty": self.tr("A few unrelated words make a strong passphrase."),
            "common": self.tr("Avoid common words like 'password'."),
            "sequence": self.tr("Avoid runs like 'abc', '123' or 'qwerty'."),
            "repeat": self.tr("Avoid repeating letters or words."),
            "year": self.tr("Avoid years and dates; they are easy to guess."),
            "leet": self.tr("Swapping letters for numbers, like 0 for o, adds very little."),
            "short": self.tr("Add another word or two."),
            "good": self.tr("Add one more word to make it strong."),
            "strong": self.tr("This is a good passphrase. Make sure you will remember it."),
        }
        key = next((key for key, english in HINTS.items() if english == hint), None)
        return texts.get(key, hint) if key is not None else hint
