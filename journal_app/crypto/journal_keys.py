"""Format 2's keys: everything the journal seals or vouches for comes from its data key.

Each purpose gets its own key through HKDF-SHA256 (docs/vault-format.md, "Keys"):

- records: AES-256-GCM, associated data binding the record's id, kind and revision;
- the index: AES-256-GCM for its parts, and an HMAC over the parts and the change count;
- the header: an HMAC over the vault id, the format and every key slot.
"""

from __future__ import annotations

import hmac
import os
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.sealing import NONCE_BYTES, RecordSealer
from journal_app.crypto.wipe import wipe
from journal_app.messages import QT_TRANSLATE_NOOP, Message

BLOB_VERSION = 2
RECORD_TAG = b"afterglow-record-v2"
INDEX_TAG = b"afterglow-index-v2"
HEADER_TAG = b"afterglow-header-v2"
RECORD_KEY = b"afterglow/record-key/v2"
INDEX_KEY = b"afterglow/index-key/v2"
INDEX_MAC_KEY = b"afterglow/index-mac/v2"
HEADER_MAC_KEY = b"afterglow/header-mac/v2"
MIN_PADDED = 1024  # every sealed plaintext fills at least 1 KiB
TAG_BYTES = 16
OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("messages", "The record is not in a format Afterglow knows.")
CHANGED = QT_TRANSLATE_NOOP("messages", "The record was changed or moved.")


def padme(length: int) -> int:
    """The Padmé size for ``length`` bytes: at most 12% more, leaking O(log log) bits.

    Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
    PURBs", PoPETs 2019: keep the exponent's bits and only the top bits of the mantissa.
    """
    if length <= 1:
        return length
    exponent = length.bit_length() - 1
    low_bits = exponent - exponent.bit_length()
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


def padded_size(length: int) -> int:
    """How long ``length`` bytes of plaintext are once padded (the 0x80 marker included)."""
    return max(MIN_PADDED, padme(length + 1))


def pad(plaintext: bytes) -> bytes:
    """Plaintext, 0x80, then zeros up to :func:`padded_size`."""
    return plaintext + b"\x80" + b"\x00" * (padded_size(len(plaintext)) - len(plaintext) - 1)


def _derive(data_key: bytes | bytearray, purpose: bytes) -> bytearray:
    key = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive_into(data_key, key)
    return key


def _aead(data_key: bytes | bytearray, purpose: bytes) -> AESGCM:
    # AESGCM keeps its own copy of the key; ours lives only for this call.
    key = _derive(data_key, purpose)
    try:
        return AESGCM(key)
    finally:
        wipe(key)


def record_associated(record_id: str, kind: str, rev: int) -> bytes:
    """tag 0x00 "records" 0x00 id 0x00 kind 0x00 rev (decimal), as UTF-8."""
    return f"afterglow-record-v2\0records\0{record_id}\0{kind}\0{rev}".encode()


def part_associated(vault_id: str, part: int) -> bytes:
    return b"\x00".join((INDEX_TAG, vault_id.encode(), str(part).encode()))


def _seal(aead: AESGCM, plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return bytes((BLOB_VERSION,)) + nonce + aead.encrypt(nonce, pad(plaintext), associated)


def _open(aead: AESGCM, blob: bytes, associated: bytes) -> bytes:
    if len(blob) < OVERHEAD or blob[0] != BLOB_VERSION:
        raise DecryptionFailed(Message(UNKNOWN_FORMAT))
    try:
        padded = aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], associated)
    except InvalidTag:
        raise DecryptionFailed(Message(CHANGED)) from None
    # The tag vouches for the padding we wrote (0x80, then zeros), so the marker is the
    # last 0x80; finding it costs one pass and no copies, where a full check cost two.
    end = padded.rfind(b"\x80")
    if end < 0:
        raise DecryptionFailed(Message(QT_TRANSLATE_NOOP("messages", "The padding is damaged.")))
    return padded[:end]


class JournalKeys:
    """Every key the data key gives, for as long as the journal is unlocked.

    The two MAC keys are buffers that :meth:`wipe` overwrites at lock; the AES keys live
    inside the cryptography library's objects, freed with them.
    """

    def __init__(self, data_key: bytes | bytearray) -> None:
        self.legacy = RecordSealer(data_key)  # format 1's records, and notes kept in memory
        self._records = _aead(data_key, RECORD_KEY)
        self._index = _aead(data_key, INDEX_KEY)
        self._index_mac = _derive(data_key, INDEX_MAC_KEY)
        self._header_mac = _derive(data_key, HEADER_MAC_KEY)

    def seal_record(self, record_id: str, kind: str, rev: int, plaintext: bytes) -> bytes:
        return _seal(self._records, plaintext, record_associated(record_id, kind, rev))

    def open_record(self, record_id: str, kind: str, rev: int, blob: bytes) -> bytes:
        return _open(self._records, blob, record_associated(record_id, kind, rev))

    def seal_part(self, vault_id: str, part: int, plaintext: bytes) -> bytes:
        return _seal(self._index, plaintext, part_associated(vault_id, part))

    def open_part(self, vault_id: str, part: int, blob: bytes) -> bytes:
        return _open(self._index, blob, part_associated(vault_id, part))

    def index_mac(self, message: bytes) -> str:
        return hmac.new(bytes(self._index_mac), INDEX_TAG + b"\x00" + message, sha256).hexdigest()

    def header_mac(self, header: bytes) -> str:
        return hmac.new(bytes(self._header_mac), HEADER_TAG + b"\x00" + header, sha256).hexdigest()

    def wipe(self) -> None:
        wipe(self._index_mac)
        wipe(self._header_mac)


def same_mac(expected: str, found: object) -> bool:
    """Compare MACs in constant time; anything that isn't text is simply wrong."""
    return isinstance(found, str) and hmac.compare_digest(expected, found)
