"""What a killed Afterglow leaves in a data folder, and tidying it away.

A restore, a new journal or a demo is built in a hidden folder (``.restoring-…``) and
moved into place whole; files are written under a hidden temporary name
(``.NAME.1a2b3c4d.tmp``, ``.NAME.1234.partial``) and renamed. A kill at the wrong moment
leaves these behind. Only names Afterglow makes are touched, only plain files and real
folders, and only by a process holding the journal's lock alone, so nothing another
Afterglow is still writing is removed.
"""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path

BUILDING_PREFIX = ".restoring-"
BUILDING = re.compile(r"\.restoring-[0-9a-f]{8}")
TEMP_FILE = re.compile(r"\..+\.(?:[0-9a-f]{8}\.tmp|[0-9]+\.partial)(?:-wal|-shm|-journal)?")
PLACES = (".", "backups")  # the data folder and its automatic backups


def _kind(path: Path) -> int | None:
    try:
        return path.lstat().st_mode
    except OSError:
        return None


def find_leftovers(folder: Path) -> list[Path]:
    """Afterglow's half-built folders and temporary files in ``folder``; nothing else."""
    found: list[Path] = []
    for place in PLACES:
        try:
            names = sorted(p.name for p in (folder / place).iterdir())
        except OSError:
            continue
        for name in names:
            path = folder / place / name
            mode = _kind(path)
            if mode is None:
                continue
            building = place == "." and BUILDING.fullmatch(name) and stat.S_ISDIR(mode)
            if building or (TEMP_FILE.fullmatch(name) and stat.S_ISREG(mode)):
                found.append(path)
    return found


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what :func:`find_leftovers` finds; call only holding the lock alone."""
    removed: list[Path] = []
    for path in find_leftovers(folder):
        try:
            if stat.S_ISDIR(path.lstat().st_mode):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue  # left for next time; it harms nothing where it is
        removed.append(path)
    return removed
