"""The live preview: the printer's own pages, painted exactly as they will print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QResizeEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

from journal_app.reports.data import SummaryData
from journal_app.ui.named import named
from journal_app.ui.summary.output import summary_printer

Paint = Callable[[QPrinter, SummaryData, float], None]  # printer, data, screen dpi
SHADE = 112  # percent: how much darker than the window the preview's backdrop is
REFIT_MS = 150  # after a resize settles, repaint if the pages' scale changed a lot
REFIT_CHANGE = 0.2


class SummaryPreview(QWidget):
    """Pages as they will print, fitted to the width; repainted when the data changes."""

    pages_changed = Signal(int)

    def __init__(self, paint: Paint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        self._data: SummaryData | None = None
        self.printer = summary_printer()
        self.view = named(QPrintPreviewWidget(self.printer), "summaryPreview")
        self.view.setAccessibleName(self.tr("Preview of the summary, as it will print"))
        self.view.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        graphics = self.view.findChild(QGraphicsView)
        assert graphics is not None  # QPrintPreviewWidget shows its pages in one
        self._graphics: QGraphicsView = graphics
        self._graphics.setAccessibleName(self.view.accessibleName())  # it takes the focus
        # Fitted to the width, so no sideways scrolling; a steady vertical bar keeps the
        # fit from changing as pages come and go.
        self._graphics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._graphics.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._tint()
        self._painted_dpi = 0.0
        self._refit = QTimer(self, singleShot=True, interval=REFIT_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.paintRequested.connect(self._on_view_paint_requested)
        self.view.previewChanged.connect(self._on_view_preview_changed)
        self._refit.timeout.connect(self._on_refit_timeout)

    @property
    def data(self) -> SummaryData | None:
        return self._data

    def show_data(self, data: SummaryData) -> None:
        """Paint ``data`` now (the view paints on its own when it is first shown)."""
        self._data = data
        if self.view.isVisible():
            self.view.updatePreview()

    def page_count(self) -> int:
        return self.view.pageCount()

    def refit_pending(self) -> bool:
        """True while a resize may still bring a repaint (the chart image follows the zoom)."""
        return self._refit.isActive()

    def screen_dpi(self) -> float:
        """How many screen pixels show an inch of the page at the current zoom."""
        scale = self._graphics.transform().m11()
        return scale * self.printer.logicalDpiX() * self._graphics.devicePixelRatioF()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._refit.start()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        super().changeEvent(event)

    def _tint(self) -> None:
        """Sit the white pages on a shade of the theme's window, not Qt's plain grey."""
        shade = self.palette().color(QPalette.ColorRole.Window).darker(SHADE)
        self._graphics.scene().setBackgroundBrush(shade)

    def _on_view_paint_requested(self, printer: QPrinter) -> None:
        if self._data is not None:
            self._painted_dpi = self.screen_dpi()
            self._paint(printer, self._data, self._painted_dpi)
        else:  # nothing chosen yet: one blank page rather than none
            QPainter(printer).end()

    def _on_refit_timeout(self) -> None:
        dpi = self.screen_dpi()
        if self.view.isVisible() and abs(dpi - self._painted_dpi) > REFIT_CHANGE * dpi:
            self.view.updatePreview()  # the chart image would look soft at the new size

    def _on_view_preview_changed(self) -> None:
        self.pages_changed.emit(self.view.pageCount())
