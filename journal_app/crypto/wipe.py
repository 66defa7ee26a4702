"""Overwrite key buffers in place, so a locked journal leaves no key behind (best effort)."""

from __future__ import annotations


def wipe(buffer: bytearray | None) -> None:
    """Overwrite every byte of ``buffer`` with zero, keeping its length."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))
