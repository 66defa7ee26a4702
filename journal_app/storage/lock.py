"""One process per vault: an exclusive OS lock on a file beside the database."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from journal_app.domain.errors import VaultBusy
from journal_app.storage.errors import OPENING, translating

BUSY_MESSAGE = (
    "This journal is already open in another Afterglow window or command. "
    "Close that one first, then try again."
)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class VaultLock:
    """An exclusive lock held for as long as this process uses the vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        """Take the lock, waiting up to ``wait_seconds``; raise VaultBusy if another has it.

        Raises:
            StorageProblem: the lock file can't be made (a read-only or forbidden folder).
        """
        if self._fd is not None:
            return
        with translating(self.path, outcome=OPENING):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise VaultBusy(BUSY_MESSAGE)
            time.sleep(0.05)
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock (closing the file releases it on every platform)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
