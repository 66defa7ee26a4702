"""Restoring a backup into this journal: choose, open, confirm, merge, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from journal_app.services.backups import BackupContents, BackupSummary, MergeReport
from journal_app.ui.backups.confirm import ConfirmMergeDialog
from journal_app.ui.backups.files import choose_backup_file
from journal_app.ui.backups.key_dialog import BackupKey, BackupKeyDialog
from journal_app.ui.backups.words import (
    describe_damage,
    describe_report,
    describe_summary,
    other_passphrase,
    still_busy,
)
from journal_app.ui.session import SessionViewModel

IDLE, OPENING, MERGING = range(3)


class MergeFlow(QObject):
    """Walks one backup into the unlocked journal; nothing local is ever deleted.

    A backup of this journal opens with this unlock's key; any other asks for its own
    passphrase or recovery key first, says plainly that its records become new entries
    here, and only then brings them in.
    """

    working = Signal(str)  # what is happening now, while the session is busy
    finished = Signal(str)  # what the merge did, in words
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, session: SessionViewModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._dialog_parent = parent
        self._step = IDLE
        self._path: Path | None = None
        self._key: BackupKey | None = None
        session.backup_opened.connect(self._on_session_backup_opened)
        session.backup_open_failed.connect(self._on_session_backup_open_failed)
        session.backup_merged.connect(self._on_session_backup_merged)
        session.backup_merge_failed.connect(self._on_session_backup_merge_failed)

    def start(self, start_folder: Path | None = None) -> None:
        """Ask for a backup file, then open it in the background."""
        path = choose_backup_file(self._dialog_parent, start_folder)
        if path is None:
            self.cancelled.emit()
            return
        self._path, self._key = path, None
        self._open()

    def _open(self) -> None:
        assert self._path is not None
        self._step = OPENING
        key = self._key or BackupKey()
        started = self._session.open_backup(
            self._path, passphrase=key.passphrase, recovery_code=key.recovery_code
        )
        if started:
            self.working.emit(self.tr("Checking every part of the backup…"))
        else:
            self._on_not_started()

    def _on_not_started(self) -> None:
        self._finish()
        self.failed.emit(still_busy())

    def _finish(self) -> None:
        self._step = IDLE
        self._key = None

    # Slots

    def _on_session_backup_open_failed(self, message: str, wrong_key: bool) -> None:
        if self._step != OPENING or self._path is None:
            return
        if not wrong_key:
            self._finish()
            self.failed.emit(describe_damage(message))
            return
        if self._key is None:  # this unlock's key didn't fit: another journal or passphrase
            message = other_passphrase()
        key, accepted = BackupKeyDialog.ask(
            self._dialog_parent, self._path.name, message=message, previous=self._key
        )
        if not accepted or key is None:
            self._finish()
            self.cancelled.emit()
            return
        self._key = key
        self._open()

    def _on_session_backup_opened(self, contents: BackupContents, summary: BackupSummary) -> None:
        if self._step != OPENING:
            return
        other = self._session.services.backups.is_other_journal(contents)
        summary_text = describe_summary(summary)
        if not ConfirmMergeDialog.confirm(self._dialog_parent, summary_text, other_journal=other):
            self._finish()
            self.cancelled.emit()
            return
        self._step = MERGING
        if self._session.merge_backup(contents, from_other_journal=other):
            self.working.emit(self.tr("Bringing in the backup…"))
        else:
            self._on_not_started()

    def _on_session_backup_merged(self, report: MergeReport) -> None:
        if self._step != MERGING:
            return
        self._finish()
        self.finished.emit(describe_report(report))

    def _on_session_backup_merge_failed(self, message: str) -> None:
        if self._step != MERGING:
            return
        self._finish()
        self.failed.emit(message)
