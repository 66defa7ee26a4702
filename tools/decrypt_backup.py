#!/usr/bin/env python3
"""Decrypt an Afterglow backup (a ``.journal-backup`` file) without Afterglow.

This script is the proof that your backups are yours: it needs only Python 3.11 or later
and the ``cryptography`` package, not Afterglow. It follows docs/backup-format.md, checks
everything Afterglow checks, and prints every record in the backup as JSON.

Without Afterglow installed::

    python3 -m pip install cryptography
    python3 decrypt_backup.py my-journal.journal-backup > records.json

With the passphrase (one of these; the first one given is used)::

    python3 decrypt_backup.py BACKUP --passphrase-file passphrase.txt   # its first line
    JOURNAL_APP_PASSPHRASE='...' python3 decrypt_backup.py BACKUP
    python3 decrypt_backup.py BACKUP                                    # asks for it

With the recovery key instead (the 14 groups of four characters)::

    python3 decrypt_backup.py BACKUP --recovery-key-file recovery-key.txt
    python3 decrypt_backup.py BACKUP --recovery       # asks (or $JOURNAL_APP_RECOVERY_KEY)

Write the records to a new file instead of standard output (it is created readable by
you only, and replaces an existing file only with --force; never a folder or a device)::

    python3 decrypt_backup.py BACKUP --out records.json

The output is a JSON list of record envelopes (id, kind, schema, created_at, updated_at,
rev, deleted_at, data), including previous versions (kind "revision") and entries in the
Trash (deleted_at set). It is NOT encrypted: keep it somewhere safe and delete it when
you are done.

Exit status: 0 done; 1 the output file couldn't be written (a full disk: nothing is left
behind); 2 usage (bad options, a file that can't be read or an output that may not be
written, nobody to ask for the passphrase); 3 the passphrase or recovery key doesn't open
this backup; 4 the file is damaged, changed, cut short, or not an Afterglow backup at all.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import getpass
import hashlib
import hmac
import json
import os
import re
import stat
import struct
import sys
import unicodedata
import zlib
from pathlib import Path
from typing import Any

try:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
except ImportError:  # pragma: no cover - depends on the machine
    sys.stderr.write(
        "decrypt_backup.py needs the 'cryptography' package (version 44 or later):\n"
        "    python3 -m pip install cryptography\n"
    )
    raise SystemExit(2) from None

EXIT_USAGE = 2
EXIT_WRONG_KEY = 3
EXIT_DAMAGED = 4

PASSPHRASE_ENV = "JOURNAL_APP_PASSPHRASE"
RECOVERY_ENV = "JOURNAL_APP_RECOVERY_KEY"

# The layout (docs/backup-format.md, "Byte layout")
MAGIC = b"AFTERGLOW-BACKUP"
VERSION = 1
PREAMBLE = struct.Struct(">16sBI")  # magic, major version, header length
MAX_HEADER = 64 * 1024
MAC_BYTES = 32
TAG_BYTES = 16
KEY_BYTES = 32
NONCE_BYTES = 12
NONCE_PREFIX_BYTES = 7
PUBLIC_KEY_BYTES = 32
CHUNK_SIZE = 64 * 1024
MAX_CHUNK_INDEX = 2**32 - 1
FORMAT_NAME = "afterglow-backup"

# Key derivation bounds, checked before deriving anything ("Key derivation")
SALT_BYTES = 16
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16

# Labels ("Keys")
CONTEXT_LABEL = b"afterglow-backup-v1"
PASSPHRASE_AD = b"passphrase\x00"
RECOVERY_AD = b"recovery\x00"
RECOVERY_WRAP_INFO = b"afterglow/backup-recovery-wrap/v1"
HEADER_MAC_INFO = b"afterglow/backup-header-mac/v1"
STREAM_INFO = b"afterglow/backup-stream/v1"

# The recovery code ("The recovery code")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
TO_RFC4648 = str.maketrans(CROCKFORD, RFC4648)
LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
CODE_CHECKSUM_LABEL = b"afterglow-recovery-v1"
CODE_CHECKSUM_BYTES = 3

# What a reader says ("What each check catches")
NOT_A_BACKUP = "This is not an Afterglow backup (it doesn't start the way one does)."
NEWER = "This backup was made by a newer Afterglow. Update Afterglow to open it."
CUT_OFF = "The backup file ends early: it was cut off while being written or copied."
CHANGED = "The backup file was changed after it was written; it can't be trusted."
ADDED = "Extra bytes were added to the end of the backup file after it was written."
BAD_KDF = "The backup's key settings look wrong, so it was not opened: {}"
WRONG_KEY = "That {} doesn't open this backup. Take your time and try again."
CODE_CHARACTERS = "That recovery key has characters that don't belong in one."
CODE_INCOMPLETE = "That recovery key isn't complete or has a typo; check each group."
NO_TERMINAL = (
    "No passphrase was given and there is no terminal to ask on. Use --passphrase-file "
    "FILE or set JOURNAL_APP_PASSPHRASE."
)


class Failure(Exception):
    """Something to tell the person, and the exit status that goes with it."""

    exit_code = 1


class UsageError(Failure):
    exit_code = EXIT_USAGE


class WrongKey(Failure):
    exit_code = EXIT_WRONG_KEY


class Damaged(Failure):
    exit_code = EXIT_DAMAGED


# Small helpers


def _unb64(value: object, size: int | None = None) -> bytes:
    """Standard base64 (with padding) of exactly ``size`` bytes, or Damaged."""
    if not isinstance(value, str):
        raise Damaged(CHANGED)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Damaged(CHANGED) from None
    if size is not None and len(raw) != size:
        raise Damaged(CHANGED)
    return raw


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(key)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


# 1. The preamble and header


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes, int]:
    """Return (fields, preamble + header bytes, MAC, offset of the payload)."""
    if not data.startswith(MAGIC):
        raise Damaged(NOT_A_BACKUP)
    if len(data) < PREAMBLE.size:
        raise Damaged(CUT_OFF)
    _, version, length = PREAMBLE.unpack_from(data)
    if version > VERSION:
        raise Damaged(NEWER)
    if version != VERSION or not 0 < length <= MAX_HEADER:
        raise Damaged(CHANGED)
    end = PREAMBLE.size + length
    if len(data) < end + MAC_BYTES + TAG_BYTES:
        raise Damaged(CUT_OFF)
    try:
        fields = json.loads(
            data[PREAMBLE.size : end].decode("utf-8"), parse_constant=_refuse_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Damaged(CHANGED) from None
    if not isinstance(fields, dict) or fields.get("format") != FORMAT_NAME:
        raise Damaged(CHANGED)
    if not _is_int(fields.get("version")) or fields["version"] != VERSION:
        raise Damaged(CHANGED)
    if not _is_int(fields.get("chunk_size")) or fields["chunk_size"] != CHUNK_SIZE:
        raise Damaged(CHANGED)
    vault_id, sequence = fields.get("vault_id"), fields.get("sequence")
    if not isinstance(vault_id, str) or not _is_int(sequence):
        raise Damaged(CHANGED)
    if not re.fullmatch(r"[0-9a-f]{32}", vault_id) or fields.get("compression") != "zlib":
        raise Damaged(CHANGED)
    if not isinstance(fields.get("slots"), dict):
        raise Damaged(CHANGED)
    return fields, data[:end], data[end : end + MAC_BYTES], end + MAC_BYTES


def context(fields: dict[str, Any]) -> bytes:
    """What both key slots are bound to: this vault and this backup's number."""
    return b"\x00".join(
        (CONTEXT_LABEL, fields["vault_id"].encode(), str(fields["sequence"]).encode())
    )


# 2. The file key


def kdf_params(fields: dict[str, Any]) -> dict[str, Any]:
    """The Argon2id settings, refused (Damaged) when outside the accepted bounds."""

    def refuse(reason: str) -> Damaged:
        return Damaged(BAD_KDF.format(reason))

    raw = fields.get("kdf")
    try:
        if not isinstance(raw, dict):
            raise KeyError("kdf")
        if raw["kdf"] != "argon2id":
            raise refuse("The key derivation method is not one Afterglow uses.")
        salt = base64.b64decode(raw["salt"], validate=True)
        memory, iterations, lanes = raw["memory_kib"], raw["iterations"], raw["lanes"]
        if not (_is_int(memory) and _is_int(iterations) and _is_int(lanes)):
            raise TypeError
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise refuse("The key derivation settings are unreadable.") from None
    if len(salt) != SALT_BYTES:
        raise refuse("The key derivation salt has the wrong length.")
    if not 1 <= lanes <= MAX_LANES:
        raise refuse(f"The key derivation asks for {lanes} lanes.")
    if not 1 <= iterations <= MAX_ITERATIONS:
        raise refuse(f"The key derivation asks for {iterations} passes.")
    if not 8 * lanes <= memory <= MAX_MEMORY_KIB:
        raise refuse(
            f"The key derivation asks for {memory} KiB of memory; Afterglow accepts "
            f"{8 * lanes} to {MAX_MEMORY_KIB} KiB."
        )
    return {"salt": salt, "memory_kib": memory, "iterations": iterations, "lanes": lanes}


def derive_kek(passphrase: str, params: dict[str, Any]) -> bytes:
    """Argon2id over the NFC-normalised UTF-8 passphrase."""
    return Argon2id(
        salt=params["salt"],
        length=KEY_BYTES,
        iterations=params["iterations"],
        lanes=params["lanes"],
        memory_cost=params["memory_kib"],
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def _slot(fields: dict[str, Any], name: str, parts: dict[str, int]) -> dict[str, bytes]:
    slot = fields["slots"].get(name)
    if not isinstance(slot, dict):
        raise Damaged(CHANGED)
    return {part: _unb64(slot.get(part), size) for part, size in parts.items()}


def _unwrap(key: bytes, nonce: bytes, wrapped: bytes, associated: bytes, which: str) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, wrapped, associated)
    except InvalidTag:
        raise WrongKey(WRONG_KEY.format(which)) from None


def file_key_with_passphrase(fields: dict[str, Any], passphrase: str) -> bytes:
    params = kdf_params(fields)  # refused before deriving when the settings are absurd
    slot = _slot(fields, "passphrase", {"nonce": NONCE_BYTES, "wrapped": KEY_BYTES + TAG_BYTES})
    try:
        kek = derive_kek(passphrase, params)
    except UnicodeEncodeError:  # not text at all (undecodable bytes in the environment)
        raise WrongKey(WRONG_KEY.format("passphrase")) from None
    associated = PASSPHRASE_AD + context(fields)
    return _unwrap(kek, slot["nonce"], slot["wrapped"], associated, "passphrase")


def decode_recovery_code(code: str) -> X25519PrivateKey:
    """The private key in a recovery code; forgiving about case, spaces, dashes, O/I/L/U."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).translate(LOOKALIKES)
    if not cleaned.isascii() or any(ch not in CROCKFORD for ch in cleaned):
        raise WrongKey(CODE_CHARACTERS)
    if len(cleaned) != 56:  # 35 bytes: key and checksum
        raise WrongKey(CODE_INCOMPLETE)
    raw = base64.b32decode(cleaned.translate(TO_RFC4648))
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(CODE_CHECKSUM_LABEL + key).digest()[:CODE_CHECKSUM_BYTES] != check:
        raise WrongKey(CODE_INCOMPLETE)
    return X25519PrivateKey.from_private_bytes(key)


def file_key_with_recovery(fields: dict[str, Any], code: str) -> bytes:
    private = decode_recovery_code(code)
    slot = _slot(
        fields,
        "recovery",
        {
            "ephemeral_public": PUBLIC_KEY_BYTES,
            "recipient_public": PUBLIC_KEY_BYTES,
            "nonce": NONCE_BYTES,
            "wrapped": KEY_BYTES + TAG_BYTES,
        },
    )
    ephemeral, recipient = slot["ephemeral_public"], slot["recipient_public"]
    if private.public_key().public_bytes_raw() != recipient:
        raise WrongKey(WRONG_KEY.format("recovery key"))  # it belongs to another journal
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:  # a low-order point: no shared secret
        raise WrongKey(WRONG_KEY.format("recovery key")) from None
    key = _hkdf(shared, RECOVERY_WRAP_INFO, salt=ephemeral + recipient)
    associated = RECOVERY_AD + context(fields)
    return _unwrap(key, slot["nonce"], slot["wrapped"], associated, "recovery key")


# 3. The header MAC and the chunked payload


def decrypt_payload(
    data: bytes, fields: dict[str, Any], header: bytes, mac: bytes, offset: int, file_key: bytes
) -> bytes:
    """Check the header MAC, open every chunk in order, and decompress."""
    expected_mac = hmac.new(_hkdf(file_key, HEADER_MAC_INFO), header, hashlib.sha256).digest()
    if not hmac.compare_digest(expected_mac, mac):
        raise Damaged(CHANGED)
    prefix = _unb64(fields.get("nonce_prefix"), NONCE_PREFIX_BYTES)
    associated = hashlib.sha256(header + mac).digest()
    stream = AESGCM(_hkdf(file_key, STREAM_INFO))
    body = memoryview(data)[offset:]
    expected = fields.get("payload_bytes")
    if not _is_int(expected) or expected < TAG_BYTES:
        raise Damaged(CHANGED)
    if len(body) < expected:
        raise Damaged(CUT_OFF)
    if len(body) > expected:
        raise Damaged(ADDED)
    sealed_size = CHUNK_SIZE + TAG_BYTES
    count = max(1, -(-len(body) // sealed_size))
    if count - 1 > MAX_CHUNK_INDEX:
        raise Damaged(CHANGED)
    pieces = []
    for index in range(count):
        last = index == count - 1
        nonce = prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
        sealed = bytes(body[index * sealed_size : (index + 1) * sealed_size])
        try:
            pieces.append(stream.decrypt(nonce, sealed, associated))
        except InvalidTag:
            raise Damaged(CHANGED) from None
    return _decompress(b"".join(pieces))


# The same budget as Afterglow's reader (docs/backup-format.md, "Chunks", step 4): a real
# journal never comes near it; a backup that would unpack past it is not opened.
MAX_PAYLOAD = 1024 * 1024 * 1024
UNPACK_FLOOR = 64 * 1024 * 1024
MAX_RATIO = 100


def _decompress(packed: bytes) -> bytes:
    """Unpack in steps, never past the budget, so a crafted file can't fill the memory."""
    budget = min(MAX_PAYLOAD, max(UNPACK_FLOOR, MAX_RATIO * len(packed)))
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = packed
    try:
        while pending or not inflater.eof:
            room = budget - len(out)
            chunk = inflater.decompress(pending, min(room + 1, 1024 * 1024))
            out += chunk
            if len(out) > budget:
                raise Damaged(
                    f"This backup would unpack to more than {budget // (1024 * 1024):,} MiB; "
                    "it may be damaged or not a real backup, so it was not opened."
                )
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break
    except zlib.error:
        raise Damaged(CHANGED) from None
    if not inflater.eof:
        raise Damaged(CHANGED)
    return bytes(out)


# 4. The payload lines


def parse_payload(payload: bytes, fields: dict[str, Any]) -> list[dict[str, Any]]:
    """Check the manifest, every record line, and the trailer's count and checksum."""
    lines = payload.split(b"\n")  # only LF ends a line; JSON text never holds a raw LF
    if len(lines) < 3 or lines[-1] != b"":
        raise Damaged(CHANGED)
    try:
        manifest = json.loads(lines[0].decode("utf-8"))
        trailer = json.loads(lines[-2].decode("utf-8"))
        digest = hashlib.sha256()
        records = []
        for line in lines[1:-2]:
            digest.update(line + b"\n")
            item = json.loads(line.decode("utf-8"))
            if not isinstance(item, dict) or item.get("type") != "record":
                raise Damaged(CHANGED)
            if not isinstance(item.get("record"), dict):
                raise Damaged(CHANGED)
            records.append(item["record"])
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Damaged(CHANGED) from None
    if not isinstance(manifest, dict) or not isinstance(trailer, dict):
        raise Damaged(CHANGED)
    if (
        manifest.get("type") != "manifest"
        or manifest.get("vault_id") != fields["vault_id"]
        or not _is_int(manifest.get("sequence"))
        or manifest["sequence"] != fields["sequence"]
        or trailer.get("type") != "trailer"
        or not _is_int(trailer.get("count"))
        or trailer["count"] != len(records)
        or trailer.get("sha256") != digest.hexdigest()
    ):
        raise Damaged(CHANGED)
    return records


# All of it


def open_backup(
    data: bytes, *, passphrase: str | None = None, recovery_code: str | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Verify a whole backup and return (header fields, records). Nothing is trusted
    before every check has passed."""
    fields, header, mac, offset = read_header(data)
    if recovery_code is not None:
        file_key = file_key_with_recovery(fields, recovery_code)
    else:
        file_key = file_key_with_passphrase(fields, passphrase or "")
    records = parse_payload(decrypt_payload(data, fields, header, mac, offset, file_key), fields)
    # Checked last, as Afterglow does, whichever key opened the file.
    _slot(fields, "recovery", {"recipient_public": PUBLIC_KEY_BYTES})
    kdf_params(fields)
    return fields, records


# The command line


def _read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "it isn't UTF-8 text"
        raise UsageError(f"Couldn't read the {what} {path}: {reason}.") from None


def _ask(prompt: str) -> str:
    """Ask on the terminal without echoing, or explain that nobody can be asked."""
    if os.name == "posix":
        try:
            Path("/dev/tty").open().close()
        except OSError:
            raise UsageError(NO_TERMINAL) from None
    elif not sys.stdin.isatty():
        raise UsageError(NO_TERMINAL)
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError("Nothing was typed; nothing was decrypted.") from None


def _secret(args: argparse.Namespace) -> dict[str, str]:
    if args.recovery_key_file:
        return {"recovery_code": _read_text(args.recovery_key_file, "recovery key file")}
    if args.recovery:
        code = os.environ.get(RECOVERY_ENV) or _ask("Recovery key: ")
        return {"recovery_code": code}
    if args.passphrase_file:
        text = _read_text(args.passphrase_file, "passphrase file")
        return {"passphrase": text.splitlines()[0] if text else ""}  # as Afterglow reads it
    return {"passphrase": os.environ.get(PASSPHRASE_ENV) or _ask("Passphrase: ")}


def _dump(records: list[dict[str, Any]]) -> bytes:
    try:
        return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in a string: keep it as an escape
        return (json.dumps(records, indent=2) + "\n").encode("ascii")


# The output: the same rules as Afterglow's own files (a small copy, so this script
# needs nothing of Afterglow): a regular file only, never replaced without --force,
# written beside itself readable only by you, flushed, then moved into place whole.


def _check_out(path: str, *, force: bool) -> Path:
    """The file to write, or a UsageError saying why not (before any secret is asked)."""
    target = Path(path).expanduser().absolute()
    try:
        found = target.stat()
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise UsageError(f"Couldn't look at {target}: {error.strerror}.") from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise UsageError(
            f"{target} is a folder, a device or a pipe, not a file; it was left untouched. "
            "Give the name of a new file."
        )
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} doesn't exist; create it or choose another.")
    if found is not None and not force:
        raise UsageError(
            f"{target} already exists and was left untouched. Choose another name, or add "
            "--force to replace it."
        )
    return target.parent.resolve() / target.name


def _write_private(target: Path, content: bytes) -> None:
    """Write ``content`` to a 0600 file beside ``target``, sync it, then move it into place."""
    temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise Failure(
            f"Couldn't write {target}: {error.strerror or error}. Nothing was left behind; "
            "free some space or choose another folder, then try again."
        ) from None
    if os.name == "posix":
        with contextlib.suppress(OSError):
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="decrypt_backup.py",
        description="Verify and decrypt an Afterglow backup; print its records as JSON.",
        epilog="Exit status: 2 usage, 3 wrong passphrase or recovery key, 4 damaged file.",
    )
    parse.add_argument("backup", metavar="FILE", help="the .journal-backup file")
    parse.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (else ${PASSPHRASE_ENV}, "
        "else a prompt)",
    )
    parse.add_argument(
        "--recovery",
        action="store_true",
        help=f"open with the recovery key instead (from ${RECOVERY_ENV}, else a prompt)",
    )
    parse.add_argument(
        "--recovery-key-file", metavar="FILE", help="open with the recovery key in FILE"
    )
    parse.add_argument(
        "--out",
        metavar="FILE",
        help="write the records to FILE (a new file, readable only by you) instead of stdout",
    )
    parse.add_argument("--force", action="store_true", help="replace FILE given to --out")
    return parse


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.passphrase_file and (args.recovery or args.recovery_key_file):
            raise UsageError("Give either the passphrase or the recovery key, not both.")
        out = _check_out(args.out, force=args.force) if args.out else None
        try:
            data = Path(args.backup).read_bytes()
        except OSError as error:
            raise UsageError(f"Couldn't read {args.backup}: {error.strerror}.") from None
        read_header(data)  # say "not a backup" before asking for any secret
        fields, records = open_backup(data, **_secret(args))
        output = _dump(records)
        if out is not None:
            _write_private(out, output)
        else:
            sys.stdout.buffer.write(output)
            sys.stdout.flush()
    except Failure as failure:
        sys.stderr.write(f"decrypt_backup.py: {failure}\n")
        return failure.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("\nStopped; nothing was written.\n")
        return 130
    except BrokenPipeError:  # the reader of our output went away (say, `| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    where = f" to {args.out} (not encrypted; delete it when you're done)" if args.out else ""
    sys.stderr.write(
        f"Verified backup number {fields['sequence']} of journal {fields['vault_id']}, "
        f"made {fields.get('created', '?')}: {len(records)} records written{where}.\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
