"""The window's throwaway demo journal lives in a temporary folder that dies with it.

The folder holds a lock for as long as its process runs, and the process id beside it.
The kernel lets go of the lock when the process ends, however it ends, so a later start
can tell a demo still in use from one left by a killed process, and remove the latter.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from journal_app.domain.errors import JournalError
from journal_app.storage.lock import VaultLock

PREFIX = "afterglow-demo-"
OWNER = "running.lock"  # held by the demo's process while it runs
PID = "pid"
STARTING_SECONDS = 60  # a folder with no lock yet may be a demo still starting up


class DemoFolder:
    """A new private temporary folder for one demo journal, held until :meth:`remove`."""

    def __init__(self, root: Path | None = None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))  # 0700
        self._owner = VaultLock(self.path / OWNER)
        self._owner.acquire()
        (self.path / PID).write_text(f"{os.getpid()}\n", encoding="ascii")

    @property
    def journal(self) -> Path:
        return self.path / "journal"

    def remove(self) -> None:
        self._owner.release()
        shutil.rmtree(self.path, ignore_errors=True)


def _ours(path: Path) -> bool:
    try:
        found = path.lstat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or found.st_uid == os.getuid()
    return stat.S_ISDIR(found.st_mode) and mine


def _abandoned(path: Path) -> bool:
    owner = path / OWNER
    if not owner.exists():
        try:
            return time.time() - path.stat().st_mtime > STARTING_SECONDS
        except OSError:
            return False
    lock = VaultLock(owner)
    try:
        free = lock.try_acquire()
    except JournalError:
        return False
    lock.release()
    return free


def remove_stale_demos(root: Path | None = None) -> list[Path]:
    """Remove this account's demo folders whose process is gone; return them."""
    root = root if root is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    for path in sorted(root.glob(f"{PREFIX}*")):
        if _ours(path) and _abandoned(path):
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                removed.append(path)
    return removed
