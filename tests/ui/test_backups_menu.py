"""File > Export Backup…: a backup that verifies, only while the journal is open."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from journal_app.ui.main_window import MainWindow
from tests.ui.backup_helpers import answer_save


@pytest.fixture
def window(qtbot, unlocked, session, theme, qsettings):
    unlocked.journal.create("a page to keep")
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.show()
    session.finish_first_run()
    return made


def test_export_from_the_file_menu_writes_a_backup_that_verifies(
    qtbot, window, unlocked, monkeypatch, tmp_path
):
    asked = answer_save(monkeypatch, tmp_path / "for-the-drawer")
    action = window.export_backup_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    with qtbot.waitSignal(window.backup_tasks.exported, timeout=5000):
        action.trigger()
    suggested = asked[0][2]
    assert suggested.endswith(".journal-backup") and "afterglow-" in suggested
    written = tmp_path / "for-the-drawer.journal-backup"
    assert unlocked.backups.verify(written).counts == {"entry": 1}
    assert "encrypted" in window.statusBar().currentMessage()


def test_a_failed_export_says_why(qtbot, window, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    answer_save(monkeypatch, blocker / "backup.journal-backup")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    with qtbot.waitSignal(window.backup_tasks.export_failed, timeout=5000):
        window.export_backup_action.trigger()
    assert "Couldn't write the backup" in shown[0]


def test_cancelling_the_file_dialog_writes_nothing(window, monkeypatch, tmp_path):
    answer_save(monkeypatch, None)
    window.export_backup_action.trigger()
    assert not window.session.busy


def test_export_is_only_offered_while_unlocked(window, session):
    assert window.export_backup_action.isEnabled()
    session.lock()
    assert not window.export_backup_action.isEnabled()
