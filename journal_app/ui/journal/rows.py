"""The journal list as plain tuples, cached per record revision, and the filters over it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from journal_app.domain.records import Record
from journal_app.domain.text import first_line, fold
from journal_app.services.bundle import Services


class EntryRow(NamedTuple):
    """What the list shows of one entry; cheap to build and to compare."""

    id: str
    day: date
    heading: str
    tags: tuple[str, ...]
    private: bool


@dataclass(frozen=True)
class EntryFilter:
    """What the person asked the list to show."""

    text: str = ""
    tag: str | None = None
    start: date | None = None
    end: date | None = None

    @property
    def terms(self) -> tuple[str, ...]:
        """The folded search words, as the search service matches them."""
        return tuple(fold(self.text).split())

    @property
    def narrowed(self) -> bool:
        return bool(self.terms) or self.tag is not None or self.start is not None


def row_of(record: Record) -> EntryRow:
    """The list row for one entry record."""
    entry = record.data
    heading = entry.title or first_line(entry.body)
    return EntryRow(record.id, entry.day, heading, entry.tags, entry.private)


class EntryRows:
    """Turns the journal (or a search) into rows, re-reading only entries that changed."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._cache: dict[str, tuple[int, EntryRow]] = {}

    def _row(self, record: Record) -> EntryRow:
        cached = self._cache.get(record.id)
        if cached is None or cached[0] != record.rev:
            cached = (record.rev, row_of(record))
            self._cache[record.id] = cached
        return cached[1]

    def find(self, wanted: EntryFilter) -> list[EntryRow]:
        """Rows matching every part of ``wanted``, newest first."""
        if wanted.terms:
            records = self._services.search.search(wanted.text)
        else:
            records = self._services.journal.entries()
        rows = [self._row(r) for r in records]
        if wanted.tag is not None:
            tag = wanted.tag.casefold()
            rows = [r for r in rows if any(t.casefold() == tag for t in r.tags)]
        start, end = wanted.start, wanted.end
        if start is not None:
            rows = [r for r in rows if r.day >= start]
        if end is not None:
            rows = [r for r in rows if r.day <= end]
        return rows

    def forget(self) -> None:
        self._cache.clear()
