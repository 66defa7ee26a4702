"""The numbers behind the mood chart: daily means, rolling means, scores, session marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import numpy as np

from journal_app.domain.records import Record
from journal_app.instruments.definitions import INSTRUMENT_IDS, instrument

DAY = 86400.0
ROLLING_DAYS = 7
MIN_DAYS_IN_WINDOW = 2  # a "mean" of one day would only repeat the daily line
BRIDGE_MISSING_DAYS = 3  # the rolling mean carries over a short pause, not a long one
SCORE_GAP_DAYS = 60  # results further apart than this (or 3 usual intervals) are not joined
SCORE_GAP_INTERVALS = 3
CHECKIN_METRICS = ("mood", "anxiety", "energy", "sleep_hours")
METRICS = CHECKIN_METRICS + INSTRUMENT_IDS


def local_midnight(day: date) -> float:
    """Seconds since the epoch at the start of ``day`` in local time."""
    return datetime.combine(day, time()).timestamp()


def midnights(first: date, count: int) -> np.ndarray:
    """Local midnight of ``count`` days from ``first``, exact across clock changes."""
    return np.fromiter(
        (local_midnight(first + timedelta(days=n)) for n in range(count)), float, count
    )


@dataclass(frozen=True, slots=True)
class Band:
    """One severity band: from ``low`` to ``high`` on the chart's y scale."""

    low: float
    high: float
    label: str
    strength: int  # 0 for the easiest band, up to len(bands) - 1 for the hardest


@dataclass(frozen=True, slots=True)
class Metric:
    """What one metric is called and the y range it is drawn on."""

    name: str
    low: float
    high: float
    questionnaire: bool = False
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True, slots=True)
class Series:
    """Points on a day grid: ``y`` (NaN where nothing was recorded) and a smoother line.

    ``x`` holds local midnights. For check-ins ``x`` is every calendar day from the first
    value to the last and ``trend`` is the rolling mean; for questionnaires ``x`` holds
    one point per result and ``trend`` is empty.
    """

    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    trend: np.ndarray = field(default_factory=lambda: np.empty(0))
    line_x: np.ndarray = field(default_factory=lambda: np.empty(0))
    line_y: np.ndarray = field(default_factory=lambda: np.empty(0))

    @property
    def empty(self) -> bool:
        return not np.isfinite(self.y).any()

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """The x and y of the recorded values only."""
        keep = np.isfinite(self.y)
        return self.x[keep], self.y[keep]


@dataclass(frozen=True, slots=True)
class Mark:
    """A journey on the time axis."""

    journey_id: str
    x: float
    number: int
    planned: bool
    when: datetime


def metric_spec(name: str) -> Metric:
    """The y range (and bands, for questionnaires) of the metric called ``name``."""
    if name == "mood":
        return Metric(name, 1, 10)
    if name in ("anxiety", "energy"):
        return Metric(name, 0, 10)
    if name == "sleep_hours":
        return Metric(name, 0, 12)
    if name not in INSTRUMENT_IDS:
        raise ValueError(f"unknown metric {name!r}; expected one of {', '.join(METRICS)}")
    inst = instrument(name)
    top = float(inst.max_total * (inst.percent_factor or 1))
    starts = [float(b.start) for b in inst.bands]
    # Scores are whole numbers: a band starting at 5 holds 5, so its edge sits at 4.5.
    edges = [0.0, *(s - 0.5 for s in starts[1:]), top]
    count = len(inst.bands)
    bands = tuple(
        Band(
            edges[i],
            edges[i + 1],
            band.label,
            count - 1 - i if inst.higher_is_better else i,
        )
        for i, band in enumerate(inst.bands)
    )
    return Metric(name, 0, top, questionnaire=True, bands=bands)


def daily_series(checkins: Sequence[Record], name: str) -> Series:
    """The daily mean of one check-in field and its calendar-window rolling mean."""
    days: list[int] = []
    values: list[float] = []
    for record in checkins:
        value = getattr(record.data, name)
        if value is not None:
            days.append(record.data.at.toordinal())
            values.append(float(value))
    if not days:
        return Series()
    ordinals = np.asarray(days, dtype=np.int64)
    first = int(ordinals.min())
    count = int(ordinals.max()) - first + 1
    slot = ordinals - first
    sums = np.bincount(slot, weights=np.asarray(values), minlength=count)
    counts = np.bincount(slot, minlength=count)
    has = counts > 0
    daily = np.full(count, np.nan)
    daily[has] = sums[has] / counts[has]
    x = midnights(date.fromordinal(first), count)
    return Series(x, daily, rolling_mean(daily), x, daily)


def rolling_mean(daily: np.ndarray, days: int = ROLLING_DAYS) -> np.ndarray:
    """The mean of the days with a value among the last ``days`` calendar days.

    NaN where fewer than MIN_DAYS_IN_WINDOW days hold a value, and across a pause
    longer than BRIDGE_MISSING_DAYS, so the line breaks instead of inventing a trend.
    """
    count = len(daily)
    has = np.isfinite(daily)
    filled = np.where(has, daily, 0.0)
    sums = np.concatenate(([0.0], np.cumsum(filled)))
    seen = np.concatenate(([0], np.cumsum(has)))
    end = np.arange(1, count + 1)
    start = np.maximum(end - days, 0)
    in_window = seen[end] - seen[start]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (sums[end] - sums[start]) / in_window
    index = np.arange(count)
    before = np.maximum.accumulate(np.where(has, index, -count))
    after = np.minimum.accumulate(np.where(has, index, 2 * count)[::-1])[::-1]
    bridged = has | (after - before <= BRIDGE_MISSING_DAYS + 1)
    return np.where((in_window >= MIN_DAYS_IN_WINDOW) & bridged, mean, np.nan)


def score_series(results: Sequence[Record], name: str) -> Series:
    """Questionnaire totals (WHO-5 as a percent), joined unless far apart.

    "Far" adapts to how often this questionnaire is taken: a quarterly PCL-5 is still
    joined, a fortnightly PHQ-9 with a half-year pause is not.
    """
    if not results:
        return Series()
    factor = instrument(name).percent_factor or 1
    x = np.fromiter((local_midnight(r.data.at.date()) for r in results), float, len(results))
    y = np.fromiter(
        (float(r.data.extra.get("percent", r.data.total * factor)) for r in results),
        float,
        len(results),
    )
    gaps = np.diff(x)
    usual = float(np.median(gaps)) if gaps.size else 0.0
    far = np.flatnonzero(gaps > max(SCORE_GAP_DAYS * DAY, SCORE_GAP_INTERVALS * usual)) + 1
    # The break is a NaN in y only: NaN in x upsets the plot's bounds.
    line_x = np.insert(x, far, x[far])
    line_y = np.insert(y, far, np.nan)
    return Series(x, y, np.empty(0), line_x, line_y)


def journey_marks(journeys: Sequence[Record]) -> list[Mark]:
    """One mark per journey, numbered in the order they happen ("S1", "S2"...)."""
    return [
        Mark(
            record.id,
            local_midnight(record.data.when.date()),
            number,
            record.data.session.start is None,
            record.data.when,
        )
        for number, record in enumerate(journeys, start=1)
    ]
