"""A new data key at each passphrase change or new recovery key, in one transaction.

Every record and the index are sealed again and the header and slots replaced.
Afterwards an old copy of vault.db opened with an old passphrase or recovery key shows
only what it held then, and an old key slot put back into the new file is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from journal_app.crypto import keyslots
from journal_app.crypto.backup_keys import RecoveryPublicKey
from journal_app.crypto.journal_keys import JournalKeys
from journal_app.crypto.kdf import KdfParams
from journal_app.crypto.wipe import wipe
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.store import RecordStore
from journal_app.storage.codec import RecordRepository
from journal_app.storage.vault_file import VaultFile, with_ids

NO_RECOVERY_SLOT = QT_TRANSLATE_NOOP(
    "messages",
    "The journal's recovery key slot is missing, so the passphrase was left as it was.",
)


def rekey(
    vault_file: VaultFile,
    repository: RecordRepository,
    store: RecordStore,
    passphrase_key: tuple[bytearray, KdfParams],
    recovery: RecoveryPublicKey,
    between: Callable[[], None] | None = None,
) -> tuple[bytearray, JournalKeys]:
    """Re-seal the journal under a fresh data key; return it and its keys.

    ``recovery`` is the recovery public key the new slot is wrapped to (the vouched-for
    one, or a new one). On any failure nothing on disk or in memory has changed and the
    old key still opens everything; the new key's buffer is overwritten before the error
    is raised.
    """
    vault_id = vault_file.vault_id
    kek, params = passphrase_key
    new_key = bytearray(keyslots.new_data_key())
    keys: JournalKeys | None = None
    try:
        keys = JournalKeys(new_key)
        slots = with_ids(
            [
                keyslots.wrap_with_key(kek, params, new_key, vault_id),
                keyslots.wrap_to_recovery(recovery, new_key, vault_id),
            ]
        )
        # No other write may slip in between the re-sealing and the switch of keys.
        with store.holding_writes():
            repository.rekey(store.all(), keys, slots, between)
    except BaseException:
        if keys is not None:
            keys.wipe()
        wipe(new_key)
        raise
    return new_key, keys
