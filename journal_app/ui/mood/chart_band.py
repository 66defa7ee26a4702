"""A horizontal band across the whole plot, for a questionnaire's severity range."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget


# pyqtgraph ships no type hints, so mypy sees its classes as Any.
class BandItem(pg.GraphicsObject):  # type: ignore[misc]
    """Fills from ``low`` to ``high`` on the y axis, as wide as the view.

    pyqtgraph's LinearRegionItem does this too, but crashes when its scene has no view,
    which is exactly how the chart is drawn for print.
    """

    def __init__(self, low: float, high: float) -> None:
        super().__init__()
        self.low = low
        self.high = high
        self._brush = QBrush()

    def region(self) -> tuple[float, float]:
        return self.low, self.high

    def set_brush(self, brush: QBrush) -> None:
        self._brush = brush
        self.update()

    def brush(self) -> QBrush:
        return self._brush

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        view = self.getViewBox()
        if view is None:
            return QRectF()
        left, right = view.viewRange()[0]
        return QRectF(left, self.low, right - left, self.high - self.low)

    def viewRangeChanged(self) -> None:  # noqa: N802 - pyqtgraph override
        self.prepareGeometryChange()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.fillRect(self.boundingRect(), self._brush)
