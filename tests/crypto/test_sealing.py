from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.sealing import PAD_BLOCK, RecordSealer, pad, unpad

SEALER = RecordSealer(b"k" * 32)


@given(st.binary(max_size=3000))
def test_sealed_records_open_to_the_same_bytes(plaintext):
    blob = SEALER.seal("records", "abc", plaintext)
    assert SEALER.open("records", "abc", blob) == plaintext


@given(st.binary(max_size=2000))
def test_padding_hides_the_length_to_a_256_byte_multiple(plaintext):
    padded = pad(plaintext)
    assert len(padded) % PAD_BLOCK == 0 and len(padded) > len(plaintext)
    assert unpad(padded) == plaintext


def test_sealing_twice_gives_different_blobs():
    assert SEALER.seal("records", "a", b"same") != SEALER.seal("records", "a", b"same")


def test_one_flipped_byte_anywhere_is_detected():
    blob = SEALER.seal("records", "a", b"hello" * 40)
    for index in range(len(blob)):
        damaged = bytearray(blob)
        damaged[index] ^= 0x01
        with pytest.raises(DecryptionFailed):
            SEALER.open("records", "a", bytes(damaged))


def test_a_blob_moved_to_another_row_or_table_does_not_open():
    blob = SEALER.seal("records", "a", b"hello")
    with pytest.raises(DecryptionFailed):
        SEALER.open("records", "b", blob)
    with pytest.raises(DecryptionFailed):
        SEALER.open("other", "a", blob)


def test_another_data_key_does_not_open_it():
    blob = SEALER.seal("records", "a", b"hello")
    with pytest.raises(DecryptionFailed):
        RecordSealer(os.urandom(32)).open("records", "a", blob)


def test_truncated_blobs_are_refused():
    with pytest.raises(DecryptionFailed):
        SEALER.open("records", "a", b"\x01short")
