"""The mood chart's numbers: daily means, the rolling mean, gaps, bands, session labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import pytest

from journal_app.domain.checkin import CheckIn
from journal_app.domain.records import Record
from journal_app.instruments.definitions import instrument
from journal_app.instruments.scoring import assessment
from journal_app.ui.mood.chart_data import (
    DAY,
    Mark,
    daily_series,
    journey_marks,
    local_midnight,
    metric_spec,
    rolling_mean,
    score_series,
)
from journal_app.ui.mood.chart_detail import bin_means, detail, envelope
from journal_app.ui.mood.chart_marks import Label, nearest_mark, session_labels

NAN = np.nan


def checkin(day: date, mood: int, hour: int = 20, **more: object) -> Record:
    at = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
    return Record.create(CheckIn(at=at, mood=mood, **more), "2026-01-01T00:00:00.000Z")


def test_two_check_ins_on_one_day_make_one_daily_mean():
    day = date(2026, 3, 1)
    series = daily_series([checkin(day, 4, 9), checkin(day, 7, 21)], "mood")
    assert series.x.tolist() == [local_midnight(day)]
    assert series.y.tolist() == [5.5]


def test_missing_days_are_nan_so_the_daily_line_breaks():
    first = date(2026, 1, 1)
    records = [checkin(first + timedelta(days=d), 5) for d in (0, 1, 3, 95)]
    series = daily_series(records, "mood")
    assert len(series.x) == 96  # every calendar day from the first to the last
    assert np.isnan(series.y[2]) and np.isnan(series.y[50])
    assert np.isfinite(series.y[[0, 1, 3, 95]]).all()
    assert np.all(np.diff(series.x) > 0.9 * DAY)


def test_fields_left_empty_are_not_zeros():
    day = date(2026, 1, 1)
    records = [checkin(day, 5), checkin(day + timedelta(days=1), 6, sleep_hours=7.5)]
    series = daily_series(records, "sleep_hours")
    assert series.y.tolist() == [7.5]
    assert daily_series(records, "anxiety").empty


def test_the_rolling_mean_is_over_calendar_days_not_over_records():
    daily = np.array([2.0, NAN, 4.0, 6.0, NAN, NAN, NAN, NAN, 8.0])
    mean = rolling_mean(daily, days=7)
    assert np.isnan(mean[0])  # one day is not a mean yet
    assert mean[2] == pytest.approx(3.0)
    assert mean[3] == pytest.approx(4.0)
    # Day 8 looks back over days 2..8: 4, 6 and 8.
    assert mean[8] == pytest.approx(6.0)


def test_the_rolling_mean_breaks_across_a_long_pause():
    daily = np.array([5.0] * 10 + [NAN] * 60 + [7.0] * 10)
    mean = rolling_mean(daily)
    assert np.isnan(mean[10:71]).all()  # the first day back is alone in its window
    assert np.isfinite(mean[1:10]).all()
    assert np.isfinite(mean[71:]).all()


def test_a_short_pause_does_not_break_the_rolling_mean():
    daily = np.array([5.0] * 10 + [NAN] * 2 + [7.0] * 10)
    assert np.isfinite(rolling_mean(daily)[1:]).all()


def test_twenty_years_of_days_compute_quickly():
    days = np.random.default_rng(1).uniform(1, 10, 7305)
    days[::13] = NAN
    mean = rolling_mean(days)
    assert mean.shape == days.shape
    assert np.isfinite(mean).sum() > 7000


def test_phq9_bands_sit_between_whole_scores():
    phq9 = metric_spec("phq9")
    assert phq9.questionnaire and (phq9.low, phq9.high) == (0, 27)
    assert [(b.low, b.high) for b in phq9.bands] == [
        (0, 4.5),
        (4.5, 9.5),
        (9.5, 14.5),
        (14.5, 19.5),
        (19.5, 27),
    ]
    assert [b.strength for b in phq9.bands] == [0, 1, 2, 3, 4]


def test_who5_is_a_percent_and_its_hardest_band_is_the_lowest():
    who5 = metric_spec("who5")
    assert who5.high == 100
    assert [b.strength for b in who5.bands] == [2, 1, 0]


def test_unknown_metric_is_refused():
    with pytest.raises(ValueError, match="unknown metric"):
        metric_spec("happiness")


@dataclass
class FakeSession:
    start: datetime | None


@dataclass
class FakeJourney:
    when: datetime
    session: FakeSession


@dataclass
class FakeRecord:
    id: str
    data: FakeJourney


def marks_every(days: list[int], planned_after: int = 60) -> list[Mark]:
    """Journeys on these days from 1 January 2026; those after ``planned_after`` planned."""
    start = datetime(2026, 1, 1, 10)
    return journey_marks(
        [
            FakeRecord(
                f"j{d}",
                FakeJourney(
                    start + timedelta(days=d),
                    FakeSession(None if d > planned_after else start + timedelta(days=d)),
                ),
            )
            for d in days
        ]
    )


def test_sessions_are_numbered_and_planned_ones_known():
    marks = marks_every([0, 3, 90])
    assert [(m.number, m.planned) for m in marks] == [(1, False), (2, False), (3, True)]
    assert marks[1].x == local_midnight(date(2026, 1, 4))


def test_close_session_labels_merge_and_far_ones_stay_apart():
    marks = marks_every([0, 3, 7, 10, 14, 18, 120])

    def to_pixels(xs: np.ndarray) -> np.ndarray:
        return (xs - marks[0].x) / DAY * 2.0  # two pixels a day

    labels = session_labels(marks, to_pixels, lambda text: 8.0 * len(text))
    assert [label.text for label in labels] == ["S1–6", "S7"]
    assert isinstance(labels[0], Label) and len(labels[0].marks) == 6


def test_session_labels_stay_single_when_there_is_room():
    marks = marks_every([0, 3, 7])
    labels = session_labels(marks, lambda xs: (xs - marks[0].x) / DAY * 40.0, lambda t: 20.0)
    assert [label.text for label in labels] == ["S1", "S2", "S3"]


def test_a_click_near_a_line_finds_its_session():
    marks = marks_every([0, 30])

    def to_pixels(xs: np.ndarray) -> np.ndarray:
        return (xs - marks[0].x) / DAY * 10.0

    assert nearest_mark(marks, 297.0, to_pixels) is marks[1]
    assert nearest_mark(marks, 150.0, to_pixels) is None
    assert nearest_mark([], 0.0, to_pixels) is None


def test_the_envelope_keeps_each_bins_lowest_and_highest_day():
    x = np.arange(6, dtype=float)
    y = np.array([1.0, 5.0, NAN, 3.0, NAN, NAN])
    ex, ey = envelope(x, y, 2)
    assert ex.tolist() == [0.5, 0.5, 2.5, 2.5, 4.5, 4.5]
    assert ey[:4].tolist() == [1.0, 5.0, 3.0, 3.0]
    assert np.isnan(ey[4:]).all()  # a bin with no day breaks the line


def test_bin_means_skip_missing_days():
    x = np.arange(5, dtype=float)
    mx, my = bin_means(x, np.array([2.0, 4.0, NAN, NAN, 9.0]), 2)
    assert mx.tolist() == [0.5, 2.5, 4.0]
    assert my[0] == 3.0 and np.isnan(my[1]) and my[2] == 9.0


def test_detail_draws_every_day_when_there_is_room_and_thins_when_not():
    first = date(2016, 1, 1)
    records = [checkin(first + timedelta(days=d), 1 + d % 10) for d in range(3650) if d % 11]
    series = daily_series(records, "mood")
    left, right = series.x[0] - DAY, series.x[-1] + DAY
    crowded = detail(series, left, right, 900)
    assert crowded.dense and crowded.dots is None
    assert len(crowded.daily[0]) <= 2 * 900 and len(crowded.trend[0]) <= 900 / 3 + 1
    month = detail(series, series.x[-30], right, 900)
    assert not month.dense and month.dots is not None
    assert month.shown == 30 - sum(1 for d in range(3620, 3650) if d % 11 == 0)
    assert len(month.daily[0]) == 31  # and the day before, so the line reaches the edge


def test_a_rarely_taken_questionnaire_is_still_joined_but_a_long_pause_is_not():
    def results(days: list[int]) -> list[Record]:
        start = datetime(2024, 1, 1, 9)
        return [
            Record.create(assessment(instrument("pcl5"), [1] * 20, start + timedelta(d)), "x")
            for d in days
        ]

    quarterly = score_series(results([0, 91, 182, 273]), "pcl5")
    assert np.isfinite(quarterly.line_y).all()
    paused = score_series(results([0, 14, 28, 42, 400, 414]), "pcl5")
    assert np.isnan(paused.line_y).sum() == 1
    assert score_series(results([0]), "pcl5").line_y.tolist() == [20.0]
