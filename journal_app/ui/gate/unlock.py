"""The unlock page: the passphrase, or the recovery key and a new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.gate.busy import BusyIndicator
from journal_app.ui.gate.card import Card, button, centred
from journal_app.ui.gate.recovery_form import RecoveryForm
from journal_app.ui.named import named
from journal_app.ui.pages.layout import paragraph
from journal_app.ui.session import SessionViewModel


def caps_lock_likely(text: str) -> bool:
    """All the letters typed are capitals: Qt can't read Caps Lock, but this suggests it."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


class UnlockPage(QWidget):
    """The "Welcome back" page: type the passphrase, or switch to the recovery key."""

    def __init__(self, session: SessionViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._waiting = False  # this page asked the session for something

        self.card = Card()
        title = named(QLabel(self.tr("Welcome back")), "pageTitle")
        intro = paragraph(self.tr("Your journal is locked. Type your passphrase to open it."))
        label = QLabel(self.tr("&Passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        label.setBuddy(self.passphrase)
        self.show_button = button(self.tr("Show"), self.tr("Show passphrase"))
        self.show_button.setCheckable(True)
        self.caps_hint = paragraph(self.tr("Caps Lock may be on."), "hint")
        self.caps_hint.setAccessibleName(self.tr("Caps Lock may be on"))
        self.caps_hint.setVisible(False)
        self.message = message_label(self.tr("Unlock problem"))
        self.notices = paragraph("", "hint")
        self.notices.setAccessibleName(self.tr("While locking"))
        self.notices.setVisible(False)
        self.busy = BusyIndicator(self.tr("Opening your journal…"))
        self.unlock_button = button(self.tr("Unlock"), self.tr("Unlock"), primary=True)
        self.unlock_button.setDefault(True)
        self.recovery_button = button(
            self.tr("Use recovery key instead"), self.tr("Use recovery key instead")
        )
        self.recovery_button.setObjectName("link")

        field_row = QHBoxLayout()
        field_row.addWidget(self.passphrase, 1)
        field_row.addWidget(self.show_button)
        body = self.card.body
        body.addWidget(title)
        body.addWidget(intro)
        body.addWidget(self.notices)
        body.addSpacing(6)
        body.addWidget(label)
        body.addLayout(field_row)
        body.addWidget(self.caps_hint)
        body.addWidget(self.message)
        body.addWidget(self.busy)
        body.addWidget(self.unlock_button)
        body.addSpacing(6)
        body.addWidget(self.recovery_button)

        self.recovery = RecoveryForm()
        self.forms = QStackedWidget()
        self.forms.addWidget(centred(self.card))
        self.forms.addWidget(centred(self.recovery))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.forms)

        self.passphrase.returnPressed.connect(self._on_unlock_button_clicked)
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.show_button.toggled.connect(self._on_show_button_toggled)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.recovery_button.clicked.connect(self._on_recovery_button_clicked)
        self.recovery.back_requested.connect(self._on_recovery_back_requested)
        self.recovery.submitted.connect(self._on_recovery_submitted)
        session.busy_changed.connect(self._on_session_busy_changed)
        session.unlock_failed.connect(self._on_session_unlock_failed)
        session.vault_unlocked.connect(self._on_session_vault_unlocked)
        session.lock_notices_changed.connect(self._on_session_lock_notices_changed)

    def clear(self) -> None:
        """Forget everything typed and every message, and show the passphrase form."""
        self.passphrase.clear()
        self.show_button.setChecked(False)
        self.caps_hint.setVisible(False)
        show_message(self.message, "")
        self.busy.set_busy(False)
        self.recovery.clear()
        self.forms.setCurrentIndex(0)

    def _on_session_lock_notices_changed(self, notices: list[str]) -> None:
        """Say what the last lock could not do; the journal itself is locked all the same."""
        text = " ".join(notices)
        self.notices.setText(text)
        self.notices.setVisible(bool(text))
        self.notices.setAccessibleDescription(text)

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus()

    def showing_recovery(self) -> bool:
        return self.forms.currentIndex() == 1

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        for widget in (
            self.passphrase,
            self.show_button,
            self.unlock_button,
            self.recovery_button,
        ):
            widget.setEnabled(not busy)
        self.recovery.set_busy(busy)

    # Slots

    def _on_unlock_button_clicked(self) -> None:
        text = self.passphrase.text()
        if not text:
            show_message(self.message, self.tr("Type your passphrase to open your journal."))
            self.passphrase.setFocus()
            return
        show_message(self.message, "")
        self._waiting = True
        self._session.unlock(text)

    def _on_passphrase_text_changed(self, text: str) -> None:
        self.caps_hint.setVisible(caps_lock_likely(text))
        show_message(self.message, "")

    def _on_show_button_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_button.setAccessibleName(
            self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        )

    def _on_recovery_button_clicked(self) -> None:
        self.forms.setCurrentIndex(1)
        self.recovery.focus_key()

    def _on_recovery_back_requested(self) -> None:
        self.recovery.clear()
        self.forms.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _on_recovery_submitted(self, code: str, new_passphrase: str) -> None:
        self._waiting = True
        self._session.unlock_with_recovery(code, new_passphrase)

    def _on_session_busy_changed(self, busy: bool) -> None:
        if self._waiting:
            self._set_busy(busy)

    def _on_session_unlock_failed(self, message: str) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._set_busy(False)
        if self.showing_recovery():
            self.recovery.show_error(message)
            return
        show_message(self.message, message)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _on_session_vault_unlocked(self) -> None:
        self._waiting = False
        self._set_busy(False)
