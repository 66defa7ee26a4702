"""Stand-ins for the printers, print dialog and message boxes of the printing tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

NATIVE = QPrinter.OutputFormat.NativeFormat


@dataclass
class Box:
    """One message box as the person saw it."""

    icon: QMessageBox.Icon
    text: str
    details: str
    buttons: list[str]


@dataclass
class Boxes:
    """Message boxes shown, answered by the text of the button to click (else Cancel)."""

    shown: list[Box] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # QMessageBox.warning's text

    def words(self) -> str:
        return " ".join(f"{box.text} {box.details}" for box in self.shown)


def answer_boxes(monkeypatch) -> Boxes:
    """Record every message box instead of waiting on it; click what ``answers`` say."""
    boxes = Boxes()

    def exec_(box: QMessageBox) -> int:
        names = [button.text() for button in box.buttons()]
        boxes.shown.append(Box(box.icon(), box.text(), box.informativeText(), names))
        wanted = boxes.answers.pop(0) if boxes.answers else "Cancel"
        [button] = [b for b in box.buttons() if b.text() == wanted]
        button.click()
        return 0

    def warning(parent, title, text, *args, **kwargs):
        boxes.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return boxes


def set_printers(monkeypatch, count: int) -> None:
    """Pretend the computer has ``count`` printers set up (none: the usual laptop)."""
    monkeypatch.setattr(
        QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()] * count)
    )


def answer_print_dialog(monkeypatch, *, to_file: Path | None = None) -> list[QPrintDialog]:
    """Accept the print dialog; with ``to_file``, as if "Print to File (PDF)" was chosen."""
    opened: list[QPrintDialog] = []

    def exec_(dialog: QPrintDialog) -> int:
        opened.append(dialog)
        if to_file is not None:
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(str(to_file))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return opened


def real_printer_capturing_to(monkeypatch, capture: Path) -> None:
    """Make every printer look like a real one, its pages captured into ``capture``.

    Qt paints into the capture file underneath; Afterglow sees what a real printer shows:
    the native format and no file name.
    """
    set_printers(monkeypatch, 1)

    def exec_(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(capture))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    monkeypatch.setattr(QPrinter, "outputFormat", lambda self: NATIVE)
    monkeypatch.setattr(QPrinter, "outputFileName", lambda self: "")


def answer_saves(monkeypatch, *paths: Path | str) -> list[str]:
    """Answer save dialogs with ``paths`` in turn, then Cancel; return what was suggested."""
    left = [str(p) for p in paths]
    offered: list[str] = []

    def answer(parent, caption, suggested, filters, *args, **kwargs):
        offered.append(suggested)
        return (left.pop(0) if left else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
