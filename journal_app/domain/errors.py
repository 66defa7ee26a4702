"""The errors the rest of Afterglow raises and the command line turns into exit codes."""

from __future__ import annotations

import errno


class JournalError(Exception):
    """Base of every error Afterglow reports to a person.

    The message is written for the person reading it and never contains journal text.
    """

    exit_code = 1


class ValidationError(JournalError):
    """Input that cannot be stored as given (empty text, a mood out of range...)."""

    exit_code = 2


class WrongPassphrase(JournalError):
    """The passphrase or recovery key does not open this journal."""

    exit_code = 3


class IntegrityError(JournalError):
    """Stored data was changed, damaged or is not what it claims to be."""

    exit_code = 4


class DamagedRecords(IntegrityError):
    """One or more records could not be opened; the others are fine."""

    def __init__(self, record_ids: list[str]) -> None:
        self.record_ids = list(record_ids)
        shown = ", ".join(record_ids[:5]) + (" and more" if len(record_ids) > 5 else "")
        plural = "entries are" if len(record_ids) != 1 else "entry is"
        super().__init__(
            f"{len(record_ids)} saved {plural} damaged and can't be opened: {shown}. "
            "Everything else is intact; add --skip-damaged to carry on without "
            "them, and restore them from a backup when you can."
        )


class VaultMissing(JournalError):
    """There is no journal in the data folder yet."""


class VaultExists(JournalError):
    """A journal already exists where a new one was to be created."""


class VaultBusy(JournalError):
    """Another Afterglow process has this journal open."""


class VaultLocked(JournalError):
    """The journal is locked; unlock it first."""


class NotFound(JournalError):
    """No record matches the id given."""


# The disk, the folder and the text someone gave: each has its own plain message.

SAVED_BEFORE = "Everything saved before is safe"
NOT_SAVED = "this couldn't be saved"  # what did not happen, after "so"


class StorageProblem(JournalError):
    """The disk or its folder refused a write; nothing already stored was harmed.

    ``summary`` is one short sentence for a status line; the message says what to do.
    """

    summary = "Afterglow couldn't write to the disk."

    def __init__(self, message: str, *, where: object | None = None) -> None:
        super().__init__(message)
        self.where = where


class DiskFull(StorageProblem):
    """There is no space left (or the disk quota is used up)."""

    summary = "The disk is full."

    def __init__(self, where: object | None = None, *, outcome: str = NOT_SAVED) -> None:
        super().__init__(
            f"The disk is full, so {outcome}. {SAVED_BEFORE}: free some space, then try again.",
            where=where,
        )


class ReadOnlyStorage(StorageProblem):
    """The folder, or the disk it is on, can be read but not written."""

    summary = "The journal's folder is read-only."

    def __init__(self, where: object | None = None, *, outcome: str = NOT_SAVED) -> None:
        if where is None:
            advice = "make the folder writable, or move the journal to one that is"
            place = "The journal's folder"
        else:
            advice = "make it writable, or choose a folder you can write to"
            place = f"The folder {where}"
        super().__init__(
            f"{place} is read-only, so {outcome}. {SAVED_BEFORE}: {advice}, then try again.",
            where=where,
        )


class NoPermission(StorageProblem):
    """This user may not open or change the file or folder."""

    summary = "Afterglow isn't allowed to write to the journal's folder."

    def __init__(self, where: object | None = None, *, outcome: str = NOT_SAVED) -> None:
        place = "the journal's folder" if where is None else str(where)
        super().__init__(
            f"Afterglow isn't allowed to write to {place}, so {outcome}. {SAVED_BEFORE}: "
            "check the folder's permissions, then try again.",
            where=where,
        )


class DiskError(StorageProblem):
    """The disk reported a read or write failure (unplugged, failing, a network drive)."""

    summary = "The disk couldn't be written to."

    def __init__(self, where: object | None = None, *, outcome: str = NOT_SAVED) -> None:
        super().__init__(
            f"The disk didn't respond properly, so {outcome}. {SAVED_BEFORE}: check that "
            "the disk is still connected, then try again.",
            where=where,
        )


class InvalidText(ValidationError):
    """Text that is not valid UTF-8 (a file in another encoding, or binary data)."""

    def __init__(self, source: str | None = None, *, message: str | None = None) -> None:
        if message is None:
            what = source or "That text"
            message = f"{what} isn't UTF-8 text, so it wasn't read. Save it as UTF-8 and try again."
        super().__init__(message)


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


def storage_problem(
    error: OSError, where: object | None = None, *, outcome: str = NOT_SAVED
) -> StorageProblem | None:
    """The plain-words error for a full, read-only, forbidden or failing disk; else None.

    Args:
        where: the file or folder to name for a read-only or permission problem.
        outcome: what did not happen, to follow "so", e.g. "the backup couldn't be written".
    """
    code = error.errno
    if code in _FULL:
        return DiskFull(where, outcome=outcome)
    if code == errno.EROFS:
        return ReadOnlyStorage(where, outcome=outcome)
    if code in _DENIED:
        return NoPermission(where, outcome=outcome)
    if code == errno.EIO:
        return DiskError(where, outcome=outcome)
    return None
