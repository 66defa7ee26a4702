"""Bring entries in from other journals, and records back from Afterglow's JSON export.

The parsers are pure: they read files and return domain objects plus a report of what was
left out and why. Storing them (in one transaction) is the caller's job.

What stops a whole import (ValidationError, exit 2, nothing stored): a missing path, a
file that isn't JSON or a zip, a JSON document of the wrong shape, and, for Afterglow's
own export, any record that can't be read. What skips just one entry, with its reason:
an entry without a real date, without text, with a tag or text Afterglow can't store,
and a Markdown file that is empty or not UTF-8. Photos and attachments are never imported.
"""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.backup.import_afterglow import missing_records, parse_afterglow_json
from journal_app.backup.import_common import ImportResult, Note, Skipped
from journal_app.backup.import_dayone import parse_dayone
from journal_app.backup.import_jrnl import parse_jrnl
from journal_app.backup.import_markdown import parse_markdown
from journal_app.domain.entry import Entry

__all__ = [
    "ImportResult",
    "Note",
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
