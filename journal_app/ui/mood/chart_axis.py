"""A date axis with one row of labels that never crowd: days, weeks, months or years."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPainter

from journal_app.ui.mood.chart_data import DAY, local_midnight

# (unit, every n units, typical length in days, label width in pixels at 12 px)
STEPS = (
    ("day", 1, 1.0, 48),
    ("day", 2, 2.0, 48),
    ("week", 1, 7.0, 48),
    ("week", 2, 14.0, 48),
    ("month", 1, 30.4, 34),
    ("month", 2, 60.9, 34),
    ("month", 3, 91.3, 34),
    ("month", 6, 182.6, 34),
    ("year", 1, 365.25, 36),
    ("year", 2, 730.5, 36),
    ("year", 5, 1826.0, 36),
    ("year", 10, 3652.5, 36),
)
GAP = 22  # pixels between two labels at the least


class DirectPaint:
    """Paints an axis straight onto the painter instead of through a cached QPicture.

    A QPicture played onto a printer or PDF rescales its fonts to the device's
    resolution, which blows the labels up many times over; drawing directly keeps them
    the size the layout expects. The screen keeps pyqtgraph's cache.
    """

    direct = False

    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        # The ignores: paint and the draw specs come from pyqtgraph's AxisItem, mixed in
        # after this class, which mypy cannot see.
        if not self.direct:
            super().paint(painter, option, widget)  # type: ignore[misc]
            return
        painter.save()
        try:
            specs = self.generateDrawSpecs(painter)  # type: ignore[attr-defined]
            if specs is not None:
                self.drawPicture(painter, *specs)  # type: ignore[attr-defined]
        finally:
            painter.restore()


# pyqtgraph ships no type hints, so mypy sees its classes as Any.
class PlainAxis(DirectPaint, pg.AxisItem):  # type: ignore[misc]
    """A pyqtgraph axis that can also paint directly for print."""


# pyqtgraph ships no type hints, so mypy sees its classes as Any.
class DayAxis(DirectPaint, pg.DateAxisItem):  # type: ignore[misc]
    """Dates at local midnight, labelled "14 Mar", "Mar" (the year at January) or "2026"."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self._unit = "day"

    def tickValues(  # noqa: N802 - pyqtgraph's names
        self,
        minVal: float,  # noqa: N803
        maxVal: float,  # noqa: N803
        size: float,
    ) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        days_per_pixel = (maxVal - minVal) / DAY / size
        unit, every, length, _ = next(
            (step for step in STEPS if step[2] / days_per_pixel >= step[3] + GAP), STEPS[-1]
        )
        self._unit = unit
        first = datetime.fromtimestamp(minVal).date()
        last = datetime.fromtimestamp(maxVal).date()
        values = [local_midnight(d) for d in _dates(unit, every, first, last)]
        return [(length * DAY, [v for v in values if minVal <= v <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = QLocale()
        strings = []
        for value in values:
            day = datetime.fromtimestamp(value).date()
            when = QDate(day.year, day.month, day.day)
            if self._unit in ("day", "week"):
                strings.append(locale.toString(when, "d MMM"))
            elif self._unit == "month" and day.month != 1:
                strings.append(locale.toString(when, "MMM"))
            else:
                strings.append(str(day.year))
        return strings


def _dates(unit: str, every: int, first: date, last: date) -> Iterator[date]:
    if unit in ("day", "week"):
        step = every * (7 if unit == "week" else 1)
        # Weeks start on Mondays: date.fromordinal(1) is a Monday.
        offset = 1 if unit == "week" else 0
        day = first + timedelta(days=(offset - first.toordinal()) % step)
        while day <= last:
            yield day
            day += timedelta(days=step)
    elif unit == "month":
        year, month = first.year, first.month
        while date(year, month, 1) <= last:
            if (month - 1) % every == 0:
                yield date(year, month, 1)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        for year in range(first.year, last.year + 1):
            if year % every == 0:
                yield date(year, 1, 1)
