"""Delete to Trash and back, and bringing back a previous version of an entry."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from journal_app.services.bundle import Services
from journal_app.ui.journal.page import JournalPage
from journal_app.ui.journal.picker import PickerDialog
from journal_app.ui.journal.trash import TrashDialog
from journal_app.ui.journal.versions import VersionsDialog

# Showing a dialog on the offscreen platform logs this harmless warning.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, unlocked: Services) -> JournalPage:
    widget = JournalPage(unlocked)
    widget.autosave.set_delay(20)
    qtbot.addWidget(widget)
    return widget


def answer_next_dialog(row: int | None) -> None:
    """Once the next modal dialog is up, pick ``row`` in it (None: close it)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PickerDialog) and row is not None:
            dialog.list.setCurrentRow(row)
            dialog.accept_button.click()
        elif dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, answer)


def test_delete_moves_the_open_entry_to_the_trash(qtbot, page, unlocked):
    record = unlocked.journal.create("Heavy day.", day=date(2026, 3, 3))
    page.open_entry(record.id)

    with qtbot.waitSignal(page.status_message) as said:
        qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)

    assert said.args == ["Moved to the Trash. You can restore it from Trash."]
    assert [r.id for r in unlocked.journal.trash()] == [record.id]
    assert unlocked.journal.entries() == []
    assert page.autosave.record_id is None
    assert not page.editor.delete_button.isEnabled()


def test_delete_keeps_the_words_typed_just_before(qtbot, page, unlocked):
    record = unlocked.journal.create("Heavy day.", day=date(2026, 3, 3))
    page.open_entry(record.id)
    qtbot.keyClicks(page.editor.body, " Still.")

    page.editor.delete_button.click()

    assert unlocked.journal.trash()[0].data.body == "Heavy day. Still."


def test_the_trash_dialog_returns_the_entry_chosen(qtbot, unlocked):
    older = unlocked.journal.create("Older.", day=date(2026, 3, 1))
    newer = unlocked.journal.create("Newer.", day=date(2026, 3, 5))
    for record in (older, newer):
        unlocked.journal.delete(record.id)
    dialog = TrashDialog(unlocked)
    qtbot.addWidget(dialog)

    assert dialog.list.count() == 2
    assert "Newer." in dialog.preview.toPlainText()
    dialog.list.setCurrentRow(1)
    dialog.accept_button.click()

    assert dialog.chosen() == older.id


def test_an_empty_trash_says_so(qtbot, unlocked):
    dialog = TrashDialog(unlocked)
    qtbot.addWidget(dialog)

    assert dialog.intro.text() == "The Trash is empty."
    assert not dialog.accept_button.isEnabled()


@OFFSCREEN_SHOW
def test_restoring_from_the_trash_brings_the_entry_back(qtbot, page, unlocked):
    record = unlocked.journal.create("Found again.", day=date(2026, 3, 3))
    page.open_entry(record.id)
    page.editor.delete_button.click()

    answer_next_dialog(0)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)

    assert [r.id for r in unlocked.journal.entries()] == [record.id]
    assert page.autosave.record_id == record.id
    assert page.editor.body.toPlainText() == "Found again."
    assert page.model.index_of(record.id).isValid()


@OFFSCREEN_SHOW
def test_closing_the_trash_restores_nothing(qtbot, page, unlocked):
    record = unlocked.journal.create("Stay gone.", day=date(2026, 3, 3))
    unlocked.journal.delete(record.id)

    answer_next_dialog(None)
    page.trash_button.click()

    assert unlocked.journal.entries() == []


def test_the_versions_dialog_lists_earlier_versions_newest_first(qtbot, unlocked):
    record = unlocked.journal.create("First.", day=date(2026, 3, 3))
    unlocked.journal.edit(record.id, body="Second.")
    unlocked.journal.edit(record.id, body="Third.")
    dialog = VersionsDialog(unlocked, record.id)
    qtbot.addWidget(dialog)

    assert dialog.list.count() == 2
    assert dialog.list.item(0).text() == "Sat 14 Mar 2026, 18:30"
    assert dialog.preview.toPlainText().strip() == "Second."
    dialog.list.setCurrentRow(1)
    assert dialog.preview.toPlainText().strip() == "First."
    assert dialog.preview.isReadOnly()


@OFFSCREEN_SHOW
def test_restoring_a_previous_version_brings_back_its_text(qtbot, page, unlocked):
    record = unlocked.journal.create("What I first wrote.", day=date(2026, 3, 3))
    page.open_entry(record.id)
    page.editor.body.selectAll()
    qtbot.keyClicks(page.editor.body, "Rewritten in a hurry.")
    page.flush()

    answer_next_dialog(0)
    with qtbot.waitSignal(page.status_message):
        page.editor.versions_button.click()

    assert unlocked.journal.get(record.id).data.body == "What I first wrote."
    assert page.editor.body.toPlainText() == "What I first wrote."
    kept = [r.data.snapshot["data"]["body"] for r in unlocked.journal.revisions(record.id)]
    assert "Rewritten in a hurry." in kept


def test_choose_returns_none_when_closed(qtbot, unlocked, monkeypatch):
    record = unlocked.journal.create("Only version.", day=date(2026, 3, 3))
    monkeypatch.setattr(VersionsDialog, "exec", lambda self: VersionsDialog.DialogCode.Rejected)

    assert VersionsDialog.choose(None, unlocked, record.id) is None
