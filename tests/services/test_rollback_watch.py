"""An older copy of the journal is noticed, kindly, and nothing breaks when the note can't be."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from journal_app.domain.entry import Entry
from journal_app.paths import state_dir
from journal_app.services.rollback_watch import (
    FILE_NAME,
    MAX_JOURNALS,
    OLDER_COPY,
    RollbackWatch,
    journal_key,
)
from journal_app.services.vault import VaultService
from journal_app.storage.vault_file import VAULT_NAME
from tests.conftest import PASSPHRASE, Result

Runner = Callable[..., Result]


@pytest.fixture
def watch(tmp_path: Path) -> RollbackWatch:
    return RollbackWatch(tmp_path / "seen" / FILE_NAME)


def watched(make_vault: Callable[..., VaultService], watch: RollbackWatch) -> VaultService:
    return make_vault(rollback_watch=watch)


def write_entries(vault: VaultService, count: int) -> None:
    for n in range(count):
        vault.store.add(Entry(title=f"t{n}", body="words", day=date(2026, 3, 14)))


def copy_vault(folder: Path, to: Path) -> None:
    to.mkdir(parents=True, exist_ok=True)
    shutil.copy2(folder / VAULT_NAME, to / VAULT_NAME)


def unlock_an_older_copy(vault: VaultService, data_dir: Path, spare: Path, *, first: int) -> None:
    """Create the journal with ``first`` entries, copy it, save more, put the copy back, unlock."""
    vault.create(PASSPHRASE)
    write_entries(vault, first)
    vault.lock()
    copy_vault(data_dir, spare)
    vault.unlock(PASSPHRASE)
    write_entries(vault, 2)
    vault.lock()
    shutil.copy2(spare / VAULT_NAME, data_dir / VAULT_NAME)  # the copy goes back
    vault.unlock(PASSPHRASE)


def test_each_write_counts_itself(vault: VaultService) -> None:
    assert vault._file is not None
    before = vault._file.change_count()
    write_entries(vault, 3)
    assert vault._file.change_count() == before + 3


def test_an_older_copy_is_noticed_once(
    make_vault: Callable[..., VaultService], watch: RollbackWatch, data_dir: Path, tmp_path: Path
) -> None:
    vault = watched(make_vault, watch)
    unlock_an_older_copy(vault, data_dir, tmp_path / "old", first=1)
    assert vault.older_copy is not None
    assert vault.older_copy.template == OLDER_COPY
    vault.lock()  # carried on: the older copy is now what this computer knows
    assert vault.older_copy is None

    vault.unlock(PASSPHRASE)
    assert vault.older_copy is None
    vault.lock()


def test_the_same_or_a_newer_journal_brings_no_warning(
    make_vault: Callable[..., VaultService], watch: RollbackWatch
) -> None:
    vault = watched(make_vault, watch)
    vault.create(PASSPHRASE)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.older_copy is None
    write_entries(vault, 2)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.older_copy is None
    vault.lock()


def test_a_write_after_the_warning_makes_the_copy_the_mark(
    make_vault: Callable[..., VaultService], watch: RollbackWatch, data_dir: Path, tmp_path: Path
) -> None:
    vault = watched(make_vault, watch)
    unlock_an_older_copy(vault, data_dir, tmp_path / "old", first=0)
    assert vault.older_copy is not None
    write_entries(vault, 1)
    assert watch.seen(vault.vault_id) == vault._file.change_count()  # type: ignore[union-attr]
    vault.lock()


def test_the_file_holds_only_a_hash_and_a_number(
    make_vault: Callable[..., VaultService], watch: RollbackWatch
) -> None:
    vault = watched(make_vault, watch)
    vault.create(PASSPHRASE)
    vault_id = vault.vault_id
    write_entries(vault, 1)
    vault.lock()
    text = watch.path.read_text("utf-8")
    assert vault_id not in text
    assert json.loads(text) == {"version": 1, "seen": {journal_key(vault_id): 1}}


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1, 2]", b'{"seen": []}', b'{"seen": {"x": "7"}}', b"\xff\xfe"],
)
def test_a_damaged_file_means_no_warning_and_no_crash(
    make_vault: Callable[..., VaultService], watch: RollbackWatch, content: bytes
) -> None:
    watch.path.parent.mkdir(parents=True)
    watch.path.write_bytes(content)
    vault = watched(make_vault, watch)
    vault.create(PASSPHRASE)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.older_copy is None
    vault.lock()
    assert json.loads(watch.path.read_text("utf-8"))["version"] == 1  # written afresh


def test_a_huge_file_is_not_read(watch: RollbackWatch) -> None:
    watch.path.parent.mkdir(parents=True)
    huge = {"seen": {journal_key("v"): 9}, "pad": "x" * (128 * 1024)}
    watch.path.write_text(json.dumps(huge), "utf-8")
    assert watch.seen("v") is None
    assert watch.check("v", 0) is None


def test_a_negative_or_absurd_count_is_ignored(watch: RollbackWatch) -> None:
    watch.path.parent.mkdir(parents=True)
    seen = {journal_key("a"): -1, journal_key("b"): 2**70, journal_key("c"): True}
    watch.path.write_text(json.dumps({"seen": seen}), "utf-8")
    assert [watch.seen(v) for v in "abc"] == [None, None, None]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_means_no_crash(
    make_vault: Callable[..., VaultService], tmp_path: Path
) -> None:
    locked = tmp_path / "readonly"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        vault = make_vault(rollback_watch=RollbackWatch(locked / "inner" / FILE_NAME))
        vault.create(PASSPHRASE)
        write_entries(vault, 1)
        vault.lock()
        vault.unlock(PASSPHRASE)
        assert vault.older_copy is None
        vault.lock()
    finally:
        locked.chmod(0o700)


def test_a_state_path_that_is_a_folder_means_no_crash(
    make_vault: Callable[..., VaultService], tmp_path: Path
) -> None:
    (tmp_path / "clash" / FILE_NAME).mkdir(parents=True)
    vault = make_vault(rollback_watch=RollbackWatch(tmp_path / "clash" / FILE_NAME))
    vault.create(PASSPHRASE)
    write_entries(vault, 1)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.older_copy is None
    vault.lock()


def test_only_the_most_recent_journals_are_kept(watch: RollbackWatch) -> None:
    for n in range(MAX_JOURNALS + 5):
        watch.remember(f"journal-{n}", n)
    assert watch.seen("journal-0") is None
    assert watch.seen(f"journal-{MAX_JOURNALS + 4}") == MAX_JOURNALS + 4
    assert len(json.loads(watch.path.read_text("utf-8"))["seen"]) == MAX_JOURNALS


def test_a_restore_made_here_starts_afresh(
    make_vault: Callable[..., VaultService], watch: RollbackWatch
) -> None:
    vault = watched(make_vault, watch)
    vault.create(PASSPHRASE)
    write_entries(vault, 4)
    records, vault_id = vault.store.all(), vault.vault_id
    keys = vault.backup_keys()
    vault.abandon_new_vault()
    vault.create_restored(
        records, vault_id, keys.recovery_public, key=(keys.kek, keys.kdf)
    )  # fewer writes than before: yet no warning, this computer made it
    assert vault.older_copy is None
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.older_copy is None
    vault.lock()


def test_the_state_folder_follows_the_variable(tmp_path: Path) -> None:
    assert state_dir({"JOURNAL_APP_STATE_DIR": str(tmp_path)}) == tmp_path
    assert state_dir({"JOURNAL_APP_STATE_DIR": "  "}) != Path("  ")


def test_the_command_line_warns_on_stderr(
    initialised: Runner, data_dir: Path, tmp_path: Path
) -> None:
    copy_vault(data_dir, tmp_path / "old")
    assert initialised("write", "Some words").code == 0
    assert initialised("list").err == ""
    shutil.copy2(tmp_path / "old" / VAULT_NAME, data_dir / VAULT_NAME)
    result = initialised("list")
    assert result.code == 0
    assert "looks older than the one this computer last opened" in result.err
    assert [line for line in result.err.splitlines() if "looks older" in line] == [
        result.err.splitlines()[0]
    ]  # one line
    assert "looks older" not in initialised("list").err  # once per older copy


def test_saving_as_usual_writes_the_mark_at_lock_not_at_every_save(
    make_vault: Callable[..., VaultService], watch: RollbackWatch, monkeypatch
) -> None:
    vault = watched(make_vault, watch)
    vault.create(PASSPHRASE)
    written: list[int] = []
    real = watch.remember
    monkeypatch.setattr(watch, "remember", lambda *a, **k: written.append(1) or real(*a, **k))
    write_entries(vault, 3)  # autosaves come every few seconds: no file work for each
    assert written == []
    vault.lock()
    assert written == [1]
