"""First run, last step: the recovery key, shown once, to write down or print."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from journal_app.domain.errors import JournalError
from journal_app.services.outputs import write_private_file
from journal_app.ui.dialogs.feedback import show_message
from journal_app.ui.gate.card import Card, button
from journal_app.ui.gate.recovery_sheet import (
    pdf_offer,
    print_sheet,
    saved_warning,
    sheet_pdf,
    sheet_printer,
    suggested_pdf_path,
)
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.output_files import choose_output_file
from journal_app.ui.pages.layout import paragraph
from journal_app.ui.printing import PrintChoice, choose_printer

GROUPS_PER_LINE = 4


def format_code(code: str) -> str:
    """Lay the code out in groups of four, four groups to a line."""
    groups = [group for group in code.replace(" ", "-").split("-") if group]
    lines = (groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE))
    return "\n".join(" ".join(line) for line in lines)


class RecoveryKeyStep(Card):
    """The code in large letters, Print…, a promise box and "Open my journal".

    ``journal_folder``: the journal's data folder, where a saved PDF may never go.
    """

    finished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, journal_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._code = ""
        self._journal_folder = journal_folder
        title = named(QLabel(self.tr("Your recovery key")), "pageTitle")
        what = paragraph(
            self.tr(
                "If you ever forget your passphrase, this key is the other way to open "
                "your journal. It is shown only this once."
            )
        )
        # "banner" gives the code a soft box; textSize "code" makes it large, relative
        # to the system's font size (app.qss).
        self.code_label = named(QLabel(), "banner")
        self.code_label.setProperty("textSize", "code")
        self.code_label.setAccessibleName(self.tr("Your recovery key"))
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.code_label.setStyleSheet(f"font-family: '{family}', monospace;")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        keep = paragraph(
            self.tr(
                "Write it down or print it, and keep it somewhere safe and private, away "
                "from this computer. It opens your journal just as your passphrase does."
            ),
            "muted",
        )
        self.print_button = button(self.tr("Print…"), self.tr("Print the recovery key"))
        self.print_status = paragraph("")
        self.print_status.setAccessibleName(self.tr("Printing"))
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_status.setVisible(False)
        promise = self.tr(
            "I have written down or printed my recovery key and put it somewhere safe"
        )
        # A check box never wraps its text, so break the sentence where it reads well.
        self.confirm = QCheckBox(
            self.tr("I have written down or printed my recovery key\nand put it somewhere safe")
        )
        self.confirm.setAccessibleName(promise)
        self.open_button = button(self.tr("Open my journal"), self.tr("Open my journal"))
        self._on_confirm_toggled(False)

        self.body.addWidget(title)
        self.body.addWidget(what)
        self.body.addSpacing(6)
        self.body.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addSpacing(6)
        self.body.addWidget(keep)
        self.body.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.print_status)
        self.body.addWidget(self.confirm)
        self.body.addWidget(self.open_button)

        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.confirm.toggled.connect(self._on_confirm_toggled)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    def set_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(format_code(code))
        self.confirm.setChecked(False)
        self._say("")

    def shown_code(self) -> str:
        return self.code_label.text()

    def focus(self) -> None:
        self.print_button.setFocus()

    def clear(self) -> None:
        """Forget the code: it is never shown twice."""
        self._code = ""
        self.code_label.clear()
        self._say("")
        self.confirm.setChecked(False)

    def sheet_html(self) -> str:
        """The printed page: the code and what it is for."""
        return self.tr(
            "<h2>Afterglow recovery key</h2>"
            "<p>This key opens your Afterglow journal if you forget your passphrase. "
            "Keep it somewhere safe and private: anyone who has it and your journal "
            "file can read your journal.</p>"
            "<p style='font-family: monospace; font-size: 18pt'>{code}</p>"
            "<p>To use it, choose “Use recovery key instead” when Afterglow asks for "
            "your passphrase.</p>"
        ).format(code=html.escape(format_code(self._code)).replace("\n", "<br>"))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.print_status.setObjectName("error" if problem else "")
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
        show_message(self.print_status, text)

    def save_pdf(self) -> None:
        """Ask where, then save the sheet as a private PDF and say what that file means."""
        path = choose_output_file(
            self,
            self.tr("Save your recovery key as a PDF"),
            suggested_pdf_path(),
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
            journal_folder=self._journal_folder,
        )
        if path is None:
            return
        try:
            write_private_file(path, sheet_pdf(self.sheet_html()))
        except JournalError as error:
            self._say(render(error), problem=True)
            return
        self._say(saved_warning(path))

    def _on_print_button_clicked(self) -> None:
        self._say("")
        printer = sheet_printer()
        choice = choose_printer(self, printer, self.tr("Print your recovery key"), pdf_offer())
        if choice is PrintChoice.PDF:
            self.save_pdf()
        elif choice is PrintChoice.PRINTER:
            if print_sheet(printer, self.sheet_html()):
                self._say(self.tr("Sent to the printer."))
            else:
                self._say(
                    self.tr("The key didn't print. Check the printer and try again."),
                    problem=True,
                )

    def _on_confirm_toggled(self, kept: bool) -> None:
        self.open_button.setEnabled(kept)
        # app.qss styles #primary over :disabled, so only an enabled button is "primary".
        self.open_button.setObjectName("primary" if kept else "")
        self.open_button.style().unpolish(self.open_button)
        self.open_button.style().polish(self.open_button)

    def _on_open_button_clicked(self) -> None:
        self.clear()
        self.finished.emit()
