"""The year calendar's numbers and colours: daily means, sessions, leap years, contrast."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest
from PySide6.QtGui import QColor

from journal_app.domain.checkin import CheckIn
from journal_app.domain.journey import Journey, SessionLog
from journal_app.domain.records import Record, trusted
from journal_app.texts import load_toml
from journal_app.ui.mood.year_data import cell_date, year_days, year_span
from journal_app.ui.mood.year_style import (
    VIRIDIS,
    cell_border,
    contrast,
    marker_colour,
    mood_colour,
)

STAMP = "2026-01-01T00:00:00.000Z"


def checkin(at: datetime, mood: int) -> Record:
    return Record.create(CheckIn(at=at, mood=mood), STAMP)


def journey(planned: datetime, started: datetime | None = None) -> Record:
    return Record.create(Journey(planned_at=planned, session=SessionLog(start=started)), STAMP)


def test_a_day_is_the_mean_of_its_checkins_and_other_years_are_left_out():
    records = [
        checkin(datetime(2026, 3, 3, 8), 6),
        checkin(datetime(2026, 3, 3, 20), 7),
        checkin(datetime(2026, 3, 4, 9), 2),
        checkin(datetime(2025, 3, 3, 9), 10),
    ]
    days = year_days(records, [], 2026)
    assert days.moods[date(2026, 3, 3)].mean == 6.5
    assert days.moods[date(2026, 3, 3)].count == 2
    assert days.moods[date(2026, 3, 4)].mean == 2
    assert set(days.moods) == {date(2026, 3, 3), date(2026, 3, 4)}
    assert date(2026, 3, 5) not in days.moods  # an empty day is absent, not zero


def test_sessions_are_marked_as_logged_or_planned():
    logged = journey(datetime(2026, 2, 1, 9), started=datetime(2026, 2, 2, 10))
    planned = journey(datetime(2026, 5, 9, 10))
    elsewhere = journey(datetime(2027, 1, 9, 10))
    days = year_days([], [logged, planned, elsewhere], 2026)
    assert [s.planned for s in days.sessions[date(2026, 2, 2)]] == [False]
    assert date(2026, 2, 1) not in days.sessions  # the day it happened, not the plan
    assert [s.planned for s in days.sessions[date(2026, 5, 9)]] == [True]
    assert all(day.year == 2026 for day in days.sessions)


def test_a_damaged_mood_is_skipped_not_a_crash():
    odd = [
        Record.create(trusted(CheckIn, at=datetime(2026, 1, 2, 9), mood=mood, note=""), STAMP)
        for mood in ("7", None, float("nan"), True)
    ]
    days = year_days([*odd, checkin(datetime(2026, 1, 2, 10), 4)], [], 2026)
    assert days.moods[date(2026, 1, 2)].mean == 4
    assert days.moods[date(2026, 1, 2)].count == 1


@pytest.mark.parametrize(
    ("year", "has_29th"), [(2024, True), (2026, False), (2000, True), (2100, False)]
)
def test_february_has_a_29th_only_in_leap_years(year, has_29th):
    assert (cell_date(year, 1, 28) is not None) == has_29th
    assert cell_date(year, 1, 27) == date(year, 2, 28)
    assert cell_date(year, 1, 29) is None
    assert cell_date(year, 3, 30) is None  # 31 April
    assert cell_date(year, 11, 30) == date(year, 12, 31)
    assert cell_date(year, 12, 0) is None
    assert cell_date(year, -1, 0) is None


def test_the_years_offered_run_from_the_first_record_to_a_future_one():
    records = [checkin(datetime(2023, 6, 1, 9), 5), checkin(datetime(2029, 1, 1, 9), 5)]
    assert year_span(records, [], 2026) == range(2023, 2030)
    assert year_span([], [], 2026) == range(2026, 2027)


# Colours


def test_the_colours_are_viridis_from_low_to_high_mood():
    import pyqtgraph as pg

    reference = pg.colormap.get("viridis").map(np.linspace(0, 1, 10), mode="qcolor")
    assert [c.name() for c in reference] == list(VIRIDIS)
    assert mood_colour(1).name() == VIRIDIS[0]
    assert mood_colour(10).name() == VIRIDIS[-1]
    assert mood_colour(7).name() == VIRIDIS[6]
    between = mood_colour(6.5)
    low, high = QColor(VIRIDIS[5]), QColor(VIRIDIS[6])
    assert min(low.green(), high.green()) < between.green() < max(low.green(), high.green())
    assert mood_colour(-3).name() == VIRIDIS[0]  # out of range: the nearest end
    assert mood_colour(50).name() == VIRIDIS[-1]


def test_lighter_means_a_better_mood_so_it_reads_in_grey_too():
    from journal_app.ui.mood.year_style import luminance

    steps = [luminance(mood_colour(m / 2)) for m in range(2, 21)]
    assert steps == sorted(steps)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_filled_day_and_mark_stands_out_3_to_1(theme):
    colours = load_toml("styles/themes.toml")[theme]
    surface, text = QColor(colours["surface"]), QColor(colours["text"])
    for step in range(10, 101):
        fill = mood_colour(step / 10)
        assert contrast(cell_border(fill, surface, text), surface) >= 3.0
        assert contrast(marker_colour(fill), fill) >= 4.5  # the session dot on the day
    assert contrast(text, surface) >= 3.0  # a session dot on an empty day
    assert contrast(QColor(colours["accent"]), surface) >= 3.0  # the focus ring
