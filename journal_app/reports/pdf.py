"""Write the summary to a PDF file whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QPdfWriter

from journal_app.domain.errors import JournalError
from journal_app.reports.data import SummaryData
from journal_app.reports.document import ChartPainter, page_layout_for_locale, paint_summary
from journal_app.reports.layout import title_text
from journal_app.services.outputs import write_private_file

RESOLUTION = 1200  # dots per inch of the PDF's coordinates; text and lines stay vectors
NOT_WRITTEN = "the summary couldn't be written"  # what did not happen, after "so"
_TAIL = 64  # a whole PDF ends with its end-of-file marker within the last bytes


def write_pdf(
    path: Path | str,
    data: SummaryData,
    chart_painter: ChartPainter | None,
    *,
    locale: QLocale | None = None,
) -> int:
    """Write the summary to ``path`` and return its number of pages.

    The pages are made in memory first, because Qt's PDF writer drops a file's write
    errors without a word (a full disk gave a cut-off PDF and "Wrote ... 6 pages"). The
    bytes then go to a private temporary file beside ``path`` that replaces it in one step
    once flushed to the disk: a failure leaves nothing behind.

    Raises:
        StorageProblem: a full disk, a read-only or forbidden folder (says what to do).
    """
    content, pages = render_pdf(data, chart_painter, locale=locale)
    write_private_file(Path(path), content, outcome=NOT_WRITTEN)
    return pages


def render_pdf(
    data: SummaryData, chart_painter: ChartPainter | None, *, locale: QLocale | None = None
) -> tuple[bytes, int]:
    """The summary as the bytes of a whole PDF, and its number of pages."""
    buffer = QBuffer()  # its own byte array, owned by Qt
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout_for_locale(locale or QLocale()))
    writer.setTitle(title_text(data))
    writer.setCreator("Afterglow")
    pages = paint_summary(writer, data, chart_painter)
    del writer  # finishes the document in the buffer
    buffer.close()
    content = bytes(buffer.data().data())
    if not content.startswith(b"%PDF") or b"%%EOF" not in content[-_TAIL:]:
        raise JournalError(
            "The summary came out incomplete, so it wasn't saved. Try again; if it happens "
            "again, choose a shorter period."
        )
    return content, pages
