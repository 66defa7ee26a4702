"""Search over the decrypted records in memory: every word must match, newest first."""

from __future__ import annotations

from journal_app.domain.entry import Entry
from journal_app.domain.records import Record
from journal_app.domain.text import fold
from journal_app.services.journal import newest_first
from journal_app.services.store import RecordStore
from journal_app.services.vault import VaultService

Indexed = list[tuple[Record, str]]


def searchable_text(entry: Entry) -> str:
    """The folded text a search looks in: title, body and tags."""
    return fold(" ".join((entry.title, entry.body, *entry.tags)))


def refines(earlier: list[str], later: list[str]) -> bool:
    """True if every text matching ``later`` also matches ``earlier`` (typing on)."""
    return all(any(old in new for new in later) for old in earlier)


class SearchService:
    """Case- and accent-insensitive search over journal entries.

    Keeps every entry's folded text, newest first, for as long as the journal does not
    change, and narrows the last result when the query only grew (search as you type).
    """

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault
        self._folded: dict[str, tuple[int, str]] = {}
        self._index: Indexed = []
        self._index_of: tuple[RecordStore, int] | None = None
        self._last: tuple[list[str], Indexed] = ([], [])

    def _text(self, record: Record) -> str:
        cached = self._folded.get(record.id)
        if cached is None or cached[0] != record.rev:
            cached = (record.rev, searchable_text(record.data))
            self._folded[record.id] = cached
        return cached[1]

    def _entries(self) -> Indexed:
        store = self._vault.store
        if self._index_of != (store, store.version):
            entries = newest_first(store.of_kind("entry"))
            self._index = [(record, self._text(record)) for record in entries]
            self._index_of = (store, store.version)
            self._last = ([], [])
        return self._index

    def search(self, query: str, limit: int | None = None) -> list[Record]:
        """Entries containing every word of ``query`` (as typed, ignoring case and accents)."""
        terms = fold(query).split()
        if not terms:
            return []
        entries = self._entries()
        earlier, found = self._last
        pool = found if earlier and refines(earlier, terms) else entries
        if len(terms) == 1:
            term = terms[0]
            hits = [pair for pair in pool if term in pair[1]]
        else:
            hits = [pair for pair in pool if all(term in pair[1] for term in terms)]
        self._last = (terms, hits)
        records = [record for record, _ in hits[:limit]]
        return records

    def prepare(self) -> None:
        """Fold every entry's text now, so the first search after unlock is as fast as the rest."""
        self._entries()

    def forget(self) -> None:
        """Drop the cached text (on lock)."""
        self._folded.clear()
        self._index = []
        self._index_of = None
        self._last = ([], [])
