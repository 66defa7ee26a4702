"""Exporting, backing up now and verifying, on the session's background runner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journal_app.domain.errors import JournalError, WrongPassphrase
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.backups import BackupInfo, BackupSummary
from journal_app.ui.session import SessionViewModel, describe


@dataclass(frozen=True)
class BackedUp:
    """An automatic backup made on request, and whether the extra copy worked."""

    path: Path
    extra_folder: Path | None
    copied: bool


class BackupTasks(QObject):
    """One place for the slow backup work a page or the menu asks for.

    Give it no parent: the work's callbacks hold it, so it outlives a page that closes
    (a lock) while a backup is still being written, and signals it then sends go nowhere.
    """

    exported = Signal(object)  # BackupInfo
    export_failed = Signal(str)
    backed_up = Signal(object)  # BackedUp
    backup_failed = Signal(str)
    verified = Signal(str, object)  # path, BackupSummary
    verify_failed = Signal(str, str, bool)  # path, message, True when another key would open it

    def __init__(self, session: SessionViewModel) -> None:
        super().__init__()
        self._session = session

    def export(self, path: Path) -> bool:
        """Write a backup to ``path``; False when other work is still running.

        ``path`` comes from the file dialog, which has already asked before replacing a
        file, so an existing one is replaced (the service still refuses the journal's
        own folder and anything that is not a regular file).
        """
        backups = self._session.services.backups
        return self._session.run_task(
            lambda: backups.export(path, force=True), self._on_exported, self._on_export_error
        )

    def back_up_now(self) -> bool:
        """Make an automatic backup now (and the extra copy, if one is set)."""
        backups = self._session.services.backups

        def work() -> BackedUp:
            target = backups.auto_backup(force=True)
            if target is None:  # forced backups are always written; be safe all the same
                said = QT_TRANSLATE_NOOP(
                    "messages", "The backup was not written. Please try again."
                )
                raise JournalError(Message(said))
            extra = backups.extra_folder()
            copied = extra is not None and (extra / target.name).is_file()
            return BackedUp(target, extra, copied)

        return self._session.run_task(work, self._on_backed_up, self._on_backup_error)

    def verify(
        self, path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
    ) -> bool:
        """Open the whole backup in memory and count what it holds; nothing is written."""
        backups = self._session.services.backups
        return self._session.run_task(
            lambda: backups.verify(path, passphrase=passphrase, recovery_code=recovery_code),
            lambda summary: self._on_verified(path, summary),
            lambda error: self._on_verify_error(path, error),
        )

    def _on_exported(self, info: BackupInfo) -> None:
        self.exported.emit(info)

    def _on_export_error(self, error: BaseException) -> None:
        self.export_failed.emit(describe(error))

    def _on_backed_up(self, result: BackedUp) -> None:
        self.backed_up.emit(result)

    def _on_backup_error(self, error: BaseException) -> None:
        self.backup_failed.emit(describe(error))

    def _on_verified(self, path: Path, summary: BackupSummary) -> None:
        self.verified.emit(str(path), summary)

    def _on_verify_error(self, path: Path, error: BaseException) -> None:
        self.verify_failed.emit(str(path), describe(error), isinstance(error, WrongPassphrase))
