"""Entries from a Day One JSON export: the zip it makes, or the ``Journal.json`` inside it.

Each journal file is ``{"metadata": {...}, "entries": [{"uuid", "creationDate", "timeZone",
"text", "tags", "starred", "photos", ...}]}``. The day is the one on the writer's clock:
``creationDate`` (UTC) seen in the entry's ``timeZone``, or in UTC when it has none. A file
that is not a regular file, not a zip or JSON, lacks the ``entries`` list, or would unpack
to more than 64 MiB of journal files stops the whole import; one entry that can't be used
(no readable date, no text) is skipped with its reason. Photos and other attachments stay
behind, and the report says so.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal_app.backup.import_common import (
    ENTRY_ERRORS,
    MAX_FILE,
    MAX_UNPACKED,
    ImportResult,
    date_problem,
    existing_path,
    load_json,
    open_source,
    out_of_range,
    read_capped,
    size_text,
    tag_names,
    wrong_shape,
)
from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message

STARRED_TAG = "starred"
ATTACHMENTS = (
    ("photos", "photos"),
    ("videos", "videos"),
    ("audios", "audio recordings"),
    ("pdfAttachments", "PDFs"),
)
# Day One marks where a photo sits in the text with a link no other app can open.
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)[ \t]*\n?")
_BLANK_RUN = re.compile(r"\n{3,}")
_UNZIP_STEP = 1024 * 1024


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _parts(name: str) -> tuple[str, ...]:
    return PurePosixPath(name).parts


def _unpacks_too_far(source: Path) -> ValidationError:
    return ValidationError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{source} would unpack to more than {size} of journal files, more than any Day "
                "One export holds; it may be damaged or not a real export. Nothing was "
                "imported.",
            ),
            source=source,
            size=size_text(MAX_UNPACKED),
        )
    )


def _journal_members(source: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = [
        m
        for m in archive.infolist()
        if m.filename.lower().endswith(".json")
        and not m.is_dir()
        and not any(p.startswith((".", "__MACOSX")) for p in _parts(m.filename))
    ]
    if not members:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{source} is a zip file with no Journal.json inside, so it isn't a Day One "
                    "JSON "
                    "export. Nothing was imported.",
                ),
                source=source,
            )
        )
    # The sizes a zip declares are a first check only: reading below stops at the cap too.
    if sum(m.file_size for m in members) > MAX_UNPACKED:
        raise _unpacks_too_far(source)
    return members


def _read_within(stream: IO[bytes], left: int) -> bytes:
    """Unpack a member a step at a time, stopping one byte past ``left``.

    zipfile unpacks as much as it is asked for before checking the size the zip declares,
    so a single large read would let a lying zip fill the memory first.
    """
    pieces: list[bytes] = []
    total = 0
    while total <= left:
        piece = stream.read(min(_UNZIP_STEP, left + 1 - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    return b"".join(pieces)


def _unzipped(source: Path, handle: BinaryIO, result: ImportResult) -> list[tuple[str, bytes]]:
    """The journal JSON files in a Day One zip, read within MAX_UNPACKED bytes in all."""
    documents: list[tuple[str, bytes]] = []
    try:
        with zipfile.ZipFile(handle) as archive:
            left = MAX_UNPACKED
            for member in _journal_members(source, archive):
                try:
                    with archive.open(member) as stream:
                        raw = _read_within(stream, left)
                except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
                    result.skip(member.filename, f"it couldn't be unpacked ({error})")
                    continue
                except RuntimeError:  # zipfile's word for a member locked with a password
                    result.skip(member.filename, "it is locked with a password")
                    continue
                if len(raw) > left:
                    raise _unpacks_too_far(source)
                left -= len(raw)
                documents.append((f"{source}/{member.filename}", raw))
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} is a damaged zip file ({error}). Nothing was imported."
                ),
                source=source,
                error=error,
            )
        ) from None
    return documents


def _documents(source: Path, result: ImportResult) -> list[tuple[str, bytes]]:
    """The journal JSON files in a Day One zip, or the bare JSON file, by name."""
    handle, info = open_source(source)  # a regular file, or nothing is read at all
    with handle:
        if zipfile.is_zipfile(handle):
            handle.seek(0)
            return _unzipped(source, handle, result)
        handle.seek(0)
        return [(str(source), read_capped(handle, info, source, MAX_FILE))]


def _day(raw: dict[str, Any], result: ImportResult, where: str) -> date | None:
    text = raw.get("creationDate")
    try:
        if not isinstance(text, str):
            raise ValueError
        moment = datetime.fromisoformat(text)
    except ValueError:
        result.skip(where, date_problem(text))
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone_name = raw.get("timeZone")
    zone = _zone(zone_name) if isinstance(zone_name, str) and zone_name else None
    if zone_name and zone is None:
        result.note(where, f"its time zone {zone_name!r} is unknown, so its UTC date was used")
    try:
        return moment.astimezone(zone or UTC).date()
    except OverflowError:  # at the very ends of the calendar, far outside the years kept
        result.skip(where, out_of_range(moment.date()))
        return None


def _left_behind(raw: dict[str, Any], text: str) -> list[str]:
    kinds = [name for key, name in ATTACHMENTS if raw.get(key)]
    if not kinds and _MOMENT.search(text):
        kinds = ["photos"]
    return kinds


def _title_and_body(text: str) -> tuple[str, str]:
    """Split off a first line ``# Title``; otherwise everything is the body."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest
    return "", stripped


def _read_entry(raw: Any, where: str, result: ImportResult) -> None:
    if not isinstance(raw, dict):
        result.skip(where, "it isn't an entry (expected an object with a date and text)")
        return
    day = _day(raw, result, where)
    if day is None:
        return
    where = f"{where} ({day.isoformat()})"
    text = raw.get("text", "")
    tags = tag_names(raw.get("tags"))
    if not isinstance(text, str) or tags is None:
        result.skip(where, "its text or tags aren't in the form Day One writes them")
        return
    left = _left_behind(raw, text)
    if _MOMENT.search(text):  # close the gap each photo leaves behind
        text = _BLANK_RUN.sub("\n\n", _MOMENT.sub("", text))
    if not text.strip():
        only = f"only {' and '.join(left)}, which" if left else "no text, and an empty entry"
        result.skip(where, f"it has {only} can't be imported")
        return
    if left:
        result.skip(where, f"{' and '.join(left)} are not imported; the text is")
    if raw.get("starred") is True:
        tags.append(STARRED_TAG)
    title, body = _title_and_body(text)
    result.add(where, body=body, day=day, title=title, tags=tags)


def _read_entries(name: str, data: Any, result: ImportResult) -> None:
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise wrong_shape(name, "a Day One JSON export", 'an "entries" list')
    short = PurePosixPath(name).name
    for number, raw in enumerate(entries, 1):
        where = f"{short}, entry {number}"
        try:
            _read_entry(raw, where, result)
        except ENTRY_ERRORS as error:  # one odd entry never stops the others
            result.skip_unreadable(where, error)


def parse_dayone(path: Path | str) -> ImportResult:
    """Read a Day One JSON export (zip or Journal.json) into entries."""
    source = existing_path(Path(path))
    result = ImportResult()
    for name, raw in _documents(source, result):
        _read_entries(name, load_json(raw, name), result)
    return result
