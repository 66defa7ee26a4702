"""Mood figures: daily and rolling means, before/after sessions, questionnaires, sleep."""

from __future__ import annotations

import math
import statistics
import time
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.errors import ValidationError
from journal_app.services.assessments import AssessmentService
from journal_app.services.checkins import CheckInService
from journal_app.services.journeys import JourneyService
from journal_app.services.mood import (
    NOTE,
    MoodService,
    journey_effect,
    rolling_mean,
    sleep_mood,
    window_mean,
)

DAY0 = date(2025, 6, 1)
PHQ9_ITEMS = 9


@pytest.fixture
def mood(vault):
    return MoodService(vault)


@pytest.fixture
def checkins(vault):
    return CheckInService(vault)


@pytest.fixture
def journeys(vault):
    return JourneyService(vault)


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour)


def phq9(total: int) -> list[int]:
    """Answers adding up to ``total`` (item 9 left at 0)."""
    answers = [0] * PHQ9_ITEMS
    for i in range(total):
        answers[i % (PHQ9_ITEMS - 1)] += 1
    return answers


# Random daily series with gaps: distinct day offsets, values within the mood scale.
series = st.dictionaries(
    st.integers(min_value=0, max_value=120),
    st.floats(min_value=0, max_value=24, allow_nan=False),
    max_size=60,
).map(lambda d: [(DAY0 + timedelta(days=k), v) for k, v in sorted(d.items())])


# Daily means


def test_daily_means_average_each_day_and_skip_missing_values(mood, checkins, vault):
    day = date(2026, 2, 1)
    checkins.add(4, at=at(day, 8), anxiety=6)
    checkins.add(7, at=at(day, 20))
    checkins.add(9, at=at(day + timedelta(days=3)), anxiety=2)
    gone = checkins.add(1, at=at(day + timedelta(days=1)))
    vault.store.set_deleted(gone.id, True)
    assert mood.daily("mood") == [(day, 5.5), (day + timedelta(days=3), 9.0)]
    assert mood.daily("anxiety") == [(day, 6.0), (day + timedelta(days=3), 2.0)]
    assert mood.daily("sleep_hours") == []
    assert mood.daily("mood", start=day + timedelta(days=1)) == [(day + timedelta(days=3), 9.0)]
    assert mood.daily("mood", end=day) == [(day, 5.5)]


def test_an_unknown_metric_is_refused(mood):
    with pytest.raises(ValidationError, match="no check-in figure"):
        mood.daily("happiness")


# Rolling means


def naive_rolling(points, window_days):
    out = []
    for day, _ in points:
        inside = [v for d, v in points if day - timedelta(days=window_days - 1) <= d <= day]
        out.append((day, math.fsum(inside) / len(inside)))
    return out


@given(series, st.integers(min_value=1, max_value=40))
def test_rolling_mean_equals_a_naive_computation_over_gaps(points, window_days):
    got = rolling_mean(points, window_days)
    want = naive_rolling(points, window_days)
    assert [d for d, _ in got] == [d for d, _ in want]
    for (_, a), (_, b) in zip(got, want, strict=True):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@given(series, st.integers(min_value=1, max_value=40))
def test_rolling_mean_never_leaves_the_range_of_its_inputs(points, window_days):
    for day, mean in rolling_mean(points, window_days):
        inside = [v for d, v in points if day - timedelta(days=window_days - 1) <= d <= day]
        assert min(inside) <= mean <= max(inside)


def test_rolling_mean_edges():
    assert rolling_mean([]) == []
    assert rolling_mean([(DAY0, 3.0)]) == [(DAY0, 3.0)]
    points = [(DAY0, 2.0), (DAY0 + timedelta(days=1), 4.0), (DAY0 + timedelta(days=9), 8.0)]
    assert rolling_mean(points, 1) == points
    # A gap is missing, not zero: day 9's week holds only day 9.
    assert rolling_mean(points, 7) == [points[0], (points[1][0], 3.0), points[2]]
    with pytest.raises(ValueError, match="date order"):
        rolling_mean([points[1], points[0]])
    with pytest.raises(ValueError, match="date order"):
        rolling_mean([points[0], points[0]])
    with pytest.raises(ValueError, match="1 or more"):
        rolling_mean(points, 0)


def test_rolling_mean_over_twenty_years_is_fast():
    points = [(DAY0 + timedelta(days=i), float(1 + i % 10)) for i in range(20 * 365)]
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        rolling_mean(points, 30)
        best = min(best, time.perf_counter() - started)
    assert best < 0.05  # about 6 ms on a laptop; the budget is 20 ms, slack for slow CI


# Before and after a session


def naive_window(daily, first, last):
    values = [v for d, v in daily.items() if first <= d <= last]
    return (math.fsum(values) / len(values) if values else None), len(values)


@given(series, st.integers(min_value=0, max_value=120))
def test_before_and_after_equal_naive_computations(points, offset):
    daily = dict(points)
    day = DAY0 + timedelta(days=offset)
    effect = journey_effect("j", day, daily)
    windows = {"before": (day - timedelta(days=7), day - timedelta(days=1))}
    windows |= {n: (day + timedelta(days=1), day + timedelta(days=n)) for n in (7, 14, 30)}
    for key, (first, last) in windows.items():
        got = effect.before if key == "before" else effect.after[key]
        mean, days = naive_window(daily, first, last)
        assert got.days == days
        assert (got.mean is None) == (mean is None)
        if mean is not None:
            assert math.isclose(got.mean, mean, rel_tol=1e-9)
    for n in (7, 14, 30):
        before, after = effect.before.mean, effect.after[n].mean
        want = None if before is None or after is None else after - before
        assert effect.change(n) == want


def test_window_mean_of_nothing_is_none():
    window = window_mean({}, DAY0, DAY0 + timedelta(days=6))
    assert (window.mean, window.days) == (None, 0)


def test_journey_effects_compare_the_week_before_with_the_days_after(
    mood, checkins, journeys, vault
):
    session = date(2026, 1, 10)
    for offset, score in ((-8, 1), (-3, 4), (-1, 6), (0, 10), (1, 7), (7, 9), (8, 2), (30, 5)):
        checkins.add(score, at=at(session + timedelta(days=offset)))
    record = journeys.add(at(session, 10))
    journeys.add(datetime(2027, 1, 1, 10))  # planned, not yet started
    gone = journeys.add(at(session - timedelta(days=2), 10))
    vault.store.set_deleted(gone.id, True)
    [effect] = mood.journey_effects()
    assert (effect.journey_id, effect.day) == (record.id, session)
    assert (effect.before.mean, effect.before.days) == (5.0, 2)  # day -8 and day 0 left out
    assert (effect.after[7].mean, effect.after[7].days) == (8.0, 2)
    assert (effect.after[14].mean, effect.after[14].days) == (6.0, 3)
    assert (effect.after[30].mean, effect.after[30].days) == (23 / 4, 4)
    assert effect.change(7) == 3.0
    assert mood.journey_effects(start=session + timedelta(days=1)) == []


def test_a_session_without_check_ins_around_it_has_no_figures(mood, journeys):
    journeys.add(datetime(2026, 1, 10, 10))
    [effect] = mood.journey_effects()
    assert effect.before.mean is None and effect.after[30].days == 0
    assert effect.change(7) is None


# Questionnaires (the rules themselves: tests/services/test_measurement.py)


def test_questionnaire_changes_read_phq9_and_gad7_from_the_vault(mood, vault, journeys):
    assessments = AssessmentService(vault)
    assessments.take("phq9", phq9(12), at=datetime(2026, 1, 5, 9))
    assessments.take("phq9", phq9(4), at=datetime(2026, 2, 5, 9))
    assessments.take("gad7", [1] * 7, at=datetime(2026, 2, 5, 9))
    journeys.add(datetime(2026, 1, 10, 10))
    assessments.take("who5", [3] * 5, at=datetime(2026, 1, 9, 9))
    assessments.take("who5", [4] * 5, at=datetime(2026, 2, 5, 9))
    changes = mood.questionnaire_changes()
    assert set(changes) == {"phq9", "gad7", "who5", "pcl5"}
    assert changes["phq9"].change == -8 and changes["phq9"].remission is True
    assert changes["gad7"].baseline is None  # no GAD-7 before the sessions
    assert changes["gad7"].change is None and changes["gad7"].latest is not None
    assert changes["who5"].change == 20  # percentage points: 60% -> 80%
    assert changes["who5"].reliable == "improved" and changes["who5"].response is None
    assert changes["pcl5"].latest is None


# Sleep and mood


def test_sleep_mood_needs_fourteen_days_with_both():
    sleep = [(DAY0 + timedelta(days=i), 5.0 + i % 4) for i in range(20)]
    mood = [(DAY0 + timedelta(days=i), 3.0 + i % 5) for i in range(13)]
    assert sleep_mood(sleep, mood) is None
    assert sleep_mood([], []) is None


def test_sleep_mood_correlation_and_split_at_seven_hours():
    hours = [5, 6, 7, 8, 9, 6.5, 7.5, 4, 8, 7, 6, 9, 5.5, 8.5]
    moods = [3, 4, 6, 7, 8, 5, 6, 2, 7, 5, 4, 9, 3, 8]
    sleep = [(DAY0 + timedelta(days=i), float(h)) for i, h in enumerate(hours)]
    mood = [(DAY0 + timedelta(days=i), float(m)) for i, m in enumerate(moods)]
    mood.append((DAY0 + timedelta(days=30), 1.0))  # no sleep that day: left out
    found = sleep_mood(sleep, mood)
    assert found.n == 14
    assert found.r == pytest.approx(statistics.correlation(hours, moods))
    rested = [m for h, m in zip(hours, moods, strict=True) if h >= 7]
    short = [m for h, m in zip(hours, moods, strict=True) if h < 7]
    assert (found.rested.mean, found.rested.days) == (pytest.approx(statistics.mean(rested)), 8)
    assert (found.short.mean, found.short.days) == (pytest.approx(statistics.mean(short)), 6)


def test_unchanging_sleep_has_no_correlation_to_speak_of():
    sleep = [(DAY0 + timedelta(days=i), 8.0) for i in range(14)]
    mood = [(DAY0 + timedelta(days=i), float(i % 10 + 1)) for i in range(14)]
    found = sleep_mood(sleep, mood)
    assert found.r is None and found.short.mean is None and found.rested.days == 14


def test_sleep_mood_correlation_over_the_vault(mood, checkins):
    for i in range(14):
        checkins.add(4 + i % 5, at=at(DAY0 + timedelta(days=i)), sleep_hours=5 + i % 5)
    found = mood.sleep_mood_correlation()
    assert found.n == 14 and found.r == pytest.approx(1.0)
    assert mood.sleep_mood_correlation(end=DAY0 + timedelta(days=12)) is None


# stats


def test_stats_of_an_empty_journal(mood):
    stats = mood.stats()
    assert stats["range"] == {"from": None, "to": None}
    assert stats["checkins"]["count"] == 0 and stats["checkins"]["days"] == 0
    assert stats["checkins"]["mood"] == {"mean": None, "min": None, "max": None}
    assert stats["journeys"] == []
    assert set(stats["questionnaires"]) == {"phq9", "gad7", "who5", "pcl5"}
    for found in stats["questionnaires"].values():
        assert found["baseline"] is None and found["latest"] is None
        assert found["change"] is None and found["reliable"] is None
        assert found["response"] is None and found["remission"] is None
    assert stats["sleep_mood"] is None
    assert stats["note"] == NOTE


def test_stats_round_and_filter_by_range(mood, checkins, journeys):
    day = date(2026, 1, 10)
    checkins.add(3, at=at(day - timedelta(days=1), 8), sleep_hours=6.25, anxiety=5)
    checkins.add(4, at=at(day - timedelta(days=1), 20))
    checkins.add(8, at=at(day + timedelta(days=1)), energy=7)
    checkins.add(9, at=at(day + timedelta(days=1), 14))
    checkins.add(6, at=at(day + timedelta(days=2)))
    checkins.add(2, at=at(date(2025, 1, 1)))  # outside the range below
    journeys.add(at(day, 10))
    journeys.add(at(date(2025, 1, 2), 10))
    stats = mood.stats(date(2026, 1, 1), date(2026, 1, 31))
    assert stats["range"] == {"from": "2026-01-01", "to": "2026-01-31"}
    counted = stats["checkins"]
    assert (counted["count"], counted["days"]) == (5, 3)
    # Each day once: (3.5 + 8.5 + 6) / 3; min and max of single check-ins.
    assert counted["mood"] == {"mean": 6.0, "min": 3.0, "max": 9.0}
    assert counted["sleep_hours"] == {"mean": 6.25, "min": 6.25, "max": 6.25}
    assert counted["energy"]["mean"] == 7.0
    [effect] = stats["journeys"]
    assert effect["date"] == "2026-01-10"
    assert effect["before_7d"] == {"mean": 3.5, "days": 1}
    assert effect["after_7d"] == {"mean": 7.25, "days": 2}
    assert effect["change_7d"] == 3.75
    assert set(effect) >= {"journey_id", "after_14d", "after_30d"}
    everything = mood.stats()
    assert everything["checkins"]["count"] == 6 and len(everything["journeys"]) == 2
    assert everything["checkins"]["mood"]["mean"] == round((2 + 3.5 + 8.5 + 6) / 4, 2)


def test_stats_refuse_a_start_after_the_end(mood):
    with pytest.raises(ValidationError, match="comes after"):
        mood.stats(date(2026, 2, 1), date(2026, 1, 1))
