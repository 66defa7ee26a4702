"""Record sealing: AES-256-GCM under a key derived from the data key by HKDF."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.wipe import wipe
from journal_app.messages import QT_TRANSLATE_NOOP, Message

FORMAT_TAG = b"afterglow-record-v1"
BLOB_VERSION = 1
NONCE_BYTES = 12
PAD_BLOCK = 256
RECORD_KEY = b"afterglow/record-key/v1"


def pad(plaintext: bytes) -> bytes:
    """Pad to a multiple of 256 bytes (0x80 then zeros), so lengths reveal little."""
    return plaintext + b"\x80" + b"\x00" * (-(len(plaintext) + 1) % PAD_BLOCK)


def unpad(padded: bytes) -> bytes:
    """Undo :func:`pad`."""
    stripped = padded.rstrip(b"\x00")
    if not stripped.endswith(b"\x80"):
        raise DecryptionFailed(Message(QT_TRANSLATE_NOOP("messages", "The padding is damaged.")))
    return stripped[:-1]


def subkey(data_key: bytes | bytearray, purpose: bytes) -> bytes:
    """Derive a 256-bit key for one purpose from the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)


class RecordSealer:
    """Seal and open record blobs bound to their table and id."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        # AESGCM keeps its own copy of the key (freed with it), so the record key itself
        # lives only for this line: no Python copy of it outlasts the constructor.
        key = bytearray(32)
        HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=RECORD_KEY).derive_into(
            data_key, key
        )
        try:
            self._aead = AESGCM(key)
        finally:
            wipe(key)

    @staticmethod
    def _associated(table: str, record_id: str) -> bytes:
        return b"\x00".join((FORMAT_TAG, table.encode("ascii"), record_id.encode("ascii")))

    def seal(self, table: str, record_id: str, plaintext: bytes) -> bytes:
        """Pad and encrypt ``plaintext``; the result opens only for this table and id."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, pad(plaintext), self._associated(table, record_id))
        return bytes((BLOB_VERSION,)) + nonce + sealed

    def open(self, table: str, record_id: str, blob: bytes) -> bytes:
        """Decrypt a blob made by :meth:`seal` for the same table and id."""
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != BLOB_VERSION:
            raise DecryptionFailed(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The record is not in a format Afterglow knows.")
                )
            )
        nonce = blob[1 : 1 + NONCE_BYTES]
        try:
            padded = self._aead.decrypt(
                nonce, blob[1 + NONCE_BYTES :], self._associated(table, record_id)
            )
        except InvalidTag:
            raise DecryptionFailed(
                Message(QT_TRANSLATE_NOOP("messages", "The record was changed or moved."))
            ) from None
        return unpad(padded)
