"""A new data key at each passphrase change: every record re-sealed in one transaction.

Afterwards an old copy of vault.db opened with the old passphrase shows only what it
held then, and an old passphrase slot put back into the new file opens nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from journal_app.crypto import keyslots
from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.kdf import KdfParams
from journal_app.crypto.sealing import RecordSealer
from journal_app.crypto.wipe import wipe
from journal_app.domain.errors import IntegrityError
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.store import RecordStore
from journal_app.storage.codec import RecordRepository
from journal_app.storage.vault_file import RECORDS, VaultFile

NO_RECOVERY_SLOT = QT_TRANSLATE_NOOP(
    "messages",
    "The journal's recovery key slot is missing, so the passphrase was left as it was.",
)


def _recovery_slot(vault_file: VaultFile) -> keyslots.KeySlot:
    # The first recovery slot, the one backups are made for; format 1 makes only one.
    for _, slot in vault_file.slots():
        if slot.slot_type == keyslots.RECOVERY:
            return slot
    raise IntegrityError(Message(NO_RECOVERY_SLOT))


def rekey(
    vault_file: VaultFile,
    repository: RecordRepository,
    store: RecordStore,
    old_key: bytearray,
    passphrase_key: tuple[bytearray, KdfParams],
    between: Callable[[], None] | None = None,
) -> bytearray:
    """Re-seal the journal under a fresh data key and return it; the old key is untouched.

    On any failure nothing on disk or in memory has changed and the old key still
    opens everything; the new key's buffer is overwritten before the error is raised.
    """
    vault_id = vault_file.vault_id
    kek, params = passphrase_key
    new_key = bytearray(keyslots.new_data_key())
    try:
        slots = [
            keyslots.wrap_with_key(kek, params, new_key, vault_id),
            keyslots.rewrap_recovery(_recovery_slot(vault_file), new_key, vault_id),
        ]
        old_sealer, new_sealer = RecordSealer(old_key), RecordSealer(new_key)

        def reseal(record_id: str, blob: bytes) -> bytes | None:
            try:
                plain = old_sealer.open(RECORDS, record_id, blob)
            except (DecryptionFailed, ValueError):
                return None  # damaged already: kept as it is, still counted as damaged
            return new_sealer.seal(RECORDS, record_id, plain)

        # No other write may slip in between the re-sealing and the switch of sealer.
        with store.holding_writes():
            vault_file.rekey(reseal, slots, between)
            repository.use_sealer(new_sealer)
    except BaseException:
        wipe(new_key)
        raise
    return new_key
