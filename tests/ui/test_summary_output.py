"""The Summary page's preview, printing and Save as PDF."""

from __future__ import annotations

import errno
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLayout, QVBoxLayout, QWidget

from journal_app.storage import outputs as outputs_module
from journal_app.ui.summary import page as page_module
from journal_app.ui.summary.page import SummaryPage
from tests.ui.printing_helpers import answer_boxes, real_printer_capturing_to


def shown(qtbot, made: SummaryPage) -> QWidget:
    """``made`` in a window that leaves its size alone, shown (so the preview paints)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(made)
    window.resize(1080, 760)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def journal(unlocked):
    unlocked.journeys.add(datetime(2026, 3, 1, 10, 0))
    unlocked.checkins.add(6, at=datetime(2026, 3, 5, 9, 0))
    unlocked.checkins.add(7, at=datetime(2026, 3, 9, 9, 0))
    unlocked.journal.create("Walked by the river.", title="Riverbank", day=date(2026, 3, 10))
    unlocked.journal.create(
        "Only for me.", title="Lanternfish", day=date(2026, 3, 12), private=True
    )
    unlocked.assessments.take("phq9", [1] * 8 + [2], datetime(2026, 3, 11, 9, 0))
    return unlocked


def tick(page: SummaryPage, title: str) -> None:
    entries = page.options_panel.entries.list
    [item] = [entries.item(i) for i in range(entries.count()) if title in entries.item(i).text()]
    item.setCheckState(Qt.CheckState.Checked)


@pytest.fixture
def page(qtbot, journal) -> Iterator[SummaryPage]:
    made = SummaryPage(journal)
    window = shown(qtbot, made)
    yield made
    window.close()


@pytest.fixture
def messages(page) -> list[str]:
    said: list[str] = []
    page.status_message.connect(said.append)
    return said


@pytest.fixture
def save_to(monkeypatch):
    """Answer Save as PDF's file dialog with a chosen path; record what it was offered."""
    offered: list[str] = []
    chosen: list[str] = []

    def answer(parent, caption, suggested, filters):
        offered.append(suggested)
        return (chosen.pop(0) if chosen else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))

    def choose(path: Path | str) -> list[str]:
        chosen[:] = [str(path)]  # once: a place refused is asked for again, then cancelled
        return offered

    return choose


def pdf_text(path: Path) -> str:
    """The words of a PDF, ligatures undone and spaced plainly."""
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


# The preview


def test_the_preview_paints_the_pages_and_counts_them(page):
    assert page.preview.page_count() >= 1
    assert page.pages.text() in {"1 page", f"{page.preview.page_count()} pages"}
    assert page.preview.data is not None
    assert page.preview.data.options == page.options()


def test_a_change_of_option_repaints_the_preview(qtbot, page):
    qtbot.waitUntil(lambda: not page.preview.refit_pending())  # settled at its size
    painted: list[QPrinter] = []
    page.preview.view.paintRequested.connect(painted.append)
    page.options_panel.sections["chart"].setChecked(False)
    qtbot.waitUntil(lambda: len(painted) == 1, timeout=2000)
    assert "chart" not in page.preview.data.options.sections


def test_leaving_out_the_self_harm_answers_repaints_without_them(qtbot, page):
    assert [i.answer for i in page.preview.data.item9] == ["More than half the days"]
    qtbot.waitUntil(lambda: not page.preview.refit_pending())
    painted: list[QPrinter] = []
    page.preview.view.paintRequested.connect(painted.append)
    page.options_panel.self_harm.setChecked(False)
    qtbot.waitUntil(lambda: len(painted) == 1, timeout=2000)
    assert page.preview.data.item9 == []
    assert all(row.item9 is None for row in page.preview.data.results)


def test_typing_a_note_repaints_once_the_typing_pauses(qtbot, page):
    qtbot.waitUntil(lambda: not page.preview.refit_pending())
    painted: list[QPrinter] = []
    page.preview.view.paintRequested.connect(painted.append)
    qtbot.keyClicks(page.options_panel.note, "sleep")
    assert painted == []  # not on every keystroke
    qtbot.waitUntil(lambda: len(painted) == 1, timeout=2000)
    assert page.preview.data.options.talk_about == "sleep"


# Save as PDF


def test_save_as_pdf_writes_the_chosen_entries_and_says_so(page, save_to, messages, tmp_path):
    tick(page, "Riverbank")
    offered = save_to(tmp_path / "for-my-therapist")
    page.save_button.click()
    assert Path(offered[0]).name == "afterglow-summary-2026-03-14.pdf"
    saved = tmp_path / "for-my-therapist.pdf"
    text = pdf_text(saved)
    assert "Riverbank" in text
    assert "Lanternfish" not in text
    assert messages[-1].startswith("Saved for-my-therapist.pdf.")
    assert "not encrypted" in messages[-1]
    assert not page.error.isVisible()


def test_a_ticked_private_entry_is_saved(page, save_to, tmp_path):
    entries = page.options_panel.entries.list
    [private] = [
        entries.item(i) for i in range(entries.count()) if "Private" in entries.item(i).text()
    ]
    private.setCheckState(Qt.CheckState.Checked)
    save_to(tmp_path / "summary.pdf")
    page.save_button.click()  # straight away: the preview has not caught up yet
    assert "Lanternfish" in pdf_text(tmp_path / "summary.pdf")


def test_a_failed_save_says_so_kindly_and_leaves_nothing(
    page, save_to, messages, monkeypatch, tmp_path
):
    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs_module, "_write_all", full_disk)
    save_to(tmp_path / "summary.pdf")
    page.save_button.click()
    assert page.error.isVisible()
    assert "The disk is full" in page.error.text()
    assert messages[-1] == "The PDF wasn't saved."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


def test_cancelling_the_save_dialog_saves_nothing(page, save_to, messages, tmp_path):
    save_to("")
    page.save_button.click()
    assert messages == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


# Printing


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    """Accept the print dialog for a real printer whose pages are captured in a PDF."""
    answers: list[QDialog.DialogCode] = [QDialog.DialogCode.Accepted]
    answer_boxes(monkeypatch)  # a box would mean no printer was found: never wait on it
    real_printer_capturing_to(monkeypatch, tmp_path / "printed.pdf")
    accept = QPrintDialog.exec

    def exec_(dialog: QPrintDialog) -> int:
        return accept(dialog) if answers[0] == QDialog.DialogCode.Accepted else answers[0].value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return answers


def test_print_paints_the_summary_onto_the_printer(page, print_dialog, messages, tmp_path):
    tick(page, "Riverbank")
    page.print_button.click()
    assert "Riverbank" in pdf_text(tmp_path / "printed.pdf")
    assert messages[-1] == "Your summary went to the printer."


def test_cancelling_print_prints_nothing(page, print_dialog, messages, tmp_path):
    print_dialog[0] = QDialog.DialogCode.Rejected
    page.print_button.click()
    assert not (tmp_path / "printed.pdf").exists()
    assert messages == []


def test_a_failed_print_says_so(page, print_dialog, messages, monkeypatch):
    def fail(*_: object) -> None:
        raise OSError("the page could not be started")

    monkeypatch.setattr(page_module.SummaryPainter, "paint", fail)
    page.print_button.click()
    assert page.error.text() == "The summary didn't print. Check the printer and try again."
    assert messages[-1] == page.error.text()


# An empty period


def test_an_empty_journal_still_previews_prints_and_saves(
    qtbot, unlocked, save_to, print_dialog, tmp_path
):
    made = SummaryPage(unlocked)
    window = shown(qtbot, made)
    assert made.data().empty
    assert made.preview.page_count() == 1
    save_to(tmp_path / "empty.pdf")
    made.save_button.click()
    assert "Nothing was written in this period" in pdf_text(tmp_path / "empty.pdf")
    made.print_button.click()
    assert (tmp_path / "printed.pdf").exists()
    window.close()


def test_a_change_in_the_journal_shows_when_the_page_is_shown_again(qtbot, page, journal):
    window = page.window()
    window.hide()
    journal.journal.create("Evening light.", title="Heron", day=date(2026, 3, 13))
    window.show()
    entries = page.options_panel.entries.list
    assert any("Heron" in entries.item(i).text() for i in range(entries.count()))
    assert page.data().entries == []  # listed, for the person to tick
    tick(page, "Heron")
    assert any(e.title == "Heron" for e in page.data().entries)
