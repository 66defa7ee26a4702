from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.text import fold
from journal_app.ui.journal.highlight import folded_with_positions, match_spans


@given(st.text())
def test_positions_map_every_folded_character_back(text):
    folded, positions = folded_with_positions(text)
    assert folded == "".join(fold(char) for char in text)
    assert len(positions) == len(folded)
    assert positions == sorted(positions)


def test_spans_cover_accented_matches_in_the_original_text():
    text = "Un café — then another CAFE"
    spans = match_spans(text, ("cafe",))
    assert [text[start : start + length] for start, length in spans] == ["café", "CAFE"]
