"""The recovery key on a page: printed on paper, or (when asked twice) saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from journal_app.ui.output_files import in_documents
from journal_app.ui.printing import PdfOffer, reached_printer

PDF_RESOLUTION = 300


def sheet_printer() -> QPrinter:
    """A printer for the sheet, with the paper usual where one lives."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(QCoreApplication.translate("RecoverySheet", "Afterglow recovery key"))
    return printer


def _paint(device: QPagedPaintDevice, sheet_html: str) -> None:
    document = QTextDocument()
    document.setHtml(sheet_html)
    document.print_(device)


def print_sheet(printer: QPrinter, sheet_html: str) -> bool:
    """Print the sheet on ``printer``; True only when it reached a real printer."""
    _paint(printer, sheet_html)
    return reached_printer(printer)


def sheet_pdf(sheet_html: str) -> bytes:
    """The sheet as the bytes of a PDF, made in memory (nothing touches the disk)."""
    buffer = QBuffer()  # its own byte array, owned by Qt
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(QCoreApplication.translate("RecoverySheet", "Afterglow recovery key"))
    writer.setCreator("Afterglow")
    _paint(writer, sheet_html)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(buffer.data().data())


def suggested_pdf_path() -> Path:
    """Where Save as PDF first suggests: the Documents folder."""
    return in_documents("afterglow-recovery-key.pdf")


def pdf_offer() -> PdfOffer:
    """What to say before the recovery key would become a file."""
    return PdfOffer(
        no_printer=QCoreApplication.translate(
            "RecoverySheet",
            "No printer is set up on this computer. You can save a PDF instead, "
            "or copy the key by hand.",
        ),
        to_file=QCoreApplication.translate(
            "RecoverySheet",
            "The printer you chose doesn't print on paper: it saves a PDF file. "
            "You can save one, or copy the key by hand instead.",
        ),
        details=QCoreApplication.translate(
            "RecoverySheet",
            "Anyone who has that file can open your journal: it is as powerful as your "
            "passphrase, and it is not encrypted. Printing on paper or writing the key "
            "down is safer. If you do save it, keep the file somewhere only you can "
            "reach: not on this computer, and not in a synced folder.",
        ),
        warning=True,
    )


def saved_warning(path: Path) -> str:
    """What stays on the page after the PDF was saved."""
    return QCoreApplication.translate(
        "RecoverySheet",
        "Saved to {path}. Anyone who has this file can open your journal, just as with "
        "your passphrase. Print it or copy it by hand, then delete the file, or move it "
        "somewhere safe away from this computer.",
    ).format(path=path)


def _page_layout() -> QPageLayout:
    """A4 or Letter from the locale, as the summary uses (imported when first printed)."""
    from journal_app.reports.document import page_layout_for_locale

    return page_layout_for_locale(QLocale())
