"""Files Afterglow writes for a person: reports, exports, backups, decrypted copies.

Every one goes through here. The target is checked first (never inside the journal's own
folder, never over a device, a pipe or a folder, never over an existing file unasked),
then written beside itself as a private temporary file, flushed to the disk and moved
into place whole. A failure (a full disk, a read-only folder) leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal_app.domain.errors import StorageProblem, ValidationError, storage_problem
from journal_app.messages import QT_TRANSLATE_NOOP, Message, phrase

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
WRITING = QT_TRANSLATE_NOOP("messages", "the file couldn't be written")  # after "so"


class OutputRefused(ValidationError):
    """The chosen place for a file is not one Afterglow may write to; nothing was written."""


# Checking the target


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def refuse_journal_folder(path: Path, journal_folder: Path | None) -> None:
    """Refuse ``path`` if it, or where its links lead, is inside the journal's folder."""
    if journal_folder is None:
        return
    target = Path(path).expanduser().absolute()
    folder = Path(journal_folder).expanduser().absolute()
    folders = {folder, folder.resolve()}
    # Where the name leads after every link and "..", and where the name itself sits.
    places = {target.resolve(), target.parent.resolve() / target.name}
    if any(_inside(place, each) for place in places for each in folders):
        raise OutputRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{target} is inside your journal's folder, where Afterglow keeps the journal "
                    "itself. Choose another place, such as your Documents folder.",
                ),
                target=target,
            )
        )


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("messages", "a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("messages", "a device")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("messages", "a pipe")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("messages", "a socket")
    return QT_TRANSLATE_NOOP("messages", "not a regular file")


def check_parent_folder(path: Path) -> None:
    """Refuse a path whose folder is missing, or is a file."""
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise OutputRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{parent} is a file, not a folder. Choose another place."
                ),
                parent=parent,
            )
        )
    if not parent.is_dir():
        raise OutputRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The folder {parent} doesn't exist. Create it first, or choose another place.",
                ),
                parent=parent,
            )
        )


def check_output_file(path: Path, *, journal_folder: Path | None, force: bool = False) -> Path:
    """Return the absolute path to write ``path`` at, or refuse with what to do instead.

    Args:
        journal_folder: the journal's data folder; nothing is ever written inside it.
        force: replace an existing regular file (never anything else).
    """
    target = Path(path).expanduser().absolute()  # ".." is left to the system: links count
    refuse_journal_folder(target, journal_folder)
    check_parent_folder(target)
    try:
        found = target.stat()  # follows a link: what matters is what it leads to
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise OutputRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Afterglow can't look at {target} ({reason}). Choose another place, then "
                    "try again.",
                ),
                target=target,
                reason=str(error.strerror or error),
            )
        ) from error
    if found is not None and not stat.S_ISREG(found.st_mode):
        if stat.S_ISDIR(found.st_mode):
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{target} is {kind}, not a file Afterglow can write to, and was left "
                "untouched. Give the name of a new file such as journal.pdf.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{target} is {kind}, not a file Afterglow can write to, and was left "
                "untouched. Give the name of a new file.",
            )
        raise OutputRefused(Message(template, target=target, kind=phrase(_kind_of(found.st_mode))))
    if found is not None and not force:
        raise OutputRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{target} already exists and was left untouched. Choose another name, or "
                    "add --force to replace it.",
                ),
                target=target,
            )
        )
    # The folder's links are followed; a link as the name itself is replaced, not followed.
    return target.parent.resolve() / target.name


# Writing it


def failed_write(error: OSError, path: Path, outcome: Message | str = WRITING) -> StorageProblem:
    """The plain-words error for ``error``, raised while writing ``path``."""
    folder = path.parent
    found = storage_problem(error, folder, outcome=outcome)
    return found or StorageProblem(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Couldn't write to {folder} ({reason}), so {outcome}. Nothing there was "
                "changed; choose another place, then try again.",
            ),
            folder=folder,
            reason=str(error.strerror or error),
            outcome=phrase(outcome),
        ),
        where=folder,
    )


def fsync_folder(folder: Path) -> None:
    """Flush a folder's list of names, so a file just moved into it survives a power cut."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):  # on a read-only disk it was never made
        path.unlink()


def _create_private(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)  # exactly 0600 whatever the umask
    except BaseException:
        os.close(fd)
        raise
    return fd


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _flush_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new_private(path: Path, data: bytes) -> None:
    """Create ``path`` (which must not exist) readable only by its owner, flushed to disk."""
    fd = _create_private(path)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def private_temp_beside(path: Path, *, outcome: Message | str = WRITING) -> Iterator[Path]:
    """Yield an empty private file beside ``path``; on success it replaces ``path``.

    For writers that need a file name (a PDF writer, a database copy). If the block
    raises, or the move fails, the temporary file is removed and ``path`` is untouched.
    OS errors become the matching StorageProblem (a full disk, a read-only folder).
    """
    target = Path(path)
    temp = _temp_name(target)
    try:
        os.close(_create_private(temp))
        yield temp
        _flush_file(temp)
        temp.replace(target)
    except OSError as error:
        _remove_quietly(temp)
        raise failed_write(error, target, outcome) from error
    except BaseException:
        _remove_quietly(temp)
        raise
    with contextlib.suppress(OSError):  # the file is in place; some network drives refuse
        fsync_folder(target.parent)


def write_private_file(path: Path, data: bytes, *, outcome: Message | str = WRITING) -> None:
    """Write ``data`` to ``path`` atomically, mode 0600, leaving nothing behind on failure."""
    with private_temp_beside(path, outcome=outcome) as temp:
        fd = os.open(temp, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)


def make_private_folder(folder: Path) -> bool:
    """Create ``folder`` (and missing parents) mode 0700; return whether it was created."""
    if folder.is_dir():
        return False
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    folder.chmod(PRIVATE_FOLDER)  # mkdir's mode is cut by the umask
    return True
