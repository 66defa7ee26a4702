"""The journal's folder: made private, synced after a rename, and named when it is empty."""

from __future__ import annotations

import os
from pathlib import Path

from journal_app.messages import QT_TRANSLATE_NOOP, Message

PRIVATE_FOLDER = 0o700


def missing_message(folder: Path) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "There is no journal in {folder} yet. Create one with 'journal-app init' "
            "(or try 'journal-app demo'), or point --data-dir at the folder that holds yours.",
        ),
        folder=str(folder),
    )


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if need be; a folder made here is 0700."""
    if folder.is_dir():
        return
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(PRIVATE_FOLDER)  # exactly 0700, whatever the umask


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
