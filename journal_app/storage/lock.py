"""Who may use a vault at once: an OS lock on a file beside the database.

Anything that writes (the window while unlocked, a command that changes the journal)
holds the lock exclusively, so one process at a time writes to a vault. A command that
only reads holds it shared: readers run side by side, and a writer waits for them. The
kernel lets go of the lock when its process ends, however it ends.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from journal_app.domain.errors import VaultBusy
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.errors import OPENING, translating

BUSY_MESSAGE = QT_TRANSLATE_NOOP(
    "messages",
    "This journal is already open in another Afterglow window or command. "
    "Close that one first, then try again.",
)
LOCK_NAME = "vault.lock"
POLL_SECONDS = (0.02, 0.08)  # a random pause in this range, so waiters don't move in step


def _try_lock(fd: int, shared: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        # Windows has no shared flavour here; a reader is simply exclusive there.
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def open_private(path: Path) -> int:
    """Open (creating it if need be) a file only its owner can read, whatever the umask."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if hasattr(os, "fchmod") and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    except OSError:
        pass  # a lock file made by someone else (say, root) stays as it is; it holds nothing
    return fd


class VaultLock:
    """The lock on one vault, held for as long as this process uses it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.shared = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(
        self,
        wait_seconds: float = 0.0,
        *,
        shared: bool = False,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        """Take the lock, waiting up to ``wait_seconds``; raise VaultBusy if it stays taken.

        Args:
            shared: for reading only; other readers may hold it at the same time.
            on_wait: called once if the lock is not free at the first try.

        Raises:
            StorageProblem: the lock file can't be made (a read-only or forbidden folder).
        """
        if self._fd is not None:
            return
        with translating(self.path, outcome=OPENING):
            fd = open_private(self.path)
        deadline = time.monotonic() + wait_seconds
        waited = False
        while not _try_lock(fd, shared):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise VaultBusy(Message(BUSY_MESSAGE))
            if not waited and on_wait is not None:
                on_wait()
            waited = True
            time.sleep(random.uniform(*POLL_SECONDS))
        self._fd = fd
        self.shared = shared

    def try_acquire(self) -> bool:
        """Take the lock exclusively if it is free right now; say whether it was."""
        try:
            self.acquire()
        except VaultBusy:
            return False
        return True

    def release(self) -> None:
        """Let go of the lock (closing the file releases it on every platform)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            self.shared = False
