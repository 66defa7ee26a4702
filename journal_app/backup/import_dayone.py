"""Entries from a Day One JSON export: the zip it makes, or the ``Journal.json`` inside it.

Each journal file is ``{"metadata": {...}, "entries": [{"uuid", "creationDate", "timeZone",
"text", "tags", "starred", "photos", ...}]}``. The day is the one on the writer's clock:
``creationDate`` (UTC) seen in the entry's ``timeZone``, or in UTC when it has none. A file
that is not a zip or JSON, or lacks the ``entries`` list, stops the whole import; one
entry without a readable date or any text is skipped with its reason. Photos and other
attachments stay behind, and the report says so.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal_app.backup.import_common import (
    MAX_FILE,
    ImportResult,
    date_problem,
    existing_path,
    load_json,
    out_of_range,
    read_bytes,
    tag_names,
    wrong_shape,
)
from journal_app.domain.errors import ValidationError

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


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _parts(name: str) -> tuple[str, ...]:
    return PurePosixPath(name).parts


def _documents(source: Path) -> list[tuple[str, bytes]]:
    """The journal JSON files in a Day One zip, or the bare JSON file, by name."""
    if not zipfile.is_zipfile(source):
        return [(str(source), read_bytes(source))]
    try:
        with zipfile.ZipFile(source) as archive:
            members = [
                m
                for m in archive.infolist()
                if m.filename.lower().endswith(".json")
                and not m.is_dir()
                and not any(p.startswith((".", "__MACOSX")) for p in _parts(m.filename))
            ]
            if not members:
                raise ValidationError(
                    f"{source} is a zip file with no Journal.json inside, so it isn't a Day One "
                    "JSON export. Nothing was imported."
                )
            if any(m.file_size > MAX_FILE for m in members):
                raise ValidationError(f"{source} holds a file too large to be a journal export.")
            return [(f"{source}/{m.filename}", archive.read(m)) for m in members]
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ValidationError(
            f"{source} is a damaged zip file ({error}). Nothing was imported."
        ) from None


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


def _read_entries(name: str, data: Any, result: ImportResult) -> None:
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise wrong_shape(name, "a Day One JSON export", 'an "entries" list')
    short = PurePosixPath(name).name
    for number, raw in enumerate(entries, 1):
        where = f"{short}, entry {number}"
        if not isinstance(raw, dict):
            result.skip(where, "it isn't an entry (expected an object with a date and text)")
            continue
        day = _day(raw, result, where)
        if day is None:
            continue
        where = f"{where} ({day.isoformat()})"
        text = raw.get("text", "")
        tags = tag_names(raw.get("tags"))
        if not isinstance(text, str) or tags is None:
            result.skip(where, "its text or tags aren't in the form Day One writes them")
            continue
        left = _left_behind(raw, text)
        if _MOMENT.search(text):  # close the gap each photo leaves behind
            text = _BLANK_RUN.sub("\n\n", _MOMENT.sub("", text))
        if not text.strip():
            only = f"only {' and '.join(left)}, which" if left else "no text, and an empty entry"
            result.skip(where, f"it has {only} can't be imported")
            continue
        if left:
            result.skip(where, f"{' and '.join(left)} are not imported; the text is")
        if raw.get("starred") is True:
            tags.append(STARRED_TAG)
        title, body = _title_and_body(text)
        result.add(where, body=body, day=day, title=title, tags=tags)


def parse_dayone(path: Path | str) -> ImportResult:
    """Read a Day One JSON export (zip or Journal.json) into entries."""
    source = existing_path(Path(path))
    result = ImportResult()
    for name, raw in _documents(source):
        _read_entries(name, load_json(raw, name), result)
    return result
