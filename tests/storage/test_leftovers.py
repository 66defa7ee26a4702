"""What a killed restore, init or export left behind goes at the next start; nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journal_app.storage.lock import VaultLock
from tests.conftest import PASSPHRASE


def plant(data_dir: Path, tmp_path: Path) -> dict[str, list[Path]]:
    """Put Afterglow's leftovers, and things that are not, beside a journal."""
    backups = data_dir / "backups"
    backups.mkdir()
    restoring = data_dir / ".restoring-1a2b3c4d"
    restoring.mkdir()
    (restoring / "vault.db").write_bytes(b"half a journal")
    ours = [
        restoring,
        data_dir / ".vault.db.0badc0de.tmp",
        data_dir / ".vault.db.0badc0de.tmp-wal",
        backups / ".afterglow-2026-03-14.journal-backup.4242.partial",
        backups / ".afterglow-2026-03-14.journal-backup.deadbeef.tmp",
    ]
    for path in ours[1:]:
        path.write_bytes(b"leftover")
    outside = tmp_path / "precious.txt"
    outside.write_text("not Afterglow's")
    link = data_dir / ".precious.txt.cafef00d.tmp"
    link.symlink_to(outside)
    keep = [
        data_dir / "notes.txt",
        data_dir / ".restoring-by-hand",
        data_dir / ".draft.tmp",
        backups / "afterglow-2026-03-14.journal-backup",
        link,
        outside,
    ]
    (data_dir / ".restoring-by-hand").mkdir()
    for path in keep:
        if not path.exists() and not path.is_symlink():
            path.write_text("keep me")
    (data_dir / ".restoring-0000beef").write_text("a file, not a half-built journal")
    keep.append(data_dir / ".restoring-0000beef")
    return {"ours": ours, "keep": keep}


@pytest.fixture
def leftovers(vault, data_dir: Path, tmp_path: Path) -> dict[str, list[Path]]:
    vault.lock()
    return plant(data_dir, tmp_path)


def test_leftovers_are_removed_and_nothing_else(vault, leftovers):
    removed = vault.remove_leftovers()
    assert sorted(removed) == sorted(leftovers["ours"])
    for path in leftovers["ours"]:
        assert not path.exists()
    for path in leftovers["keep"]:
        assert path.exists() or path.is_symlink(), path
    assert (vault.folder / "vault.db").is_file()
    vault.unlock(PASSPHRASE)  # the journal itself is untouched


def test_nothing_is_removed_while_another_afterglow_has_the_journal(vault, leftovers, data_dir):
    other = VaultLock(data_dir / "vault.lock")
    other.acquire(shared=True)  # even a reader: it might be one that is just starting
    try:
        assert vault.remove_leftovers() == []
    finally:
        other.release()
    for path in leftovers["ours"]:
        assert path.exists()


def test_a_command_tidies_the_leftovers_when_it_starts(initialised, data_dir, tmp_path):
    leftovers = plant(data_dir, tmp_path)
    result = initialised("list")
    assert result.code == 0, result.err
    for path in leftovers["ours"]:
        assert not path.exists()
    for path in leftovers["keep"]:
        assert os.path.lexists(path)
