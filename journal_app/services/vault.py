"""Creating, unlocking, locking the vault and changing how it is opened."""

from __future__ import annotations

import gc
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

from journal_app.backup.format import BackupKeys
from journal_app.crypto import keyslots, recovery
from journal_app.crypto.backup_keys import RecoveryPublicKey
from journal_app.crypto.errors import DecryptionFailed, MalformedKey, UnsafeParameters
from journal_app.crypto.kdf import KdfParams, calibrate, derive_key, with_fresh_salt
from journal_app.crypto.sealing import RecordSealer
from journal_app.domain.clock import Clock, utc_now
from journal_app.domain.errors import (
    IntegrityError,
    ValidationError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from journal_app.domain.records import Record, new_id
from journal_app.services.changes import ChangeFeed
from journal_app.services.store import RecordStore
from journal_app.storage.codec import RecordRepository
from journal_app.storage.errors import translating
from journal_app.storage.lock import VaultLock
from journal_app.storage.vault_file import VAULT_NAME, VaultFile, missing_message, sync_folder

MIN_PASSPHRASE = 10
CREATING = "the journal couldn't be created"
NOTE_TABLE = "memory-note"  # sealed notes never reach disk; the name keeps them apart
WRONG_PASSPHRASE = "That passphrase doesn't open this journal. Take your time and try again."
WRONG_RECOVERY = "That recovery key doesn't open this journal. Check each group and try again."


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short to protect a journal."""
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < MIN_PASSPHRASE:
        raise ValidationError(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters "
            f"(this one has {length}). A few unrelated words work well."
        )


class VaultService:
    """The journal's lock and key: holds the data key and records only while unlocked."""

    def __init__(
        self,
        folder: Path,
        *,
        kdf_params: Callable[[], KdfParams] = calibrate,
        clock: Clock = utc_now,
        lock_wait: float = 0.0,
    ) -> None:
        self.folder = folder
        self._new_kdf_params = kdf_params
        self._clock = clock
        self._lock = VaultLock(folder / "vault.lock")
        self._lock_wait = lock_wait
        self._file: VaultFile | None = None
        self._store: RecordStore | None = None
        self._data_key: bytes | None = None
        # The passphrase's derived key and its settings, kept while unlocked so a backup
        # can carry a passphrase slot without asking for the passphrase again.
        self._passphrase_key: tuple[bytes, KdfParams] | None = None
        self._opened: list[Callable[[], None]] = []
        self.changes = ChangeFeed()  # told after every commit which record kinds changed

    def on_open(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` each time the journal is opened (the session listens)."""
        self._opened.append(callback)

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
            raise VaultLocked("The journal is locked. Unlock it to carry on.")
        return self._store

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
            key = (derive_key(new_passphrase, params), params)
        if key is None:
            raise ValueError("create_restored needs the key or a new passphrase")
        kek, params = key
        with translating(self.folder / VAULT_NAME, outcome=CREATING):
            self.folder.mkdir(parents=True, exist_ok=True)
        self._lock.acquire(self._lock_wait)
        temp = self.folder / f".restoring-{new_id()[:8]}"
        try:
            data_key = keyslots.new_data_key()
            slots = [
                keyslots.wrap_with_key(kek, params, data_key, vault_id),
                keyslots.wrap_to_recovery(recovery_public, data_key, vault_id),
            ]
            built = VaultFile.create(temp, slots, vault_id)
            try:
                RecordRepository(built, RecordSealer(data_key)).save(records)
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
        self._open_with(vault_file, data_key)
        self._passphrase_key = (kek, params)

    def _require_absent(self) -> None:
        if self.exists():
            raise VaultExists(
                f"There is already a journal in {self.folder}. Merge the backup into it "
                "(nothing is deleted), or restore into an empty folder."
            )

    def _create(
        self,
        passphrase: str,
        kdf_params: Callable[[], KdfParams],
        vault_id: str,
        recovery_public: RecoveryPublicKey,
    ) -> None:
        with translating(self.folder / VAULT_NAME, outcome=CREATING):
            self.folder.mkdir(parents=True, exist_ok=True)
        self._lock.acquire(self._lock_wait)
        try:
            params = kdf_params()
            data_key = keyslots.new_data_key()
            kek = derive_key(passphrase, params)
            slots = [
                keyslots.wrap_with_key(kek, params, data_key, vault_id),
                keyslots.wrap_to_recovery(recovery_public, data_key, vault_id),
            ]
            vault_file = VaultFile.create(self.folder, slots, vault_id)
        except BaseException:
            self._lock.release()
            raise
        self._open_with(vault_file, data_key)
        self._passphrase_key = (kek, params)

    def _open_file(self) -> VaultFile:
        self.require_exists()
        self._lock.acquire(self._lock_wait)
        try:
            return VaultFile.open(self.folder)
        except BaseException:
            self._lock.release()
            raise

    def unlock(self, passphrase: str) -> RecordStore:
        """Open the vault with its passphrase; raise WrongPassphrase if it does not fit."""
        vault_file = self._open_file()
        try:
            data_key, kek, params = self._unwrap_passphrase(vault_file, passphrase)
        except BaseException:
            vault_file.close()
            self._lock.release()
            raise
        store = self._open_with(vault_file, data_key)
        self._passphrase_key = (kek, params)
        return store

    def unlock_with_recovery(self, code: str, new_passphrase: str | None = None) -> RecordStore:
        """Open the vault with the recovery key, optionally setting a new passphrase."""
        if new_passphrase is not None:
            check_new_passphrase(new_passphrase)
        vault_file = self._open_file()
        try:
            try:
                private = recovery.decode(code)
            except MalformedKey as error:
                raise WrongPassphrase(str(error)) from None
            data_key = None
            for _, slot in vault_file.slots():
                if slot.slot_type == keyslots.RECOVERY:
                    try:
                        data_key = keyslots.unwrap_with_recovery(private, slot, vault_file.vault_id)
                        break
                    except (DecryptionFailed, MalformedKey):
                        continue
            if data_key is None:
                raise WrongPassphrase(WRONG_RECOVERY)
        except BaseException:
            vault_file.close()
            self._lock.release()
            raise
        store = self._open_with(vault_file, data_key)
        if new_passphrase is not None:
            self.change_passphrase(new_passphrase)
        return store

    def _unwrap_passphrase(
        self, vault_file: VaultFile, passphrase: str
    ) -> tuple[bytes, bytes, KdfParams]:
        for _, slot in vault_file.slots():
            if slot.slot_type != keyslots.PASSPHRASE:
                continue
            try:
                params = KdfParams.from_dict(slot.params)
            except UnsafeParameters as error:
                raise IntegrityError(
                    f"This journal's key settings look wrong, so it was not opened: {error} "
                    "The file may have been tampered with; restore it from a backup."
                ) from None
            kek = derive_key(passphrase, params)
            try:
                return keyslots.unwrap_with_key(kek, slot, vault_file.vault_id), kek, params
            except DecryptionFailed:
                continue
        raise WrongPassphrase(WRONG_PASSPHRASE)

    def _open_with(self, vault_file: VaultFile, data_key: bytes) -> RecordStore:
        repository = RecordRepository(vault_file, RecordSealer(data_key))
        try:
            records, damaged = repository.load_all()
        except BaseException:
            vault_file.close()
            self._lock.release()
            raise
        self._file, self._data_key = vault_file, data_key
        self._store = RecordStore(repository, records, damaged, self._clock)
        self._store.listen(self.changes.publish)
        for callback in self._opened:
            callback()
        return self._store

    # While unlocked

    @property
    def vault_id(self) -> str:
        if self._file is None:
            raise VaultLocked("The journal is locked. Unlock it to carry on.")
        return self._file.vault_id

    def backup_keys(self) -> BackupKeys:
        """The keys a backup needs, from this unlock (no second passphrase prompt)."""
        if self._file is None or self._passphrase_key is None:
            raise VaultLocked(
                "To make a backup, open the journal with your passphrase (not only the "
                "recovery key), then try again."
            )
        recovery_slot = next(s for _, s in self._file.slots() if s.slot_type == keyslots.RECOVERY)
        kek, params = self._passphrase_key
        return BackupKeys(kek, params, keyslots.recovery_public(recovery_slot))

    def seal_note(self, name: str, plaintext: bytes) -> bytes:
        """Seal a note kept only in memory (a draft across a lock) with the journal's key."""
        if self._data_key is None:
            raise VaultLocked("The journal is locked. Unlock it to carry on.")
        return RecordSealer(self._data_key).seal(NOTE_TABLE, name, plaintext)

    def open_note(self, name: str, blob: bytes) -> bytes:
        """Open a note made by :meth:`seal_note` under this journal's key."""
        if self._data_key is None:
            raise VaultLocked("The journal is locked. Unlock it to carry on.")
        try:
            return RecordSealer(self._data_key).open(NOTE_TABLE, name, blob)
        except DecryptionFailed:
            raise IntegrityError("That note was not sealed by this journal.") from None

    def change_passphrase(
        self, new_passphrase: str, *, between: Callable[[], None] | None = None
    ) -> None:
        """Add a slot for the new passphrase, then remove the old ones, in one transaction."""
        check_new_passphrase(new_passphrase)
        if self._file is None or self._data_key is None:
            raise VaultLocked("The journal is locked. Unlock it to change the passphrase.")
        old = [sid for sid, s in self._file.slots() if s.slot_type == keyslots.PASSPHRASE]
        params = with_fresh_salt(self._new_kdf_params())
        kek = derive_key(new_passphrase, params)
        slot = keyslots.wrap_with_key(kek, params, self._data_key, self._file.vault_id)
        self._file.replace_slots([slot], old, between)
        self._passphrase_key = (kek, params)

    def abandon_new_vault(self) -> None:
        """Lock and delete a vault this process has just created (a failed demo or restore)."""
        self.lock()
        VaultFile.remove(self.folder)

    def lock(self) -> None:
        """Forget the keys and every decrypted record, and close the vault file."""
        self._store = None
        self._data_key = None
        self._passphrase_key = None
        gc.unfreeze()  # let the collector reach the forgotten records again
        if self._file is not None:
            self._file.close()
            self._file = None
        self._lock.release()
