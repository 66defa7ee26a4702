"""questions: the person's own list and the suggestions, as text and JSON; bad input."""

from __future__ import annotations

import json

import pytest


def _questions(cli) -> dict:
    result = cli("questions", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_an_empty_journal_has_an_empty_list(initialised):
    assert _questions(initialised) == {"items": [], "suggested": []}
    result = initialised("questions")
    assert result.code == 0, result.err
    assert "Questions for my prescriber" in result.out
    assert "None of your own yet" in result.out


def test_add_stores_an_item_and_lists_it(initialised):
    result = initialised("questions", "--add", "Can I drive the next morning?", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "items": [{"text": "Can I drive the next morning?", "done": False}],
        "suggested": [],
    }
    initialised("questions", "--add", "What helps with nausea?")
    text = initialised("questions").out
    assert "  1. [ ] Can I drive the next morning?" in text
    assert "  2. [ ] What helps with nausea?" in text


def test_suggestions_come_with_key_text_and_why(initialised):
    assert initialised("weekly-check", "--extra-dose", "yes").code == 0
    listed = _questions(initialised)
    [suggestion] = listed["suggested"]
    assert set(suggestion) == {"key", "text", "why"}
    assert suggestion["text"].startswith("I took a dose outside my plan this week")
    text = initialised("questions").out
    assert "Suggested from what you logged" in text
    assert "From your weekly check on" in text


@pytest.mark.parametrize("bad", ["x" * 501, "   ", ""])
def test_a_bad_item_exits_2_and_stores_nothing(initialised, bad):
    result = initialised("questions", "--add", bad)
    assert result.code == 2
    assert result.err
    assert _questions(initialised)["items"] == []
    everything = json.loads(initialised("list", "--kind", "all", "--json").out)
    assert everything == []


def test_a_bad_item_is_refused_before_the_passphrase_is_asked_for(initialised):
    assert initialised("questions", "--add", "x" * 501, passphrase=None).code == 2
