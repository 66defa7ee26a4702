"""Level of detail: draw no more than the pixels can show.

Ten years of days across a thousand pixels is four days a pixel; stroking every one of
them costs tens of milliseconds and shows nothing more. Per window and width, the daily
line becomes a min-max envelope per pixel and the rolling mean a mean per three pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from journal_app.ui.mood.chart_data import Series

MAX_DOTS_PER_PIXEL = 0.25  # above this the daily dots smear into a band: the line says it
TREND_PIXELS_PER_POINT = 3.0  # a wide stroke costs per point; the 7-day mean is smooth

Line = tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True, slots=True)
class Detail:
    """What to draw of a check-in series in one window."""

    daily: Line
    trend: Line
    dots: Line | None  # None when the days are too close together to dot
    shown: int  # days with a value inside the window
    dense: bool  # more days than pixels: the daily line is an envelope


def envelope(x: np.ndarray, y: np.ndarray, per_bin: int) -> Line:
    """The lowest and highest value of every ``per_bin`` points, at the bin's middle."""
    starts = np.arange(0, len(x), per_bin)
    with np.errstate(invalid="ignore"):
        low = np.fmin.reduceat(y, starts)
        high = np.fmax.reduceat(y, starts)
    middle = _middles(x, starts)
    return np.repeat(middle, 2), np.column_stack((low, high)).ravel()


def bin_means(x: np.ndarray, y: np.ndarray, per_bin: int) -> Line:
    """The mean of the values of every ``per_bin`` points (NaN where there are none)."""
    starts = np.arange(0, len(x), per_bin)
    has = np.isfinite(y)
    sums = np.add.reduceat(np.where(has, y, 0.0), starts)
    counts = np.add.reduceat(has.astype(np.int64), starts)
    means = np.full(len(starts), np.nan)
    np.divide(sums, counts, out=means, where=counts > 0)
    return _middles(x, starts), means


def _middles(x: np.ndarray, starts: np.ndarray) -> np.ndarray:
    sizes = np.diff(np.append(starts, len(x)))
    return np.add.reduceat(x, starts) / sizes


def detail(series: Series, left: float, right: float, width: float) -> Detail:
    """The daily line, rolling mean and dots to draw between ``left`` and ``right``."""
    x, y = series.x, series.y
    inside = slice(int(np.searchsorted(x, left)), int(np.searchsorted(x, right, "right")))
    # One day beyond each edge, so the lines run on to the frame instead of stopping short.
    start, stop = max(inside.start - 1, 0), min(inside.stop + 1, len(x))
    days_x, days_y, trend_y = x[start:stop], y[start:stop], series.trend[start:stop]
    count = stop - start
    width = max(width, 1.0)
    shown = int(np.isfinite(y[inside]).sum())
    daily: Line = (days_x, days_y)
    if count > width:
        daily = envelope(days_x, days_y, math.ceil(count / width))
    trend: Line = (days_x, trend_y)
    if count * TREND_PIXELS_PER_POINT > width:
        trend = bin_means(days_x, trend_y, math.ceil(count * TREND_PIXELS_PER_POINT / width))
    dots = None
    if shown <= width * MAX_DOTS_PER_PIXEL:
        keep = np.isfinite(days_y)
        dots = (days_x[keep], days_y[keep])
    return Detail(daily, trend, dots, shown, dense=count > width)
