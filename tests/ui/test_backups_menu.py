"""File > Export Backup…: a backup that verifies, only while the journal is open."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from journal_app.storage import outputs as outputs_module
from journal_app.ui.main_window import MainWindow
from tests.ui.backup_helpers import answer_save
from tests.ui.printing_helpers import answer_boxes, answer_saves, mode


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
    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs_module, "_write_all", full_disk)
    answer_save(monkeypatch, tmp_path / "backup.journal-backup")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    with qtbot.waitSignal(window.backup_tasks.export_failed, timeout=5000):
        window.export_backup_action.trigger()
    assert "The disk is full" in shown[0]
    assert not (tmp_path / "backup.journal-backup").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_exported_backup_is_readable_only_by_its_owner(qtbot, window, monkeypatch, tmp_path):
    answer_save(monkeypatch, tmp_path / "drawer")
    with qtbot.waitSignal(window.backup_tasks.exported, timeout=5000):
        window.export_backup_action.trigger()
    assert mode(tmp_path / "drawer.journal-backup") == 0o600


def test_a_folder_is_refused_and_the_dialog_asks_again(window, monkeypatch, tmp_path):
    folder = tmp_path / "kept.journal-backup"
    folder.mkdir()
    boxes = answer_boxes(monkeypatch)
    offered = answer_saves(monkeypatch, folder)  # then Cancel
    window.export_backup_action.trigger()
    assert "is a folder" in boxes.warnings[0]
    assert len(offered) == 2
    assert not window.session.busy
    assert list(folder.iterdir()) == []


def test_cancelling_the_file_dialog_writes_nothing(window, monkeypatch, tmp_path):
    answer_save(monkeypatch, None)
    window.export_backup_action.trigger()
    assert not window.session.busy


def test_export_is_only_offered_while_unlocked(window, session):
    assert window.export_backup_action.isEnabled()
    session.lock()
    assert not window.export_backup_action.isEnabled()
