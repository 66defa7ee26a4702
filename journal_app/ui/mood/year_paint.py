"""Drawing one day of the year calendar, shared by the calendar and its legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journal_app.ui.mood.year_style import cell_border, marker_colour, mood_colour

GAP = 2.0  # between cells, so neighbours never merge into one block


def paint_day(
    painter: QPainter,
    square: QRectF,
    colours: dict[str, str],
    mood: float | None,
    session: str = "",
) -> None:
    """A day in ``square``: filled by ``mood`` (a faint point if None), and its session.

    ``session`` is "session" (a dot), "planned" (a ring) or "" (nothing): a shape, so it
    reads without colour. Filled days get a border that stands out 3:1 from the surface.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = square.width()
    mark = QColor(colours["text"])  # a session on an empty day
    if mood is None:
        # No check-in: a faint point keeps the grid readable without looking filled.
        point = max(side * 0.12, 1.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours["border"]))
        painter.drawEllipse(square.center(), point, point)
    else:
        fill = mood_colour(float(mood))
        border = cell_border(fill, QColor(colours["surface"]), QColor(colours["text"]))
        painter.setPen(QPen(border, 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(square.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if session:
            mark = marker_colour(fill)
    if session:
        radius = side * 0.22
        if session == "planned":  # a ring: planned, not yet happened
            painter.setPen(QPen(mark, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
        painter.drawEllipse(square.center(), radius, radius)


def paint_ring(painter: QPainter, square: QRectF, colour: QColor, width: float) -> None:
    """A ring just outside ``square``, in the gap between cells (focus or the chosen day)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outset = GAP - width / 2 + 0.5
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(square.adjusted(-outset, -outset, outset, outset), 4, 4)
