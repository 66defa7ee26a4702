"""Opening the journal with the recovery key and choosing a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.dialogs.new_passphrase import NewPassphraseForm
from journal_app.ui.gate.busy import BusyIndicator
from journal_app.ui.gate.card import Card, button, button_row
from journal_app.ui.named import named
from journal_app.ui.pages.layout import paragraph


class RecoveryForm(Card):
    """The recovery key, a new passphrase twice, Back and Unlock. Escape goes back."""

    submitted = Signal(str, str)  # recovery code, new passphrase
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = named(QLabel(self.tr("Use your recovery key")), "pageTitle")
        intro = paragraph(
            self.tr(
                "Type the recovery key you wrote down or printed when you made your "
                "journal. Then choose a new passphrase to use from now on."
            ),
            "muted",
        )
        key_label = QLabel(self.tr("&Recovery key"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("Groups of four letters and numbers"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        key_label.setBuddy(self.key)
        self.key_message = message_label(self.tr("Recovery key problem"))
        self.form = NewPassphraseForm()
        self.busy = BusyIndicator(self.tr("Opening your journal…"))
        self.back_button = button(self.tr("Back"), self.tr("Back to the passphrase"))
        self.unlock_button = button(
            self.tr("Unlock"), self.tr("Unlock with the recovery key"), primary=True
        )

        self.body.addWidget(title)
        self.body.addWidget(intro)
        self.body.addWidget(key_label)
        self.body.addWidget(self.key)
        self.body.addWidget(self.key_message)
        self.body.addWidget(self.form)
        self.body.addLayout(button_row(self.back_button, self.busy, self.unlock_button))

        self.key.returnPressed.connect(self._on_key_return_pressed)
        self.key.textChanged.connect(self._on_key_text_changed)
        self.form.submitted.connect(self._on_unlock_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.back_button.clicked.connect(self.back_requested)

    def focus_key(self) -> None:
        self.key.setFocus()

    def clear(self) -> None:
        self.key.clear()
        self.form.clear()
        show_message(self.key_message, "")
        self.busy.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        for widget in (self.key, self.back_button, self.unlock_button):
            widget.setEnabled(not busy)
        self.form.set_inputs_enabled(not busy)

    def show_error(self, text: str) -> None:
        """Show why the key didn't work, with the key selected for retyping."""
        show_message(self.key_message, text)
        self.key.setFocus()
        self.key.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.back_button.isEnabled():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_key_return_pressed(self) -> None:
        self.form.focus_first()

    def _on_key_text_changed(self, _: str) -> None:
        show_message(self.key_message, "")

    def _on_unlock_button_clicked(self) -> None:
        code = self.key.text().strip()
        if not code:
            self.show_error(self.tr("Type your recovery key, with every group of four."))
            return
        show_message(self.key_message, "")
        if self.form.check():
            self.submitted.emit(code, self.form.passphrase())
