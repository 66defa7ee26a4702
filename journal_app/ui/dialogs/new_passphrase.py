"""Choosing a new passphrase: typed twice, measured, and checked against the rules."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal_app.services.vault_keys import MIN_PASSPHRASE
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.dialogs.strength_meter import StrengthMeter


class NewPassphraseForm(QWidget):
    """Two password fields, a strength meter, a "show" box and a message line."""

    changed = Signal()
    submitted = Signal()  # Enter in the second field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first_label = QLabel(self.tr("&New passphrase"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        first_label.setBuddy(self.first)
        self.meter = StrengthMeter()
        second_label = QLabel(self.tr("Type it &again"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase, again"))
        second_label.setBuddy(self.second)
        self.show_text = QCheckBox(self.tr("&Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
        self.message = message_label(self.tr("Passphrase problem"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(first_label)
        layout.addWidget(self.first)
        layout.addWidget(self.meter)
        layout.addSpacing(4)
        layout.addWidget(second_label)
        layout.addWidget(self.second)
        layout.addWidget(self.show_text)
        layout.addWidget(self.message)

        self.first.textChanged.connect(self._on_first_text_changed)
        self.second.textChanged.connect(self._on_second_text_changed)
        self.first.returnPressed.connect(self._on_first_return_pressed)
        self.second.returnPressed.connect(self.submitted)
        self.show_text.toggled.connect(self._on_show_text_toggled)

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        """Why the passphrase can't be used yet, or "" when it can."""
        first, second = self.first.text(), self.second.text()
        if not first:
            return self.tr("Choose a passphrase to protect your journal.")
        length = len(unicodedata.normalize("NFC", first))
        if length < MIN_PASSPHRASE:
            return self.tr(
                "Please use at least {minimum} characters (this one has {count}). "
                "A few unrelated words work well."
            ).format(minimum=MIN_PASSPHRASE, count=length)
        if not second:
            return self.tr("Please type the passphrase a second time, to be sure of it.")
        if first != second:
            return self.tr("The two passphrases are different.")
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    def check(self) -> bool:
        """Show what is wrong, if anything; return True when the passphrase can be used."""
        problem = self.problem()
        show_message(self.message, problem)
        if problem:
            field = self.second if self.first.text() and self.second.text() else self.first
            field.setFocus()
            field.selectAll()
        return not problem

    def show_error(self, text: str) -> None:
        show_message(self.message, text)

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.first, self.second, self.show_text):
            widget.setEnabled(enabled)

    def focus_first(self) -> None:
        self.first.setFocus()

    def clear(self) -> None:
        """Forget what was typed and any message."""
        self.first.clear()
        self.second.clear()
        self.show_text.setChecked(False)
        show_message(self.message, "")

    def _update_message(self) -> None:
        # Only speak up once the second field is as long as the first: a half-typed
        # second passphrase is not a mistake yet.
        first, second = self.first.text(), self.second.text()
        problem = self.problem() if second and len(second) >= len(first) else ""
        show_message(self.message, problem)

    def _on_first_text_changed(self, text: str) -> None:
        self.meter.set_passphrase(text)
        self._update_message()
        self.changed.emit()

    def _on_second_text_changed(self, _: str) -> None:
        self._update_message()
        self.changed.emit()

    def _on_first_return_pressed(self) -> None:
        self.second.setFocus()

    def _on_show_text_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
