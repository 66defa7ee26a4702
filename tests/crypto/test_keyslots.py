from __future__ import annotations

import pytest

from journal_app.crypto import keyslots, recovery
from journal_app.crypto.errors import DecryptionFailed, MalformedKey
from journal_app.crypto.kdf import KdfParams, derive_key

PARAMS = KdfParams(b"s" * 16, 64, 1, 1)
DATA_KEY = b"d" * 32


def test_a_passphrase_slot_opens_with_the_same_key_only():
    slot = keyslots.wrap_with_key(derive_key("right one", PARAMS), PARAMS, DATA_KEY, "v1")
    assert keyslots.unwrap_with_key(derive_key("right one", PARAMS), slot, "v1") == DATA_KEY
    with pytest.raises(DecryptionFailed):
        keyslots.unwrap_with_key(derive_key("wrong one", PARAMS), slot, "v1")


def test_a_slot_is_bound_to_its_vault():
    slot = keyslots.wrap_with_key(derive_key("right one", PARAMS), PARAMS, DATA_KEY, "v1")
    with pytest.raises(DecryptionFailed):
        keyslots.unwrap_with_key(derive_key("right one", PARAMS), slot, "v2")


def test_the_recovery_slot_opens_with_the_recovery_code():
    key, code = recovery.generate()
    slot = keyslots.wrap_to_recovery(key.public_key(), DATA_KEY, "v1")
    assert "private" not in str(slot.params)
    assert keyslots.unwrap_with_recovery(recovery.decode(code), slot, "v1") == DATA_KEY


def test_another_recovery_key_is_refused():
    key, _ = recovery.generate()
    other, _ = recovery.generate()
    slot = keyslots.wrap_to_recovery(key.public_key(), DATA_KEY, "v1")
    with pytest.raises(DecryptionFailed):
        keyslots.unwrap_with_recovery(other, slot, "v1")


def test_recovery_codes_forgive_case_spaces_and_lookalike_letters():
    key, code = recovery.generate()
    assert len(code.split("-")) == 14 and all(len(g) == 4 for g in code.split("-"))
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery.private_bytes(recovery.decode(sloppy)) == recovery.private_bytes(key)


def test_a_typo_in_the_recovery_code_is_caught_by_its_checksum():
    _, code = recovery.generate()
    groups = code.split("-")
    groups[3] = "ZZZZ" if groups[3] != "ZZZZ" else "YYYY"
    with pytest.raises(MalformedKey):
        recovery.decode("-".join(groups))
    with pytest.raises(MalformedKey):
        recovery.decode(code[:-5])
    with pytest.raises(MalformedKey):
        recovery.decode("not a key at all!")
