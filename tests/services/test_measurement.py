"""Change since before a series of sessions, by the published rules (docs/measurement.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.services.measurement import (
    Measure,
    Reading,
    measure,
    reliable_change,
    series_starts,
    to_json,
)
from journal_app.services.measurement_words import brief, sentences

SESSION = datetime(2026, 3, 10, 10, 0)


def days_before(n: int, total: int, hour: int = 9) -> Reading:
    return Reading((SESSION - timedelta(days=n)).replace(hour=hour), total)


def later(n: int, total: int) -> Reading:
    return Reading(SESSION + timedelta(days=n), total)


def who5(n: int, total: int) -> Reading:
    return Reading(SESSION + timedelta(days=n), total, total * 4)


def phq9(baseline: int, latest: int) -> Measure:
    return measure("phq9", [days_before(3, baseline), later(20, latest)], [SESSION])


# The series and its baseline


def test_a_series_starts_after_sixty_quiet_days():
    sessions = [datetime(2025, 1, 1), datetime(2025, 1, 8), datetime(2025, 3, 9)]
    sessions.append(datetime(2025, 5, 10))  # 62 days after Mar 9
    assert series_starts(sessions) == [datetime(2025, 1, 1), datetime(2025, 5, 10)]
    assert series_starts([]) == []


@pytest.mark.parametrize(("days", "counts"), [(29, True), (30, True), (31, False)])
def test_the_baseline_is_at_most_thirty_days_before_the_first_session(days, counts):
    found = measure("phq9", [days_before(days, 14), later(20, 8)], [SESSION])
    assert (found.baseline is not None) is counts
    assert (found.change == -6) if counts else (found.change is None)


def test_a_year_old_result_is_no_baseline_and_gives_no_figures():
    # The review's case: a minimal PHQ-9 taken 13 months before, then 2 after the sessions.
    found = measure("phq9", [days_before(395, 4), later(20, 2)], [SESSION])
    assert found.baseline is None and found.series_start == SESSION
    assert (found.change, found.reliable, found.response, found.remission) == (None,) * 4
    assert to_json(found)["baseline"] is None
    assert "no recent baseline" in " ".join(sentences(found, "PHQ-9"))


def test_the_latest_result_before_the_session_starts_is_the_baseline():
    results = [days_before(20, 18), days_before(2, 16), Reading(SESSION.replace(hour=8), 15)]
    found = measure("phq9", [*results, later(30, 6)], [SESSION, SESSION + timedelta(days=7)])
    assert found.baseline == Reading(SESSION.replace(hour=8), 15)  # that morning, before
    assert found.change == -9


def test_a_result_during_the_session_day_after_it_started_is_not_a_baseline():
    after_start = Reading(SESSION + timedelta(hours=3), 9)
    found = measure("phq9", [after_start, later(10, 8)], [SESSION])
    assert found.baseline is None


def test_the_series_the_latest_result_follows_gives_the_baseline():
    first = datetime(2024, 1, 10, 10)
    second = datetime(2026, 1, 10, 10)
    results = [
        Reading(datetime(2024, 1, 1), 20),
        Reading(datetime(2024, 6, 1), 9),
        Reading(datetime(2026, 1, 2), 12),
        Reading(datetime(2026, 2, 1), 5),
    ]
    sessions = [first, datetime(2024, 1, 20), second]
    found = measure("phq9", results, sessions)
    assert found.series_start == second and found.baseline.total == 12
    earlier = measure("phq9", results, sessions, end=date(2024, 12, 31))
    assert earlier.series_start == first
    assert (earlier.baseline.total, earlier.latest.total, earlier.change) == (20, 9, -11)


def test_no_result_in_range_and_no_sessions():
    assert measure("phq9", [], [SESSION]).latest is None
    assert measure("phq9", [later(5, 9)], [SESSION], start=date(2026, 5, 1)).latest is None
    alone = measure("phq9", [later(5, 9)], [])
    assert alone.latest.total == 9 and alone.series_start is None and alone.change is None
    assert "no series of sessions" in sentences(alone, "PHQ-9")[0]
    assert sentences(measure("phq9", [], []), "PHQ-9") == []


# Reliable change


@pytest.mark.parametrize(
    ("instrument", "threshold"), [("phq9", 6), ("gad7", 4), ("pcl5", 10), ("who5", 10)]
)
def test_reliable_change_thresholds(instrument, threshold):
    lower_is_better = instrument != "who5"
    better = -threshold if lower_is_better else threshold
    assert reliable_change(instrument, better) == "improved"
    assert reliable_change(instrument, -better) == "deteriorated"
    just_short = better + (1 if lower_is_better else -1)
    assert reliable_change(instrument, just_short) == "unchanged"
    assert reliable_change(instrument, -just_short) == "unchanged"
    assert reliable_change(instrument, 0) == "unchanged"


def test_who5_change_is_in_percentage_points():
    found = measure("who5", [who5(-3, 12), who5(20, 15)], [SESSION])
    assert found.change == 12 and found.reliable == "improved"  # 48% -> 60%
    assert found.response is None and found.remission is None  # not defined for WHO-5
    assert to_json(found)["unit"] == "percentage points"
    assert "12 percentage points higher" in sentences(found, "WHO-5")[0]
    short = measure("who5", [who5(-3, 12), who5(20, 14)], [SESSION])
    assert short.change == 8 and short.reliable == "unchanged"


def test_a_reliable_worsening_is_said_plainly_and_kindly():
    found = phq9(8, 15)
    assert found.reliable == "deteriorated" and found.change == 7
    said = " ".join(sentences(found, "PHQ-9"))
    assert "7 points higher" in said and "reliable worsening" in said
    assert "worth talking over with your care team" in said
    assert "reliable worsening" in brief(found)


# Response and remission


def test_response_at_exactly_half_and_not_just_short_of_it():
    assert phq9(10, 5).response is True
    assert phq9(10, 6).response is False
    assert phq9(15, 7).response is True  # 7 is below 7.5
    assert phq9(15, 8).response is False


@pytest.mark.parametrize(
    ("instrument", "elevated", "below"), [("phq9", 10, 5), ("gad7", 10, 5), ("pcl5", 33, 33)]
)
def test_response_and_remission_only_from_an_elevated_baseline(instrument, elevated, below):
    def run(baseline: int, latest: int) -> Measure:
        return measure(instrument, [days_before(3, baseline), later(20, latest)], [SESSION])

    lower = run(elevated - 1, 0)
    assert lower.response is None and lower.remission is None and not lower.applicable
    assert lower.reliable is not None  # reliable change still applies
    assert "don't apply" in " ".join(sentences(lower, "X"))
    assert brief(lower).count("not applicable") == 0  # brief leaves them out
    at = run(elevated, below - 1)
    assert at.applicable and at.remission is True
    assert run(elevated, below).remission is False


def test_the_reviews_minimal_baseline_claims_no_remission():
    found = phq9(4, 2)
    assert found.response is None and found.remission is None
    assert to_json(found)["response"] is None and to_json(found)["remission"] is None


def test_pcl5_remission_without_response_is_worded_truthfully():
    found = measure("pcl5", [days_before(3, 40), later(20, 32)], [SESSION])
    assert found.remission is True and found.response is False
    assert "below 33 (remission), though not yet half" in " ".join(sentences(found, "PCL-5"))


def test_json_shape():
    found = phq9(16, 7)
    assert to_json(found) == {
        "baseline": {"date": "2026-03-07", "total": 16},
        "latest": {"date": "2026-03-30", "total": 7},
        "change": -9,
        "unit": "points",
        "reliable": "improved",
        "response": True,
        "remission": False,
        "series_start": "2026-03-10",
    }


# Properties


totals = st.integers(min_value=0, max_value=27)


@given(totals, totals)
def test_change_is_antisymmetric(a, b):
    forward = phq9(a, b)
    backward = phq9(b, a)
    assert forward.change == -backward.change
    flipped = {"improved": "deteriorated", "deteriorated": "improved", "unchanged": "unchanged"}
    assert flipped[forward.reliable] == backward.reliable


@given(totals, totals)
def test_no_response_or_remission_without_an_elevated_baseline(baseline, latest):
    found = phq9(baseline, latest)
    assert (found.response is None) == (baseline < 10)
    assert (found.remission is None) == (baseline < 10)
    if found.remission:
        assert latest < 5


@given(st.integers(min_value=0, max_value=25), st.integers(min_value=0, max_value=25))
def test_who5_never_has_response_or_remission(a, b):
    found = measure("who5", [who5(-2, a), who5(9, b)], [SESSION])
    assert found.response is None and found.remission is None
    assert found.change == 4 * (b - a)


def test_an_unknown_instrument_is_refused():
    with pytest.raises(ValueError, match="no change rules"):
        measure("bdi", [], [])
