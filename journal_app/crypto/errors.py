"""Errors raised by the crypto layer; upper layers turn them into domain errors."""

from __future__ import annotations


class CryptoError(Exception):
    """Base of crypto-layer errors. Messages never contain secrets."""


class DecryptionFailed(CryptoError):
    """An authentication tag did not verify: wrong key, or changed or moved data."""


class UnsafeParameters(CryptoError):
    """Stored key-derivation parameters are outside the bounds Afterglow accepts."""


class MalformedKey(CryptoError):
    """A recovery code or stored key is not well-formed."""
