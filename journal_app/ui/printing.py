"""Printing that never writes a file behind the person's back.

Qt's print dialog offers "Print to File (PDF)", and on a computer with no printer set up
(the usual laptop) that is all it offers: the pages would land in a file the person never
chose, readable by every account. So a printer that is really a file is treated as
Save as PDF: said in plain words first, then the page's own Save as PDF flow asks where
and writes a private file. "Sent to the printer" is said only when pages reached one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class PrintChoice(Enum):
    """What the person chose when they asked to print."""

    CANCELLED = auto()
    PRINTER = auto()  # a real printer: paint onto it
    PDF = auto()  # save a PDF instead, through the page's Save as PDF flow


@dataclass(frozen=True)
class PdfOffer:
    """The words for offering a PDF instead of paper.

    ``no_printer``: the headline when no printer is set up at all.
    ``to_file``: the headline when the printer chosen in the dialog writes a file.
    ``details``: what a saved file means (it is not encrypted...).
    ``warning``: show a warning icon (the file would be a key to the journal).
    """

    no_printer: str
    to_file: str
    details: str
    warning: bool = False


def printers_available() -> bool:
    """True when the computer has at least one real printer set up."""
    return bool(QPrinterInfo.availablePrinters())


def prints_to_file(printer: QPrinter) -> bool:
    """True when printing on ``printer`` would write a file rather than paper."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        or bool(printer.outputFileName())
        or not printers_available()
    )


def reached_printer(printer: QPrinter) -> bool:
    """True when pages just painted on ``printer`` went to a real printer without error."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and not printer.outputFileName()
        and printer.printerState() != QPrinter.PrinterState.Error
    )


def choose_printer(parent: QWidget, printer: QPrinter, title: str, offer: PdfOffer) -> PrintChoice:
    """Ask where to print; a file printer (or none at all) becomes an offer of a PDF."""
    if not printers_available():
        return _offer_pdf(parent, offer.no_printer, offer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return PrintChoice.CANCELLED
    finally:
        dialog.deleteLater()
    if prints_to_file(printer):
        return _offer_pdf(parent, offer.to_file, offer)
    return PrintChoice.PRINTER


def _offer_pdf(parent: QWidget, text: str, offer: PdfOffer) -> PrintChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if offer.warning else QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Printing", "Save a PDF instead?"))
    box.setText(text)
    box.setInformativeText(offer.details)
    save = box.addButton(
        QCoreApplication.translate("Printing", "Save as PDF…"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Printing", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel if offer.warning else save)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return PrintChoice.PDF if box.clickedButton() is save else PrintChoice.CANCELLED
    finally:
        box.deleteLater()
