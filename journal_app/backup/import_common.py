"""What every importer returns, and the small rules they share."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.domain.clock import MAX_YEAR, MIN_YEAR, year_in_range
from journal_app.domain.entry import Entry
from journal_app.domain.errors import InvalidText, ValidationError

MAX_TITLE = 200
MAX_FILE = 512 * 1024 * 1024  # no journal export is this big; a larger file is a mistake
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


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
        self.entries.append(entry)


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
            f"There is nothing at {path}, so nothing was imported. Check the path and try again."
        )
    if folder and not path.is_dir():
        raise ValidationError(
            f"{path} is a file; give the folder that holds your Markdown (.md) files."
        )
    if not folder and path.is_dir():
        raise ValidationError(f"{path} is a folder; give the export file itself.")
    return path


def read_bytes(path: Path) -> bytes:
    """Read a whole source file, refusing one too large to be a journal export."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise ValidationError(f"{path} is too large to be a journal export; nothing was read.")
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(
            f"Couldn't read {path}: {error.strerror}. Nothing was imported."
        ) from None


def load_json(raw: bytes, name: str) -> Any:
    """Parse JSON text, or raise a ValidationError that names the file and the place."""
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidText(
            message=f"{name} isn't a JSON file (it isn't even UTF-8 text). Nothing was "
            "imported; if it is an export saved in another encoding, save it as UTF-8 "
            "and try again."
        ) from None
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"{name} isn't valid JSON (line {error.lineno}, column {error.colno}: {error.msg}). "
            "Nothing was imported; check that it is the export file itself."
        ) from None


def wrong_shape(name: str, what: str, expected: str) -> ValidationError:
    return ValidationError(
        f"{name} doesn't look like {what}: it should hold {expected}. Nothing was imported."
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
