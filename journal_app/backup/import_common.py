"""What every importer returns, and the small rules they share."""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from journal_app.domain.clock import MAX_YEAR, MIN_YEAR, year_in_range
from journal_app.domain.entry import Entry
from journal_app.domain.errors import InvalidText, ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message, phrase
from journal_app.storage.codec import canonical_json

MAX_TITLE = 200
MIB = 1024 * 1024
# The caps README.md promises ("Getting your words in and out"). No real journal export
# comes near them; a larger input is a mistake or a trap, refused before it fills memory.
MAX_FILE = 64 * MIB  # one export file: jrnl JSON, Day One's Journal.json, Afterglow JSON
MAX_UNPACKED = 64 * MIB  # all the journal files inside one Day One zip, unpacked, together
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Opening never waits for a writer (a pipe) and never leaves the file open in a child.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
# What can go wrong inside one entry of a well-formed file; it skips that entry only.
ENTRY_ERRORS = (
    ValidationError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    OverflowError,
    RecursionError,
)


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something in the source that was not imported, and why."""

    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class Note:
    """Something the person should know about an entry that was imported."""

    where: str
    text: str


@dataclass(slots=True)
class ImportResult:
    """The entries read from a source, what was left out, and notes on guesses made."""

    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def skip(self, where: str, reason: str) -> None:
        self.skipped.append(Skipped(where, reason))

    def note(self, where: str, text: str) -> None:
        self.notes.append(Note(where, text))

    def add(
        self,
        where: str,
        *,
        body: str,
        day: date,
        title: str = "",
        tags: list[str] | tuple[str, ...] = (),
        private: bool = False,
        mood: int | None = None,
    ) -> None:
        """Add an entry, or skip it with the reason Afterglow refused it."""
        if not year_in_range(day):
            self.skip(where, out_of_range(day))
            return
        title, body = fit_title(title.strip(), body.strip())
        try:
            entry = Entry(
                body=body, day=day, title=title, tags=tuple(tags), private=private, mood=mood
            )
        except ValidationError as error:
            self.skip(where, str(error))
            return
        if not storable(entry.to_data()):
            self.skip(where, BROKEN_TEXT)
            return
        self.entries.append(entry)

    def skip_unreadable(self, where: str, error: Exception) -> None:
        """Skip one entry that raised while being read, with the reason in plain words."""
        self.skip(where, unreadable_reason(error))


BROKEN_TEXT = "it holds text that isn't valid Unicode (a broken character), so it can't be stored"


def storable(data: object) -> bool:
    """Whether a record's data can be stored: all of its text encodes as UTF-8."""
    try:
        canonical_json(data)
    except UnicodeEncodeError:
        return False
    return True


def unreadable_reason(error: Exception) -> str:
    """Why one entry or record was skipped, from the error reading it raised."""
    if isinstance(error, ValidationError):
        return str(error)
    return "it couldn't be read: a field is missing or isn't in the form expected"


def fit_title(title: str, body: str) -> tuple[str, str]:
    """Keep a title that fits; an empty body takes the title, a long title joins the body."""
    if not body:
        return "", title
    if len(title) > MAX_TITLE:
        return "", f"{title}\n\n{body}"
    return title, body


def existing_path(path: Path, *, folder: bool = False) -> Path:
    """Refuse a path that is missing, or a file where a folder is wanted (or the reverse)."""
    if not path.exists():
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "There is nothing at {path}, so nothing was imported. Check the path and try "
                    "again.",
                ),
                path=path,
            )
        )
    if folder and not path.is_dir():
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is a file; give the folder that holds your Markdown (.md) files.",
                ),
                path=path,
            )
        )
    if not folder and path.is_dir():
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} is a folder; give the export file itself."),
                path=path,
            )
        )
    return path


class Unreadable(ValidationError):
    """A source that isn't a regular file, is too large, or can't be read.

    ``reason`` ("it is a device, not a regular file") is for a list of skipped files; the
    message names the file and says that nothing was imported.
    """

    def __init__(self, path: object, said: Message | str) -> None:
        self.phrase = phrase(said)  # "is a device, not a regular file", to follow the name
        self.reason = f"it {self.phrase}"
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} {phrase}. Nothing was imported."),
                path=str(path),
                phrase=self.phrase,
            )
        )


def size_text(size: int) -> str:
    """A cap in plain units: ``64 MiB``."""
    return f"{size // MIB:,} MiB" if size >= MIB else f"{size:,} bytes"


def not_regular(mode: int) -> Message | None:
    """What a file that isn't a regular file is, as a phrase; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        what = QT_TRANSLATE_NOOP("messages", "is a folder, not a regular file")
    elif stat.S_ISLNK(mode):
        what = QT_TRANSLATE_NOOP("messages", "is a link, not a regular file")
    elif stat.S_ISFIFO(mode):
        what = QT_TRANSLATE_NOOP("messages", "is a pipe (FIFO), not a regular file")
    elif stat.S_ISSOCK(mode):
        what = QT_TRANSLATE_NOOP("messages", "is a socket, not a regular file")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = QT_TRANSLATE_NOOP("messages", "is a device, not a regular file")
    else:
        what = QT_TRANSLATE_NOOP("messages", "is something special, not a regular file")
    return Message(what)


def _cant_read(error: OSError) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("messages", "couldn't be read ({reason})"),
        reason=str(error.strerror or error),
    )


def open_regular(
    path: str | Path, seen: os.stat_result, *, follow: bool = True
) -> tuple[BinaryIO, os.stat_result]:
    """Open a file already seen (by stat or lstat) to be regular, for reading.

    The open never waits on a pipe and, with ``follow=False``, never follows a link;
    the opened file must still be that same regular file.

    Raises:
        Unreadable: it is something else now, or the system refused to open it.
    """
    phrase = not_regular(seen.st_mode)
    if phrase:
        raise Unreadable(path, phrase)
    try:
        fd = os.open(path, _OPEN_FLAGS | (0 if follow else _NO_FOLLOW))
    except OSError as error:
        raise Unreadable(path, _cant_read(error)) from None
    try:
        info = os.fstat(fd)
        phrase = not_regular(info.st_mode)
        if phrase is None and (info.st_dev, info.st_ino) != (seen.st_dev, seen.st_ino):
            phrase = Message(QT_TRANSLATE_NOOP("messages", "was replaced while it was being read"))
        if phrase:
            raise Unreadable(path, phrase)
        return os.fdopen(fd, "rb"), info
    except BaseException:
        os.close(fd)
        raise


def read_capped(handle: BinaryIO, info: os.stat_result, path: object, cap: int) -> bytes:
    """Read at most ``cap`` bytes, refusing a file larger than that (whatever its size says)."""
    too_large = Message(
        QT_TRANSLATE_NOOP("messages", "is larger than {size}, more than any journal export holds"),
        size=size_text(cap),
    )
    if info.st_size > cap:
        raise Unreadable(path, too_large)
    try:
        data = handle.read(cap + 1)
    except OSError as error:
        raise Unreadable(path, _cant_read(error)) from None
    if len(data) > cap:
        raise Unreadable(path, too_large)
    return data


def open_source(path: Path) -> tuple[BinaryIO, os.stat_result]:
    """Open the one file an import was given: a regular file (a link to one is fine)."""
    try:
        seen = path.stat()
    except OSError as error:
        raise Unreadable(path, _cant_read(error)) from None
    return open_regular(path, seen)


def read_bytes(path: Path, cap: int = MAX_FILE) -> bytes:
    """Read a whole source file: a regular file of at most ``cap`` bytes.

    Raises:
        Unreadable: a pipe, device, socket or folder; too large; or unreadable.
    """
    handle, info = open_source(path)
    with handle:
        return read_capped(handle, info, path, cap)


def load_json(raw: bytes, name: str) -> Any:
    """Parse JSON text, or raise a ValidationError that names the file and the place."""
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidText(
            message=Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} isn't a JSON file (it isn't even UTF-8 text). Nothing was imported; if "
                    "it is an export saved in another encoding, save it as UTF-8 and try again.",
                ),
                name=name,
            )
        ) from None
    except json.JSONDecodeError as error:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} isn't valid JSON (line {lineno}, column {colno}: {msg}). Nothing was "
                    "imported; check that it is the export file itself.",
                ),
                name=name,
                lineno=error.lineno,
                colno=error.colno,
                msg=error.msg,
            )
        ) from None
    except RecursionError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is nested far deeper than any journal export, so it wasn't read. "
                    "Nothing was imported; check that it is the export file itself.",
                ),
                name=name,
            )
        ) from None


def wrong_shape(name: str, what: str, expected: str) -> ValidationError:
    return ValidationError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} doesn't look like {what}: it should hold {expected}. Nothing was imported.",
            ),
            name=name,
            what=what,
            expected=expected,
        )
    )


def iso_day(value: object) -> date | None:
    """The date at the start of ``YYYY-MM-DD...`` text; None if it is not a real date."""
    if not isinstance(value, str):
        return None
    match = _ISO_DAY.match(value.strip())
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def date_problem(value: object) -> str:
    """Why an entry's date could not be used, for the skipped list."""
    if value is None or value == "":
        return "it has no date"
    return f"its date {value!r} isn't a real date (YYYY-MM-DD)"


def out_of_range(day: date) -> str:
    """Why an entry dated outside the years Afterglow keeps was left out."""
    return (
        f"its date {day.year:04d}-{day.month:02d}-{day.day:02d} is outside the years "
        f"Afterglow keeps ({MIN_YEAR} to {MAX_YEAR}); correct it in the source to bring it in"
    )


def tag_names(value: object) -> list[str] | None:
    """Tags without their leading @ or # marks; None if the value is not a list of text."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        return None
    return [t.strip().lstrip("@#") for t in value]
