from __future__ import annotations

from PySide6.QtWidgets import QLabel

from journal_app.app import DEMO_PASSPHRASE, build_window
from journal_app.storage.lock import VaultLock
from journal_app.ui.session import SessionViewModel
from tests.conftest import PASSPHRASE


def test_demo_opens_unlocked_with_a_banner_and_is_thrown_away(qtbot, tmp_path, qsettings):
    launched = build_window(tmp_path / "unused", demo=True, settings=qsettings)
    assert launched is not None
    window = launched.window
    qtbot.addWidget(window)
    assert window.shell is not None
    banner = window.shell.findChild(QLabel, "banner")
    assert banner is not None and "Nothing you change here is kept" in banner.text()
    folder = window.session.services.vault.folder
    assert folder.exists()
    assert len(window.session.services.journal.entries()) > 300
    launched.cleanup()
    assert not folder.parent.exists()
    assert not (tmp_path / "unused").exists()


def test_the_demo_passphrase_reopens_it_after_a_lock(qtbot, tmp_path, qsettings):
    launched = build_window(tmp_path / "unused", demo=True, settings=qsettings)
    assert launched is not None
    qtbot.addWidget(launched.window)
    session = launched.session
    session.lock()
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        session.unlock(DEMO_PASSPHRASE)
    launched.cleanup()


def test_a_journal_held_by_another_process_gets_a_clear_message(qtbot, services):
    services.vault.create(PASSPHRASE)
    services.vault.lock()
    other = VaultLock(services.vault.folder / "vault.lock")
    other.acquire()
    session = SessionViewModel(services)
    try:
        with qtbot.waitSignal(session.unlock_failed, timeout=5000) as failed:
            session.unlock(PASSPHRASE)
    finally:
        other.release()
    assert "already open in another Afterglow" in failed.args[0]
    assert not services.vault.unlocked
