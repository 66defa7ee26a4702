"""Changing the journal's keys while it is open: a new passphrase or a new recovery key.

Each makes a new data key and seals everything again in one transaction
(services/rekey.py); drafts sealed in memory at the last lock are sealed again too.
"""

from __future__ import annotations

from collections.abc import Callable

from journal_app.crypto import keyslots, recovery
from journal_app.crypto.backup_keys import RecoveryPublicKey
from journal_app.crypto.kdf import KdfParams, derive_key_buffer, with_fresh_salt
from journal_app.crypto.sealing import RecordSealer
from journal_app.crypto.wipe import wipe
from journal_app.domain.errors import IntegrityError, VaultLocked
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.rekey import NO_RECOVERY_SLOT, rekey
from journal_app.services.vault_core import LOCKED, NOTE_TABLE, VaultCore
from journal_app.services.vault_keys import check_new_passphrase
from journal_app.storage.header import recovery_slot
from journal_app.storage.header import verified as vouched_header


class VaultRekeying(VaultCore):
    """A new passphrase or a new recovery key, each with a new data key."""

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
        self._recovery_slot = recovery_slot(
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
