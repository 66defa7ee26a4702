"""The mood chart: check-ins or questionnaire totals over time, with session marks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QStackedLayout, QWidget

from journal_app.domain.records import Record
from journal_app.instruments.definitions import instrument
from journal_app.services.bundle import Services
from journal_app.ui.mood.chart_data import (
    DAY,
    METRICS,
    Mark,
    Series,
    daily_series,
    journey_marks,
    local_midnight,
    metric_spec,
    score_series,
)
from journal_app.ui.mood.chart_plot import MoodPlot
from journal_app.ui.mood.chart_render import render_chart
from journal_app.ui.named import named

MIN_SPAN_DAYS = 14  # "all" of a few days still shows a fortnight, so one point has room
EDGE = 0.015  # of the span, kept clear at both ends of "all"


class MoodChart(QWidget):
    """One metric over time: daily values and their 7-day mean, or questionnaire totals."""

    journey_clicked = Signal(str)  # the id of the journey whose session mark was clicked

    def __init__(
        self, services: Services, colours: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._colours = dict(colours)
        self._metric = "mood"
        self._days: int | None = None
        self._checkins: list[Record] = []
        self._marks: list[Mark] = []
        self._series: dict[str, Series] = {}

        self.plot = MoodPlot(self.font())
        self.view = pg.GraphicsView(self)
        self.view.setCentralItem(self.plot)
        # One rectangle per repaint: the minimal mode's many-piece clip made Qt stroke
        # the antialiased lines up to forty times slower.
        self.view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.view.setAccessibleName(self.tr("Mood chart"))
        self.view.setMouseTracking(True)
        self.plot.quiet.setText(self.tr("Nothing recorded in these days."))
        self.message = named(QLabel(self), "chartMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        self.view.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.view.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.set_colours(colours)
        self.refresh()

    # Public interface

    @property
    def metric_name(self) -> str:
        """The metric shown ("mood", "phq9", ...); not ``metric``, which is QWidget's."""
        return self._metric

    @property
    def days(self) -> int | None:
        return self._days

    def set_colours(self, colours: dict[str, str]) -> None:
        """Re-theme: background, axes, text, lines and bands follow ``colours``."""
        self._colours = dict(colours)
        self.view.setBackground(colours["surface"])
        self.plot.apply_colours(colours)
        self.message.setStyleSheet(
            f"QLabel#chartMessage {{ color: {colours['muted']}; "
            f"background: {colours['surface']}; }}"
        )

    def set_metric(self, name: str) -> None:
        """Show "mood", "anxiety", "energy", "sleep_hours", "phq9", "gad7", "who5" or "pcl5"."""
        if name not in METRICS:
            raise ValueError(f"unknown metric {name!r}; expected one of {', '.join(METRICS)}")
        self._metric = name
        self._show()

    def set_range(self, days: int | None) -> None:
        """Show the last ``days`` days (30, 90, 365) or everything (None)."""
        if days is not None and days < 1:
            raise ValueError(f"a range needs at least one day, not {days}")
        self._days = days
        series = self._series_for(self._metric)
        if not series.empty:
            self.plot.set_window(*self._window(series, days))

    def refresh(self) -> None:
        """Read the check-ins, results and journeys again and redraw."""
        self._checkins = self._services.checkins.checkins()
        self._marks = journey_marks(self._services.journeys.journeys())
        self._series.clear()
        self._show()

    def render_to(
        self,
        painter: QPainter,
        rect: QRectF,
        *,
        metric: str | None = None,
        days: int | None = None,
        span: tuple[date, date] | None = None,
    ) -> None:
        """Draw the chart as vector graphics into ``rect`` on any paint device.

        ``metric`` and ``days`` default to what the widget shows; ``span`` (first and
        last day) overrides ``days``, for a summary of chosen dates.
        """
        name = metric or self._metric
        series = self._series_for(name)
        if span is not None:
            window = (local_midnight(span[0]) - DAY / 2, local_midnight(span[1]) + DAY / 2)
        elif not series.empty:
            window = self._window(series, days if days is not None else self._days)
        else:
            window = (0.0, 1.0)
        render_chart(
            painter,
            rect,
            font=self.font(),
            colours=self._colours,
            metric=metric_spec(name),
            series=series,
            marks=self._marks,
            window=window,
            message=self._empty_message(name),
        )

    # Drawing

    def _series_for(self, name: str) -> Series:
        if name not in self._series:
            if metric_spec(name).questionnaire:
                results = self._services.assessments.history(name)
                self._series[name] = score_series(results, name)
            else:
                self._series[name] = daily_series(self._checkins, name)
        return self._series[name]

    def _show(self) -> None:
        series = self._series_for(self._metric)
        if series.empty:
            self.message.setText(self._empty_message(self._metric))
            self._stack.setCurrentWidget(self.message)
            return
        self.plot.show_series(metric_spec(self._metric), series, self._marks)
        self.plot.set_window(*self._window(series, self._days))
        self._stack.setCurrentWidget(self.view)
        xs = series.points()[0]
        self.view.setAccessibleDescription(
            self.tr("{what}: {count} days from {first} to {last}.").format(
                what=self._metric_title(self._metric),
                count=len(xs),
                first=self._day_text(float(xs[0])),
                last=self._day_text(float(xs[-1])),
            )
        )

    def _window(self, series: Series, days: int | None) -> tuple[float, float]:
        """The x range, in local-midnight seconds, for the last ``days`` days or all."""
        today = self._services.journeys.now().date()
        end = local_midnight(today)
        if days is not None:
            start = local_midnight(today - timedelta(days=days - 1))
            return start - DAY / 2, end + DAY / 2
        marks = [m.x for m in self._marks]
        first = min([float(series.x[0]), *marks[:1]])
        last = max([end, float(series.x[-1]), *marks[-1:]])
        first = min(first, last - (MIN_SPAN_DAYS - 1) * DAY)
        edge = max((last - first) * EDGE, DAY / 2)
        return first - edge, last + edge

    def _empty_message(self, name: str) -> str:
        if metric_spec(name).questionnaire:
            return self.tr(
                "No {name} results yet. When you take it, your scores will show here."
            ).format(name=instrument(name).name)
        if not self._checkins:
            return self.tr("No check-ins yet. Your first one will start the line.")
        return self.tr(
            "None of your check-ins has {what} yet. Add it next time and the line will start."
        ).format(what=self._metric_words(name))

    def _metric_title(self, name: str) -> str:
        if metric_spec(name).questionnaire:
            return instrument(name).name
        return {
            "mood": self.tr("Mood"),
            "anxiety": self.tr("Anxiety"),
            "energy": self.tr("Energy"),
            "sleep_hours": self.tr("Hours of sleep"),
        }[name]

    def _metric_words(self, name: str) -> str:
        return {
            "mood": self.tr("a mood"),
            "anxiety": self.tr("an anxiety rating"),
            "energy": self.tr("an energy rating"),
            "sleep_hours": self.tr("hours of sleep"),
        }.get(name, name)

    # Pointer

    def _on_scene_clicked(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._in_plot(event.scenePos()):
            return
        mark = self.plot.mark_at(event.scenePos().x())
        if mark is not None:
            event.accept()
            self.journey_clicked.emit(mark.journey_id)

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        mark = self.plot.mark_at(pos.x()) if self._in_plot(pos) else None
        if mark is not None:
            self.view.setCursor(Qt.CursorShape.PointingHandCursor)
            bottom, top = self.plot.vb.viewRange()[1]
            beside = top - (top - bottom) * 0.12  # below the session labels, not over them
            self.plot.show_readout(mark.x, beside, self._mark_text(mark), dot=False)
            return
        self.view.unsetCursor()
        index = self.plot.point_near(pos)
        if index is None:
            self.plot.hide_readout()
            return
        xs, ys = self.plot.series.points()
        x, y = float(xs[index]), float(ys[index])
        self.plot.show_readout(x, y, self._point_text(x, y))

    def _in_plot(self, pos: QPointF) -> bool:
        """Over the plotting area or the session labels above it."""
        area: QRectF = self.plot.vb.sceneBoundingRect()
        area.setTop(self.plot.session_axis.sceneBoundingRect().top())
        return area.contains(pos)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.plot.hide_readout()
        super().leaveEvent(event)

    # Words for the pointer readout

    def _day_text(self, x: float) -> str:
        day = datetime.fromtimestamp(x).date()
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")

    def _mark_text(self, mark: Mark) -> str:
        text = self.tr("Session {n}, {day}").format(n=mark.number, day=self._day_text(mark.x))
        return text + (self.tr(" (planned)") if mark.planned else "")

    def _point_text(self, x: float, value: float) -> str:
        series = self.plot.series
        shown = f"{value:.0f}" if value == round(value) else f"{value:.1f}"
        lines = [self._day_text(x)]
        current = metric_spec(self._metric)
        if current.questionnaire:
            name = instrument(self._metric).name
            band = next((b for b in current.bands if b.low <= value <= b.high), None)
            percent = "%" if self._metric == "who5" else ""
            lines.append(f"{name} {shown}{percent}" + (f" · {band.label}" if band else ""))
            return "\n".join(lines)
        lines.append(
            {
                "mood": self.tr("Mood {value}"),
                "anxiety": self.tr("Anxiety {value}"),
                "energy": self.tr("Energy {value}"),
                "sleep_hours": self.tr("{value} h of sleep"),
            }[self._metric].format(value=shown)
        )
        index = int(np.searchsorted(series.x, x))
        trend = float(series.trend[index]) if series.trend.size else float("nan")
        if np.isfinite(trend):
            lines.append(self.tr("7-day mean {value}").format(value=f"{trend:.1f}"))
        return "\n".join(lines)
