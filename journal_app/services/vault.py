"""Creating, unlocking, locking the vault and changing how it is opened."""

from __future__ import annotations

import gc
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.crypto import keyslots, recovery
from journal_app.crypto.backup_keys import RecoveryPublicKey
from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.journal_keys import JournalKeys
from journal_app.crypto.kdf import KdfParams, calibrate, derive_key_buffer, with_fresh_salt
from journal_app.crypto.sealing import RecordSealer
from journal_app.crypto.wipe import wipe
from journal_app.domain.clock import Clock, utc_now
from journal_app.domain.errors import (
    IntegrityError,
    JournalError,
    VaultExists,
    VaultLocked,
    VaultMissing,
)
from journal_app.domain.records import Record, new_id
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.changes import ChangeFeed
from journal_app.services.format_two import MOVED, move_to_format_two
from journal_app.services.rekey import NO_RECOVERY_SLOT, rekey
from journal_app.services.rollback_watch import RollbackWatch
from journal_app.services.store import RecordStore
from journal_app.services.vault_keys import (
    OpenedKey,
    check_new_passphrase,
    decode_recovery,
    still_fits,
    unwrap_passphrase,
    unwrap_recovery,
)
from journal_app.storage.codec import DOWNGRADED, RecordRepository
from journal_app.storage.errors import translating
from journal_app.storage.header import recovery_public as recovery_of
from journal_app.storage.header import verified as vouched_header
from journal_app.storage.leftovers import BUILDING_PREFIX, find_leftovers, remove_leftovers
from journal_app.storage.lock import LOCK_NAME, VaultLock
from journal_app.storage.vault_file import (
    LEGACY_FORMAT,
    VAULT_NAME,
    VaultFile,
    make_private_folder,
    missing_message,
    sync_folder,
)

if TYPE_CHECKING:
    from journal_app.backup.format import BackupKeys

CREATING = QT_TRANSLATE_NOOP("messages", "the journal couldn't be created")
LOCKED = QT_TRANSLATE_NOOP("messages", "The journal is locked. Unlock it to carry on.")
# An old passphrase slot put back after a passphrase change opens the old data key,
# which opens none of the records re-sealed since (services/rekey.py).
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


class VaultService:
    """The journal's lock and key: holds the data key and records only while unlocked."""

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

    def remove_leftovers(self) -> list[Path]:
        """Tidy what a killed Afterglow left here, if no other Afterglow uses the journal."""
        if self._lock.held or not find_leftovers(self.folder):
            return []
        try:
            if not self._lock.try_acquire():
                return []
        except JournalError:
            return []  # a folder we can't write to has nothing of ours to tidy
        try:
            return remove_leftovers(self.folder)
        finally:
            self._lock.release()

    def _take_lock(self, *, shared: bool = False) -> None:
        self._lock.acquire(self._lock_wait, shared=shared, on_wait=self._on_lock_wait)

    # Opening

    def create(self, passphrase: str) -> str:
        """Create a new vault, leave it unlocked, and return the recovery code (shown once)."""
        check_new_passphrase(passphrase)
        recovery_key, code = recovery.generate()
        self._create(passphrase, self._new_kdf_params, new_id(), recovery_key.public_key())
        return code

    def create_restored(
        self,
        records: list[Record],
        vault_id: str,
        recovery_public: RecoveryPublicKey,
        *,
        key: tuple[bytes, KdfParams] | None = None,
        new_passphrase: str | None = None,
    ) -> None:
        """Recreate a backed-up vault here: same id, same recovery key, every record.

        ``key`` is the passphrase's derived key and settings the backup was opened with;
        ``new_passphrase`` sets a new one instead (after opening it with the recovery key).
        The vault is built whole in a temporary folder and only then moved into place, so
        a crash or a kill at any moment leaves either no vault or the whole of it.
        """
        self._require_absent()
        if new_passphrase is not None:
            check_new_passphrase(new_passphrase)
            params = self._new_kdf_params()
            kek = derive_key_buffer(new_passphrase, params)
        elif key is not None:
            kek, params = bytearray(key[0]), key[1]  # our own copy, overwritten at lock
        else:
            raise ValueError("create_restored needs the key or a new passphrase")
        with translating(self.folder / VAULT_NAME, outcome=CREATING):
            make_private_folder(self.folder)
        self._take_lock()
        temp = self.folder / f"{BUILDING_PREFIX}{new_id()[:8]}"
        try:
            data_key = bytearray(keyslots.new_data_key())
            slots = [
                keyslots.wrap_with_key(kek, params, data_key, vault_id),
                keyslots.wrap_to_recovery(recovery_public, data_key, vault_id),
            ]
            keys = JournalKeys(data_key)
            built = VaultFile.create(temp, slots, vault_id, keys)
            try:
                RecordRepository(built, keys).save(records)
            finally:
                built.close()
            with translating(self.folder / VAULT_NAME, outcome=CREATING):
                (temp / VAULT_NAME).replace(self.folder / VAULT_NAME)
                sync_folder(self.folder)
            vault_file = VaultFile.open(self.folder)
        except BaseException:
            self._lock.release()
            raise
        finally:
            shutil.rmtree(temp, ignore_errors=True)
        self._open_with(vault_file, data_key, fresh=True)
        self._passphrase_key = (kek, params)

    def _require_absent(self) -> None:
        if self.exists():
            raise VaultExists(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "There is already a journal in {folder}. Merge the backup into it "
                        "(nothing is "
                        "deleted), or restore into an empty folder.",
                    ),
                    folder=self.folder,
                )
            )

    def _refuse_existing(self) -> None:
        if self.exists():
            raise VaultExists(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is already a journal in {folder}; it was left untouched."
                    ),
                    folder=self.folder,
                )
            )

    @contextmanager
    def building_aside(self) -> Iterator[VaultService]:
        """A new vault built in a hidden folder here and moved into place whole at the end.

        A kill at any moment leaves no half journal, only the hidden folder, which the
        next start removes (:meth:`remove_leftovers`). Nothing is moved over a journal.
        """
        self._refuse_existing()
        with translating(self.folder / VAULT_NAME, outcome=CREATING):
            make_private_folder(self.folder)
        self._take_lock()
        temp = self.folder / f"{BUILDING_PREFIX}{new_id()[:8]}"
        aside = VaultService(temp, kdf_params=self._new_kdf_params, clock=self._clock)
        try:
            yield aside
            aside.lock()
            self._refuse_existing()
            with translating(self.folder / VAULT_NAME, outcome=CREATING):
                (temp / VAULT_NAME).replace(self.folder / VAULT_NAME)
                sync_folder(self.folder)
        finally:
            aside.lock()
            shutil.rmtree(temp, ignore_errors=True)
            self._lock.release()

    def _create(
        self,
        passphrase: str,
        kdf_params: Callable[[], KdfParams],
        vault_id: str,
        recovery_public: RecoveryPublicKey,
    ) -> None:
        # The slow key derivation comes first, so the lock is held only for the writing.
        params = kdf_params()
        data_key = bytearray(keyslots.new_data_key())
        kek = derive_key_buffer(passphrase, params)
        slots = [
            keyslots.wrap_with_key(kek, params, data_key, vault_id),
            keyslots.wrap_to_recovery(recovery_public, data_key, vault_id),
        ]
        with translating(self.folder / VAULT_NAME, outcome=CREATING):
            make_private_folder(self.folder)
        self._take_lock()
        try:
            vault_file = VaultFile.create(self.folder, slots, vault_id, JournalKeys(data_key))
        except BaseException:
            self._lock.release()
            raise
        self._open_with(vault_file, data_key, fresh=True)
        self._passphrase_key = (kek, params)

    def _open_file(self) -> VaultFile:
        """Take the lock (shared for a reader) and open the file; the caller must close both."""
        self.require_exists()
        self._take_lock(shared=self.read_only)
        try:
            return VaultFile.open(self.folder, read_only=self.read_only)
        except BaseException:
            self._lock.release()
            raise

    def open_key(self, passphrase: str) -> OpenedKey:
        """Check the passphrase and open the data key, without taking the lock.

        The key derivation is the slow part of opening (half a second); doing it here
        keeps the lock free for others meanwhile.
        """
        self.require_exists()
        vault_id, slots, header = VaultFile.peek_slots(self.folder)
        return unwrap_passphrase(vault_id, slots, passphrase, header)

    def unlock(self, passphrase: str, *, key: OpenedKey | None = None) -> RecordStore:
        """Open the vault with its passphrase; raise WrongPassphrase if it does not fit.

        ``key`` is what :meth:`open_key` returned for this passphrase, if it was called.
        """
        opened = key if key is not None else self.open_key(passphrase)
        vault_file = self._open_file()
        try:
            if not still_fits(vault_file, opened):
                # The passphrase changed, or the journal was replaced, while the key was
                # derived: derive it again, now under the lock, to be sure.
                opened.wipe()
                opened = unwrap_passphrase(
                    vault_file.vault_id,
                    vault_file.slots(),
                    passphrase,
                    vault_file.meta_value("header"),
                )
        except BaseException:
            opened.wipe()
            vault_file.close()
            self._lock.release()
            raise
        store = self._open_with(vault_file, opened.data_key, slot_version=opened.slot_version)
        self._passphrase_key = (opened.kek, opened.params)
        return store

    def unlock_with_recovery(self, code: str, new_passphrase: str | None = None) -> RecordStore:
        """Open the vault with the recovery key, optionally setting a new passphrase."""
        self.require_exists()
        new_key = None
        if new_passphrase is not None:
            check_new_passphrase(new_passphrase)
        private = decode_recovery(code)
        if new_passphrase is not None:
            new_key = self.derive_new_key(new_passphrase)  # before the lock: it is slow
        vault_file = self._open_file()
        try:
            data_key, slot_version = unwrap_recovery(vault_file, private)
        except BaseException:
            if new_key is not None:
                wipe(new_key[0])
            vault_file.close()
            self._lock.release()
            raise
        store = self._open_with(vault_file, data_key, slot_version=slot_version)
        if new_passphrase is not None:
            self.change_passphrase(new_passphrase, derived=new_key)
        return store

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
            recovery_slot = self._vouched_recovery(vault_file, keys)
            loaded = repository.load_all()
            if loaded.damaged and not loaded.records and repository.legacy:
                raise IntegrityError(Message(OPENS_NOTHING))
            moved = None
            if repository.legacy and not self.read_only:
                copy = move_to_format_two(vault_file, repository, loaded, self._clock)
                moved = Message(MOVED, path=str(copy))
                recovery_slot = self._vouched_recovery(vault_file, keys)
        except BaseException:
            keys.wipe()
            wipe(data_key)
            vault_file.close()
            self._lock.release()
            raise
        self._file, self._data_key, self._repository = vault_file, data_key, repository
        self._keys, self._recovery_slot = keys, recovery_slot
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
        return recovery_of(header)

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

    def backup_keys(self) -> BackupKeys:
        """The keys a backup needs, from this unlock (no second passphrase prompt)."""
        if self._file is None or self._passphrase_key is None:
            raise VaultLocked(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "To make a backup, open the journal with your passphrase (not only the "
                        "recovery key), then try again.",
                    )
                )
            )
        if self._recovery_slot is None:
            raise IntegrityError(Message(NO_RECOVERY_SLOT))
        from journal_app.backup.format import BackupKeys  # only backups need it (8 ms)

        kek, params = self._passphrase_key
        # A copy: a backup still being written must not see its key overwritten by a lock.
        # The recipient comes from the header checked at unlock (or written since), never
        # from the file as it is now.
        return BackupKeys(bytes(kek), params, keyslots.recovery_public(self._recovery_slot))

    def seal_note(self, name: str, plaintext: bytes) -> bytes:
        """Seal a note kept only in memory (a draft across a lock) with the journal's key."""
        if self._data_key is None:
            raise VaultLocked(Message(LOCKED))
        return RecordSealer(self._data_key).seal(NOTE_TABLE, name, plaintext)

    def open_note(self, name: str, blob: bytes) -> bytes:
        """Open a note made by :meth:`seal_note` under this journal's key."""
        if self._data_key is None:
            raise VaultLocked(Message(LOCKED))
        try:
            return RecordSealer(self._data_key).open(NOTE_TABLE, name, blob)
        except DecryptionFailed:
            raise IntegrityError(
                Message(QT_TRANSLATE_NOOP("messages", "That note was not sealed by this journal."))
            ) from None

    def derive_new_key(self, new_passphrase: str) -> tuple[bytearray, KdfParams]:
        """The key for a new passphrase with fresh settings (slow; needs no lock)."""
        params = with_fresh_salt(self._new_kdf_params())
        return derive_key_buffer(new_passphrase, params), params

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        between: Callable[[], None] | None = None,
        derived: tuple[bytearray, KdfParams] | None = None,
    ) -> None:
        """Make a new data key, re-seal every record and replace the slots, in one transaction.

        Old copies of the journal and old passphrase slots then open nothing written
        since (services/rekey.py). ``derived`` is :meth:`derive_new_key`'s result for it,
        if already made.
        """
        check_new_passphrase(new_passphrase)
        if self._file is None or self._data_key is None or self._repository is None:
            raise VaultLocked(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The journal is locked. Unlock it to change the passphrase."
                    )
                )
            )
        kek, params = derived if derived is not None else self.derive_new_key(new_passphrase)
        try:
            self._switch_key((kek, params), self._vouched_recipient(), between)
        except BaseException:
            wipe(kek)
            raise
        if self._passphrase_key is not None and self._passphrase_key[0] is not kek:
            wipe(self._passphrase_key[0])
        self._passphrase_key = (kek, params)

    def new_recovery_key(self, *, between: Callable[[], None] | None = None) -> str:
        """Replace the recovery key, with a new data key; return the new code (shown once).

        The old recovery key then opens neither this journal nor any backup made from now
        on; it still opens old copies and old backups, which hold the old key's slot.
        """
        if self._file is None or self._passphrase_key is None:
            raise VaultLocked(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "To make a new recovery key, open the journal with your passphrase "
                        "(not only the recovery key), then try again.",
                    )
                )
            )
        private, code = recovery.generate()
        self._switch_key(self._passphrase_key, private.public_key(), between)
        return code

    def _vouched_recipient(self) -> RecoveryPublicKey:
        if self._recovery_slot is None:
            raise IntegrityError(Message(NO_RECOVERY_SLOT))
        return keyslots.recovery_public(self._recovery_slot)

    def _switch_key(
        self,
        passphrase_key: tuple[bytearray, KdfParams],
        recipient: RecoveryPublicKey,
        between: Callable[[], None] | None,
    ) -> None:
        """A new data key for everything, wrapped to this passphrase key and recipient."""
        if self._file is None or self._data_key is None or self._repository is None:
            raise VaultLocked(Message(LOCKED))
        new_key, keys = rekey(
            self._file, self._repository, self.store, passphrase_key, recipient, between
        )
        old_key, old_keys = self._data_key, self._keys
        self._data_key, self._keys = new_key, keys
        self._recovery_slot = recovery_of(
            vouched_header(
                keys,
                self._file.meta_value("header"),
                self._file.meta_value("header_mac"),
                self._file.vault_id,
                self._file.slots(),
            )
        )
        self._reseal_notes(old_key, new_key)
        if old_keys is not None:
            old_keys.wipe()
        wipe(old_key)
        self._remember_count()

    def _reseal_notes(self, old_key: bytearray, new_key: bytearray) -> None:
        old, new = RecordSealer(old_key), RecordSealer(new_key)

        def reseal(name: str, blob: bytes) -> bytes:
            return new.seal(NOTE_TABLE, name, old.open(NOTE_TABLE, name, blob))

        for callback in self._new_key:
            callback(reseal)

    def abandon_new_vault(self) -> None:
        """Lock and delete a vault this process has just created (a failed demo or restore)."""
        self.lock()
        VaultFile.remove(self.folder)

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
