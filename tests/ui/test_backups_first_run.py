"""The welcome page's "Restore from a backup…": a journal recreated before anything else."""

from __future__ import annotations

import pytest

from journal_app.ui.backups.key_dialog import BackupKey
from journal_app.ui.main_window import MainWindow
from tests.ui.backup_helpers import answer_keys, answer_open, journal_with_backup


@pytest.fixture
def window(qtbot, session, theme, qsettings):
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.resize(1180, 780)
    made.show()
    return made


@pytest.fixture
def backup(tmp_path):
    return journal_with_backup(tmp_path / "old-computer")


def test_restoring_with_the_passphrase_recreates_the_journal_and_opens_it(
    qtbot, window, session, services, backup, monkeypatch
):
    path, _ = backup
    answer_open(monkeypatch, path)
    asked = answer_keys(monkeypatch, [BackupKey(passphrase="correct horse battery staple")])
    welcome = window.first_run.welcome
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        welcome.restore_button.click()
        assert welcome.busy.isVisible()
        assert not welcome.start_button.isEnabled() and not welcome.restore_button.isEnabled()
    assert asked[0]["file_name"] == path.name and asked[0]["new_passphrase"] is True
    assert window.shell is not None and window.stack.currentWidget() is window.shell
    assert [e.data.body for e in services.journal.entries()] == ["from the backup"]
    message = window.statusBar().currentMessage()
    assert message.startswith("Your journal is restored: ")
    assert message.endswith(" records, all checked.")
    assert window.export_backup_action.isEnabled()


def test_restoring_with_the_recovery_key_sets_a_new_passphrase(
    qtbot, window, session, services, backup, monkeypatch
):
    path, code = backup
    answer_open(monkeypatch, path)
    answer_keys(
        monkeypatch, [BackupKey(recovery_code=code, new_passphrase="a fresh start passphrase")]
    )
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        window.first_run.welcome.restore_button.click()
    session.lock()
    services.vault.unlock("a fresh start passphrase")
    assert [e.data.body for e in services.journal.entries()] == ["from the backup"]


def test_a_wrong_passphrase_asks_again_and_writes_nothing(
    qtbot, window, session, services, backup, monkeypatch
):
    path, _ = backup
    answer_open(monkeypatch, path)
    asked = answer_keys(monkeypatch, [BackupKey(passphrase="not my passphrase at all")])
    window.first_run.welcome.restore_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)  # asked again; then Cancel
    assert "doesn't open this backup" in str(asked[1]["message"])
    assert asked[1]["previous"] == BackupKey(passphrase="not my passphrase at all")
    folder = services.vault.folder
    assert not folder.exists() or not any(folder.iterdir())
    assert window.first_run is not None and not window.first_run.welcome.busy.isVisible()
    assert window.first_run.welcome.restore_button.isEnabled()


def test_a_damaged_backup_says_what_is_wrong(qtbot, window, session, services, backup, monkeypatch):
    path, _ = backup
    path.write_bytes(path.read_bytes()[:-100])
    answer_open(monkeypatch, path)
    answer_keys(monkeypatch, [BackupKey(passphrase="correct horse battery staple")])
    welcome = window.first_run.welcome
    welcome.restore_button.click()
    qtbot.waitUntil(welcome.message.isVisible, timeout=5000)
    assert "ends early" in welcome.message.text()
    assert "Nothing was saved on this computer" in welcome.message.text()
    folder = services.vault.folder
    assert not folder.exists() or not any(folder.iterdir())


def test_choosing_no_file_changes_nothing(window, monkeypatch):
    answer_open(monkeypatch, None)
    asked = answer_keys(monkeypatch, [])
    window.first_run.welcome.restore_button.click()
    assert asked == [] and not window.first_run.welcome.busy.isVisible()
