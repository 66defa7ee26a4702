"""Making a journal: a new one, one restored from a backup, or one built aside."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Self

from journal_app.crypto import keyslots, recovery
from journal_app.crypto.backup_keys import RecoveryPublicKey
from journal_app.crypto.journal_keys import JournalKeys
from journal_app.crypto.kdf import KdfParams, derive_key_buffer
from journal_app.domain.errors import VaultExists
from journal_app.domain.records import Record, new_id
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.vault_core import VaultCore
from journal_app.services.vault_keys import check_new_passphrase
from journal_app.storage.codec import RecordRepository
from journal_app.storage.errors import translating
from journal_app.storage.folders import make_private_folder, sync_folder
from journal_app.storage.leftovers import BUILDING_PREFIX
from journal_app.storage.vault_file import VAULT_NAME, VaultFile

CREATING = QT_TRANSLATE_NOOP("messages", "the journal couldn't be created")


class VaultCreating(VaultCore):
    """Creating journals; each is built whole before it is moved into place."""

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
    def building_aside(self) -> Iterator[Self]:
        """A new vault built in a hidden folder here and moved into place whole at the end.

        A kill at any moment leaves no half journal, only the hidden folder, which the
        next start removes (:meth:`remove_leftovers`). Nothing is moved over a journal.
        """
        self._refuse_existing()
        with translating(self.folder / VAULT_NAME, outcome=CREATING):
            make_private_folder(self.folder)
        self._take_lock()
        temp = self.folder / f"{BUILDING_PREFIX}{new_id()[:8]}"
        aside = type(self)(temp, kdf_params=self._new_kdf_params, clock=self._clock)
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
