from __future__ import annotations

from datetime import date

import pytest

from journal_app.services.journal import JournalService
from journal_app.services.search import SearchService


@pytest.fixture
def search(vault):
    journal = JournalService(vault)
    journal.create("Coffee at the café with Jo", day=date(2026, 1, 1))
    journal.create("A walk in the rain, then CAFE au lait", day=date(2026, 2, 1), tags=["walks"])
    journal.create("Nothing about drinks", day=date(2026, 3, 1), title="Naïve hopes")
    return SearchService(vault)


def bodies(records):
    return [r.data.body.split()[0] for r in records]


def test_search_ignores_case_and_accents_both_ways(search):
    assert bodies(search.search("café")) == ["A", "Coffee"]
    assert bodies(search.search("CAFE")) == ["A", "Coffee"]
    assert bodies(search.search("naive")) == ["Nothing"]


def test_every_word_must_match(search):
    assert bodies(search.search("cafe rain")) == ["A"]
    assert search.search("cafe elephants") == []


def test_search_looks_in_titles_and_tags(search):
    assert bodies(search.search("walks")) == ["A"]


def test_results_are_newest_first_and_limited(search):
    assert bodies(search.search("the", limit=1)) == ["A"]


def test_an_empty_query_finds_nothing(search):
    assert search.search("   ") == []


def test_edited_entries_are_searched_as_they_are_now(search, vault):
    journal = JournalService(vault)
    [record] = search.search("drinks")
    journal.edit(record.id, body="Now about tea")
    assert search.search("drinks") == []
    assert len(search.search("tea")) == 1


def test_entries_in_the_trash_are_not_found(search, vault):
    [record] = search.search("rain")
    JournalService(vault).delete(record.id)
    assert search.search("rain") == []


def test_typing_on_gives_the_same_results_as_a_fresh_search(search, vault):
    queries = ["c", "ca", "caf", "cafe", "cafe r", "cafe ra", "cafe", "ca wal", "z", "the"]
    for query in queries:
        fresh = SearchService(vault).search(query)
        assert search.search(query) == fresh, query


def test_refines_knows_when_a_query_only_narrows():
    from journal_app.services.search import refines

    assert refines(["caf"], ["cafe"])
    assert refines(["cafe"], ["cafe", "rain"])
    assert not refines(["cafe", "rain"], ["cafe"])
    assert not refines(["cafe"], ["caf"])
