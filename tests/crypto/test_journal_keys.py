"""Format 2's sealing: padding sizes, associated data, and the keys kept apart."""

from __future__ import annotations

import pytest

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.journal_keys import JournalKeys, pad, padded_size, padme

KEYS = JournalKeys(b"k" * 32)


@pytest.mark.parametrize(
    ("length", "size"),
    [
        (0, 1024),
        (1022, 1024),
        (1023, 1024),
        (1024, 1088),
        (2047, 2048),
        (5000, 5120),
        (70_000, 71_680),
    ],
)
def test_small_plaintexts_fill_1_kib_and_larger_ones_padme_sizes(length, size):
    assert padded_size(length) == size
    assert len(pad(b"x" * length)) == size


def test_padme_overhead_stays_under_an_eighth_and_never_shrinks():
    for length in range(2, 200_000, 997):
        assert length <= padme(length) <= length * 1.125


@pytest.mark.parametrize("text", ["", "plain", "Ā€ ends in 0x80 bytes: \u0100", "x" * 5000])
def test_text_with_0x80_bytes_comes_back_whole(text):
    plain = text.encode()
    assert (
        KEYS.open_record("a" * 32, "entry", 3, KEYS.seal_record("a" * 32, "entry", 3, plain))
        == plain
    )


@pytest.mark.parametrize(
    ("record_id", "kind", "rev"),
    [("b" * 32, "entry", 3), ("a" * 32, "checkin", 3), ("a" * 32, "entry", 2)],
)
def test_the_id_kind_and_revision_are_bound(record_id, kind, rev):
    blob = KEYS.seal_record("a" * 32, "entry", 3, b"words")
    with pytest.raises(DecryptionFailed):
        KEYS.open_record(record_id, kind, rev, blob)


def test_records_and_index_parts_use_different_keys():
    part = KEYS.seal_part("vault", 7, b"{}")
    assert KEYS.open_part("vault", 7, part) == b"{}"
    with pytest.raises(DecryptionFailed):
        KEYS.open_part("vault", 8, part)
    with pytest.raises(DecryptionFailed):
        KEYS.open_record("vault", "", 7, part)
    assert KEYS.index_mac(b"m") != KEYS.header_mac(b"m")


def test_wipe_overwrites_the_mac_keys():
    keys = JournalKeys(b"q" * 32)
    before = keys.header_mac(b"h")
    keys.wipe()
    assert keys.header_mac(b"h") != before
