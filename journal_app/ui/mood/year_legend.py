"""The key under the year calendar: the mood colours from 1 to 10, sessions, empty days."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.mood.year_paint import GAP, paint_day
from journal_app.ui.mood.year_style import MOOD_HIGH, MOOD_LOW
from journal_app.ui.named import named
from journal_app.ui.theme import ThemeManager

SESSION_SAMPLE_MOOD = 5.0  # a middle colour, so the dot is seen as it looks on most days


class LegendSample(QWidget):
    """Small painted days: the whole mood scale, or one kind of day."""

    def __init__(self, theme: ThemeManager, moods: list[float | None], session: str = "") -> None:
        super().__init__()
        self._theme = theme
        self._moods = moods
        self._session = session

    def _side(self) -> int:
        return max(QFontMetrics(self.font()).height(), 14)

    def sizeHint(self) -> QSize:  # noqa: N802
        side = self._side()
        return QSize(side * len(self._moods), side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colours = self._theme.colours()
        side = self._side()
        painter = QPainter(self)
        top = (self.height() - side) / 2
        for n, mood in enumerate(self._moods):
            square = QRectF(n * side, top, side, side).adjusted(
                GAP / 2, GAP / 2, -GAP / 2, -GAP / 2
            )
            paint_day(painter, square, colours, mood, self._session)
        painter.end()


class YearLegend(QWidget):
    """Lower to higher mood, a session, a planned session and a day with no check-in."""

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale = [float(m) for m in range(MOOD_LOW, MOOD_HIGH + 1)]
        flow = FlowLayout(self, spacing=18, row_spacing=6)
        for samples, before, after in (
            (LegendSample(theme, list(scale)), self.tr("Mood 1"), self.tr("10")),
            (LegendSample(theme, [SESSION_SAMPLE_MOOD], "session"), "", self.tr("Session")),
            (LegendSample(theme, [SESSION_SAMPLE_MOOD], "planned"), "", self.tr("Planned")),
            (LegendSample(theme, [None]), "", self.tr("No check-in")),
        ):
            item = QWidget()
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            if before:
                row.addWidget(named(QLabel(before), "muted"))
            row.addWidget(samples)
            row.addWidget(named(QLabel(after), "muted"))
            flow.addWidget(item)
        self.setAccessibleName(self.tr("Key to the colours"))
        self.setAccessibleDescription(
            self.tr(
                "Days are coloured by mood, from dark purple for 1 to yellow for 10. "
                "A dot marks a medicine session, a ring a planned one; "
                "a day with no check-in shows only a faint point."
            )
        )
