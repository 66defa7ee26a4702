"""SQLite's and the operating system's errors, turned into ones a person can act on.

Every way out of storage goes through ``translating``: a full disk, a read-only folder
or a permission problem each get their own message, and "damaged" is said only when
SQLite found the file corrupt or not a database at all.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal_app.domain.errors import (
    NOT_SAVED,
    IntegrityError,
    JournalError,
    StorageProblem,
    VaultBusy,
    storage_problem,
)
from journal_app.messages import QT_TRANSLATE_NOOP, Message, phrase

OPENING = QT_TRANSLATE_NOOP("messages", "the journal couldn't be opened")
CORRUPT_MESSAGE = QT_TRANSLATE_NOOP(
    "messages",
    "The journal file {name} is damaged and can't be read as a database. "
    "Nothing has been changed; restore it from a backup.",
)
IN_USE_MESSAGE = QT_TRANSLATE_NOOP(
    "messages",
    "Another program is using the journal file right now, so {outcome}. "
    "Close it (or wait a moment), then try again.",
)
UNKNOWN_MESSAGE = QT_TRANSLATE_NOOP(
    "messages",
    "Afterglow couldn't use the journal file ({reason}), so {outcome}. "
    "Everything saved before is safe; try again in a moment.",
)

# Older Python builds, or an error made by hand, carry no code: recognise SQLite's words.
_BY_WORDS = (
    ("database or disk is full", sqlite3.SQLITE_FULL),
    ("readonly database", sqlite3.SQLITE_READONLY),
    ("unable to open database file", sqlite3.SQLITE_CANTOPEN),
    ("disk i/o error", sqlite3.SQLITE_IOERR),
    ("file is not a database", sqlite3.SQLITE_NOTADB),
    ("database disk image is malformed", sqlite3.SQLITE_CORRUPT),
    ("database is locked", sqlite3.SQLITE_BUSY),
)
_AS_ERRNO = {
    sqlite3.SQLITE_FULL: errno.ENOSPC,
    sqlite3.SQLITE_READONLY: errno.EROFS,
    sqlite3.SQLITE_CANTOPEN: errno.EACCES,
    sqlite3.SQLITE_PERM: errno.EACCES,
    sqlite3.SQLITE_AUTH: errno.EACCES,
    sqlite3.SQLITE_IOERR: errno.EIO,
}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_BUGS = (
    sqlite3.ProgrammingError,
    sqlite3.InterfaceError,
    sqlite3.IntegrityError,
    sqlite3.DataError,
    sqlite3.NotSupportedError,
)


def sqlite_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``error`` (extended codes folded), if known."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    words = str(error).lower()
    return next((found for text, found in _BY_WORDS if text in words), None)


def storage_error(
    error: BaseException, *, path: Path | None = None, outcome: Message | str = NOT_SAVED
) -> JournalError:
    """The JournalError to report for ``error`` raised while using the file at ``path``.

    Args:
        path: the database (or other) file; its folder is named for a read-only or
            permission problem, its name for a damaged file.
        outcome: what did not happen, to follow "so", e.g. "the journal couldn't be opened".
    """
    if isinstance(error, JournalError):
        return error
    folder = path.parent if path is not None else None
    if isinstance(error, OSError):
        found = storage_problem(error, folder, outcome=outcome)
        reason = error.strerror or str(error)
        return found or StorageProblem(
            Message(UNKNOWN_MESSAGE, reason=reason, outcome=phrase(outcome)), where=folder
        )
    code = sqlite_code(error) if isinstance(error, sqlite3.Error) else None
    if code in _AS_ERRNO:  # the same disk problems as the OS reports, in SQLite's words
        found = storage_problem(OSError(_AS_ERRNO[code], str(error)), folder, outcome=outcome)
        assert found is not None
        return found
    if code in _DAMAGED:
        name = path.name if path is not None else "vault.db"
        return IntegrityError(Message(CORRUPT_MESSAGE, name=name))
    if code in _BUSY:
        return VaultBusy(Message(IN_USE_MESSAGE, outcome=phrase(outcome)))
    return StorageProblem(
        Message(UNKNOWN_MESSAGE, reason=str(error), outcome=phrase(outcome)), where=folder
    )


@contextmanager
def translating(path: Path | None = None, *, outcome: Message | str = NOT_SAVED) -> Iterator[None]:
    """Re-raise SQLite and OS errors from the block as the matching JournalError.

    Afterglow's own mistakes (a closed connection, a wrong parameter, a broken
    constraint) are bugs, not disk problems, and pass through unchanged.
    """
    try:
        yield
    except _BUGS:
        raise
    except (sqlite3.Error, OSError) as error:
        raise storage_error(error, path=path, outcome=outcome) from error
