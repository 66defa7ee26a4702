"""The backup file format: round trips, and every kind of damage is caught by name."""

from __future__ import annotations

import base64
import contextlib
import os
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.backup.format import (
    ADDED,
    CHANGED,
    CHUNK_SIZE,
    CUT_OFF,
    NOT_A_BACKUP,
    PREAMBLE,
    BackupError,
    BackupKeys,
    encode_backup,
    open_backup,
    read_header,
)
from journal_app.crypto import kdf as kdf_module
from journal_app.crypto import recovery
from journal_app.crypto.kdf import KdfParams, derive_key
from journal_app.domain.errors import WrongPassphrase

PASSPHRASE = "a backup passphrase"
PARAMS = KdfParams(b"s" * 16, 64, 1, 1)
RECOVERY, CODE = recovery.generate()
KEYS = BackupKeys(derive_key(PASSPHRASE, PARAMS), PARAMS, RECOVERY.public_key())
SEALED = CHUNK_SIZE + 16


def records(n: int = 3, size: int = 40) -> list[dict[str, object]]:
    """Record-like dicts; random text so the payload does not compress away."""
    return [
        {
            "id": f"{i:032x}",
            "kind": "entry",
            "data": {"body": base64.b64encode(os.urandom(size)).decode()},
        }
        for i in range(n)
    ]


def backup(items: list[dict[str, object]] | None = None, sequence: int = 1) -> bytes:
    return encode_backup(
        records() if items is None else items,
        vault_id="0123456789abcdef" * 2,
        sequence=sequence,
        created="2026-03-14T18:30:00.000Z",
        keys=KEYS,
    )


BIG = records(4, 60_000)  # about three chunks
BIG_FILE = backup(BIG)


def body_offset(data: bytes) -> int:
    return read_header(data).body_offset


def test_a_backup_opens_with_the_passphrase_its_key_or_the_recovery_key():
    items = records()
    data = backup(items)
    for way in ({"passphrase": PASSPHRASE}, {"kek": KEYS.kek}, {"recovery_code": CODE}):
        contents = open_backup(data, **way)
        assert contents.records == items
        assert (contents.vault_id, contents.sequence) == ("0123456789abcdef" * 2, 1)


def test_a_large_backup_spans_several_chunks_and_round_trips():
    assert len(BIG_FILE) - body_offset(BIG_FILE) > 2 * SEALED
    assert open_backup(BIG_FILE, kek=KEYS.kek).records == BIG


def test_an_empty_journal_still_makes_a_valid_backup():
    assert open_backup(backup([]), kek=KEYS.kek).records == []


def test_a_wrong_passphrase_or_recovery_key_is_refused():
    data = backup()
    with pytest.raises(WrongPassphrase):
        open_backup(data, passphrase="not the passphrase")
    _, other = recovery.generate()
    with pytest.raises(WrongPassphrase):
        open_backup(data, recovery_code=other)


@pytest.mark.parametrize("data", [b"", os.urandom(5000), b"AFTERGLOW", b"PK\x03\x04" + b"0" * 100])
def test_things_that_are_not_backups_say_so(data):
    with pytest.raises(BackupError, match="not an Afterglow backup"):
        open_backup(data, kek=KEYS.kek)
    assert NOT_A_BACKUP


def test_a_future_version_asks_for_a_newer_afterglow():
    data = bytearray(backup())
    data[16] = 2
    with pytest.raises(BackupError, match="newer Afterglow"):
        open_backup(bytes(data), kek=KEYS.kek)


@pytest.mark.parametrize("cut", [1, 100, SEALED, SEALED + 17, 2 * SEALED])
def test_a_file_cut_off_at_or_inside_a_chunk_ends_early(cut):
    offset = body_offset(BIG_FILE)
    with pytest.raises(BackupError) as caught:
        open_backup(BIG_FILE[: offset + cut], kek=KEYS.kek)
    assert str(caught.value) == CUT_OFF


def test_a_file_cut_inside_the_header_ends_early():
    with pytest.raises(BackupError, match="ends early"):
        open_backup(BIG_FILE[: PREAMBLE.size + 10], kek=KEYS.kek)


def test_bytes_appended_after_the_end_are_caught():
    with pytest.raises(BackupError) as caught:
        open_backup(backup() + b"more", kek=KEYS.kek)
    assert str(caught.value) == ADDED


def test_one_flipped_byte_in_the_payload_is_caught():
    offset = body_offset(BIG_FILE)
    for position in (offset, offset + SEALED + 5, len(BIG_FILE) - 1):
        damaged = bytearray(BIG_FILE)
        damaged[position] ^= 0x01
        with pytest.raises(BackupError) as caught:
            open_backup(bytes(damaged), kek=KEYS.kek)
        assert str(caught.value) == CHANGED


def test_a_flipped_byte_in_the_header_or_its_mac_is_caught():
    data = backup()
    header = read_header(data)
    for position in (PREAMBLE.size + 2, header.body_offset - 3):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises((BackupError, WrongPassphrase)):
            open_backup(bytes(damaged), kek=KEYS.kek)


def test_changed_header_text_fails_its_mac():
    data = backup()
    damaged = data.replace(b'"sequence":1', b'"sequence":2')
    with pytest.raises((BackupError, WrongPassphrase)):
        open_backup(damaged, kek=KEYS.kek)
    damaged = data.replace(b"2026-03-14T18:30", b"2026-03-14T18:31")
    with pytest.raises(BackupError, match="changed after it was written"):
        open_backup(damaged, kek=KEYS.kek)


def test_swapped_or_dropped_chunks_are_caught():
    offset = body_offset(BIG_FILE)
    chunks = [
        BIG_FILE[offset + i : offset + i + SEALED] for i in range(0, len(BIG_FILE) - offset, SEALED)
    ]
    swapped = BIG_FILE[:offset] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    dropped = BIG_FILE[:offset] + chunks[0] + b"".join(chunks[2:])
    with pytest.raises(BackupError, match="changed after it was written"):
        open_backup(swapped, kek=KEYS.kek)
    with pytest.raises(BackupError, match="ends early"):  # shorter than its header says
        open_backup(dropped, kek=KEYS.kek)


def test_a_chunk_spliced_from_another_backup_is_caught():
    other = backup(BIG)  # same keys, same records, another file key and header
    offset, other_offset = body_offset(BIG_FILE), body_offset(other)
    spliced = (
        BIG_FILE[: offset + SEALED]
        + other[other_offset + SEALED : other_offset + 2 * SEALED]
        + BIG_FILE[offset + 2 * SEALED :]
    )
    with pytest.raises(BackupError, match="changed after it was written"):
        open_backup(spliced, kek=KEYS.kek)


def test_absurd_kdf_memory_in_the_header_is_refused_before_deriving(monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("derived with absurd parameters")

    monkeypatch.setattr(kdf_module, "Argon2id", must_not_run)
    data = backup()
    damaged = data.replace(b'"memory_kib":64', b'"memory_kib":67108864')
    length = len(read_header(data).raw) - PREAMBLE.size + len(damaged) - len(data)
    damaged = damaged[:16] + bytes([1]) + struct.pack(">I", length) + damaged[PREAMBLE.size :]
    with pytest.raises(BackupError, match="key settings look wrong"):
        open_backup(damaged, passphrase=PASSPHRASE)


FUZZ_ORIGINAL = backup()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_the_reader_only_ever_raises_its_own_errors(data):
    original = FUZZ_ORIGINAL
    kind = data.draw(st.sampled_from(["flip", "cut", "insert", "random"]))
    if kind == "random":
        damaged = data.draw(st.binary(max_size=600))
    else:
        position = data.draw(st.integers(0, len(original) - 1))
        if kind == "flip":
            bit = data.draw(st.integers(0, 7))
            damaged = bytearray(original)
            damaged[position] ^= 1 << bit
            damaged = bytes(damaged)
        elif kind == "cut":
            damaged = original[:position]
        else:
            damaged = (
                original[:position]
                + data.draw(st.binary(min_size=1, max_size=20))
                + original[position:]
            )
    with contextlib.suppress(BackupError, WrongPassphrase):  # anything else fails the test
        open_backup(damaged, kek=KEYS.kek)
