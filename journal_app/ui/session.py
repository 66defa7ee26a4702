"""The session view-model: creating, unlocking, restoring and locking the journal, auto-lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication

from journal_app.domain.errors import JournalError, WrongPassphrase
from journal_app.services.backups import BackupContents, BackupSummary, summarize
from journal_app.services.bundle import Services
from journal_app.services.session import JournalSession, TaskHandle, WorkStopped
from journal_app.ui.messages import render
from journal_app.ui.worker import BackgroundRunner

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
UNEXPECTED = "Something went wrong, and nothing was changed. Please try again."
UNEXPECTED_LOCK = (
    "The journal is locked, but something unexpected happened on the way. Your saved "
    "words are safe."
)


def describe(error: BaseException) -> str:
    """A message for the person: ours are written for them; anything else stays vague."""
    return render(error) if isinstance(error, JournalError) else UNEXPECTED


class SessionViewModel(QObject):
    """Owns the lock state; slow key derivation runs off the UI thread."""

    busy_changed = Signal(bool)
    vault_created = Signal(str)  # the recovery code, to be shown once
    vault_unlocked = Signal()
    about_to_lock = Signal()  # pages save what was typed, synchronously, before keys go
    auto_backup_written = Signal(str)  # the path of the backup made on lock or exit
    vault_locked = Signal()
    unlock_failed = Signal(str)
    passphrase_changed = Signal()
    passphrase_change_failed = Signal(str)
    backup_opened = Signal(object, object)  # verified BackupContents, its BackupSummary
    backup_open_failed = Signal(str, bool)  # message; True when another key would open it
    backup_merged = Signal(object)  # the MergeReport
    backup_merge_failed = Signal(str)
    backup_restored = Signal(int)  # records in the restored journal, after vault_unlocked
    backup_restore_failed = Signal(str, bool)  # message; True when the key didn't fit
    journal_changed = Signal(object)  # frozenset of the record kinds that changed
    lock_notices_changed = Signal(list)  # what the last lock could not do, in plain words
    drafts_restored = Signal(dict)  # {page name: draft} sealed at the last lock

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        journal: JournalSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.journal = journal if journal is not None else JournalSession(services.vault)
        self.journal.changes.subscribe(self._on_journal_changes)
        self.journal.before_lock(self.tr("automatic backup"), self._auto_backup)
        self._lock_notices: list[str] = []
        self._written_on_lock: str | None = None
        self._busy = False
        self._runner = BackgroundRunner(self)
        self._idle = QTimer(self)
        self._idle_holds = 0  # see idle_held()
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._auto_lock_minutes = 5
        self._watching = False

    def _watch_activity(self, watching: bool) -> None:
        """Listen to input anywhere in the app while unlocked, to restart the idle timer."""
        app = QApplication.instance()
        if app is None or watching == self._watching:
            return
        if watching:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = watching

    # State

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def unlocked(self) -> bool:
        return self.services.vault.unlocked

    def vault_exists(self) -> bool:
        return self.services.vault.exists()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        name: str | None = None,
        changes: bool = False,
    ) -> bool:
        """Run ``work`` in the background; named work is registered with the journal.

        Named work is what a lock waits for; work that ``changes`` the journal runs as
        one step that a lock either waits for or stops before it begins. If named work
        ends after a lock, its page is gone: what happened becomes a notice on the
        unlock page instead of being lost.
        """
        if self._busy:
            return False
        if name is not None and (self.journal.closing or not self.unlocked):
            return False
        self._set_busy(True)

        def body(handle: TaskHandle) -> Any:
            if not changes:
                return work()
            with handle.step():
                return work()

        task = work if name is None else (lambda: self.journal.run(name, body))

        def done(result: object) -> None:
            self._set_busy(False)
            if name is not None and not self.unlocked:
                self._add_notice(
                    self.tr("The {name} finished before the journal locked.").format(name=name)
                )
                return
            on_done(result)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if name is not None and (isinstance(error, WorkStopped) or not self.unlocked):
                self._add_notice(describe(error))
                return
            (on_error or self._unlock_error)(error)

        self._runner.run(task, done, failed)
        return True

    def run_task(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        name: str | None = None,
        changes: bool = False,
    ) -> bool:
        """Run slow work (a backup, say) in the background; False if something is running."""
        return self._run(work, on_done, on_error, name=name or self.tr("backup"), changes=changes)

    def _unlock_error(self, error: BaseException) -> None:
        self.unlock_failed.emit(describe(error))

    # Actions

    def create(self, passphrase: str) -> None:
        """Create the journal; ``vault_created`` brings the recovery code."""
        self._run(lambda: self.services.vault.create(passphrase), self._on_created)

    def _on_created(self, code: object) -> None:
        self.vault_created.emit(str(code))

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase; ``vault_unlocked`` or ``unlock_failed`` follows."""
        self._run(lambda: self.services.vault.unlock(passphrase), self._on_unlocked)

    def unlock_with_recovery(self, code: str, new_passphrase: str) -> None:
        """Unlock with the recovery key and set a new passphrase in the same step."""
        self._run(
            lambda: self.services.vault.unlock_with_recovery(code, new_passphrase),
            self._on_unlocked,
        )

    def finish_first_run(self) -> None:
        """The recovery key has been seen: open the journal window."""
        self._on_unlocked(None)

    def _on_unlocked(self, _: object) -> None:
        self._lock_notices = []
        self.lock_notices_changed.emit([])
        try:
            self._auto_lock_minutes = int(self.services.settings.get("auto_lock_minutes"))
        except Exception:
            self._auto_lock_minutes = 5
        self._restart_idle()
        self.vault_unlocked.emit()
        # Watch for activity from the next turn of the event loop: building the window
        # sends thousands of events that are not the person's activity anyway.
        QTimer.singleShot(0, self, self._on_window_built)
        drafts = self.journal.take_drafts()
        if drafts:
            self.drafts_restored.emit(drafts)

    def _on_window_built(self) -> None:
        self._watch_activity(self.unlocked)

    def seal_draft(self, name: str, draft: dict[str, Any]) -> None:
        """Keep words that could not be saved, sealed, until the next unlock."""
        self.journal.seal_draft(name, draft)

    def change_passphrase(self, new_passphrase: str) -> None:
        self._run(
            lambda: self.services.vault.change_passphrase(new_passphrase),
            lambda _: self.passphrase_changed.emit(),
            lambda error: self.passphrase_change_failed.emit(describe(error)),
        )

    def new_recovery_key(
        self, on_made: Callable[[str], None], on_failed: Callable[[str], None]
    ) -> bool:
        """Replace the recovery key in the background; False if something else is running.

        ``on_made`` gets the new code, to be shown once; ``on_failed`` a message. The lock
        waits for the change once it has begun. If the journal locks before the code
        could be shown, what to do next becomes a notice on the unlock page.
        """
        name = self.tr("new recovery key")

        def change(handle: TaskHandle) -> str:
            with handle.step():
                return self.services.vault.new_recovery_key()

        def made(code: object) -> None:
            if not self.unlocked:
                self._add_notice(
                    self.tr(
                        "A new recovery key was made, but the journal locked before it "
                        "could be shown, so your old recovery key no longer works. Open "
                        "your journal and make another one in Settings."
                    )
                )
                return
            on_made(str(code))

        def failed(error: BaseException) -> None:
            if not self.unlocked:
                self._add_notice(describe(error))
                return
            on_failed(describe(error))

        return self._run(lambda: self.journal.run(name, change, stoppable=True), made, failed)

    # Backups

    def open_backup(
        self, path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
    ) -> bool:
        """Verify a whole backup into memory; this unlock's key opens this journal's own."""
        backups = self.services.backups

        def work() -> tuple[BackupContents, BackupSummary]:
            contents = backups.open(path, passphrase=passphrase, recovery_code=recovery_code)
            return contents, summarize(contents)

        return self._run(
            work,
            lambda opened: self.backup_opened.emit(*opened),
            lambda error: self.backup_open_failed.emit(
                describe(error), isinstance(error, WrongPassphrase)
            ),
            name=self.tr("backup check") if self.unlocked else None,
        )

    def merge_backup(self, contents: BackupContents, *, from_other_journal: bool = False) -> bool:
        """Merge an opened backup into this journal; nothing local is deleted.

        Another journal's backup comes in as new records only with ``from_other_journal``.
        """
        return self._run(
            lambda: self.services.backups.merge(contents, from_other_journal=from_other_journal),
            self.backup_merged.emit,
            lambda error: self.backup_merge_failed.emit(describe(error)),
            name=self.tr("merge"),
            changes=True,
        )

    def restore_backup(
        self,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        new_passphrase: str | None = None,
    ) -> bool:
        """Recreate the journal from a backup in the empty data folder, then open it.

        The whole file is verified in memory before anything is written.
        """
        backups = self.services.backups

        def work() -> int:
            contents = backups.open(path, passphrase=passphrase, recovery_code=recovery_code)
            return backups.restore_new(contents, new_passphrase=new_passphrase)

        return self._run(
            work,
            self._on_restored,
            lambda error: self.backup_restore_failed.emit(
                describe(error), isinstance(error, WrongPassphrase)
            ),
        )

    def _on_restored(self, count: int) -> None:
        self._on_unlocked(None)
        self.backup_restored.emit(count)

    def lock(self) -> None:
        """Lock now, always: pages save (or seal) what was typed, then keys and records go.

        An optional step that fails (the automatic backup) never stops the lock; what
        could not be done is shown afterwards on the unlock page.
        """
        if not self.unlocked:
            return
        self._idle.stop()
        self._watch_activity(False)
        notices: list[str] = []
        try:
            self.about_to_lock.emit()  # pages save what was typed, or seal it, first
            report = self.journal.lock()
            notices = [render(problem) for problem in report.problems]
        except Exception:
            notices = [UNEXPECTED_LOCK]
        finally:
            if self.services.vault.unlocked:
                self.services.vault.lock()
            self.services.search.forget()
        self.vault_locked.emit()
        if self._written_on_lock is not None:
            self.auto_backup_written.emit(self._written_on_lock)
            self._written_on_lock = None
        for notice in notices:
            self._add_notice(notice)

    def _auto_backup(self) -> None:
        """Back up into the data folder's backups/ if anything changed (on lock and exit)."""
        written = self.services.backups.auto_backup()
        if written is not None:
            self._written_on_lock = str(written)

    def _add_notice(self, text: str) -> None:
        self._lock_notices.append(text)
        self.lock_notices_changed.emit(list(self._lock_notices))

    @property
    def moved(self) -> str | None:
        """Words for the window when this unlock moved the journal to the newer format."""
        moved = self.services.vault.moved
        return render(moved) if moved is not None else None

    @property
    def older_copy(self) -> str | None:
        """Words for the window when this journal is older than this computer last saw."""
        older = self.services.vault.older_copy
        return render(older) if older is not None else None

    @property
    def lock_notices(self) -> list[str]:
        """What the last lock (or work it stopped) could not do, until the next unlock."""
        return list(self._lock_notices)

    def _on_journal_changes(self, kinds: frozenset[str]) -> None:
        self.journal_changed.emit(kinds)  # from any thread; Qt queues it to the UI thread

    # Auto-lock

    @property
    def auto_lock_minutes(self) -> int:
        return self._auto_lock_minutes

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._auto_lock_minutes = minutes
        self.services.settings.set("auto_lock_minutes", minutes)
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self.services.vault.unlocked and self._auto_lock_minutes > 0:
            self._idle.start(self._auto_lock_minutes * 60_000)

    @contextmanager
    def idle_held(self) -> Iterator[None]:
        """Don't lock for idleness in this block (a new recovery key is being written down
        on paper, which the computer can't see); the system's own lock still locks."""
        self._idle_holds += 1
        try:
            yield
        finally:
            self._idle_holds -= 1
            self._restart_idle()

    def _on_idle_timeout(self) -> None:
        if self._busy or self._idle_holds:  # busy, or a key on screen: lock once done
            self._idle.start(1000)
            return
        try:
            self.lock()
        finally:
            self._restart_idle()  # still unlocked only if locking failed: try again later

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the application passes here: only input events can count.
        if (
            isinstance(event, QInputEvent)
            and event.type() in ACTIVITY_EVENTS
            and self._idle.isActive()
        ):
            self._idle.start(self._auto_lock_minutes * 60_000)
        return False
