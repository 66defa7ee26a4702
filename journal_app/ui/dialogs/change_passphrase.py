"""The dialog asking for a new passphrase (the settings page does the changing)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from journal_app.ui.dialogs.new_passphrase import NewPassphraseForm
from journal_app.ui.named import named


class ChangePassphraseDialog(QDialog):
    """Ask for a new passphrase, typed twice; OK only once it can be used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(420)
        intro = named(
            QLabel(
                self.tr(
                    "Choose a new passphrase for your journal. Your entries and your "
                    "recovery key stay as they are."
                )
            ),
            "muted",
        )
        intro.setWordWrap(True)
        self.form = NewPassphraseForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("primary")
        self.ok_button.setText(self.tr("Change passphrase"))
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        self.ok_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ok_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

        self.form.changed.connect(self._on_form_changed)
        self.form.submitted.connect(self._on_form_submitted)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.focus_first()

    @classmethod
    def get_new_passphrase(cls, parent: QWidget | None) -> tuple[str, bool]:
        """Ask for a new passphrase; return it and whether the person chose OK."""
        dialog = cls(parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.passphrase() if accepted else "", accepted)
        finally:
            dialog.form.clear()
            dialog.deleteLater()

    def passphrase(self) -> str:
        return self.form.passphrase()

    def accept(self) -> None:
        if self.form.check():
            super().accept()

    def _on_form_changed(self) -> None:
        self.ok_button.setEnabled(self.form.is_valid())

    def _on_form_submitted(self) -> None:
        # An enabled OK is the default button and takes Enter itself; a disabled one
        # would ignore it, so say what is missing instead of doing nothing.
        if not self.ok_button.isEnabled():
            self.form.check()
