"""The errors the rest of Afterglow raises and the command line turns into exit codes.

Each carries a :class:`~journal_app.messages.Message`: the window renders it in the
person's language, ``str(error)`` is the English the command line prints.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping, Sequence

from journal_app.messages import QT_TRANSLATE_NOOP, Message, as_message, joined, phrase


class JournalError(Exception):
    """Base of every error Afterglow reports to a person.

    The message is written for the person reading it and never contains journal text.
    ``message`` is what the window renders; ``code`` names the kind of error.
    """

    exit_code = 1

    def __init__(self, message: Message | str = "") -> None:
        self.message = as_message(message)
        super().__init__(str(self.message))

    @property
    def code(self) -> str:
        """A stable name for what went wrong: the error's class."""
        return type(self).__name__


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
        shown = ", ".join(record_ids[:5])
        if len(record_ids) == 1:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "1 saved entry is damaged and can't be opened: {shown}. "
                "Everything else is intact; add --skip-damaged to carry on without "
                "them, and restore them from a backup when you can.",
            )
        elif len(record_ids) > 5:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{count} saved entries are damaged and can't be opened: {shown} and more. "
                "Everything else is intact; add --skip-damaged to carry on without "
                "them, and restore them from a backup when you can.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{count} saved entries are damaged and can't be opened: {shown}. "
                "Everything else is intact; add --skip-damaged to carry on without "
                "them, and restore them from a backup when you can.",
            )
        super().__init__(Message(template, count=len(record_ids), shown=shown))


TAMPERED_SHOWN = 10  # records a TamperedRecords message names one by one, at most
SHORT_ID = 8  # characters of a record's id that name it to a person

TAMPERED_ONE = QT_TRANSLATE_NOOP(
    "messages",
    "The journal file was changed outside Afterglow, so 1 saved record was left out and "
    "nothing was opened:",
)
TAMPERED_MANY = QT_TRANSLATE_NOOP(
    "messages",
    "The journal file was changed outside Afterglow, so {count:,} saved records were left "
    "out and nothing was opened:",
)
LEAVING_OUT_ONE = QT_TRANSLATE_NOOP(
    "messages",
    "Leaving out 1 saved record, because the journal file was changed outside Afterglow:",
)
LEAVING_OUT_MANY = QT_TRANSLATE_NOOP(
    "messages",
    "Leaving out {count:,} saved records, because the journal file was changed outside Afterglow:",
)
TAMPERED_LINE = QT_TRANSLATE_NOOP("messages", "  {record}: {what}")
TAMPERED_MORE = QT_TRANSLATE_NOOP("messages", "  and {count:,} more")
ALSO_DAMAGED_ONE = QT_TRANSLATE_NOOP(
    "messages", "1 other saved entry is damaged and can't be opened: {shown}."
)
ALSO_DAMAGED_MANY = QT_TRANSLATE_NOOP(
    "messages", "{count:,} other saved entries are damaged and can't be opened: {shown}."
)
ALSO_DAMAGED_MORE = QT_TRANSLATE_NOOP(
    "messages",
    "{count:,} other saved entries are damaged and can't be opened: {shown} and more.",
)
RESTORE_TAMPERED = QT_TRANSLATE_NOOP(
    "messages",
    "Afterglow changed nothing in the file. Restore the journal from a backup into a new "
    "folder (journal-app backup restore FILE --data-dir NEW-FOLDER), or add --skip-damaged "
    "to open the rest of the journal without them.",
)


def tampered_lines(tampered: Mapping[str, Message], limit: int = TAMPERED_SHOWN) -> list[Message]:
    """One line per record: its short id and what was done to it; past ``limit``, how many more."""
    lines = [
        Message(TAMPERED_LINE, record=record_id[:SHORT_ID], what=what)
        for record_id, what in list(tampered.items())[:limit]
    ]
    if len(tampered) > limit:
        lines.append(Message(TAMPERED_MORE, count=len(tampered) - limit))
    return lines


class TamperedRecords(IntegrityError):
    """The journal file was changed outside Afterglow; the records it touched were left out.

    ``tampered`` maps each such record's id to what was done to it; ``damaged`` may name
    records that are merely damaged too (those also in ``tampered`` are said once).
    """

    def __init__(self, tampered: Mapping[str, Message], damaged: Sequence[str] = ()) -> None:
        self.tampered = dict(tampered)
        others = [record_id for record_id in damaged if record_id not in self.tampered]
        self.record_ids = [*self.tampered, *others]
        count = len(self.tampered)
        headline = Message(TAMPERED_MANY, count=count) if count != 1 else Message(TAMPERED_ONE)
        parts = [headline, *tampered_lines(self.tampered)]
        if others:
            parts.append(_also_damaged(others))
        parts.append(Message(RESTORE_TAMPERED))
        super().__init__(joined(parts, "\n"))

    @staticmethod
    def left_out(tampered: Mapping[str, Message]) -> Message:
        """What to say when the person asked to carry on without these records."""
        count = len(tampered)
        headline = (
            Message(LEAVING_OUT_MANY, count=count) if count != 1 else Message(LEAVING_OUT_ONE)
        )
        return joined([headline, *tampered_lines(tampered)], "\n")


def _also_damaged(record_ids: list[str]) -> Message:
    """The closing line for records that are damaged but were not tampered with."""
    shown = ", ".join(record_ids[:5])  # whole, as DamagedRecords names them
    if len(record_ids) == 1:
        return Message(ALSO_DAMAGED_ONE, shown=shown)
    more = ALSO_DAMAGED_MORE if len(record_ids) > 5 else ALSO_DAMAGED_MANY
    return Message(more, count=len(record_ids), shown=shown)


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
# ``outcome`` is what did not happen, said after "so": a phrase marked for translation
# (a template without fields) or a Message.

NOT_SAVED = QT_TRANSLATE_NOOP("messages", "this couldn't be saved")


class StorageProblem(JournalError):
    """The disk or its folder refused a write; nothing already stored was harmed.

    ``summary`` is one short sentence for a status line (a template without fields, marked
    for translation); the message says what to do.
    """

    summary = QT_TRANSLATE_NOOP("messages", "Afterglow couldn't write to the disk.")

    def __init__(self, message: Message | str, *, where: object | None = None) -> None:
        super().__init__(message)
        self.where = where


class DiskFull(StorageProblem):
    """There is no space left (or the disk quota is used up)."""

    summary = QT_TRANSLATE_NOOP("messages", "The disk is full.")

    def __init__(self, where: object | None = None, *, outcome: Message | str = NOT_SAVED) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The disk is full, so {outcome}. Everything saved before is safe: "
                    "free some space, then try again.",
                ),
                outcome=phrase(outcome),
            ),
            where=where,
        )


class ReadOnlyStorage(StorageProblem):
    """The folder, or the disk it is on, can be read but not written."""

    summary = QT_TRANSLATE_NOOP("messages", "The journal's folder is read-only.")

    def __init__(self, where: object | None = None, *, outcome: Message | str = NOT_SAVED) -> None:
        if where is None:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "The journal's folder is read-only, so {outcome}. Everything saved before "
                "is safe: make the folder writable, or move the journal to one that is, "
                "then try again.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "The folder {where} is read-only, so {outcome}. Everything saved before "
                "is safe: make it writable, or choose a folder you can write to, then "
                "try again.",
            )
        super().__init__(Message(template, where=str(where), outcome=phrase(outcome)), where=where)


class NoPermission(StorageProblem):
    """This user may not open or change the file or folder."""

    summary = QT_TRANSLATE_NOOP(
        "messages", "Afterglow isn't allowed to write to the journal's folder."
    )

    def __init__(self, where: object | None = None, *, outcome: Message | str = NOT_SAVED) -> None:
        if where is None:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Afterglow isn't allowed to write to the journal's folder, so {outcome}. "
                "Everything saved before is safe: check the folder's permissions, then "
                "try again.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Afterglow isn't allowed to write to {where}, so {outcome}. Everything "
                "saved before is safe: check the folder's permissions, then try again.",
            )
        super().__init__(Message(template, where=str(where), outcome=phrase(outcome)), where=where)


class DiskError(StorageProblem):
    """The disk reported a read or write failure (unplugged, failing, a network drive)."""

    summary = QT_TRANSLATE_NOOP("messages", "The disk couldn't be written to.")

    def __init__(self, where: object | None = None, *, outcome: Message | str = NOT_SAVED) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The disk didn't respond properly, so {outcome}. Everything saved "
                    "before is safe: check that the disk is still connected, then try again.",
                ),
                outcome=phrase(outcome),
            ),
            where=where,
        )


class InvalidText(ValidationError):
    """Text that is not valid UTF-8 (a file in another encoding, or binary data)."""

    def __init__(self, source: str | None = None, *, message: Message | str | None = None) -> None:
        if message is None:
            if not source:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "That text isn't UTF-8 text, so it wasn't read. Save it as UTF-8 "
                        "and try again.",
                    )
                )
            else:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{source} isn't UTF-8 text, so it wasn't read. Save it as UTF-8 "
                        "and try again.",
                    ),
                    source=source,
                )
        super().__init__(message)


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


def storage_problem(
    error: OSError, where: object | None = None, *, outcome: Message | str = NOT_SAVED
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
