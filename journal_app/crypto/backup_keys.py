"""Keys for a backup file: a random file key, wrapped for the passphrase and the recovery key,
and the chunked AEAD stream and header MAC derived from it."""

from __future__ import annotations

import base64
import hmac
import os
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.crypto.errors import DecryptionFailed, MalformedKey
from journal_app.crypto.sealing import subkey
from journal_app.messages import QT_TRANSLATE_NOOP, Message

FILE_KEY_BYTES = 32
NONCE_BYTES = 12
NONCE_PREFIX_BYTES = 7  # + 4-byte chunk counter + 1-byte last-chunk flag = 12
TAG_BYTES = 16
MAC_BYTES = 32
MAX_CHUNKS = 2**32 - 1
RecoveryPublicKey = X25519PublicKey


def new_file_key() -> bytes:
    return os.urandom(FILE_KEY_BYTES)


def new_nonce_prefix() -> bytes:
    return os.urandom(NONCE_PREFIX_BYTES)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "A key in the backup header is not text."))
        )
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "A key in the backup header is unreadable."))
        ) from None


# Wrapping the file key


def wrap_with_kek(kek: bytes, file_key: bytes, context: bytes) -> dict[str, str]:
    """Wrap the file key under the key derived from the passphrase."""
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, file_key, b"passphrase\x00" + context)
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _field(slot: dict[str, object], name: str, size: int | None = None) -> bytes:
    """A base64 field of a key slot, of the right size, or MalformedKey (damage)."""
    if not isinstance(slot, dict) or name not in slot:
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "A key slot in the backup header is incomplete."))
        )
    raw = _unb64(slot[name])
    if size is not None and len(raw) != size:
        raise MalformedKey(
            Message(
                QT_TRANSLATE_NOOP("messages", "A key in the backup header has the wrong length.")
            )
        )
    return raw


def _file_key(raw: bytes) -> bytes:
    if len(raw) != FILE_KEY_BYTES:
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "The backup's file key has the wrong length."))
        )
    return raw


def unwrap_with_kek(kek: bytes, slot: dict[str, object], context: bytes) -> bytes:
    nonce, wrapped = _field(slot, "nonce", NONCE_BYTES), _field(slot, "wrapped")
    try:
        opened = AESGCM(kek).decrypt(nonce, wrapped, b"passphrase\x00" + context)
    except InvalidTag:
        raise DecryptionFailed(
            Message(QT_TRANSLATE_NOOP("messages", "The passphrase does not open this backup."))
        ) from None
    return _file_key(opened)


def _recovery_wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + recipient,
        info=b"afterglow/backup-recovery-wrap/v1",
    ).derive(shared)


def wrap_to_recovery(recipient: X25519PublicKey, file_key: bytes, context: bytes) -> dict[str, str]:
    """Wrap the file key so only the recovery key's private half opens it."""
    ephemeral = X25519PrivateKey.generate()
    eph, rec = ephemeral.public_key().public_bytes_raw(), recipient.public_bytes_raw()
    key = _recovery_wrap_key(ephemeral.exchange(recipient), eph, rec)
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(key).encrypt(nonce, file_key, b"recovery\x00" + context)
    return {
        "ephemeral_public": _b64(eph),
        "recipient_public": _b64(rec),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def recovery_recipient(slot: dict[str, object]) -> X25519PublicKey:
    """The recovery public key a backup's file key was wrapped to."""
    try:
        return X25519PublicKey.from_public_bytes(_unb64(slot["recipient_public"]))
    except (KeyError, ValueError):
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "The backup's recovery key is unreadable."))
        ) from None


def unwrap_with_recovery(
    private: X25519PrivateKey, slot: dict[str, object], context: bytes
) -> bytes:
    eph = _field(slot, "ephemeral_public", 32)
    rec = _field(slot, "recipient_public", 32)
    nonce, wrapped = _field(slot, "nonce", NONCE_BYTES), _field(slot, "wrapped")
    if private.public_key().public_bytes_raw() != rec:
        raise DecryptionFailed(
            Message(QT_TRANSLATE_NOOP("messages", "This recovery key belongs to another journal."))
        )
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph))
    except ValueError:
        raise MalformedKey(
            Message(QT_TRANSLATE_NOOP("messages", "The backup's recovery key is unreadable."))
        ) from None
    key = _recovery_wrap_key(shared, eph, rec)
    try:
        opened = AESGCM(key).decrypt(nonce, wrapped, b"recovery\x00" + context)
    except InvalidTag:
        raise DecryptionFailed(
            Message(QT_TRANSLATE_NOOP("messages", "The recovery key does not open this backup."))
        ) from None
    return _file_key(opened)


# The header MAC and the chunk stream


def header_mac(file_key: bytes, header: bytes) -> bytes:
    """HMAC-SHA256 over the header bytes, under a key derived from the file key."""
    return hmac.new(subkey(file_key, b"afterglow/backup-header-mac/v1"), header, sha256).digest()


def check_header_mac(file_key: bytes, header: bytes, mac: bytes) -> None:
    if not hmac.compare_digest(header_mac(file_key, header), mac):
        raise DecryptionFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The backup's header was changed after it was written."
                )
            )
        )


def chunk_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if not 0 <= index <= MAX_CHUNKS:
        raise DecryptionFailed(
            Message(
                QT_TRANSLATE_NOOP("messages", "The backup has more chunks than the format allows.")
            )
        )
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class ChunkStream:
    """Seal or open the numbered chunks of one backup's payload.

    The nonce carries the chunk's number and whether it is the last, and every chunk is
    bound to the hash of the header: reordering, dropping, truncating, appending and
    splicing chunks from another backup all fail to open.
    """

    def __init__(self, file_key: bytes, nonce_prefix: bytes, header_hash: bytes) -> None:
        if len(nonce_prefix) != NONCE_PREFIX_BYTES:
            raise MalformedKey(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The backup's stream nonce has the wrong length.")
                )
            )
        self._aead = AESGCM(subkey(file_key, b"afterglow/backup-stream/v1"))
        self._prefix = nonce_prefix
        self._associated = header_hash

    def seal(self, index: int, chunk: bytes, last: bool) -> bytes:
        return self._aead.encrypt(chunk_nonce(self._prefix, index, last), chunk, self._associated)

    def open(self, index: int, sealed: bytes, last: bool) -> bytes:
        try:
            return self._aead.decrypt(
                chunk_nonce(self._prefix, index, last), sealed, self._associated
            )
        except InvalidTag:
            raise DecryptionFailed(
                Message(QT_TRANSLATE_NOOP("messages", "A chunk of the backup does not open."))
            ) from None
