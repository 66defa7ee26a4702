"""Asking for the passphrase a backup was made with, or its recovery key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.dialogs.new_passphrase import NewPassphraseForm
from journal_app.ui.named import named


@dataclass(frozen=True)
class BackupKey:
    """What the person typed: the passphrase, or the recovery key (and a new passphrase)."""

    passphrase: str | None = None
    recovery_code: str | None = None
    new_passphrase: str | None = None

    @property
    def uses_recovery(self) -> bool:
        return self.recovery_code is not None


def link_button(text: str, accessible_name: str) -> QPushButton:
    widget = named(QPushButton(text), "link")
    widget.setAccessibleName(accessible_name)
    widget.setAutoDefault(False)
    return widget


class BackupKeyDialog(QDialog):
    """The backup's passphrase, or its recovery key (and a new passphrase for a new journal)."""

    def __init__(
        self,
        file_name: str,
        *,
        new_passphrase: bool = False,
        action: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._new_passphrase = new_passphrase
        self.setWindowTitle(self.tr("Open a backup"))
        self.setMinimumWidth(460)
        title = named(QLabel(self.tr("Open your backup")), "sectionTitle")
        name = named(QLabel(file_name), "muted")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        name.setAccessibleName(self.tr("Backup file"))
        self.message = message_label(self.tr("Backup problem"))

        self.passphrase_page = QWidget()
        intro = QLabel(
            self.tr("Type the passphrase your journal had when this backup was made."),
            wordWrap=True,
        )
        label = QLabel(self.tr("&Passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        label.setBuddy(self.passphrase)
        self.recovery_button = link_button(
            self.tr("Use the recovery key instead"), self.tr("Use the recovery key instead")
        )
        page = QVBoxLayout(self.passphrase_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        page.addWidget(intro)
        page.addSpacing(4)
        page.addWidget(label)
        page.addWidget(self.passphrase)
        page.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.recovery_page = QWidget()
        recovery_intro = QLabel(
            self.tr("Type the recovery key you wrote down or printed when you made your journal.")
            + (
                " " + self.tr("Then choose a new passphrase for the restored journal.")
                if new_passphrase
                else ""
            ),
            wordWrap=True,
        )
        key_label = QLabel(self.tr("&Recovery key"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("Groups of four letters and numbers"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        key_label.setBuddy(self.key)
        self.form = NewPassphraseForm() if new_passphrase else None
        self.passphrase_button = link_button(
            self.tr("Use the passphrase instead"), self.tr("Use the passphrase instead")
        )
        page = QVBoxLayout(self.recovery_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        page.addWidget(recovery_intro)
        page.addSpacing(4)
        page.addWidget(key_label)
        page.addWidget(self.key)
        if self.form is not None:
            page.addSpacing(6)
            page.addWidget(self.form)
        page.addWidget(self.passphrase_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("primary")
        self.ok_button.setText(action or self.tr("Open"))
        self.ok_button.setAccessibleName(action or self.tr("Open the backup"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(name)
        layout.addWidget(self.passphrase_page)
        layout.addWidget(self.recovery_page)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.passphrase.textChanged.connect(self._on_field_text_changed)
        self.key.textChanged.connect(self._on_field_text_changed)
        self.key.returnPressed.connect(self._on_key_return_pressed)
        if self.form is not None:
            self.form.changed.connect(self._on_form_changed)
            self.form.submitted.connect(self._on_form_submitted)
        self.recovery_button.clicked.connect(self._on_recovery_button_clicked)
        self.passphrase_button.clicked.connect(self._on_passphrase_button_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.show_recovery(False)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        file_name: str,
        *,
        message: str = "",
        previous: BackupKey | None = None,
        new_passphrase: bool = False,
        action: str = "",
    ) -> tuple[BackupKey | None, bool]:
        """Ask how to open ``file_name``; return the key and whether the person chose OK.

        ``message`` says why we ask again; ``previous`` brings back what was typed.
        """
        dialog = cls(file_name, new_passphrase=new_passphrase, action=action, parent=parent)
        try:
            if previous is not None:
                dialog.fill(previous)
            dialog.show_problem(message)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.key_typed() if accepted else None, accepted)
        finally:
            dialog.forget()
            dialog.deleteLater()

    def showing_recovery(self) -> bool:
        return not self.recovery_page.isHidden()

    def show_recovery(self, recovery: bool) -> None:
        """Ask for the recovery key (True) or the passphrase (False)."""
        self.passphrase_page.setVisible(not recovery)
        self.recovery_page.setVisible(recovery)
        show_message(self.message, "")
        (self.key if recovery else self.passphrase).setFocus()
        self._update_ok_button()
        self._fit()

    def show_problem(self, text: str) -> None:
        show_message(self.message, text)
        self._fit()
        field = self.key if self.showing_recovery() else self.passphrase
        field.setFocus()
        field.selectAll()

    def fill(self, key: BackupKey) -> None:
        """Bring back what was typed last time, so only the wrong part needs retyping."""
        self.show_recovery(key.uses_recovery)
        self.key.setText(key.recovery_code or "")
        if self.form is not None and key.new_passphrase:
            self.form.first.setText(key.new_passphrase)
            self.form.second.setText(key.new_passphrase)

    def key_typed(self) -> BackupKey:
        if not self.showing_recovery():
            return BackupKey(passphrase=self.passphrase.text())
        new = self.form.passphrase() if self.form is not None else None
        return BackupKey(recovery_code=self.key.text().strip(), new_passphrase=new)

    def problem(self) -> str:
        """Why OK can't go ahead yet, or ""."""
        if not self.showing_recovery():
            return "" if self.passphrase.text() else self.tr("Type the backup's passphrase.")
        if not self.key.text().strip():
            return self.tr("Type your recovery key, with every group of four.")
        return ""

    def is_complete(self) -> bool:
        if self.problem():
            return False
        return not self.showing_recovery() or self.form is None or self.form.is_valid()

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        if self.showing_recovery() and self.form is not None and not self.form.check():
            return
        super().accept()

    def _fit(self) -> None:
        """Grow or shrink to what is shown, once the layouts have caught up with it.

        A dialog sizes itself without asking wrapped lines how tall they are at its
        width, so lines that come and go (the strength meter's) would overlap otherwise.
        """
        if self.isVisible():
            QTimer.singleShot(0, self, self._on_fit_timer_timeout)

    def _on_fit_timer_timeout(self) -> None:
        layout = self._layout
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        self.resize(
            width, max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()  # now that the style sheet's fonts are known

    def _update_ok_button(self) -> None:
        # A disabled default button ignores Enter, so Enter in a half-filled form moves on
        # (or says what is missing) instead of failing loudly.
        self.ok_button.setEnabled(self.is_complete())

    def forget(self) -> None:
        self.passphrase.clear()
        self.key.clear()
        if self.form is not None:
            self.form.clear()

    def _on_field_text_changed(self, _: str) -> None:
        show_message(self.message, "")
        self._update_ok_button()

    def _on_form_changed(self) -> None:
        self._update_ok_button()
        self._fit()  # the strength meter's lines come and go

    def _on_key_return_pressed(self) -> None:
        if self.form is not None and not self.ok_button.isEnabled():
            self.form.focus_first()

    def _on_form_submitted(self) -> None:
        if self.form is not None and not self.ok_button.isEnabled():
            self.form.check()

    def _on_recovery_button_clicked(self) -> None:
        self.show_recovery(True)

    def _on_passphrase_button_clicked(self) -> None:
        self.show_recovery(False)
