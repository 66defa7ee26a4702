"""Search over the decrypted records in memory: every word must match, newest first."""

from __future__ import annotations

from journal_app.domain.entry import Entry
from journal_app.domain.records import Record
from journal_app.domain.text import fold
from journal_app.services.journal import newest_first
from journal_app.services.vault import VaultService


def searchable_text(entry: Entry) -> str:
    """The folded text a search looks in: title, body and tags."""
    return fold(" ".join((entry.title, entry.body, *entry.tags)))


class SearchService:
    """Case- and accent-insensitive search over journal entries."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault
        self._folded: dict[str, tuple[int, str]] = {}

    def _text(self, record: Record) -> str:
        cached = self._folded.get(record.id)
        if cached is None or cached[0] != record.rev:
            cached = (record.rev, searchable_text(record.data))
            self._folded[record.id] = cached
        return cached[1]

    def search(self, query: str, limit: int | None = None) -> list[Record]:
        """Entries containing every word of ``query`` (as typed, ignoring case and accents)."""
        terms = fold(query).split()
        if not terms:
            return []
        hits = [
            record
            for record in self._vault.store.of_kind("entry")
            if all(term in self._text(record) for term in terms)
        ]
        ordered = newest_first(hits)
        return ordered[:limit] if limit is not None else ordered

    def prepare(self) -> None:
        """Fold every entry's text now, so the first search after unlock is as fast as the rest."""
        for record in self._vault.store.of_kind("entry"):
            self._text(record)

    def forget(self) -> None:
        """Drop the cached text (on lock)."""
        self._folded.clear()
