"""Questions for my prescriber: the person's list, the suggestions, and the printed page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from journal_app.domain.errors import DiskFull, ValidationError
from journal_app.domain.journey import SessionLog
from journal_app.ui import questions as module
from journal_app.ui.journeys.page import JourneysPage
from journal_app.ui.questions import QuestionsDialog
from tests.ui.printing_helpers import real_printer_capturing_to, set_printers

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)
SESSION = datetime(2026, 3, 10, 10, 0)


@pytest.fixture
def make_dialog(qtbot, unlocked):
    def make() -> QuestionsDialog:
        dialog = QuestionsDialog(unlocked)
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.fixture
def suggested(unlocked):
    """A course with a weekly check answered yes twice: two suggestions."""
    unlocked.journeys.add(SESSION, session=SessionLog(start=SESSION))
    unlocked.weekly_check.record(datetime(2026, 3, 12, 9, 0), bladder=True, unreal=True)
    return unlocked.questions.suggestions()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_an_empty_list_says_so_and_offers_no_page(make_dialog):
    dialog = make_dialog()
    assert not dialog.empty.isHidden()
    assert dialog.item_rows == [] and dialog.suggestion_rows == []
    assert dialog.suggested_title.isHidden()
    assert not dialog.pdf_button.isEnabled()


def test_add_tick_and_remove_go_through_the_service(qtbot, make_dialog, unlocked):
    dialog = make_dialog()
    qtbot.keyClicks(dialog.add_field, "Can I drive the day after?")
    qtbot.keyClick(dialog.add_field, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.add_field, "Does my sleep tablet matter?")
    dialog.add_button.click()
    assert [i.text for i in unlocked.questions.items()] == [
        "Can I drive the day after?",
        "Does my sleep tablet matter?",
    ]
    assert dialog.add_field.text() == "" and dialog.empty.isHidden()
    tick, _, _ = dialog.item_rows[0]
    assert tick.accessibleName() == "Can I drive the day after?"
    tick.click()
    assert [i.done for i in unlocked.questions.items()] == [True, False]
    assert dialog.item_rows[0][0].isChecked()
    dialog.item_rows[0][2].click()
    assert [i.text for i in unlocked.questions.items()] == ["Does my sleep tablet matter?"]
    assert len(dialog.item_rows) == 1 and not dialog.item_rows[0][0].isChecked()


def test_a_refused_question_keeps_what_was_typed(qtbot, make_dialog, unlocked, monkeypatch):
    dialog = make_dialog()

    def refuse(_text):
        raise ValidationError("The question is empty; write a few words, then add it.")

    monkeypatch.setattr(unlocked.questions, "add", refuse)
    qtbot.keyClicks(dialog.add_field, "Something")
    dialog.add_button.click()
    assert dialog.add_field.text() == "Something"
    assert "empty" in dialog.problem.text() and not dialog.problem.isHidden()


def test_suggestions_show_why_and_keep_or_dismiss(make_dialog, unlocked, suggested):
    dialog = make_dialog()
    assert [s.key for s, _, _ in dialog.suggestion_rows] == [s.key for s in suggested]
    assert not dialog.suggested_title.isHidden()
    first, second = suggested
    assert first.why in dialog.suggestion_rows[0][1].accessibleDescription()
    dialog.suggestion_rows[0][1].click()  # Keep
    assert [i.text for i in unlocked.questions.items()] == [first.text]
    assert [s.key for s, _, _ in dialog.suggestion_rows] == [second.key]
    dialog.suggestion_rows[0][2].click()  # Not needed
    assert unlocked.questions.items()[-1].text == first.text
    assert second.key in unlocked.questions.get().dismissed
    assert dialog.suggestion_rows == [] and dialog.suggested_title.isHidden()
    assert unlocked.questions.suggestions() == []


def test_the_page_holds_own_questions_still_to_ask(
    make_dialog, unlocked, suggested, tmp_path, monkeypatch
):
    unlocked.questions.add("Can I drive the day after?")
    unlocked.questions.add("Already asked about nausea")
    unlocked.questions.set_done(1, True)
    kept, hidden = suggested
    dialog = make_dialog()
    dialog.suggestion_rows[0][1].click()
    dialog.suggestion_rows[0][2].click()
    out = tmp_path / "questions.pdf"
    monkeypatch.setattr(module, "choose_output_file", lambda *a, **k: out)
    assert dialog.save_pdf() == out
    assert out.stat().st_mode & 0o777 == 0o600
    text = pdf_text(out)
    assert "Questions for my prescriber" in text and "14 March 2026" in text
    assert "Can I drive the day after?" in text
    assert " ".join(kept.text.split()) in text  # kept, so now the person's own
    assert "nausea" not in text  # ticked: already asked
    assert "unreal" not in text and hidden.key in unlocked.questions.get().dismissed
    assert len(PdfReader(out).pages) == 1
    assert str(out) in dialog.status.text()


def test_a_failed_save_says_so_and_keeps_the_list(make_dialog, unlocked, tmp_path, monkeypatch):
    unlocked.questions.add("Can I drive the day after?")
    dialog = make_dialog()
    out = tmp_path / "questions.pdf"
    monkeypatch.setattr(module, "choose_output_file", lambda *a, **k: out)

    def full(*_a, **_k):
        raise DiskFull("The disk is full. Free some space and try again.")

    monkeypatch.setattr(module, "write_private_file", full)
    assert dialog.save_pdf() is None
    assert "disk is full" in dialog.problem.text() and not dialog.problem.isHidden()
    assert not out.exists()
    assert [i.text for i in unlocked.questions.items()] == ["Can I drive the day after?"]
    assert len(dialog.item_rows) == 1


def test_print_appears_only_with_a_printer_and_prints_the_page(
    make_dialog, unlocked, tmp_path, monkeypatch
):
    set_printers(monkeypatch, 0)
    assert make_dialog().print_button.isHidden()
    unlocked.questions.add("Can I drive the day after?")
    capture = tmp_path / "printed.pdf"
    real_printer_capturing_to(monkeypatch, capture)
    dialog = make_dialog()
    assert not dialog.print_button.isHidden()
    dialog.print_button.click()
    assert "Can I drive the day after?" in pdf_text(capture)
    assert dialog.status.text() == "Sent to the printer."


def test_reachable_from_the_journeys_header(qtbot, unlocked):
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.questions_button.click()
    [dialog] = page.findChildren(QuestionsDialog)
    assert dialog.isVisible() and dialog.parent() is page
    dialog.reject()


def test_every_control_has_a_name_and_tab_reaches_it(qtbot, make_dialog, unlocked, suggested):
    unlocked.questions.add("Can I drive the day after?")
    dialog = make_dialog()
    controls = (QAbstractButton, QLineEdit)
    nameless = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, controls) and w.isVisibleTo(dialog) and not w.accessibleName()
    ]
    assert nameless == []
    with qtbot.waitActive(dialog):
        dialog.show()
    assert dialog.focusWidget() is dialog.add_field
    seen = []
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    tick, _, remove = dialog.item_rows[0]
    _, keep, dismiss = dialog.suggestion_rows[0]
    for widget in (tick, remove, dialog.add_button, keep, dismiss, dialog.pdf_button):
        assert widget in seen


def test_the_list_closes_with_the_journal(qtbot, window, session):
    today = window.shell.today
    today.questions_line.button.click()
    [dialog] = today.findChildren(QuestionsDialog)
    assert dialog.isVisible()
    session.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QuestionsDialog)]
