"""Write the summary to a PDF file whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPdfWriter

from journal_app.domain.errors import JournalError
from journal_app.reports.data import SummaryData
from journal_app.reports.document import ChartPainter, page_layout_for_locale, paint_summary
from journal_app.reports.layout import title_text

RESOLUTION = 1200  # dots per inch of the PDF's coordinates; text and lines stay vectors
REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "there is no such folder",
    errno.ENOTDIR: "there is no such folder",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk is full",
}


def _reason(error: OSError) -> str:
    if error.errno in REASONS:
        return REASONS[error.errno]
    return (error.strerror or str(error) or "it could not be written").lower()


def write_pdf(
    path: Path | str,
    data: SummaryData,
    chart_painter: ChartPainter | None,
    *,
    locale: QLocale | None = None,
) -> int:
    """Write the summary to ``path`` and return its number of pages.

    The pages go to a temporary file beside ``path`` (readable only by its owner), which
    then replaces ``path`` in one step: a failure leaves nothing behind, and an existing
    file is untouched unless the whole new one was written.

    Raises:
        JournalError: the folder cannot be written to (the message says what to do).
    """
    target = Path(path)
    folder = target.parent
    temp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".afterglow-summary-", suffix=".tmp", dir=folder)
        temp = Path(name)
        os.close(handle)
        pages = _paint_to(temp, data, chart_painter, locale or QLocale())
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        temp.replace(target)
        temp = None
    except OSError as error:
        raise JournalError(
            f"Couldn't write the summary to {folder}: {_reason(error)}. Choose another folder."
        ) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    return pages


def _paint_to(
    temp: Path, data: SummaryData, chart_painter: ChartPainter | None, locale: QLocale
) -> int:
    writer = QPdfWriter(str(temp))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout_for_locale(locale))
    writer.setTitle(title_text(data))
    writer.setCreator("Afterglow")
    pages = paint_summary(writer, data, chart_painter)
    del writer  # closes the file before it is synced and moved
    if temp.stat().st_size == 0:
        raise OSError(errno.EIO, "the PDF came out empty")
    return pages
