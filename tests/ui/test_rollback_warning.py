"""The window says, in a banner and its status line, when the journal is older than this
computer last saw."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from journal_app.domain.entry import Entry
from journal_app.services.bundle import Services
from journal_app.services.rollback_watch import FILE_NAME, RollbackWatch
from journal_app.services.vault import VaultService
from journal_app.storage.vault_file import VAULT_NAME
from journal_app.ui.main_window import MainWindow
from journal_app.ui.session import SessionViewModel
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[Services]:
    vault = VaultService(
        tmp_path / "journal",
        kdf_params=cheap_kdf,
        clock=fixed_clock,
        rollback_watch=RollbackWatch(tmp_path / "seen" / FILE_NAME),
    )
    services = Services.over(vault)
    yield services
    services.vault.lock()


def put_back_an_older_copy(services: Services, folder: Path, aside: Path) -> None:
    vault = services.vault
    vault.create(PASSPHRASE)
    vault.lock()
    aside.mkdir()
    shutil.copy2(folder / VAULT_NAME, aside / VAULT_NAME)
    vault.unlock(PASSPHRASE)
    vault.store.add(Entry(title="later", body="words", day=date(2026, 3, 14)))
    vault.lock()
    shutil.copy2(aside / VAULT_NAME, folder / VAULT_NAME)


def open_window(
    qtbot, services, theme, qsettings, monkeypatch, passphrase: str = PASSPHRASE
) -> MainWindow:
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: True)
    session = SessionViewModel(services)
    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        session.unlock(passphrase)
    return window


def test_an_older_copy_is_named_in_the_status_line(
    qtbot, watched, theme, qsettings, monkeypatch, tmp_path
):
    put_back_an_older_copy(watched, tmp_path / "journal", tmp_path / "old")
    window = open_window(qtbot, watched, theme, qsettings, monkeypatch)
    assert "looks older than the one this computer last opened" in (
        window.statusBar().currentMessage()
    )
    assert window.session.older_copy is not None
    assert window.shell is not None and window.shell.older_copy_banner is not None
    window.statusBar().showMessage("Saved.")  # a later message takes the status line...
    assert window.shell.older_copy_banner.isVisible()  # ...while the banner stays
    assert "looks older" in window.shell.older_copy_banner.text()
    window.session.lock()
    assert window.session.older_copy is None


def test_the_usual_journal_brings_no_warning(qtbot, watched, theme, qsettings, monkeypatch):
    watched.vault.create(PASSPHRASE)
    watched.vault.lock()
    window = open_window(qtbot, watched, theme, qsettings, monkeypatch)
    assert "looks older" not in window.statusBar().currentMessage()
    assert window.session.older_copy is None
    assert window.shell is not None and window.shell.older_copy_banner is None
    window.session.lock()
