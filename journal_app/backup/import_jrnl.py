"""Entries from jrnl's JSON export (``jrnl --export json > journal.json``).

The file is ``{"tags": {...}, "entries": [{"title", "body", "date", "time", "tags",
"starred"}, ...]}``. A file that is not a regular file of at most 64 MiB, not JSON, or
lacks the ``entries`` list stops the whole import; any one entry that can't be used (no
readable date, no text, text Afterglow can't store) is skipped with its reason and the
rest come in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from journal_app.backup.import_common import (
    ENTRY_ERRORS,
    ImportResult,
    date_problem,
    existing_path,
    iso_day,
    load_json,
    read_bytes,
    tag_names,
    wrong_shape,
)

STARRED_TAG = "starred"


def _read_entry(raw: Any, where: str, result: ImportResult) -> None:
    if not isinstance(raw, dict):
        result.skip(where, "it isn't an entry (expected an object with a date and text)")
        return
    day = iso_day(raw.get("date"))
    if day is None:
        result.skip(where, date_problem(raw.get("date")))
        return
    where = f"{where} ({day.isoformat()})"
    title, body = raw.get("title", ""), raw.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        result.skip(where, "its title or body isn't text")
        return
    tags = tag_names(raw.get("tags"))
    if tags is None:
        result.skip(where, "its tags aren't a list of words")
        return
    if raw.get("starred") is True:
        tags.append(STARRED_TAG)
    result.add(where, body=body, day=day, title=title, tags=tags)


def parse_jrnl(path: Path | str) -> ImportResult:
    """Read a jrnl JSON export into entries; tags lose their @, starred ones gain a tag."""
    source = existing_path(Path(path))
    data = load_json(read_bytes(source), str(source))
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise wrong_shape(str(source), "a jrnl JSON export", 'an "entries" list')
    result = ImportResult()
    for number, raw in enumerate(entries, 1):
        where = f"{source.name}, entry {number}"
        try:
            _read_entry(raw, where, result)
        except ENTRY_ERRORS as error:  # one odd entry never stops the others
            result.skip_unreadable(where, error)
    return result
