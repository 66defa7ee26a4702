"""First run: recreating the journal from a backup instead of starting a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from journal_app.ui.backups.files import choose_backup_file
from journal_app.ui.backups.key_dialog import BackupKey, BackupKeyDialog
from journal_app.ui.backups.words import not_restored, still_busy
from journal_app.ui.session import SessionViewModel


class RestoreIntoNewJournal(QObject):
    """Choose a backup, ask for its passphrase (or the recovery key and a new passphrase),
    and let the session verify it whole and recreate the journal from it.

    A key that doesn't fit asks again; a damaged file says what is wrong. Success is the
    session's ``vault_unlocked``, followed by ``backup_restored``.
    """

    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, session: SessionViewModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._dialog_parent = parent
        self._path: Path | None = None
        self._key: BackupKey | None = None
        self._waiting = False
        session.busy_changed.connect(self._on_session_busy_changed)
        session.backup_restore_failed.connect(self._on_session_backup_restore_failed)
        session.vault_unlocked.connect(self._on_session_vault_unlocked)

    def start(self) -> None:
        """Ask for the backup file, then for the key that opens it."""
        path = choose_backup_file(self._dialog_parent)
        if path is None:
            return
        self._path, self._key = path, None
        self._ask("")

    def _ask(self, message: str) -> None:
        if self._path is None:
            return
        key, accepted = BackupKeyDialog.ask(
            self._dialog_parent,
            self._path.name,
            message=message,
            previous=self._key,
            new_passphrase=True,
            action=self.tr("Restore"),
        )
        self._key = key
        if not accepted or key is None:
            return
        self._waiting = True
        started = self._session.restore_backup(
            self._path,
            passphrase=key.passphrase,
            recovery_code=key.recovery_code,
            new_passphrase=key.new_passphrase,
        )
        if not started:
            self._waiting = False
            self.failed.emit(still_busy())

    def _on_session_busy_changed(self, busy: bool) -> None:
        if self._waiting:
            self.busy_changed.emit(busy)

    def _on_session_backup_restore_failed(self, message: str, wrong_key: bool) -> None:
        if not self._waiting:
            return
        self._waiting = False
        if wrong_key:
            self._ask(message)
        else:
            self.failed.emit(not_restored(message))

    def _on_session_vault_unlocked(self) -> None:
        self._waiting = False
        self._key = None
