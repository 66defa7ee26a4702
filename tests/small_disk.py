"""A real, tiny disk for tests of full and read-only disks: a tmpfs mounted for one test.

Mounting needs root (the test container runs as root); elsewhere these tests are skipped
and the injected-failure tests beside them still run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, capture_output=True, check=False)


@contextmanager
def small_disk(folder: Path, kib: int, *, read_only: bool = False) -> Iterator[Path]:
    """Mount a ``kib`` KiB tmpfs at ``folder`` for the block; skip the test if not allowed."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small disk needs root")
    folder.mkdir(exist_ok=True)
    options = f"size={kib}k,mode=0755" + (",ro" if read_only else "")
    if _run("mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)).returncode:
        pytest.skip("this system doesn't allow mounting a tmpfs")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(disk: Path) -> None:
    """Use up every free byte of ``disk`` with one hidden file."""
    with (disk / ".filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
