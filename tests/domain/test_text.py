from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.clock import parse_date, parse_local_datetime
from journal_app.domain.errors import ValidationError
from journal_app.domain.text import first_line, fold, word_count


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Café", "cafe"), ("NAÏVE", "naive"), ("Straße", "strasse"), ("plain", "plain")],
)
def test_fold_ignores_case_and_accents(text, folded):
    assert fold(text) == folded


@given(st.text())
def test_fold_gives_the_same_answer_for_composed_and_decomposed_text(text):
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))


def test_first_line_skips_blank_lines_and_heading_marks():
    assert first_line("\n\n# Morning pages\nrest") == "Morning pages"
    assert first_line("x" * 100, limit=10) == "x" * 9 + "…"


def test_word_count_counts_words_in_any_script():
    assert word_count("Grüße aus Köln — 東京") == 4


@pytest.mark.parametrize("bad", ["2026-13-01", "14/03/2026", "2026-3-4", "yesterday", ""])
def test_malformed_dates_are_refused_with_the_expected_form(bad):
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date(bad)


def test_local_times_need_hours_and_minutes():
    assert parse_local_datetime("2026-03-14T09:30").hour == 9
    with pytest.raises(ValidationError, match="YYYY-MM-DDTHH:MM"):
        parse_local_datetime("2026-03-14T9")
