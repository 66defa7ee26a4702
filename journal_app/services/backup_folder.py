"""A folder of automatic backups: which files are this journal's, and which to keep.

Nothing here trusts a file's name or its modification time. A file counts as one of this
journal's backups only if it is a regular file (not a link, a folder or a device) whose
header says it is an Afterglow backup of this journal; the sequence number and created
time in that header order them. Anything else in the folder is never touched, so dummy
files named like backups, or another journal's backups in a shared folder, are safe, and
a clock that was once ahead can't push the newest real backups out.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal_app.backup.format import MAX_HEADER, PREAMBLE, BackupError, read_header
from journal_app.crypto.backup_keys import MAC_BYTES, TAG_BYTES
from journal_app.domain.clock import parse_timestamp

SUFFIX = ".journal-backup"
KEEP_LATEST = 10
KEEP_WEEKS = 8
# read_header needs the preamble, the header, its MAC and one sealed chunk's tag.
HEAD_BYTES = PREAMBLE.size + MAX_HEADER + MAC_BYTES + TAG_BYTES


@dataclass(frozen=True)
class StoredBackup:
    """One of this journal's backups in a folder, as its header describes it."""

    path: Path
    size: int
    sequence: int
    created: datetime  # UTC, from the header

    @property
    def order(self) -> tuple[int, datetime]:
        return self.sequence, self.created


def _regular_file_head(path: Path) -> tuple[bytes, int] | None:
    """The first bytes and size of ``path`` if it is a regular file (links not followed)."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return None  # never open a device, a pipe or a link
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None  # swapped for something else since the look
        chunks: list[bytes] = []
        wanted = HEAD_BYTES
        while wanted > 0:
            chunk = os.read(fd, wanted)
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
        return b"".join(chunks), info.st_size
    except OSError:
        return None
    finally:
        os.close(fd)


def stored_backup(path: Path, vault_id: str) -> StoredBackup | None:
    """``path`` as one of this journal's backups, or None if it isn't one."""
    found = _regular_file_head(path)
    if found is None:
        return None
    head, size = found
    try:
        header = read_header(head)
        created = parse_timestamp(str(header.fields.get("created")))
    except (BackupError, ValueError):
        return None
    if header.vault_id != vault_id or created.tzinfo is None:
        return None
    return StoredBackup(path, size, header.sequence, created.astimezone(UTC))


def backups_in(folder: Path, vault_id: str) -> list[StoredBackup]:
    """This journal's backups in ``folder``, newest first (by sequence, then created)."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return []
    found = []
    for name in names:
        if name.startswith(".") or not name.endswith(SUFFIX):
            continue  # a temporary file being written, or something else entirely
        backup = stored_backup(folder / name, vault_id)
        if backup is not None:
            found.append(backup)
    return sorted(found, key=lambda b: b.order, reverse=True)


def to_keep(backups: list[StoredBackup], now: datetime, *, latest: int = KEEP_LATEST) -> set[Path]:
    """The newest ``latest``, plus the newest of each week of the last 8 (by created)."""
    ordered = sorted(backups, key=lambda b: b.order, reverse=True)
    keep = {b.path for b in ordered[:latest]}
    weeks_seen: set[tuple[int, int]] = set()
    for backup in ordered:
        if now - backup.created > timedelta(weeks=KEEP_WEEKS):
            continue
        iso = backup.created.isocalendar()
        if (iso.year, iso.week) not in weeks_seen:
            weeks_seen.add((iso.year, iso.week))
            keep.add(backup.path)
    return keep


def prune(
    folder: Path, vault_id: str, now: datetime | None = None, *, written: Path | None = None
) -> list[Path]:
    """Remove this journal's backups in ``folder`` beyond the ones to keep; return them.

    ``written``, the backup just made, is never removed. A file that can't be read or
    removed is left as it is: pruning never fails a backup that was written.
    """
    backups = backups_in(folder, vault_id)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    keep = to_keep(backups, moment)
    if written is not None:
        keep.add(written)
    removed = []
    for backup in backups:
        if backup.path in keep:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed
