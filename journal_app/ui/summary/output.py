"""Painting the summary for the preview, the printer and a PDF, with a light-themed chart."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from journal_app.reports.data import SummaryData
from journal_app.reports.document import page_layout_for_locale, paint_summary
from journal_app.reports.pdf import write_pdf
from journal_app.services.bundle import Services
from journal_app.texts import load_toml
from journal_app.ui.mood.chart import MoodChart
from journal_app.ui.output_files import in_documents
from journal_app.ui.printing import PdfOffer

MIN_PREVIEW_DPI, MAX_PREVIEW_DPI = 48.0, 288.0  # bounds on the preview chart's resolution
INCH_M = 0.0254


def summary_printer() -> QPrinter:
    """A printer set up for the summary: the paper size and margins usual where one lives."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout_for_locale(QLocale()))
    printer.setDocName(QCoreApplication.translate("SummaryPage", "Afterglow summary"))
    return printer


def default_pdf_path(today: date) -> Path:
    """Where Save as PDF first suggests: the Documents folder, named for today."""
    return in_documents(f"afterglow-summary-{today.isoformat()}.pdf")


def pdf_offer() -> PdfOffer:
    """What to say when printing the summary would make a file."""

    return PdfOffer(
        no_printer=QCoreApplication.translate(
            "SummaryPage",
            "No printer is set up on this computer. You can save the summary as a PDF "
            "instead, and print it or send it from there.",
        ),
        to_file=QCoreApplication.translate(
            "SummaryPage",
            "The printer you chose doesn't print on paper: it saves a PDF file. "
            "You can save the summary as a PDF instead, choosing where it goes.",
        ),
        details=QCoreApplication.translate(
            "SummaryPage",
            "A PDF is not encrypted: anyone who can open the file can read it. Keep it "
            "somewhere private, and delete it once you no longer need it.",
        ),
    )


class SummaryPainter:
    """Paints summaries; the mood chart in the light theme, since paper is light."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        # Never shown: it only draws into the pages.
        self.chart = MoodChart(services, load_toml("styles/themes.toml")["light"], parent)
        self.chart.hide()
        self._screen_dpi: float | None = None

    def refresh(self) -> None:
        """Read the check-ins and journeys again (something changed)."""
        self.chart.refresh()

    def paint(
        self, device: QPagedPaintDevice, data: SummaryData, *, screen_dpi: float | None = None
    ) -> None:
        """Paint every page of ``data`` onto ``device`` (a printer or the preview's printer).

        ``screen_dpi``: for the preview, how finely its pages are shown on the screen.
        """
        self._screen_dpi = screen_dpi
        try:
            paint_summary(device, data, self._paint_chart)
        finally:
            self._screen_dpi = None

    def write(self, path: Path, data: SummaryData) -> None:
        """Save ``data`` as a PDF at ``path``; raises JournalError if that fails."""
        write_pdf(path, data, self._paint_chart)

    def _paint_chart(self, painter: QPainter, rect: QRectF, span: tuple[date, date]) -> None:
        device = painter.device()
        previewing = painter.paintEngine().type() == QPaintEngine.Type.Picture
        if not previewing or self._screen_dpi is None or device is None:
            self.chart.render_to(painter, rect, metric="mood", span=span)
            return
        # The preview records the pages and replays them shrunk to the screen, but the
        # chart's lines are cosmetic pens, which keep their printer width there and show
        # as broad smears. So the preview gets the chart as an image at the screen's own
        # resolution, laid out exactly as on paper.
        dpi = min(max(self._screen_dpi, MIN_PREVIEW_DPI), MAX_PREVIEW_DPI)
        per_unit = math.sqrt(abs(painter.deviceTransform().determinant())) or 1.0
        factor = dpi / device.logicalDpiX()
        size = QSize(
            max(1, math.ceil(rect.width() * per_unit * factor)),
            max(1, math.ceil(rect.height() * per_unit * factor)),
        )
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(round(dpi / INCH_M))
        image.setDotsPerMeterY(round(dpi / INCH_M))
        image.fill(Qt.GlobalColor.white)
        on_image = QPainter(image)
        on_image.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        try:
            self.chart.render_to(on_image, QRectF(image.rect()), metric="mood", span=span)
        finally:
            on_image.end()
        painter.drawImage(rect, image)
