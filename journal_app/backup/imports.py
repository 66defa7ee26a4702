"""Bring entries in from other journals, and records back from Afterglow's JSON export.

The parsers are pure: they read files and return domain objects plus a report of what was
left out and why. Storing them (in one transaction) is the caller's job.

Every input is bounded: only regular files are read (never a pipe, device or socket, and
in a folder never a link that leads outside it), one export file is at most 64 MiB, the
journal files in a Day One zip unpack to at most 64 MiB together, and a Markdown file is
at most 4 MiB (256 MiB and 100,000 files for a whole folder).

What stops a whole import (ValidationError, exit 2, nothing stored): a missing path, a
source that isn't a regular file or is over its cap, a file that isn't JSON or a zip, a
JSON document of the wrong shape. What skips just one entry or record, with its reason:
no real date, no text, a tag or text Afterglow can't store, a field of the wrong form; a
Markdown file that is empty, not UTF-8, too large, not a regular file or a link leading
outside the folder. Photos and attachments are never imported, nor are settings.
"""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.backup.import_afterglow import (
    IMPORTED_KINDS,
    RecordsRead,
    missing_records,
    parse_afterglow_json,
)
from journal_app.backup.import_common import ImportResult, Note, Skipped
from journal_app.backup.import_dayone import parse_dayone
from journal_app.backup.import_jrnl import parse_jrnl
from journal_app.backup.import_markdown import parse_markdown
from journal_app.domain.entry import Entry

__all__ = [
    "IMPORTED_KINDS",
    "ImportResult",
    "Note",
    "RecordsRead",
    "Skipped",
    "missing_records",
    "new_entries",
    "parse_afterglow_json",
    "parse_dayone",
    "parse_jrnl",
    "parse_markdown",
]


def new_entries(entries: list[Entry], existing: Iterable[Entry]) -> tuple[list[Entry], int]:
    """Leave out entries already in the journal (same day, title and text).

    Returns the entries still to add and how many were already there, so importing the
    same file twice adds nothing the second time.
    """
    have = {(e.day, e.title, e.body.strip()) for e in existing}
    fresh = [e for e in entries if (e.day, e.title, e.body.strip()) not in have]
    return fresh, len(entries) - len(fresh)
