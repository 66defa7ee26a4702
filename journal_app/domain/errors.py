"""The errors the rest of Afterglow raises and the command line turns into exit codes."""

from __future__ import annotations


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
