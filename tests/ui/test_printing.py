"""Printing never writes a file behind the person's back (issue 11).

With no printer set up, Qt's print dialog only offers "Print to File (PDF)": the recovery
key and the summary used to land in ~/print.pdf, readable by all, while the page said
"Sent to the printer". A file printer is now Save as PDF, said plainly, mode 0600.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

from journal_app.ui.gate.recovery_key import RecoveryKeyStep
from journal_app.ui.summary.page import SummaryPage
from tests.ui.printing_helpers import (
    answer_boxes,
    answer_print_dialog,
    answer_saves,
    mode,
    real_printer_capturing_to,
    set_printers,
)
from tests.ui.windows import show_in_window

CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
SAVE = "Save as PDF…"


def pdf_text(path: Path) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def boxes(monkeypatch):
    return answer_boxes(monkeypatch)


@pytest.fixture
def no_print_dialog(monkeypatch) -> list[QPrintDialog]:
    """Record the print dialog if it is ever opened (it should not be, with no printer)."""
    opened: list[QPrintDialog] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    return opened


# The recovery key


@pytest.fixture
def step(qtbot, services) -> Iterator[RecoveryKeyStep]:
    made = RecoveryKeyStep(journal_folder=services.vault.folder)
    window = show_in_window(qtbot, made, (640, 600))
    made.set_code(CODE)
    yield made
    window.close()


def test_a_file_printer_saves_the_key_only_where_asked_and_warns_how_powerful_it_is(
    step, boxes, monkeypatch, tmp_path
):
    set_printers(monkeypatch, 1)
    answer_print_dialog(monkeypatch, to_file=tmp_path / "print.pdf")
    boxes.answers.append(SAVE)
    answer_saves(monkeypatch, tmp_path / "my-key")
    step.print_button.click()

    assert not (tmp_path / "print.pdf").exists()  # never behind the person's back
    [box] = boxes.shown
    assert box.icon == QMessageBox.Icon.Warning
    assert "saves a PDF file" in box.text
    assert "as powerful as your passphrase" in box.details
    assert "Printing on paper or writing the key down is safer" in box.details
    saved = tmp_path / "my-key.pdf"
    assert mode(saved) == 0o600
    assert "ABCD EFGH JKMN PQRS" in pdf_text(saved)
    status = step.print_status.text()
    assert step.print_status.isVisible()
    assert str(saved) in status
    assert "Anyone who has this file can open your journal" in status
    assert "Sent to the printer" not in status


def test_with_no_printer_the_key_page_says_so_before_any_print_dialog(
    step, boxes, monkeypatch, no_print_dialog, tmp_path
):
    set_printers(monkeypatch, 0)
    before = files_in(tmp_path)
    step.print_button.click()  # and Cancel
    assert no_print_dialog == []
    [box] = boxes.shown
    assert box.text == (
        "No printer is set up on this computer. You can save a PDF instead, "
        "or copy the key by hand."
    )
    assert SAVE in box.buttons
    assert "as powerful as your passphrase" in box.details
    assert not step.print_status.isVisible()
    assert files_in(tmp_path) == before


def test_with_no_printer_the_key_can_be_saved_as_a_private_pdf(step, boxes, monkeypatch, tmp_path):
    set_printers(monkeypatch, 0)
    boxes.answers.append(SAVE)
    offered = answer_saves(monkeypatch, tmp_path / "key.pdf")
    step.print_button.click()
    assert Path(offered[0]).name == "afterglow-recovery-key.pdf"
    assert mode(tmp_path / "key.pdf") == 0o600
    assert "Anyone who has this file can open your journal" in step.print_status.text()


def test_the_key_is_never_saved_inside_the_journal_folder(
    step, boxes, services, monkeypatch, tmp_path
):
    set_printers(monkeypatch, 0)
    boxes.answers.append(SAVE)
    offered = answer_saves(monkeypatch, services.vault.folder / "key.pdf", tmp_path / "key.pdf")
    step.print_button.click()
    assert "inside your journal's folder" in boxes.warnings[0]
    assert len(offered) == 2  # asked again
    assert not (services.vault.folder / "key.pdf").exists()
    assert mode(tmp_path / "key.pdf") == 0o600


def test_a_real_printer_is_the_only_one_said_to_have_printed(step, boxes, monkeypatch, tmp_path):
    real_printer_capturing_to(monkeypatch, tmp_path / "paper.pdf")
    step.print_button.click()
    assert boxes.shown == []
    assert step.print_status.text() == "Sent to the printer."
    assert "ABCD EFGH JKMN PQRS" in pdf_text(tmp_path / "paper.pdf")


def test_a_printer_that_fails_is_not_said_to_have_printed(step, boxes, monkeypatch, tmp_path):
    real_printer_capturing_to(monkeypatch, tmp_path / "paper.pdf")
    monkeypatch.setattr(QPrinter, "printerState", lambda self: QPrinter.PrinterState.Error)
    step.print_button.click()
    assert step.print_status.text() == "The key didn't print. Check the printer and try again."
    assert step.print_status.objectName() == "error"


# The summary


@pytest.fixture
def page(qtbot, unlocked) -> Iterator[SummaryPage]:
    unlocked.checkins.add(6, at=datetime(2026, 3, 5, 9, 0))
    unlocked.journal.create("Walked by the river.", title="Riverbank", day=date(2026, 3, 10))
    made = SummaryPage(unlocked)
    made.options_panel.entries.tick_all.click()  # entries go in only when ticked
    window = show_in_window(qtbot, made, (1080, 760))
    yield made
    window.close()


@pytest.fixture
def messages(page) -> list[str]:
    said: list[str] = []
    page.status_message.connect(said.append)
    return said


def test_a_file_printer_becomes_save_as_pdf_for_the_summary(
    page, boxes, messages, monkeypatch, tmp_path
):
    set_printers(monkeypatch, 1)
    answer_print_dialog(monkeypatch, to_file=tmp_path / "Afterglow summary.pdf")
    boxes.answers.append(SAVE)
    answer_saves(monkeypatch, tmp_path / "for-my-therapist.pdf")
    page.print_button.click()

    assert not (tmp_path / "Afterglow summary.pdf").exists()
    [box] = boxes.shown
    assert "doesn't print on paper: it saves a PDF file" in box.text
    assert "not encrypted" in box.details
    saved = tmp_path / "for-my-therapist.pdf"
    assert mode(saved) == 0o600
    assert "Riverbank" in pdf_text(saved)
    assert page.saved.isVisible() and "not encrypted" in page.saved.text()
    assert "not encrypted" in messages[-1]
    assert not any("went to the printer" in m for m in messages)


def test_a_file_printer_declined_writes_nothing(page, boxes, messages, monkeypatch, tmp_path):
    set_printers(monkeypatch, 1)
    answer_print_dialog(monkeypatch, to_file=tmp_path / "print.pdf")
    before = files_in(tmp_path)
    page.print_button.click()  # and Cancel in the box
    assert files_in(tmp_path) == before
    assert messages == []


def test_with_no_printer_the_summary_page_says_so_and_offers_a_pdf(
    page, boxes, messages, monkeypatch, no_print_dialog, tmp_path
):
    set_printers(monkeypatch, 0)
    page.print_button.click()
    assert no_print_dialog == []
    [box] = boxes.shown
    assert box.text.startswith("No printer is set up on this computer.")
    assert SAVE in box.buttons
    assert messages == []

    boxes.answers.append(SAVE)
    answer_saves(monkeypatch, tmp_path / "summary.pdf")
    page.print_button.click()
    assert mode(tmp_path / "summary.pdf") == 0o600


def test_a_real_printer_prints_the_summary_and_says_so(
    page, boxes, messages, monkeypatch, tmp_path
):
    real_printer_capturing_to(monkeypatch, tmp_path / "paper.pdf")
    page.print_button.click()
    assert boxes.shown == []
    assert "Riverbank" in pdf_text(tmp_path / "paper.pdf")
    assert messages == ["Your summary went to the printer."]


def test_a_printer_that_fails_is_not_said_to_have_printed_the_summary(
    page, boxes, messages, monkeypatch, tmp_path
):
    real_printer_capturing_to(monkeypatch, tmp_path / "paper.pdf")
    monkeypatch.setattr(QPrinter, "printerState", lambda self: QPrinter.PrinterState.Error)
    page.print_button.click()
    assert page.error.text() == "The summary didn't print. Check the printer and try again."
    assert "went to the printer" not in " ".join(messages)


def test_save_as_pdf_into_the_journal_folder_is_refused_and_asked_again(
    page, boxes, messages, unlocked, monkeypatch, tmp_path
):
    folder = unlocked.vault.folder
    before = files_in(folder)
    offered = answer_saves(monkeypatch, folder / "summary.pdf", folder / "vault.db")
    page.save_button.click()
    assert len(offered) == 3  # refused twice, then cancelled
    assert all("inside your journal's folder" in text for text in boxes.warnings)
    assert len(boxes.warnings) == 2
    assert files_in(folder) == before
    assert messages == []


def test_save_as_pdf_over_a_folder_is_refused(page, boxes, monkeypatch, tmp_path):
    (tmp_path / "reports.pdf").mkdir()
    answer_saves(monkeypatch, tmp_path / "reports.pdf")
    page.save_button.click()
    assert "is a folder" in boxes.warnings[0]
    assert (tmp_path / "reports.pdf").is_dir()


def test_a_name_given_the_pdf_suffix_here_is_not_replaced_unasked(
    page, boxes, monkeypatch, tmp_path
):
    (tmp_path / "notes.pdf").write_text("keep me")
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    answer_saves(monkeypatch, tmp_path / "notes")  # the dialog confirmed "notes", not "notes.pdf"
    page.save_button.click()
    assert "notes.pdf already exists" in asked[0]
    assert (tmp_path / "notes.pdf").read_text() == "keep me"
