"""Draw a mood chart onto any paint device (PDF, picture, printer) as vector graphics."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from journal_app.ui.mood.chart_data import Mark, Metric, Series
from journal_app.ui.mood.chart_plot import MoodPlot
from journal_app.ui.mood.chart_style import pixel_font

SCREEN_DPI = 96.0  # the chart is laid out as on a plain screen, then scaled to the page
MIN_SIZE = (240.0, 120.0)
MESSAGE_PIXELS = 14


def layout_scale(painter: QPainter, rect: QRectF) -> tuple[float, float, float]:
    """(width, height) of ``rect`` in screen pixels, and device pixels per screen pixel."""
    device = painter.device()
    dpi = float(device.logicalDpiX()) if device is not None else SCREEN_DPI
    per_unit = math.sqrt(abs(painter.deviceTransform().determinant())) or 1.0
    scale = dpi / SCREEN_DPI
    return rect.width() * per_unit / scale, rect.height() * per_unit / scale, scale


def render_chart(
    painter: QPainter,
    rect: QRectF,
    *,
    font: QFont,
    colours: dict[str, str],
    metric: Metric,
    series: Series,
    marks: list[Mark],
    window: tuple[float, float],
    message: str,
) -> None:
    """Draw ``series`` (or ``message`` when it is empty) into ``rect`` of ``painter``."""
    width, height, scale = layout_scale(painter, rect)
    painter.save()
    try:
        painter.fillRect(rect, QColor(colours["surface"]))
        if series.empty:
            _draw_message(painter, rect, font, colours, message, width)
            return
        size = QRectF(0, 0, max(width, MIN_SIZE[0]), max(height, MIN_SIZE[1]))
        plot = MoodPlot(font, pen_scale=scale, for_print=True)
        # Never shown: pyqtgraph's axes measure themselves through a view widget.
        view = pg.GraphicsView()
        view.resize(size.size().toSize())
        view.setCentralItem(plot)
        plot.layout.activate()
        plot.apply_colours(colours)
        plot.show_series(metric, series, marks)
        plot.set_window(*window)
        plot.layout.activate()
        view.scene().render(painter, rect, size, Qt.AspectRatioMode.IgnoreAspectRatio)
        view.close()
    finally:
        painter.restore()


def _draw_message(
    painter: QPainter,
    rect: QRectF,
    font: QFont,
    colours: dict[str, str],
    message: str,
    width: float,
) -> None:
    # Pixel fonts follow the painter's transform: size the text for the rect's scale.
    units_per_pixel = rect.width() / width if width else 1.0
    painter.setFont(pixel_font(font, max(1, round(MESSAGE_PIXELS * units_per_pixel))))
    painter.setPen(QColor(colours["muted"]))
    inner = rect.adjusted(rect.width() * 0.1, 0, -rect.width() * 0.1, 0)
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)
