"""Argon2id key derivation from a passphrase, with calibrated and bounded parameters."""

from __future__ import annotations

import base64
import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from journal_app.crypto.errors import UnsafeParameters
from journal_app.messages import QT_TRANSLATE_NOOP, Message

SALT_BYTES = 16
KEY_BYTES = 32
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 0.5

# Bounds checked before deriving anything, so a tampered file cannot make us allocate
# 64 GiB or spin for an hour. New vaults never go below DEFAULT_MEMORY_KIB; the low
# bound here only lets tests use cheap parameters.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters and the salt they go with."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> KdfParams:
        """Read stored parameters, refusing anything outside the accepted bounds."""
        try:
            if raw["kdf"] != "argon2id":
                raise UnsafeParameters(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "The key derivation method is not one Afterglow uses."
                        )
                    )
                )
            numbers = [raw[name] for name in ("memory_kib", "iterations", "lanes")]
            if any(type(n) is not int for n in numbers):
                raise UnsafeParameters(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "The key derivation settings are not whole numbers."
                        )
                    )
                )
            params = cls(base64.b64decode(raw["salt"], validate=True), *numbers)
        except (KeyError, TypeError, ValueError):
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The key derivation settings are unreadable.")
                )
            ) from None
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        """Raise UnsafeParameters unless every value is within the accepted range."""
        if len(self.salt) != SALT_BYTES:
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The key derivation salt has the wrong length.")
                )
            )
        if not 1 <= self.lanes <= MAX_LANES:
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The key derivation asks for {lanes} lanes."),
                    lanes=self.lanes,
                )
            )
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The key derivation asks for {iterations} passes."
                    ),
                    iterations=self.iterations,
                )
            )
        if self.memory_kib < 8 * self.lanes:
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The key derivation asks for too little memory to be valid."
                    )
                )
            )
        if self.memory_kib > MAX_MEMORY_KIB:
            raise UnsafeParameters(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The key derivation asks for {memory} MiB of memory, more than the "
                        "{limit} MiB "
                        "Afterglow allows.",
                    ),
                    memory=self.memory_kib // 1024,
                    limit=MAX_MEMORY_KIB // 1024,
                )
            )


def normalise_passphrase(passphrase: str) -> bytes:
    """Return the passphrase as NFC-normalised UTF-8, so NFD and NFC typing agree."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """Derive a 256-bit key-encryption key from a passphrase."""
    params.check_bounds()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def derive_key_buffer(passphrase: str, params: KdfParams) -> bytearray:
    """:func:`derive_key` into a buffer the caller overwrites when done (see crypto/wipe.py).

    The passphrase's own ``str`` can't be overwritten; its UTF-8 copy made here is.
    """
    params.check_bounds()
    secret = bytearray(unicodedata.normalize("NFC", passphrase), "utf-8")
    key = bytearray(KEY_BYTES)
    try:
        Argon2id(
            salt=params.salt,
            length=KEY_BYTES,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive_into(secret, key)  # type: ignore[arg-type]  # any buffer works (typed bytes)
    finally:
        secret[:] = bytes(len(secret))
    return key


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    memory_kib: int = DEFAULT_MEMORY_KIB,
    lanes: int = DEFAULT_LANES,
) -> KdfParams:
    """Choose the number of passes that takes about ``target_seconds`` on this machine."""

    def timed(iterations: int) -> float:
        probe = KdfParams(os.urandom(SALT_BYTES), memory_kib, iterations, lanes)
        started = time.perf_counter()
        derive_key("calibration", probe)
        return time.perf_counter() - started

    timed(1)  # the first run pays for fresh memory pages; later unlocks mostly do not
    one, three = timed(1), timed(3)
    per_pass = max((three - one) / 2, 1e-4)
    fixed = max(one - per_pass, 0.0)
    iterations = round((target_seconds - fixed) / per_pass)
    return KdfParams(
        os.urandom(SALT_BYTES), memory_kib, max(3, min(MAX_ITERATIONS, iterations)), lanes
    )


def with_fresh_salt(params: KdfParams) -> KdfParams:
    """Return the same cost parameters with a new random salt."""
    return KdfParams(os.urandom(SALT_BYTES), params.memory_kib, params.iterations, params.lanes)
