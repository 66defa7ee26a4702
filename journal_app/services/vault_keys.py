"""Opening the journal's data key from its key slots (the slow part of unlocking)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from journal_app.crypto import keyslots, recovery
from journal_app.crypto.errors import DecryptionFailed, MalformedKey, UnsafeParameters
from journal_app.crypto.kdf import KdfParams, derive_key_buffer
from journal_app.crypto.recovery import RecoveryPrivateKey
from journal_app.crypto.wipe import wipe
from journal_app.domain.errors import IntegrityError, ValidationError, WrongPassphrase
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.header import UNLISTED_SLOT, check_before_key, listed_first
from journal_app.storage.vault_file import VaultFile

MIN_PASSPHRASE = 10
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "messages", "That passphrase doesn't open this journal. Take your time and try again."
)
WRONG_RECOVERY = QT_TRANSLATE_NOOP(
    "messages", "That recovery key doesn't open this journal. Check each group and try again."
)
Slots = list[tuple[str, keyslots.KeySlot]]


@dataclass(frozen=True)
class OpenedKey:
    """The journal's data key, opened with a passphrase, and the slot it came from.

    The keys are buffers: whoever ends up holding them overwrites them (:meth:`wipe`).
    """

    vault_id: str
    slot_id: str
    wrapped: bytes
    data_key: bytearray
    kek: bytearray
    params: KdfParams
    slot_version: int = keyslots.SLOT_VERSION  # which format's tag the slot was wrapped with

    def wipe(self) -> None:
        """Overwrite both keys with zeros (this key is no longer wanted)."""
        wipe(self.data_key)
        wipe(self.kek)


def unwrap_passphrase(
    vault_id: str, slots: Slots, passphrase: str, header: str | None = None
) -> OpenedKey:
    """Derive the passphrase's key and open the data key; raise WrongPassphrase if none fits.

    ``header`` is format 2's header as the file holds it: a slot whose settings differ
    from it is refused before any derivation (it is checked properly once the key is open).
    """
    listed, strangers = listed_first(header, slots)
    for slot_id, slot in listed:
        if slot.slot_type != keyslots.PASSPHRASE:
            continue
        try:
            params = KdfParams.from_dict(slot.params)
        except UnsafeParameters as error:
            raise IntegrityError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This journal's key settings look wrong, so it was not opened: {reason} "
                        "The file may have been tampered with; restore it from a backup.",
                    ),
                    reason=error.message,
                )
            ) from None
        check_before_key(header, slot_id, slot)
        kek = derive_key_buffer(passphrase, params)
        try:
            data_key, version = keyslots.unwrap_versioned(kek, slot, vault_id)
        except DecryptionFailed:
            wipe(kek)
            continue
        return OpenedKey(vault_id, slot_id, slot.wrapped, data_key, kek, params, version)
    if any(slot.slot_type == keyslots.PASSPHRASE for _, slot in strangers):
        raise IntegrityError(Message(UNLISTED_SLOT))
    raise WrongPassphrase(Message(WRONG_PASSPHRASE))


def decode_recovery(code: str) -> RecoveryPrivateKey:
    """The recovery key from its printed code; a mistyped one is a wrong key."""
    try:
        return recovery.decode(code)
    except MalformedKey as error:
        raise WrongPassphrase(error.message) from None


def unwrap_recovery(vault_file: VaultFile, private: RecoveryPrivateKey) -> tuple[bytearray, int]:
    """Open the data key with the recovery key, and say which format's tag its slot has;
    raise WrongPassphrase if it doesn't fit."""
    for _, slot in vault_file.slots():
        if slot.slot_type == keyslots.RECOVERY:
            try:
                return keyslots.recovery_versioned(private, slot, vault_file.vault_id)
            except (DecryptionFailed, MalformedKey):
                continue
    raise WrongPassphrase(Message(WRONG_RECOVERY))


def still_fits(vault_file: VaultFile, opened: OpenedKey) -> bool:
    """Is the slot the key was opened from still there, unchanged, in this same journal?"""
    if vault_file.vault_id != opened.vault_id:
        return False
    return any(
        slot_id == opened.slot_id and slot.wrapped == opened.wrapped
        for slot_id, slot in vault_file.slots()
    )


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short to protect a journal."""
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < MIN_PASSPHRASE:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Please choose a passphrase of at least {least} characters (this one "
                    "has {length}). A few unrelated words work well.",
                ),
                least=MIN_PASSPHRASE,
                length=length,
            )
        )
