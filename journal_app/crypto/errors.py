"""Errors raised by the crypto layer; upper layers turn them into domain errors."""

from __future__ import annotations

from journal_app.messages import Message, as_message


class CryptoError(Exception):
    """Base of crypto-layer errors. Messages never contain secrets.

    ``message`` is the :class:`Message` a window can render; ``str(error)`` is its English.
    """

    def __init__(self, message: Message | str = "") -> None:
        self.message = as_message(message)
        super().__init__(str(self.message))


class DecryptionFailed(CryptoError):
    """An authentication tag did not verify: wrong key, or changed or moved data."""


class UnsafeParameters(CryptoError):
    """Stored key-derivation parameters are outside the bounds Afterglow accepts."""


class MalformedKey(CryptoError):
    """A recovery code or stored key is not well-formed."""
