from __future__ import annotations

import os
import time
import unicodedata

import pytest

from journal_app.crypto import kdf
from journal_app.crypto.errors import UnsafeParameters
from journal_app.crypto.kdf import KdfParams, derive_key

CHEAP = KdfParams(b"s" * 16, memory_kib=64, iterations=1, lanes=1)


def test_the_same_passphrase_typed_in_nfc_or_nfd_gives_the_same_key():
    passphrase = "Grüße, Ångström café"
    nfc = unicodedata.normalize("NFC", passphrase)
    nfd = unicodedata.normalize("NFD", passphrase)
    assert nfc != nfd
    assert derive_key(nfc, CHEAP) == derive_key(nfd, CHEAP)


def test_a_different_salt_gives_a_different_key():
    other = KdfParams(b"t" * 16, 64, 1, 1)
    assert derive_key("passphrase", CHEAP) != derive_key("passphrase", other)


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 64 * 1024 * 1024},  # 64 GiB
        {"iterations": 10_000},
        {"lanes": 255},
        {"iterations": 0},
        {"salt": "c2hvcnQ="},  # 5 bytes
        {"kdf": "pbkdf2"},
        {"memory_kib": "lots"},
    ],
)
def test_absurd_stored_parameters_are_refused_before_deriving(changes, monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("Argon2id ran with refused parameters")

    monkeypatch.setattr(kdf, "Argon2id", must_not_run)
    stored = {**CHEAP.to_dict(), **changes}
    with pytest.raises(UnsafeParameters):
        KdfParams.from_dict(stored)
    with pytest.raises(UnsafeParameters):
        derive_key("x", KdfParams(os.urandom(16), 64 * 1024 * 1024, 3, 4))


def test_parameters_survive_being_stored():
    assert KdfParams.from_dict(CHEAP.to_dict()) == CHEAP


def test_real_defaults_use_64_mib_and_take_about_half_a_second():
    params = kdf.calibrate()
    assert params.memory_kib >= 64 * 1024
    assert len(params.salt) == 16
    started = time.perf_counter()
    derive_key("correct horse battery staple", params)
    elapsed = time.perf_counter() - started
    assert 0.15 < elapsed < 2.0, elapsed
