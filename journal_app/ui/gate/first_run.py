"""The first-run flow: welcome, choose a passphrase, keep the recovery key (or restore)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from journal_app.ui.backups.first_run import RestoreIntoNewJournal
from journal_app.ui.gate.card import centred
from journal_app.ui.gate.create_passphrase import CreatePassphraseStep
from journal_app.ui.gate.recovery_key import RecoveryKeyStep
from journal_app.ui.gate.welcome import WelcomeStep
from journal_app.ui.session import SessionViewModel

WELCOME, CREATE, RECOVERY = range(3)


class FirstRunFlow(QWidget):
    """Three steps on one page; the journal opens once the recovery key is kept."""

    def __init__(self, session: SessionViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._creating = False
        self.welcome = WelcomeStep()
        self.create_step = CreatePassphraseStep()
        self.recovery = RecoveryKeyStep(journal_folder=session.services.vault.folder)
        self.restore = RestoreIntoNewJournal(session, self.welcome)
        self.steps = QStackedWidget()
        for step in (self.welcome, self.create_step, self.recovery):
            self.steps.addWidget(centred(step))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)

        self.welcome.started.connect(self._on_welcome_started)
        self.welcome.restore_requested.connect(self.restore.start)
        self.restore.busy_changed.connect(self.welcome.set_busy)
        self.restore.failed.connect(self.welcome.show_error)
        self.create_step.back_requested.connect(self._on_create_step_back_requested)
        self.create_step.create_requested.connect(self._on_create_step_create_requested)
        self.recovery.finished.connect(self._on_recovery_finished)
        session.busy_changed.connect(self._on_session_busy_changed)
        session.vault_created.connect(self._on_session_vault_created)
        session.unlock_failed.connect(self._on_session_unlock_failed)

    def current_step(self) -> int:
        return self.steps.currentIndex()

    def _on_welcome_started(self) -> None:
        self.steps.setCurrentIndex(CREATE)
        self.create_step.focus()

    def _on_create_step_back_requested(self) -> None:
        self.steps.setCurrentIndex(WELCOME)
        self.welcome.focus()

    def _on_create_step_create_requested(self, passphrase: str) -> None:
        self._creating = True
        self._session.create(passphrase)

    def _on_session_busy_changed(self, busy: bool) -> None:
        if self._creating:
            self.create_step.set_busy(busy)

    def _on_session_vault_created(self, code: str) -> None:
        self._creating = False
        self.create_step.clear()
        self.create_step.set_busy(False)
        self.recovery.set_code(code)
        self.steps.setCurrentIndex(RECOVERY)
        self.recovery.focus()

    def _on_session_unlock_failed(self, message: str) -> None:
        if not self._creating:
            return
        self._creating = False
        self.create_step.set_busy(False)
        self.create_step.show_error(message)

    def _on_recovery_finished(self) -> None:
        self._session.finish_first_run()
