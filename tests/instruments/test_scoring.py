from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.errors import ValidationError
from journal_app.instruments.definitions import all_instruments, instrument
from journal_app.instruments.scoring import assessment, parse_answers, score


def answers_for(instrument_id: str, total: int) -> list[int]:
    """Answers adding up to ``total``, filled from the first item (item 9 last)."""
    inst = instrument(instrument_id)
    top = inst.values[-1]
    out = []
    for _ in inst.items:
        take = min(top, total)
        out.append(take)
        total -= take
    assert total == 0
    return out


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_bands(total, band):
    result = score(instrument("phq9"), answers_for("phq9", total))
    assert (result.total, result.severity) == (total, band)


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_bands(total, band):
    assert score(instrument("gad7"), answers_for("gad7", total)).severity == band


@pytest.mark.parametrize(
    ("raw", "percent", "band"),
    [
        (0, 0, "very_poor"),
        (7, 28, "very_poor"),
        (8, 32, "poor"),
        (12, 48, "poor"),
        (13, 52, "adequate"),
        (25, 100, "adequate"),
    ],
)
def test_who5_percent_and_bands(raw, percent, band):
    result = score(instrument("who5"), answers_for("who5", raw))
    assert (result.total, result.percent, result.severity) == (raw, percent, band)
    assert result.to_json()["percent"] == percent


@pytest.mark.parametrize(("total", "flagged"), [(0, False), (32, False), (33, True), (80, True)])
def test_pcl5_probable_ptsd_at_33(total, flagged):
    result = score(instrument("pcl5"), answers_for("pcl5", total))
    assert ("probable_ptsd" in result.flags) is flagged
    assert result.severity == ("probable_ptsd" if flagged else "below_threshold")


def test_pcl5_clusters_add_up_by_dsm5_item_groups():
    answers = [1] * 5 + [2] * 2 + [3] * 7 + [4] * 6
    result = score(instrument("pcl5"), answers)
    assert result.clusters == {"B": 5, "C": 4, "D": 21, "E": 24}
    assert result.total == 54 == sum(result.clusters.values())


@pytest.mark.parametrize(("item9", "flags"), [(0, []), (1, ["item9"]), (3, ["item9"])])
def test_phq9_item9_above_zero_raises_the_flag(item9, flags):
    result = score(instrument("phq9"), [0] * 8 + [item9])
    assert list(result.flags) == flags


def test_json_has_exactly_the_documented_keys():
    assert set(score(instrument("phq9"), [0] * 9).to_json()) == {
        "instrument",
        "total",
        "severity",
        "flags",
        "difficulty",
    }
    assert set(score(instrument("who5"), [3] * 5).to_json()) == {
        "instrument",
        "total",
        "severity",
        "flags",
        "percent",
    }
    assert "clusters" in score(instrument("pcl5"), [0] * 20).to_json()
    assert "difficulty" not in score(instrument("pcl5"), [0] * 20).to_json()


@pytest.mark.parametrize(
    ("instrument_id", "answers", "reason"),
    [
        ("phq9", [0] * 8, "has 9 questions, but 8"),
        ("phq9", [0] * 10, "has 9 questions, but 10"),
        ("gad7", [0] * 6 + [4], "Answer 7 is 4"),
        ("who5", [0, 0, 0, 0, -1], "Answer 5 is -1"),
        ("pcl5", [5] + [0] * 19, "Answer 1 is 5"),
    ],
)
def test_bad_answers_are_refused_with_the_reason(instrument_id, answers, reason):
    with pytest.raises(ValidationError, match=reason):
        score(instrument(instrument_id), answers)


def test_answers_that_are_not_numbers_are_named():
    with pytest.raises(ValidationError, match=r"Answer 3 \('x'\) isn't a number"):
        parse_answers("0, 1, x")
    assert parse_answers(" 0,1 ,2") == [0, 1, 2]


def test_an_unknown_questionnaire_lists_the_known_ones():
    with pytest.raises(ValidationError, match="phq9, gad7, who5, pcl5"):
        instrument("beck")
    assert instrument("PHQ-9").id == "phq9"


def test_every_definition_is_complete():
    for inst in all_instruments():
        assert inst.items and inst.options and inst.bands and inst.source and inst.licence
        assert inst.bands[0].start == 0
        assert len(inst.items) * inst.values[-1] == inst.max_total
        assert len({b.id for b in inst.bands}) == len(inst.bands)


@given(st.data())
def test_totals_stay_in_range_and_bands_are_monotone(data):
    for inst in all_instruments():
        answers = data.draw(
            st.lists(
                st.sampled_from(inst.values), min_size=len(inst.items), max_size=len(inst.items)
            )
        )
        result = score(inst, answers)
        assert 0 <= result.total <= inst.max_total
        ids = [b.id for b in inst.bands]
        better = score(inst, [inst.values[0]] * len(inst.items))
        assert ids.index(better.severity) <= ids.index(result.severity)


def test_an_assessment_keeps_the_answers_and_the_score():
    record = assessment(instrument("who5"), [3, 3, 3, 3, 3], datetime(2026, 3, 1, 9, 0))
    assert (record.total, record.severity, record.extra) == (15, "adequate", {"percent": 60})
    assert record.answers == (3, 3, 3, 3, 3) and record.version == 2
