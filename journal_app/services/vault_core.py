"""The vault's state, and opening it: what creating, unlocking and changing keys share.

:class:`~journal_app.services.vault.VaultService` is built on this, with
:mod:`~journal_app.services.vault_creating` and :mod:`~journal_app.services.vault_rekeying`.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from journal_app.crypto import keyslots
from journal_app.crypto.journal_keys import JournalKeys
from journal_app.crypto.kdf import KdfParams, calibrate
from journal_app.crypto.wipe import wipe
from journal_app.domain.clock import Clock, utc_now
from journal_app.domain.errors import IntegrityError, JournalError, VaultLocked, VaultMissing
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.changes import ChangeFeed
from journal_app.services.format_two import MOVED, move_to_format_two
from journal_app.services.rollback_watch import RollbackWatch
from journal_app.services.store import RecordStore
from journal_app.storage.codec import DOWNGRADED, RecordRepository
from journal_app.storage.folders import missing_message
from journal_app.storage.header import recovery_slot
from journal_app.storage.header import verified as vouched_header
from journal_app.storage.lock import LOCK_NAME, VaultLock
from journal_app.storage.vault_file import LEGACY_FORMAT, VaultFile

LOCKED = QT_TRANSLATE_NOOP("messages", "The journal is locked. Unlock it to carry on.")
# A format-1 journal has no header: an old passphrase slot put back after a passphrase
# change opens the old data key, which opens none of the records re-sealed since.
OPENS_NOTHING = QT_TRANSLATE_NOOP(
    "messages",
    "This passphrase opened a key that opens none of the journal's entries, so the journal "
    "was not opened. The file may have been changed, or an older key put back into it. "
    "Try your current passphrase or your recovery key, or restore a backup.",
)
NOTE_TABLE = "memory-note"  # sealed notes never reach disk; the name keeps them apart

# A full collection at lock frees the decrypted records at once (about 8 ms on the
# ten-year demo). Tests that lock hundreds of times turn it off (tests/conftest.py);
# tests/services/test_vault_memory.py keeps it on.
COLLECT_AT_LOCK = True


class VaultCore:
    """The journal's folder, lock, keys and records, and the one way they are opened."""

    def __init__(
        self,
        folder: Path,
        *,
        kdf_params: Callable[[], KdfParams] = calibrate,
        clock: Clock = utc_now,
        lock_wait: float = 0.0,
        read_only: bool = False,
        on_lock_wait: Callable[[], None] | None = None,
        rollback_watch: RollbackWatch | None = None,
    ) -> None:
        """Args:
        lock_wait: how long to wait for another Afterglow to let go of the journal.
        read_only: share the journal with other readers, and refuse every write.
        on_lock_wait: called once when the journal is busy and the wait begins.
        rollback_watch: this computer's memory of each journal's change count, to
            notice an older copy (the window and the command line pass one; tests may).
        """
        self.folder = folder
        self.read_only = read_only
        self._new_kdf_params = kdf_params
        self._clock = clock
        self._lock = VaultLock(folder / LOCK_NAME)
        self._lock_wait = lock_wait
        self._on_lock_wait = on_lock_wait
        self._file: VaultFile | None = None
        self._store: RecordStore | None = None
        self._repository: RecordRepository | None = None  # the store's, to switch its key
        # Keys are held in buffers that lock() overwrites with zeros (best effort: see
        # docs/threat-model.md for the copies Python and the libraries make).
        self._data_key: bytearray | None = None
        # The passphrase's derived key and its settings, kept while unlocked so a backup
        # can carry a passphrase slot without asking for the passphrase again.
        self._passphrase_key: tuple[bytearray, KdfParams] | None = None
        self._keys: JournalKeys | None = None
        self._recovery_slot: keyslots.KeySlot | None = None  # vouched for (format 2)
        self._watch = rollback_watch
        # Set at unlock when this journal is older than the one this computer last saw.
        self.older_copy: Message | None = None
        # Set at the unlock that moved this journal from format 1 (names the copy kept).
        self.moved: Message | None = None
        self._opened: list[Callable[[], None]] = []
        self._new_key: list[Callable[[Callable[[str, bytes], bytes]], None]] = []
        self._copy_is_mark = False  # an older copy saved on: its count is the mark
        self.changes = ChangeFeed()  # told after every commit which record kinds changed
        # A command's process ends right after its lock, and the system takes back all its
        # memory then; only the window, which lives on, collects at lock.
        self.collect_at_lock = True

    def on_open(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` each time the journal is opened (the session listens)."""
        self._opened.append(callback)

    def on_new_key(self, callback: Callable[[Callable[[str, bytes], bytes]], None]) -> None:
        """Call ``callback`` when the data key changes, with a function that re-seals a note
        made under the old key (drafts sealed at the last lock must open after the change)."""
        self._new_key.append(callback)

    # State

    def exists(self) -> bool:
        return VaultFile.exists(self.folder)

    def require_exists(self) -> None:
        """Raise VaultMissing, saying how to make one, if there is no vault yet."""
        if not self.exists():
            raise VaultMissing(missing_message(self.folder))

    @property
    def unlocked(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> RecordStore:
        if self._store is None:
            raise VaultLocked(Message(LOCKED))
        return self._store

    def _take_lock(self, *, shared: bool = False) -> None:
        self._lock.acquire(self._lock_wait, shared=shared, on_wait=self._on_lock_wait)

    # Opening

    def _open_with(
        self,
        vault_file: VaultFile,
        data_key: bytearray,
        *,
        fresh: bool = False,
        slot_version: int = keyslots.SLOT_VERSION,
    ) -> RecordStore:
        """Check the header, load every record, and move a format-1 journal to format 2.

        ``fresh`` is for a journal made here (no older copy to warn of); ``slot_version``
        says which format wrapped the slot the key came from.
        """
        keys = JournalKeys(data_key)
        repository = RecordRepository(vault_file, keys)
        try:
            if repository.legacy and slot_version != 1:
                raise IntegrityError(Message(DOWNGRADED))  # format 2's slot, format 1's dress
            vouched = self._vouched_recovery(vault_file, keys)
            loaded = repository.load_all()
            if loaded.damaged and not loaded.records and repository.legacy:
                raise IntegrityError(Message(OPENS_NOTHING))
            moved = None
            if repository.legacy and not self.read_only:
                copy = move_to_format_two(vault_file, repository, loaded, self._clock)
                moved = Message(MOVED, path=str(copy))
                vouched = self._vouched_recovery(vault_file, keys)
        except BaseException:
            keys.wipe()
            wipe(data_key)
            vault_file.close()
            self._lock.release()
            raise
        self._file, self._data_key, self._repository = vault_file, data_key, repository
        self._keys, self._recovery_slot = keys, vouched
        self.moved = moved
        self._watch_opened(fresh)
        self._store = RecordStore(repository, loaded.records, loaded.damaged, self._clock)
        self._store.tampered = loaded.tampered
        self._store.listen(self.changes.publish)
        self._store.listen(self._on_committed)
        for callback in self._opened:
            callback()
        return self._store

    @staticmethod
    def _vouched_recovery(vault_file: VaultFile, keys: JournalKeys) -> keyslots.KeySlot | None:
        """Check format 2's header before anything else is used; its recovery slot.

        A format-1 journal vouches for nothing: a reader takes its first recovery slot,
        as format 1 did (docs/vault-format.md); a writer moves it to format 2 first.
        """
        slots = vault_file.slots()
        if vault_file.format == LEGACY_FORMAT:
            return next((s for _, s in slots if s.slot_type == keyslots.RECOVERY), None)
        header = vouched_header(
            keys,
            vault_file.meta_value("header"),
            vault_file.meta_value("header_mac"),
            vault_file.vault_id,
            slots,
        )
        return recovery_slot(header)

    # Older copies (see services/rollback_watch.py)

    # Best effort throughout: the journal opens, saves and locks whatever happens here.

    def _watch_opened(self, fresh: bool) -> None:
        self.older_copy = None
        self._copy_is_mark = False
        if self._watch is None or self._file is None:
            return
        with suppress(JournalError, sqlite3.Error):
            vault_id, count = self._file.vault_id, self._file.change_count()
            if not fresh:
                self.older_copy = self._watch.check(vault_id, count)
            if self.older_copy is None:
                self._watch.remember(vault_id, count)

    def _on_committed(self, _kinds: frozenset[str]) -> None:
        # Saving on with an older copy makes it the mark, once; otherwise the mark follows
        # at lock, and autosaves every few seconds read and write no file of their own.
        if self.older_copy is not None and not self._copy_is_mark:
            self._copy_is_mark = True
            self._remember_count()

    def _remember_count(self, *, durable: bool = False) -> None:
        if self._watch is not None and self._file is not None:
            with suppress(JournalError, sqlite3.Error):
                count = self._file.change_count()
                self._watch.remember(self._file.vault_id, count, durable=durable)

    # While unlocked

    @property
    def vault_id(self) -> str:
        if self._file is None:
            raise VaultLocked(Message(LOCKED))
        return self._file.vault_id

    def lock(self) -> None:
        """Overwrite the keys, forget every decrypted record, and close the vault file."""
        self._remember_count(durable=True)
        self.older_copy = self.moved = None
        self._store, self._repository = None, None
        # Forgotten first, then overwritten: nothing can pick up a half-wiped key.
        data_key, self._data_key = self._data_key, None
        passphrase_key, self._passphrase_key = self._passphrase_key, None
        keys, self._keys, self._recovery_slot = self._keys, None, None
        if keys is not None:
            keys.wipe()
        wipe(data_key)
        if passphrase_key is not None:
            wipe(passphrase_key[0])
        if self._file is not None:
            self._file.close()
            self._file = None
        self._lock.release()
        gc.unfreeze()  # let the collector reach the forgotten records again
        if COLLECT_AT_LOCK and self.collect_at_lock:
            gc.collect()
