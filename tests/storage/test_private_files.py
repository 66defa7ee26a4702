"""Only the owner can read the journal: folder 0700, files 0600, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.services.journal import JournalService
from tests.conftest import PASSPHRASE

FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.lock")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask(monkeypatch) -> Iterator[None]:
    """The usual desktop umask (files 0644): the modes below must not depend on it.

    The command line sets a private umask itself; here it must not, to show that every
    file gets its mode explicitly.
    """
    monkeypatch.setattr("journal_app.cli.harden_process", lambda: None)
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_journal_is_readable_by_its_owner_only(open_umask, make_vault, data_dir):
    vault = make_vault()
    vault.create(PASSPHRASE)
    JournalService(vault).create("Words nobody else may copy.")
    try:
        assert mode(data_dir) == 0o700
        for name in FILES:
            assert mode(data_dir / name) == 0o600, name
    finally:
        vault.lock()


def test_a_journal_made_0644_by_an_older_version_is_made_private_when_opened(
    open_umask, make_vault, data_dir
):
    vault = make_vault()
    vault.create(PASSPHRASE)
    vault.lock()
    for name in ("vault.db", "vault.lock"):
        (data_dir / name).chmod(0o644)
    vault.unlock(PASSPHRASE)
    JournalService(vault).create("Written after the update.")
    try:
        for name in FILES:
            assert mode(data_dir / name) == 0o600, name
    finally:
        vault.lock()


def test_a_restored_journal_is_private(open_umask, initialised, cli, tmp_path):
    assert initialised("write", "Kept in the backup.").code == 0
    backup = tmp_path / "copy.journal-backup"
    assert initialised("backup", "export", str(backup)).code == 0
    restored = tmp_path / "restored"
    result = cli("--data-dir", str(restored), "backup", "restore", str(backup))
    assert result.code == 0, result.err
    assert mode(restored) == 0o700
    assert mode(restored / "vault.db") == 0o600
    assert [p.name for p in restored.iterdir() if p.name.startswith(".restoring-")] == []


def test_the_demo_journal_is_private(open_umask, cli, data_dir):
    result = cli("demo", "--years", "1", env={"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE})
    assert result.code == 0, result.err
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "vault.db") == 0o600
