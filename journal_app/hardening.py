"""Keep the unlocked journal's memory and new files to this account (as KeePassXC does).

While unlocked, the keys and every record live in memory. A crash must not write them to
a core file, and another process of the same account must not read them through
``/proc`` or a debugger. Files and folders are created readable by their owner only.
Each step is best effort: where the system has no such control, it is skipped.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

PRIVATE_UMASK = 0o077
PR_SET_DUMPABLE = 4  # from <linux/prctl.h>
PR_GET_DUMPABLE = 3


def _no_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> ctypes.CDLL | None:
    # The running program's own symbols include the C library's; no search is needed.
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> None:
    # Also stops same-account processes from attaching a debugger or reading /proc/PID/mem.
    if not sys.platform.startswith("linux"):
        return
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Whether the process may be dumped or traced (Linux); None where it can't be told."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process() -> None:
    """No core dumps, not dumpable, new files private. Safe to call more than once."""
    _no_core_dumps()
    _not_dumpable()
    os.umask(PRIVATE_UMASK)
