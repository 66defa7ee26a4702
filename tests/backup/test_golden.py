"""Golden backup files: every later Afterglow must open these, byte for byte as they are.

The files in tests/backup/golden/ were written once by :func:`make_golden` and are never
rewritten. If a test here fails, the change broke compatibility with backups people
already have; fix the change, not the golden file (docs/backup-format.md, Compatibility).

A new golden file (a new version gets ``v2-...`` files beside these) is added to
GOLDEN_SETS and written with::

    AFTERGLOW_WRITE_GOLDEN=1 .venv/bin/python -m pytest tests/backup/test_golden.py -k write

:func:`make_golden` writes only the files that are missing and never replaces one.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from journal_app.backup.format import (
    ADDED,
    CHANGED,
    CUT_OFF,
    NOT_A_BACKUP,
    PREAMBLE,
    BackupError,
    BackupKeys,
    encode_backup,
    open_backup,
    read_header,
)
from journal_app.crypto import recovery
from journal_app.crypto.kdf import KdfParams, derive_key
from journal_app.domain.errors import WrongPassphrase
from journal_app.domain.records import Record
from journal_app.storage.codec import canonical_json

GOLDEN = Path(__file__).resolve().parent / "golden"
BASIC = GOLDEN / "v1-basic.journal-backup"
EMPTY = GOLDEN / "v1-empty.journal-backup"
MULTI = GOLDEN / "v1-multichunk.journal-backup"
BASIC_EXPECTED = GOLDEN / "v1-basic.expected.json"
EMPTY_EXPECTED = GOLDEN / "v1-empty.expected.json"
RECOVERY_KEY = GOLDEN / "v1-basic.recovery-key.txt"  # every golden file was made with it

PASSPHRASE = "golden passphrase"
KDF = KdfParams(bytes(range(16)), 64, 1, 1)
VAULT_ID = "6a1f0e2d9c3b4a5968778695a4b3c2d1"
BASIC_SEQUENCE = 12
BASIC_CREATED = "2026-03-20T08:15:30.250Z"
EMPTY_SEQUENCE = 1
EMPTY_CREATED = "2026-02-27T19:02:11.007Z"
MULTI_SEQUENCE = 13
MULTI_CREATED = "2026-03-21T23:59:59.999Z"


# Writing the golden files (once)


def _envelope(
    record_id: str,
    kind: str,
    data: dict[str, Any],
    created_at: str,
    updated_at: str | None = None,
    rev: int = 1,
    deleted_at: str | None = None,
) -> dict[str, Any]:
    """A record in the shape of ``Record.to_dict()``."""
    return {
        "id": record_id,
        "kind": kind,
        "schema": 1,
        "created_at": created_at,
        "updated_at": updated_at or created_at,
        "rev": rev,
        "deleted_at": deleted_at,
        "data": data,
    }


def golden_records() -> list[dict[str, Any]]:
    """The records of v1-basic, sorted by id as export writes them."""
    first = _envelope(
        "0b7e4c1a9f2d4e6b8a3c5d7e9f1a2b3c",
        "entry",
        {
            "body": (
                "Morning pages. Café au lait, ☀️ and a long walk by the river — feeling 🙂.\n\n"
                "Grüße aus Köln · 日本語のテキスト · עברית · Ελληνικά\n"
                'A line separator\u2028inside one line, a tab\there, and a "quote" \\ slash.'
            ),
            "date": "2026-03-01",
            "title": "Erster Tag ✨",
            "tags": ["morning", "café"],
            "private": False,
            "prompt_id": None,
            "mood": 7,
        },
        "2026-03-01T07:12:45.120Z",
    )
    edited_before = _envelope(
        "3c9d2e7f1a4b4c8d9e0f1a2b3c4d5e6f",
        "entry",
        {
            "body": "Slept badly. The fog is back.",
            "date": "2026-03-03",
            "title": "",
            "tags": [],
            "private": False,
            "prompt_id": "daily-inner-weather",
            "mood": 3,
        },
        "2026-03-03T22:40:00.000Z",
    )
    edited = copy.deepcopy(edited_before)
    edited["data"]["body"] = (
        "Slept badly. The fog is back, but it lifted by lunch and I called my sister."
    )
    edited["data"]["tags"] = ["sleep", "family"]
    edited["data"]["mood"] = 5
    edited.update(updated_at="2026-03-04T09:05:12.300Z", rev=2)
    revision = _envelope(
        "5e2a8b4c6d0f4e1a9b7c3d5e7f9a1b2c",
        "revision",
        {"record_id": edited["id"], "snapshot": edited_before},
        "2026-03-04T09:05:12.300Z",
    )
    trashed = _envelope(
        "7a4f6c8e0b2d4f6a8c0e2b4d6f8a0c2e",
        "entry",
        {
            "body": "Draft I don't want to keep.",
            "date": "2026-03-02",
            "title": "Never mind",
            "tags": [],
            "private": True,
            "prompt_id": None,
            "mood": None,
        },
        "2026-03-02T12:00:00.000Z",
        "2026-03-02T12:30:00.000Z",
        rev=2,
        deleted_at="2026-03-02T12:30:00.000Z",
    )
    checkin = _envelope(
        "9d1b3f5a7c9e4b1d3f5a7c9e1b3d5f7a",
        "checkin",
        {
            "at": "2026-03-05T21:40",
            "mood": 6,
            "anxiety": 3,
            "energy": 4,
            "sleep_hours": 7.5,
            "sleep_quality": 4,
            "emotions": ["calm", "tender"],
            "note": "Quiet evening. Ça va.",
        },
        "2026-03-05T20:40:31.812Z",
    )
    journey = _envelope(
        "b2c4d6e8f0a24c6e8a0b2c4d6e8f0a1b",
        "journey",
        {
            "planned_at": "2026-03-10T10:00",
            "preparation": {
                "checked": ["prep-prescriber", "prep-fasting"],
                "hidden": [],
                "custom_items": [["own-1", "Bring the blue blanket 💙"]],
                "screening": {"sitter": "Sam (partner)", "ride_home": "Sam drives"},
            },
            "intention": {
                "answers": {"intention-drawn": "Curiosity about the grief."},
                "sentence": "I want to meet what comes with kindness.",
            },
            "session": {
                "start": "2026-03-10T10:05",
                "onset": "2026-03-10T10:09",
                "peak": "2026-03-10T10:30",
                "end": "2026-03-10T11:00",
                "setting": "clinic",
                "route": "IV",
                "dose_mg": 35.5,
                "provider": "Dr. Müller",
                "sitter_present": True,
                "music": "Clinic playlist",
                "intensity": 7,
                "dissociation": 6,
                "body": "Heavy arms, warm chest.",
                "notes": [{"at": "2026-03-10T10:40", "text": "Ocean. Colours like 🌊."}],
                "narrative": "It started slowly…",
            },
            "aftercare": ["after-rest", "after-water-meal"],
            "integration": {
                "0h": {
                    "int-0h-images": {
                        "text": "A door in a field.",
                        "starred": True,
                        "answered_at": "2026-03-10T13:20:05.000Z",
                    }
                },
                "1d": {
                    "int-1d-sleep": {
                        "text": "Slept nine hours.",
                        "starred": False,
                        "answered_at": "2026-03-11T08:02:44.500Z",
                    }
                },
            },
        },
        "2026-03-06T18:00:00.000Z",
        "2026-03-11T08:02:44.500Z",
        rev=9,
    )
    assessment = _envelope(
        "d4e6f8a0b2c44e6f8a0b2c4d6e8f0a2b",
        "assessment",
        {
            "instrument": "phq9",
            "version": 1,
            "at": "2026-03-12T19:30",
            "answers": [1, 1, 0, 2, 1, 0, 1, 0, 0],
            "total": 6,
            "severity": "mild",
            "flags": [],
            "extra": {},
        },
        "2026-03-12T18:31:02.040Z",
    )
    setting = _envelope(
        "f1e2d3c4b5a64798a0b1c2d3e4f5a6b7",
        "setting",
        {"key": "region", "value": "uk"},
        "2026-02-27T19:00:00.000Z",
    )
    return [first, edited, revision, trashed, checkin, journey, assessment, setting]


def multichunk_records() -> list[dict[str, Any]]:
    """The records of v1-multichunk: six long entries of text that hardly compresses, so
    the payload spans three chunks. Built from SHA-256, so they are the same forever."""
    records = []
    for n in range(6):
        noise = b"".join(
            hashlib.sha256(b"afterglow golden %d %d" % (n, i)).digest() for i in range(768)
        )
        records.append(
            _envelope(
                f"{n:02x}" + "c0ffee" * 5,
                "entry",
                {
                    "body": f"Long entry {n} ✍️\n" + base64.b64encode(noise).decode(),
                    "date": f"2026-01-0{n + 1}",
                    "title": "",
                    "tags": [],
                    "private": False,
                    "prompt_id": None,
                    "mood": None,
                },
                f"2026-01-0{n + 1}T09:00:00.000Z",
            )
        )
    return records


# name -> (records, sequence, created, whether the records are also kept as expected.json)
GOLDEN_SETS: dict[str, tuple[list[dict[str, Any]], int, str, bool]] = {
    "v1-basic": (golden_records(), BASIC_SEQUENCE, BASIC_CREATED, True),
    "v1-empty": ([], EMPTY_SEQUENCE, EMPTY_CREATED, True),
    "v1-multichunk": (multichunk_records(), MULTI_SEQUENCE, MULTI_CREATED, False),
}


def make_golden(folder: Path = GOLDEN) -> list[Path]:
    """Write whichever golden files are missing; never replace one that exists.

    Every golden backup is made with the one recovery key in v1-basic.recovery-key.txt
    (generated here the first time), the passphrase PASSPHRASE and the cheap KDF.
    """
    key_path = folder / RECOVERY_KEY.name
    backups = {name: folder / f"{name}.journal-backup" for name in GOLDEN_SETS}
    written: list[Path] = []
    if key_path.exists():
        private = recovery.decode(key_path.read_text(encoding="utf-8"))
    elif any(path.exists() for path in backups.values()):
        raise FileNotFoundError(f"{key_path} is missing; the golden backups need it.")
    else:
        private, code = recovery.generate()
        folder.mkdir(parents=True, exist_ok=True)
        key_path.write_text(code + "\n", encoding="utf-8")
        written.append(key_path)
    keys = BackupKeys(derive_key(PASSPHRASE, KDF), KDF, private.public_key())
    for name, (records, sequence, created, keep_expected) in GOLDEN_SETS.items():
        if backups[name].exists():
            continue
        assert [r["id"] for r in records] == sorted(r["id"] for r in records)
        for record in records:  # the envelopes are exactly what Record.to_dict() writes
            assert Record.from_dict(record).to_dict() == record
        data = encode_backup(
            records, vault_id=VAULT_ID, sequence=sequence, created=created, keys=keys
        )
        backups[name].write_bytes(data)
        written.append(backups[name])
        expected_path = folder / f"{name}.expected.json"
        if keep_expected and not expected_path.exists():
            text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
            expected_path.write_text(text, encoding="utf-8")
            written.append(expected_path)
    return written


@pytest.mark.skipif(
    os.environ.get("AFTERGLOW_WRITE_GOLDEN") != "1", reason="writes golden files only on request"
)
def test_write_golden_files():
    print("written:", *make_golden())


# Reading them, forever

KEK = derive_key(PASSPHRASE, KDF)


def expected(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))


def code() -> str:
    return RECOVERY_KEY.read_text(encoding="utf-8").strip()


def expected_records(path: Path) -> list[dict[str, Any]]:
    """What a golden backup must yield: its expected.json, or the generated records."""
    if path == MULTI:
        return multichunk_records()
    return expected(path.with_name(path.name.replace(".journal-backup", ".expected.json")))


@pytest.mark.parametrize(
    ("path", "sequence", "created"),
    [
        (BASIC, BASIC_SEQUENCE, BASIC_CREATED),
        (EMPTY, EMPTY_SEQUENCE, EMPTY_CREATED),
        (MULTI, MULTI_SEQUENCE, MULTI_CREATED),
    ],
)
@pytest.mark.parametrize("way", ["passphrase", "recovery"])
def test_a_golden_file_opens_and_yields_exactly_the_expected_records(path, sequence, created, way):
    secret = {"passphrase": PASSPHRASE} if way == "passphrase" else {"recovery_code": code()}
    contents = open_backup(path.read_bytes(), **secret)
    assert contents.records == expected_records(path)
    assert (contents.vault_id, contents.sequence, contents.created) == (
        VAULT_ID,
        sequence,
        created,
    )
    assert contents.kdf == KDF
    private = recovery.decode(code())
    assert contents.recovery_public.public_bytes_raw() == private.public_key().public_bytes_raw()


def test_the_expected_records_are_what_the_golden_set_promises():
    records = expected(BASIC_EXPECTED)
    assert records == golden_records()
    kinds = [r["kind"] for r in records]
    for kind in ("entry", "revision", "checkin", "journey", "assessment", "setting"):
        assert kind in kinds
    assert any(r["deleted_at"] for r in records)  # an entry in the Trash
    revision = next(r for r in records if r["kind"] == "revision")
    edited = next(r for r in records if r["id"] == revision["data"]["record_id"])
    assert edited["rev"] == revision["data"]["snapshot"]["rev"] + 1
    for record in records:  # restore rebuilds records with Record.from_dict
        Record.from_dict(record)
    assert expected(EMPTY_EXPECTED) == []


def test_the_recovery_code_is_written_the_documented_way():
    text = code()
    groups = text.split("-")
    assert len(groups) == 14
    assert all(len(g) == 4 and set(g) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for g in groups)
    recovery.decode(text.lower().replace("-", " "))  # forgiving about case and separators


@pytest.mark.parametrize(
    ("path", "sequence", "created", "records", "chunks"),
    [
        (BASIC, BASIC_SEQUENCE, BASIC_CREATED, 8, 1),
        (EMPTY, EMPTY_SEQUENCE, EMPTY_CREATED, 0, 1),
        (MULTI, MULTI_SEQUENCE, MULTI_CREATED, 6, 3),
    ],
)
def test_golden_header_fields_are_as_documented(path, sequence, created, records, chunks):
    data = path.read_bytes()
    magic, version, length = struct.unpack_from(">16sBI", data)
    assert (magic, version) == (b"AFTERGLOW-BACKUP", 1)
    raw = data[21 : 21 + length]
    fields = json.loads(raw)
    assert canonical_json(fields) == raw  # canonical: sorted keys, no spaces, UTF-8
    assert set(fields) == {
        "format",
        "version",
        "vault_id",
        "sequence",
        "created",
        "chunk_size",
        "compression",
        "nonce_prefix",
        "payload_bytes",
        "kdf",
        "slots",
    }
    assert fields["format"] == "afterglow-backup"
    assert fields["version"] == 1
    assert fields["vault_id"] == VAULT_ID
    assert fields["sequence"] == sequence
    assert fields["created"] == created
    assert fields["chunk_size"] == 65536
    assert fields["compression"] == "zlib"
    assert len(base64.b64decode(fields["nonce_prefix"], validate=True)) == 7
    body = len(data) - (21 + length + 32)
    assert fields["payload_bytes"] == body
    assert -(-body // (65536 + 16)) == chunks
    assert fields["kdf"] == {
        "kdf": "argon2id",
        "salt": base64.b64encode(bytes(range(16))).decode(),
        "memory_kib": 64,
        "iterations": 1,
        "lanes": 1,
    }
    slots = fields["slots"]
    assert set(slots) == {"passphrase", "recovery"}
    sizes = {"nonce": 12, "wrapped": 48, "ephemeral_public": 32, "recipient_public": 32}
    assert set(slots["passphrase"]) == {"nonce", "wrapped"}
    assert set(slots["recovery"]) == {"ephemeral_public", "recipient_public", "nonce", "wrapped"}
    for slot in slots.values():
        for name, value in slot.items():
            assert len(base64.b64decode(value, validate=True)) == sizes[name]
    public = recovery.decode(code()).public_key().public_bytes_raw()
    assert base64.b64decode(slots["recovery"]["recipient_public"]) == public
    assert len(open_backup(data, kek=KEK).records) == records


def _flipped(data: bytes, position: int, mask: int = 0x01) -> bytes:
    damaged = bytearray(data)
    damaged[position] ^= mask
    return bytes(damaged)


def test_a_flipped_bit_anywhere_in_the_golden_header_mac_or_payload_is_caught():
    data = BASIC.read_bytes()
    header = read_header(data)
    created_at = data.index(BASIC_CREATED.encode()) + len(BASIC_CREATED) - 1
    for position in (
        created_at,  # header text the key unwrapping does not use: the MAC catches it
        header.body_offset - 32,  # first byte of the MAC
        header.body_offset - 1,  # last byte of the MAC
        header.body_offset,  # first byte of the sealed payload
        (header.body_offset + len(data)) // 2,
        len(data) - 1,  # last byte of the last tag
    ):
        for way in ({"kek": KEK}, {"passphrase": PASSPHRASE}, {"recovery_code": code()}):
            with pytest.raises(BackupError) as caught:
                open_backup(_flipped(data, position), **way)
            assert str(caught.value) == CHANGED


def test_a_flipped_bit_in_a_key_slot_or_the_key_context_looks_like_a_wrong_key():
    data = BASIC.read_bytes()
    fields = read_header(data).fields
    wrapped = data.index(fields["slots"]["passphrase"]["wrapped"].encode()) + 3
    with pytest.raises(WrongPassphrase):
        open_backup(_flipped(data, wrapped), passphrase=PASSPHRASE)
    sequence = data.index(b'"sequence":12') + len('"sequence":1')  # 12 -> 13
    with pytest.raises(WrongPassphrase):
        open_backup(_flipped(data, sequence), passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_backup(_flipped(data, sequence), recovery_code=code())


def test_the_golden_files_are_refused_when_cut_extended_or_from_the_future():
    data = BASIC.read_bytes()
    offset = read_header(data).body_offset
    for cut in (PREAMBLE.size + 5, offset - 1, offset, offset + 16, len(data) - 1):
        with pytest.raises(BackupError) as caught:
            open_backup(data[:cut], kek=KEK)
        assert str(caught.value) == CUT_OFF
    with pytest.raises(BackupError) as caught:
        open_backup(data + b"\x00", kek=KEK)
    assert str(caught.value) == ADDED
    newer = data[:16] + bytes([2]) + data[17:]
    with pytest.raises(BackupError, match="newer Afterglow"):
        open_backup(newer, kek=KEK)
    with pytest.raises(BackupError) as caught:
        open_backup(b"X" + data[1:], kek=KEK)
    assert str(caught.value) == NOT_A_BACKUP


def test_reordered_dropped_or_repeated_chunks_of_the_multichunk_golden_are_caught():
    data = MULTI.read_bytes()
    offset = read_header(data).body_offset
    size = 65536 + 16
    chunks = [data[i : i + size] for i in range(offset, len(data), size)]
    assert [len(c) for c in chunks[:2]] == [size, size] and len(chunks) == 3
    head = data[:offset]
    for body, message in (
        (chunks[1] + chunks[0] + chunks[2], CHANGED),  # swapped
        (chunks[0] + chunks[0] + chunks[2], CHANGED),  # repeated
        (chunks[0] + chunks[2], CUT_OFF),  # the middle one dropped
        (chunks[0] + chunks[1], CUT_OFF),  # cut exactly at a chunk boundary
        (chunks[0] + chunks[1] + chunks[2] + chunks[2], ADDED),  # one appended
    ):
        for way in ({"kek": KEK}, {"recovery_code": code()}):
            with pytest.raises(BackupError) as caught:
                open_backup(head + body, **way)
            assert str(caught.value) == message


def test_a_wrong_passphrase_or_recovery_key_does_not_open_the_golden_file():
    data = BASIC.read_bytes()
    with pytest.raises(WrongPassphrase):
        open_backup(data, passphrase="golden passphrase ")
    _, other = recovery.generate()
    with pytest.raises(WrongPassphrase):
        open_backup(data, recovery_code=other)


def test_no_single_bit_flip_in_the_empty_golden_file_opens():
    data = EMPTY.read_bytes()
    for position in range(len(data)):
        for bit in range(8):
            with pytest.raises((BackupError, WrongPassphrase)):
                open_backup(_flipped(data, position, 1 << bit), kek=KEK)


@pytest.mark.parametrize("name", [b'"vault_id"', b'"sequence"'])
def test_a_flipped_bit_in_a_header_field_name_is_reported_as_damage(name):
    data = EMPTY.read_bytes()
    position = data.index(name) + 2
    with pytest.raises(BackupError) as caught:
        open_backup(_flipped(data, position), kek=KEK)
    assert str(caught.value) == CHANGED
