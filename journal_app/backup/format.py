"""The ``.journal-backup`` file: header, header MAC, then a chunked AEAD payload.

docs/backup-format.md specifies the bytes; this module writes and reads them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal_app.crypto import recovery
from journal_app.crypto.backup_keys import (
    MAC_BYTES,
    TAG_BYTES,
    ChunkStream,
    RecoveryPublicKey,
    check_header_mac,
    header_mac,
    new_file_key,
    new_nonce_prefix,
    recovery_recipient,
    unwrap_with_kek,
    unwrap_with_recovery,
    wrap_to_recovery,
    wrap_with_kek,
)
from journal_app.crypto.errors import DecryptionFailed, MalformedKey, UnsafeParameters
from journal_app.crypto.kdf import KdfParams, derive_key
from journal_app.domain.errors import IntegrityError, WrongPassphrase
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.codec import canonical_json

MAGIC = b"AFTERGLOW-BACKUP"
VERSION = 1
CHUNK_SIZE = 64 * 1024
MAX_HEADER = 64 * 1024
PREAMBLE = struct.Struct(">16sBI")  # magic, major version, header length
FORMAT_NAME = "afterglow-backup"
# Unpacking is bounded (docs/backup-format.md, "Chunks"): a backup holds a journal of at
# most 1 GiB, and unpacks to at most 100 times its packed size beyond the first 64 MiB.
MAX_PAYLOAD = 1024 * 1024 * 1024
UNPACK_FLOOR = 64 * 1024 * 1024
MAX_RATIO = 100
UNPACK_STEP = 16 * CHUNK_SIZE
VAULT_ID = re.compile(r"[0-9a-f]{32}")


class BackupError(IntegrityError):
    """The file is not an intact Afterglow backup (the message says what is wrong)."""


NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "messages", "This is not an Afterglow backup (it doesn't start the way one does)."
)
CUT_OFF = QT_TRANSLATE_NOOP(
    "messages", "The backup file ends early: it was cut off while being written or copied."
)
CHANGED = QT_TRANSLATE_NOOP(
    "messages", "The backup file was changed after it was written; it can't be trusted."
)
ADDED = QT_TRANSLATE_NOOP(
    "messages", "Extra bytes were added to the end of the backup file after it was written."
)


@dataclass(frozen=True)
class BackupKeys:
    """What export needs: the key derived at unlock, its KDF settings, the recovery key."""

    kek: bytes
    kdf: KdfParams
    recovery_public: RecoveryPublicKey


@dataclass(frozen=True)
class BackupContents:
    """A verified backup: its header facts and every record as stored."""

    vault_id: str
    sequence: int
    created: str
    kdf: KdfParams
    recovery_public: RecoveryPublicKey
    records: list[dict[str, Any]]
    kek: bytes | None = None  # the passphrase's derived key, when opened with it


def _context(vault_id: str, sequence: int) -> bytes:
    return b"\x00".join((b"afterglow-backup-v1", vault_id.encode(), str(sequence).encode()))


def _payload_lines(records: Iterable[dict[str, Any]], manifest: dict[str, Any]) -> Iterator[bytes]:
    yield canonical_json({"type": "manifest", **manifest}) + b"\n"
    digest = hashlib.sha256()
    count = 0
    for record in records:
        line = canonical_json({"type": "record", "record": record}) + b"\n"
        digest.update(line)
        count += 1
        yield line
    yield canonical_json({"type": "trailer", "count": count, "sha256": digest.hexdigest()})
    yield b"\n"


def encode_backup(
    records: list[dict[str, Any]],
    *,
    vault_id: str,
    sequence: int,
    created: str,
    keys: BackupKeys,
) -> bytes:
    """The whole backup file as bytes."""
    file_key = new_file_key()
    prefix = new_nonce_prefix()
    context = _context(vault_id, sequence)
    manifest = {"vault_id": vault_id, "sequence": sequence, "created": created}
    packed = zlib.compress(b"".join(_payload_lines(records, manifest)), 6)
    pieces = [packed[i : i + CHUNK_SIZE] for i in range(0, len(packed), CHUNK_SIZE)] or [b""]
    header = canonical_json(
        {
            "format": FORMAT_NAME,
            "version": VERSION,
            "vault_id": vault_id,
            "sequence": sequence,
            "created": created,
            "chunk_size": CHUNK_SIZE,
            "compression": "zlib",
            "nonce_prefix": _b64(prefix),
            "payload_bytes": len(packed) + TAG_BYTES * len(pieces),
            "kdf": keys.kdf.to_dict(),
            "slots": {
                "passphrase": wrap_with_kek(keys.kek, file_key, context),
                "recovery": wrap_to_recovery(keys.recovery_public, file_key, context),
            },
        }
    )
    preamble = PREAMBLE.pack(MAGIC, VERSION, len(header))
    mac = header_mac(file_key, preamble + header)
    stream = ChunkStream(file_key, prefix, hashlib.sha256(preamble + header + mac).digest())
    body = b"".join(
        stream.seal(index, piece, index == len(pieces) - 1) for index, piece in enumerate(pieces)
    )
    return preamble + header + mac + body


def write_backup_file(path: Path, data: bytes) -> None:
    """Write atomically and privately (mode 0600): a temporary file, synced, then moved.

    Raises:
        StorageProblem: a full disk, a read-only or forbidden folder; nothing is left.
    """
    # The one way Afterglow writes a file; imported here, where files meet the disk.
    from journal_app.storage.outputs import write_private_file

    write_private_file(path, data, outcome="the backup couldn't be written")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise BackupError(Message(CHANGED))
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise BackupError(Message(CHANGED)) from None


@dataclass(frozen=True)
class Header:
    """The readable front of a backup file (nothing in it is secret)."""

    raw: bytes
    fields: dict[str, Any]
    mac: bytes
    body_offset: int

    @property
    def vault_id(self) -> str:
        return str(self.fields["vault_id"])

    @property
    def sequence(self) -> int:
        return int(self.fields["sequence"])


def read_header(data: bytes) -> Header:
    """Check the magic and version and parse the header, before any key is derived."""
    if not data.startswith(MAGIC):
        raise BackupError(Message(NOT_A_BACKUP))
    if len(data) < PREAMBLE.size:
        raise BackupError(Message(CUT_OFF))
    _, version, length = PREAMBLE.unpack_from(data)
    if version > VERSION:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This backup was made by a newer Afterglow. Update Afterglow to open it.",
                )
            )
        )
    if version != VERSION or not 0 < length <= MAX_HEADER:
        raise BackupError(Message(CHANGED))
    end = PREAMBLE.size + length
    if len(data) < end + MAC_BYTES + TAG_BYTES:
        raise BackupError(Message(CUT_OFF))
    try:
        fields = json.loads(data[PREAMBLE.size : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BackupError(Message(CHANGED)) from None
    if not isinstance(fields, dict) or fields.get("format") != FORMAT_NAME:
        raise BackupError(Message(CHANGED))
    exact = (("version", VERSION), ("chunk_size", CHUNK_SIZE))
    if any(type(fields.get(k)) is not int or fields[k] != v for k, v in exact):
        raise BackupError(Message(CHANGED))
    if fields.get("compression") != "zlib" or type(fields.get("sequence")) is not int:
        raise BackupError(Message(CHANGED))
    if not isinstance(fields.get("vault_id"), str) or not VAULT_ID.fullmatch(fields["vault_id"]):
        raise BackupError(Message(CHANGED))
    return Header(data[:end], fields, data[end : end + MAC_BYTES], end + MAC_BYTES)


def _kdf(header: Header) -> KdfParams:
    raw = header.fields.get("kdf")
    try:
        if not isinstance(raw, dict):
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The key derivation settings are unreadable.")
                )
            )
        return KdfParams.from_dict(raw)
    except UnsafeParameters as error:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The backup's key settings look wrong, so it was not opened: {reason}",
                ),
                reason=error.message,
            )
        ) from None


def file_key_from(
    header: Header,
    *,
    passphrase: str | None = None,
    kek: bytes | None = None,
    recovery_code: str | None = None,
) -> bytes:
    """Unwrap the file key with the passphrase (or its derived key) or the recovery key."""
    context = _context(header.vault_id, header.sequence)
    slots = header.fields.get("slots")
    if not isinstance(slots, dict):
        raise BackupError(Message(CHANGED))
    try:
        if recovery_code is not None:
            try:
                private = recovery.decode(recovery_code)
            except MalformedKey as error:
                raise WrongPassphrase(error.message) from None
            return unwrap_with_recovery(private, slots["recovery"], context)
        if kek is None:
            kdf = _kdf(header)  # refused before deriving when the settings are absurd
            kek = derive_key(passphrase or "", kdf)
        return unwrap_with_kek(kek, slots["passphrase"], context)
    except DecryptionFailed:
        if recovery_code is not None:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "That recovery key doesn't open this backup. Take your time and try again.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "That passphrase doesn't open this backup. Take your time and try again.",
            )
        raise WrongPassphrase(Message(template)) from None
    except (KeyError, TypeError, MalformedKey):
        raise BackupError(Message(CHANGED)) from None


def unpack_budget(packed_size: int) -> int:
    """The most a payload of ``packed_size`` compressed bytes may unpack to.

    Never more than MAX_PAYLOAD; past UNPACK_FLOOR, at most MAX_RATIO times the packed size.
    Journal text packs three to five times smaller, so only a crafted file comes near.
    """
    return min(MAX_PAYLOAD, max(UNPACK_FLOOR, MAX_RATIO * packed_size))


def _too_big(budget: int) -> BackupError:
    return BackupError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "This backup would unpack to more than {size:,} MiB; it may be damaged or not "
                "a real backup, so it was not opened.",
            ),
            size=budget // (1024 * 1024),
        )
    )


def _decompress(packed: bytes) -> bytes:
    """Inflate the payload within its budget; bytes after the zlib stream are damage too."""
    budget = unpack_budget(len(packed))
    inflater = zlib.decompressobj()
    pieces: list[bytes] = []
    total = 0
    pending = packed
    try:
        while True:
            piece = inflater.decompress(pending, UNPACK_STEP)
            total += len(piece)
            if total > budget:
                raise _too_big(budget)
            pieces.append(piece)
            pending = inflater.unconsumed_tail
            if inflater.eof or not (pending or piece):
                break
    except zlib.error:
        raise BackupError(Message(CHANGED)) from None
    if not inflater.eof or inflater.unused_data:
        raise BackupError(Message(CHANGED))
    return b"".join(pieces)


def decrypt_payload(data: bytes, header: Header, file_key: bytes) -> bytes:
    """Open every chunk in order and return the decompressed payload."""
    try:
        check_header_mac(file_key, header.raw, header.mac)
    except DecryptionFailed:
        raise BackupError(Message(CHANGED)) from None
    prefix = _unb64(header.fields.get("nonce_prefix"))
    try:
        stream = ChunkStream(file_key, prefix, hashlib.sha256(header.raw + header.mac).digest())
    except MalformedKey:
        raise BackupError(Message(CHANGED)) from None
    body = memoryview(data)[header.body_offset :]
    expected = header.fields.get("payload_bytes")
    if not isinstance(expected, int) or expected < TAG_BYTES:
        raise BackupError(Message(CHANGED))
    if len(body) < expected:
        raise BackupError(Message(CUT_OFF))
    if len(body) > expected:
        raise BackupError(Message(ADDED))
    sealed_size = CHUNK_SIZE + TAG_BYTES
    count = max(1, -(-len(body) // sealed_size))
    pieces = []
    for index in range(count):
        piece = bytes(body[index * sealed_size : (index + 1) * sealed_size])
        try:
            pieces.append(stream.open(index, piece, index == count - 1))
        except DecryptionFailed:
            raise BackupError(Message(CHANGED)) from None
    return _decompress(b"".join(pieces))


def parse_payload(payload: bytes, header: Header) -> list[dict[str, Any]]:
    """Check the manifest, every record line and the trailer's count and checksum."""
    lines = payload.split(b"\n")
    if len(lines) < 3 or lines[-1] != b"":
        raise BackupError(Message(CHANGED))
    try:
        manifest = json.loads(lines[0])
        trailer = json.loads(lines[-2])
        digest = hashlib.sha256()
        records = []
        for line in lines[1:-2]:
            digest.update(line + b"\n")
            item = json.loads(line)
            if item.get("type") != "record" or not isinstance(item.get("record"), dict):
                raise BackupError(Message(CHANGED))
            records.append(item["record"])
    except (ValueError, AttributeError, RecursionError):
        raise BackupError(Message(CHANGED)) from None
    if not isinstance(manifest, dict) or not isinstance(trailer, dict):
        raise BackupError(Message(CHANGED))
    if (
        manifest.get("type") != "manifest"
        or manifest.get("created") != header.fields.get("created")
        or manifest.get("vault_id") != header.vault_id
        or manifest.get("sequence") != header.sequence
        or trailer.get("type") != "trailer"
        or trailer.get("count") != len(records)
        or trailer.get("sha256") != digest.hexdigest()
    ):
        raise BackupError(Message(CHANGED))
    return records


def open_backup(
    data: bytes,
    *,
    passphrase: str | None = None,
    kek: bytes | None = None,
    recovery_code: str | None = None,
) -> BackupContents:
    """Verify a whole backup in memory and return what it holds.

    Raises BackupError (exit 4) for anything damaged, WrongPassphrase (exit 3) for a key
    that does not fit. Nothing is trusted before every check has passed.
    """
    header = read_header(data)
    if recovery_code is None and kek is None:
        kek = derive_key(passphrase or "", _kdf(header))  # refused first if absurd
    key = file_key_from(header, kek=kek, recovery_code=recovery_code)
    records = parse_payload(decrypt_payload(data, header, key), header)
    try:
        recipient = recovery_recipient(header.fields["slots"]["recovery"])
    except (KeyError, TypeError, MalformedKey):
        raise BackupError(Message(CHANGED)) from None
    return BackupContents(
        vault_id=header.vault_id,
        sequence=header.sequence,
        created=str(header.fields.get("created", "")),
        kdf=_kdf(header),
        recovery_public=recipient,
        records=records,
        kek=kek if recovery_code is None else None,
    )
