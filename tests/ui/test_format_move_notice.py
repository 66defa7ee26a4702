"""The window says once, in its status line, that the journal moved to format 2."""

from __future__ import annotations

import shutil
from pathlib import Path

from journal_app.services.bundle import Services
from journal_app.services.vault import VaultService
from tests.storage.golden_vault_build import GOLDEN, KDF, PASSPHRASE
from tests.ui.test_rollback_warning import open_window


def test_the_move_is_named_once_with_where_the_copy_is(
    qtbot, theme, qsettings, monkeypatch, tmp_path: Path
):
    folder = tmp_path / "journal"
    shutil.copytree(GOLDEN / "v1-full", folder)
    services = Services.over(VaultService(folder, kdf_params=lambda: KDF))
    window = open_window(qtbot, services, theme, qsettings, monkeypatch, PASSPHRASE)
    session = window.session
    said = window.statusBar().currentMessage()
    assert "newer, safer file format" in said
    assert str(folder / "backups" / "before-format-2-") in said
    # The status line cuts a long path off at 1024 px: a banner keeps it whole, wrapped.
    banner = window.shell.moved_banner if window.shell is not None else None
    assert banner is not None and banner.wordWrap() and banner.text() == said
    assert banner.isVisible()
    session.lock()
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        session.unlock(PASSPHRASE)
    assert "file format" not in window.statusBar().currentMessage()
    assert window.shell is not None and window.shell.moved_banner is None
    session.lock()
