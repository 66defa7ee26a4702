"""The daily prompts file and the deck that deals from it."""

from __future__ import annotations

import random

from journal_app.ui.journal.prompts import Prompt, PromptDeck, load_prompts, quoted


def test_daily_prompts_parse_with_unique_ids_and_words():
    prompts = load_prompts()
    ids = [p.id for p in prompts]

    assert len(prompts) >= 40
    assert len(set(ids)) == len(ids)
    assert all(p.id.startswith("daily-") and p.text.strip() for p in prompts)
    assert all("\n" not in p.text for p in prompts)


def test_the_deck_deals_every_prompt_before_repeating_one():
    prompts = [Prompt(f"p{i}", f"Question {i}?") for i in range(5)]
    deck = PromptDeck(prompts, random.Random(3))

    first_round = [deck.draw() for _ in range(5)]
    second_round = [deck.draw() for _ in range(5)]
    assert sorted(p.id for p in first_round) == [p.id for p in prompts]
    assert sorted(p.id for p in second_round) == [p.id for p in prompts]
    assert first_round[-1] != second_round[0]


def test_a_prompt_is_quoted_as_markdown():
    assert quoted(Prompt("x", "How was sleep?")) == "> How was sleep?\n\n"
