"""The mood chart's plot: lines, points, severity bands and session marks on a date axis.

The widget shows one MoodPlot; ``MoodChart.render_to`` builds another off-screen, so both
draw exactly the same way.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from journal_app.ui.mood.chart_axis import DayAxis, PlainAxis
from journal_app.ui.mood.chart_band import BandItem
from journal_app.ui.mood.chart_data import Mark, Metric, Series
from journal_app.ui.mood.chart_detail import Detail, detail
from journal_app.ui.mood.chart_marks import nearest_mark, session_labels
from journal_app.ui.mood.chart_style import band_brush, line_pens, mix, pen, pixel_font
from journal_app.ui.theme import follow_system

Y_MARGIN = 0.04  # of the y range, so a point at the top or bottom is not cut in half
FONT_PIXELS = 12  # on paper, and on screen at an 11 pt system font
# Questionnaire results closer than these many pixels get smaller dots, then none.
SCORE_SPACING = (14.0, 5.0)
SCORE_DOTS = (9.0, 6.0, 0.0)
ROOMY_DOTS = 16.0  # pixels between days at which the daily dots grow, for few check-ins
READOUT_GAP = 8.0  # pixels between a point and its readout
CROWDED_MARKS = 1 / 25  # more than one session per 25 pixels: fainter lines


# pyqtgraph ships no type hints, so mypy sees its classes as Any.
class MoodPlot(pg.PlotItem):  # type: ignore[misc]
    """One metric over time, with the view limited to what the code sets."""

    def __init__(self, font: QFont, pen_scale: float = 1.0, *, for_print: bool = False) -> None:
        self.date_axis = DayAxis("bottom")
        self.session_axis = PlainAxis("top")
        self.band_axis = PlainAxis("right")
        self.value_axis = PlainAxis("left")
        self.chart_axes = (self.date_axis, self.session_axis, self.band_axis, self.value_axis)
        for axis in self.chart_axes:
            axis.direct = for_print
            if not for_print:  # replaying the axes' QPictures cost 10 ms a frame in text
                axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        super().__init__(
            axisItems={
                "bottom": self.date_axis,
                "top": self.session_axis,
                "right": self.band_axis,
                "left": self.value_axis,
            }
        )
        self.label_font = pixel_font(
            font, FONT_PIXELS if for_print else follow_system(FONT_PIXELS, font)
        )
        self.pen_scale = pen_scale
        self.metric = Metric("mood", 1, 10)
        self.series = Series()
        self.marks: list[Mark] = []
        self.colours: dict[str, str] = {}
        self._metrics = QFontMetricsF(self.label_font)
        self._points_x = np.empty(0)
        self._pens: dict[str, QPen] = {}
        self._looks: dict[str, object] = {}
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.vb.disableAutoRange()
        self.layout.setContentsMargins(2, 2, 14, 2)
        self.showAxis("top")
        self.session_axis.setStyle(tickLength=0, tickTextOffset=3, hideOverlappingLabels=16)
        self.session_axis.setHeight(self.label_font.pixelSize() + 8)
        self.band_axis.setStyle(tickLength=0, tickTextOffset=8, autoExpandTextSpace=False)
        self.value_axis.setStyle(tickLength=-4)
        # As wide as "100" whatever the metric, so the plot does not shift when it changes.
        self.value_axis.setWidth(int(self._metrics.horizontalAdvance("100")) + 12)
        self.date_axis.setStyle(tickLength=-4)
        for axis in self.chart_axes:
            axis.setStyle(tickFont=self.label_font)

        self.bands: list[BandItem] = []
        # One item per kind of session mark: cheaper than a line item per session.
        self.done_marks = pg.PlotCurveItem(connect="pairs")
        self.planned_marks = pg.PlotCurveItem(connect="pairs")
        self.daily = pg.PlotCurveItem(connect="finite", antialias=True)
        # On paper the dots are drawn as vectors; on screen a cached pixmap atlas is faster.
        cache = not for_print
        self.points = pg.ScatterPlotItem(size=5, pxMode=True, antialias=True, useCache=cache)
        self.trend = pg.PlotCurveItem(connect="finite", antialias=True)
        self.scores = pg.PlotCurveItem(connect="finite", antialias=True)
        # Wide antialiased lines stroked segment by segment: one long zigzag path made Qt
        # fill a self-overlapping outline, 70 ms for 260 PHQ-9 results instead of 3.
        for item in (self.trend, self.scores):
            item.setSegmentedLineMode("on")
        self.score_points = pg.ScatterPlotItem(size=8, pxMode=True, antialias=True, useCache=cache)
        self.readout_dot = pg.ScatterPlotItem(size=10, pxMode=True, antialias=True, useCache=cache)
        self.readout = pg.TextItem(anchor=(0, 1))
        self.quiet = pg.TextItem(anchor=(0.5, 0.5))
        for z, item in enumerate(
            (self.daily, self.points, self.trend, self.scores, self.score_points)
        ):
            item.setZValue(z)
            self.addItem(item)
        for item in (self.done_marks, self.planned_marks):
            item.setZValue(-10)
            self.addItem(item, ignoreBounds=True)
        for item in (self.readout_dot, self.readout, self.quiet):
            item.setZValue(20)
            self.addItem(item, ignoreBounds=True)
            item.hide()
        self.readout.setFont(self.label_font)
        self.quiet.setFont(self.label_font)
        self.vb.sigXRangeChanged.connect(self._on_view_changed)
        self.vb.sigResized.connect(self._on_view_changed)

    # What is shown

    def show_series(self, metric: Metric, series: Series, marks: list[Mark]) -> None:
        """Draw ``series`` on ``metric``'s scale (bands rebuilt only if the metric changed)."""
        self.series = series
        if metric != self.metric or (metric.bands and not self.bands):
            self.metric = metric
            self._build_bands()
        questionnaire = metric.questionnaire
        self._points_x = series.points()[0]
        # Check-in lines are filled in per window by _on_view_changed.
        for item in (self.daily, self.trend, self.points, self.scores, self.score_points):
            item.setData([], [])
        if questionnaire:
            self.scores.setData(series.line_x, series.line_y)
            self.score_points.setData(series.x, series.y)
        self.marks = list(marks)
        bottom, top = self.y_limits()
        for item, planned in ((self.done_marks, False), (self.planned_marks, True)):
            xs = np.array([m.x for m in self.marks if m.planned == planned])
            item.setData(np.repeat(xs, 2), np.tile([bottom, top], len(xs)))
        self.showAxis("right", questionnaire)
        self.showGrid(y=not questionnaire, alpha=0.35)
        self.vb.setYRange(bottom, top, padding=0)
        self.hide_readout()
        self._on_view_changed()

    def y_limits(self) -> tuple[float, float]:
        low, high = self.metric.low, self.metric.high
        finite = self.series.y[np.isfinite(self.series.y)]
        if finite.size:  # sleep has no hard ceiling: make room for a long night
            high = max(high, float(np.ceil(finite.max())))
        margin = (high - low) * Y_MARGIN
        return low - margin, high + margin

    def set_window(self, start: float, end: float) -> None:
        """Show the days from ``start`` to ``end`` (local-midnight timestamps)."""
        self.vb.setXRange(start, end, padding=0)

    def _build_bands(self) -> None:
        for old in self.bands:
            self.removeItem(old)
        self.bands = []
        bottom, top = self.y_limits()
        for index, band in enumerate(self.metric.bands):
            low = bottom if index == 0 else band.low
            high = top if index == len(self.metric.bands) - 1 else band.high
            region = BandItem(low, high)
            region.setZValue(-20)
            self.addItem(region, ignoreBounds=True)
            self.bands.append(region)
        labels = [(b.low / 2 + b.high / 2, _wrap(b.label)) for b in self.metric.bands]
        self.band_axis.setTicks([labels])
        lines = [line for _, text in labels for line in text.split("\n")]
        widest = max((self._metrics.horizontalAdvance(line) for line in lines), default=0.0)
        self.band_axis.setWidth(int(widest) + 14)
        if self.colours:
            self._colour_bands()

    # Colours

    def apply_colours(self, colours: dict[str, str]) -> None:
        self.colours = dict(colours)
        scale = self.pen_scale
        for axis in self.chart_axes:
            axis.setPen(pen(colours["border"], 1, scale))
            axis.setTextPen(pen(colours["muted"], 1, scale))
        self.session_axis.setTextPen(pen(colours["text"], 1, scale))
        self.band_axis.setTextPen(pen(colours["text"], 1, scale))
        self._pens = line_pens(colours, scale)
        self._looks = {}  # _restyle sets every look afresh
        self.points.setPen(None)
        self.points.setBrush(QColor(colours["muted"]))
        self.trend.setPen(self._pens["trend"])
        self.score_points.setPen(pen(colours["surface"], 1.5, scale))
        self.score_points.setBrush(QColor(colours["accent"]))
        self.readout_dot.setPen(pen(colours["surface"], 2, scale))
        self.readout_dot.setBrush(QColor(colours["text"]))
        self.readout.fill = pg.mkBrush(mix(colours["surface"], colours["text"], 0.03))
        self.readout.border = pen(colours["border"], 1, scale)
        self.readout.setColor(colours["text"])
        self.quiet.setColor(colours["muted"])
        self._colour_bands()
        self._on_view_changed()

    def _colour_bands(self) -> None:
        for region, band in zip(self.bands, self.metric.bands, strict=True):
            region.set_brush(band_brush(self.colours, band.strength))

    # Reading the view

    def to_scene_x(self, xs: np.ndarray) -> np.ndarray:
        """Scene x (pixels) of data x values."""
        view: QRectF = self.vb.viewRect()
        scene: QRectF = self.vb.sceneBoundingRect()
        return scene.left() + (xs - view.left()) / view.width() * scene.width()

    def mark_at(self, scene_x: float) -> Mark | None:
        return nearest_mark(self.marks, scene_x, self.to_scene_x)

    def point_near(self, scene_pos: QPointF, reach: float = 24.0) -> int | None:
        """Index (into the recorded points) of the point nearest ``scene_pos`` in x."""
        xs = self._points_x
        if not xs.size or not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.vb.mapSceneToView(scene_pos).x()
        index = int(np.searchsorted(xs, x))
        candidates = [i for i in (index - 1, index) if 0 <= i < xs.size]
        best = min(candidates, key=lambda i: abs(xs[i] - x))
        pixels = abs(self.to_scene_x(np.array([xs[best]]))[0] - scene_pos.x())
        return best if pixels <= reach else None

    def _draw_detail(self, shown: Detail, width: float) -> None:
        self._look("daily", "daily_dense" if shown.dense else "daily")
        self.daily.setData(*shown.daily)
        self.trend.setData(*shown.trend)
        if shown.dots is not None:
            roomy = width / max(shown.shown, 1) >= ROOMY_DOTS
            self._look("points", (7.0 if roomy else 5.0) * self.pen_scale)
            self.points.setData(*shown.dots)
        self.points.setVisible(shown.dots is not None)

    def _look(self, name: str, look: str | float) -> None:
        """Give item ``name`` a pen (by name) or dot size, only when it changes."""
        if not self._pens or self._looks.get(name) == look:
            return
        self._looks[name] = look
        item = getattr(self, name)
        if isinstance(look, str):
            item.setPen(self._pens[look])
        else:
            item.setSize(look)
            item.setVisible(look > 0)

    def show_readout(self, x: float, y: float, text: str, *, dot: bool = True) -> None:
        """Show ``text`` in a box beside the point (x, y), away from the nearer edges."""
        self.readout.setText(text)
        (left, right), (bottom, top) = self.vb.viewRange()
        leftwards, downwards = x > (left + right) / 2, y > (bottom + top) / 2
        self.readout.setAnchor((1.0 if leftwards else 0.0, 0.0 if downwards else 1.0))
        per_x, per_y = self.vb.viewPixelSize()
        gap = READOUT_GAP * self.pen_scale
        self.readout.setPos(
            x + (-gap if leftwards else gap) * per_x, y + (-gap if downwards else gap) * per_y
        )
        self.readout_dot.setData([x], [y])
        self.readout_dot.setVisible(dot)
        self.readout.show()

    def hide_readout(self) -> None:
        self.readout_dot.hide()
        self.readout.hide()

    def _on_view_changed(self, *_: object) -> None:
        (left, right), (bottom, top) = self.vb.viewRange()
        width = self.vb.sceneBoundingRect().width()
        xs = self._points_x
        shown = int(np.searchsorted(xs, right, "right") - np.searchsorted(xs, left))
        if not self.metric.questionnaire and not self.series.empty:
            self._draw_detail(detail(self.series, left, right, width), width)
        elif self.metric.questionnaire:
            spacing = width / max(shown, 1)
            level = sum(spacing < limit for limit in SCORE_SPACING)
            self._look("scores", f"scores_{level}")
            self._look("score_points", SCORE_DOTS[level] * self.pen_scale)
        self.quiet.setVisible(shown == 0 and not self.series.empty)
        self.quiet.setPos((left + right) / 2, (bottom + top) / 2)
        inside = [m for m in self.marks if left <= m.x <= right]
        crowded = len(inside) > max(width, 1.0) * CROWDED_MARKS
        self._look("done_marks", "marks_crowded" if crowded else "marks")
        self._look("planned_marks", "planned_crowded" if crowded else "planned")
        labels = session_labels(inside, self.to_scene_x, self._metrics.horizontalAdvance)
        self.session_axis.setTicks([[(label.x, label.text) for label in labels]])


def _wrap(label: str, width: int = 18) -> str:
    """Break a long band label into two lines at the space nearest its middle."""
    if len(label) <= width or " " not in label:
        return label
    middle = len(label) // 2
    spaces = [i for i, c in enumerate(label) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]
