"""The journal's lock and key: unlocking, locking, and what an open journal offers.

Creating journals is in :mod:`~journal_app.services.vault_creating`, key changes in
:mod:`~journal_app.services.vault_rekeying`, and the state they share, with the one way a
journal is opened, in :mod:`~journal_app.services.vault_core`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_app.crypto import keyslots
from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.wipe import wipe
from journal_app.domain.errors import IntegrityError, JournalError, VaultLocked
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.rekey import NO_RECOVERY_SLOT
from journal_app.services.store import RecordStore
from journal_app.services.vault_core import LOCKED, NOTE_TABLE
from journal_app.services.vault_creating import VaultCreating
from journal_app.services.vault_keys import (
    OpenedKey,
    check_new_passphrase,
    decode_recovery,
    still_fits,
    unwrap_passphrase,
    unwrap_recovery,
)
from journal_app.services.vault_rekeying import VaultRekeying
from journal_app.storage.leftovers import find_leftovers, remove_leftovers
from journal_app.storage.vault_file import VaultFile

if TYPE_CHECKING:
    from pathlib import Path

    from journal_app.backup.format import BackupKeys


class VaultService(VaultCreating, VaultRekeying):
    """The journal's lock and key: holds the data key and records only while unlocked."""

    # State

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

    # Opening

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

    # While unlocked

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
        if self._keys is None:
            raise VaultLocked(Message(LOCKED))
        return self._keys.legacy.seal(NOTE_TABLE, name, plaintext)

    def open_note(self, name: str, blob: bytes) -> bytes:
        """Open a note made by :meth:`seal_note` under this journal's key."""
        if self._keys is None:
            raise VaultLocked(Message(LOCKED))
        try:
            return self._keys.legacy.open(NOTE_TABLE, name, blob)
        except DecryptionFailed:
            raise IntegrityError(
                Message(QT_TRANSLATE_NOOP("messages", "That note was not sealed by this journal."))
            ) from None

    def abandon_new_vault(self) -> None:
        """Lock and delete a vault this process has just created (a failed demo or restore)."""
        self.lock()
        VaultFile.remove(self.folder)
