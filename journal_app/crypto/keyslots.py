"""Key slots: the data key wrapped under a passphrase or to the recovery public key."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.crypto.errors import DecryptionFailed, MalformedKey
from journal_app.crypto.kdf import KdfParams
from journal_app.messages import QT_TRANSLATE_NOOP, Message

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
DATA_KEY_BYTES = 32
_NONCE = 12
_TAG = 16


def new_data_key() -> bytes:
    """Return a fresh random 256-bit data key."""
    return os.urandom(DATA_KEY_BYTES)


# Format 2 writes its slots with a tag of its own, so a format-2 slot put in a file dressed
# up as format 1 is told apart (docs/vault-format.md); both are read.
SLOT_TAGS = {2: b"afterglow-keyslot-v2", 1: b"afterglow-keyslot-v1"}
SLOT_VERSION = 2


def _associated(slot_type: str, vault_id: str, version: int = SLOT_VERSION) -> bytes:
    return b"\x00".join((SLOT_TAGS[version], slot_type.encode(), vault_id.encode()))


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes_raw()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (TypeError, ValueError):
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "A stored key is unreadable."))
        ) from None


@dataclass(frozen=True, slots=True)
class KeySlot:
    """One way to reach the data key: its type, public parameters and wrapped key."""

    slot_type: str
    params: dict[str, Any]
    wrapped: bytes


def _seal(
    key: bytes | bytearray, data_key: bytes | bytearray, slot_type: str, vault_id: str
) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, data_key, _associated(slot_type, vault_id))


def _open(
    key: bytes | bytearray, wrapped: bytes, slot_type: str, vault_id: str
) -> tuple[bytearray, int]:
    """The data key and the slot's version (the tag it was wrapped with)."""
    # Straight into a buffer the vault can overwrite at lock: no immutable copy of the key.
    opened = bytearray(max(0, len(wrapped) - _NONCE - _TAG))
    aead = AESGCM(key)
    for version in SLOT_TAGS:
        try:
            aead.decrypt_into(
                wrapped[:_NONCE],
                wrapped[_NONCE:],
                _associated(slot_type, vault_id, version),
                opened,
            )
            return opened, version
        except (InvalidTag, ValueError):
            continue
    raise DecryptionFailed(
        Message(QT_TRANSLATE_NOOP("messages", "This key does not open the slot."))
    )


def wrap_with_key(
    kek: bytes | bytearray, params: KdfParams, data_key: bytes | bytearray, vault_id: str
) -> KeySlot:
    """Wrap the data key under a key already derived from the passphrase."""
    return KeySlot(PASSPHRASE, params.to_dict(), _seal(kek, data_key, PASSPHRASE, vault_id))


def unwrap_with_key(kek: bytes | bytearray, slot: KeySlot, vault_id: str) -> bytearray:
    """Unwrap a passphrase slot with a key derived from the passphrase."""
    return unwrap_versioned(kek, slot, vault_id)[0]


def unwrap_versioned(kek: bytes | bytearray, slot: KeySlot, vault_id: str) -> tuple[bytearray, int]:
    """Unwrap a passphrase slot; also say which format's tag it was wrapped with."""
    return _open(kek, slot.wrapped, PASSPHRASE, vault_id)


def _recovery_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + recipient,
        info=b"afterglow/recovery-wrap/v1",
    ).derive(shared)


def wrap_to_recovery(
    recipient: X25519PublicKey, data_key: bytes | bytearray, vault_id: str
) -> KeySlot:
    """Wrap the data key so only the recovery key's private half can unwrap it."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub, rec_pub = public_bytes(ephemeral.public_key()), public_bytes(recipient)
    key = _recovery_key(ephemeral.exchange(recipient), eph_pub, rec_pub)
    params = {"ephemeral_public": _b64(eph_pub), "recipient_public": _b64(rec_pub)}
    return KeySlot(RECOVERY, params, _seal(key, data_key, RECOVERY, vault_id))


def recovery_public(slot: KeySlot) -> X25519PublicKey:
    """Return the recovery public key a slot was wrapped to."""
    return X25519PublicKey.from_public_bytes(_unb64(slot.params["recipient_public"]))


def rewrap_recovery(slot: KeySlot, data_key: bytes | bytearray, vault_id: str) -> KeySlot:
    """Wrap a new data key to the same recovery public key as ``slot`` (no private key)."""
    return wrap_to_recovery(recovery_public(slot), data_key, vault_id)


def unwrap_with_recovery(private: X25519PrivateKey, slot: KeySlot, vault_id: str) -> bytearray:
    """Unwrap a recovery slot with the recovery key."""
    return recovery_versioned(private, slot, vault_id)[0]


def recovery_versioned(
    private: X25519PrivateKey, slot: KeySlot, vault_id: str
) -> tuple[bytearray, int]:
    """Unwrap a recovery slot; also say which format's tag it was wrapped with."""
    eph_raw = _unb64(slot.params["ephemeral_public"])
    rec_raw = _unb64(slot.params["recipient_public"])
    if public_bytes(private.public_key()) != rec_raw:
        raise DecryptionFailed(
            Message(QT_TRANSLATE_NOOP("messages", "This recovery key belongs to another journal."))
        )
    ephemeral = X25519PublicKey.from_public_bytes(eph_raw)
    key = _recovery_key(private.exchange(ephemeral), eph_raw, rec_raw)
    return _open(key, slot.wrapped, RECOVERY, vault_id)
