"""The recovery key: an X25519 key pair whose private half is shown once as a code."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from journal_app.crypto.errors import MalformedKey
from journal_app.messages import QT_TRANSLATE_NOOP, Message

RecoveryPrivateKey = X25519PrivateKey  # the name other layers use, without importing cryptography

# Crockford's base32 alphabet: no I, L, O or U, so the code is easy to read and type.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_STANDARD = str.maketrans(_ALPHABET, _STANDARD)
_FROM_STANDARD = str.maketrans(_STANDARD, _ALPHABET)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_CHECK_BYTES = 3
GROUP = 4
CODE_LENGTH = 56  # 35 bytes in base32


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(b"afterglow-recovery-v1" + raw).digest()[:_CHECK_BYTES]


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes_raw()


def generate() -> tuple[X25519PrivateKey, str]:
    """Return a new recovery key and its printable code."""
    key = X25519PrivateKey.generate()
    return key, encode(key)


def encode(key: X25519PrivateKey) -> str:
    """Write the private key and a checksum as 14 groups of four characters."""
    raw = private_bytes(key)
    text = base64.b32encode(raw + _checksum(raw)).decode("ascii").translate(_FROM_STANDARD)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def decode(code: str) -> X25519PrivateKey:
    """Read a code written by :func:`encode`, forgiving case, spaces, dashes and lookalikes."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != CODE_LENGTH:
        raise MalformedKey(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "That recovery key has {count} characters; it should have {length}. Check "
                    "each group.",
                ),
                count=len(cleaned),
                length=CODE_LENGTH,
            )
        )
    try:
        raw = base64.b32decode(cleaned.translate(_TO_STANDARD))
    except ValueError:
        raise MalformedKey(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "That recovery key has characters that don't belong in one."
                )
            )
        ) from None
    key_bytes, check = raw[:-_CHECK_BYTES], raw[-_CHECK_BYTES:]
    if len(key_bytes) != 32 or _checksum(key_bytes) != check:
        raise MalformedKey(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "That recovery key isn't complete or has a typo; check each group."
                )
            )
        )
    return X25519PrivateKey.from_private_bytes(key_bytes)
