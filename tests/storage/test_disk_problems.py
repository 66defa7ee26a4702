"""A full disk, a read-only folder and a forbidden folder, made real where SQLite can.

SQLite's ``PRAGMA max_page_count`` makes the database "full" exactly as a full disk
does (SQLITE_FULL); ``?mode=ro`` opens it read-only (SQLITE_READONLY) even for root.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from journal_app.crypto.journal_keys import JournalKeys
from journal_app.crypto.keyslots import new_data_key
from journal_app.domain.entry import Entry
from journal_app.domain.errors import (
    DiskFull,
    IntegrityError,
    NoPermission,
    ReadOnlyStorage,
    StorageProblem,
    VaultBusy,
)
from journal_app.domain.records import Record
from journal_app.services.store import RecordStore
from journal_app.storage.codec import RecordRepository
from journal_app.storage.database import VaultDatabase, connect
from journal_app.storage.lock import VaultLock
from journal_app.storage.vault_file import VAULT_NAME, VaultFile
from tests.conftest import fixed_clock

NOW = "2026-03-14T18:30:00.000Z"
LONG = "A long evening, written down slowly. " * 200  # ~7 KB: needs new pages


def entry(text: str = LONG) -> Record:
    return Record.create(Entry(text, date(2026, 3, 14)), NOW)


@pytest.fixture
def key() -> bytes:
    return new_data_key()


@pytest.fixture
def vault_file(tmp_path: Path, key: bytes):
    opened = VaultFile.create(tmp_path, [], "vault-id", JournalKeys(key))
    yield opened
    opened.close()


def fill_the_disk(vault_file: VaultFile) -> None:
    """Let the database grow no further: each new page now fails with SQLITE_FULL."""
    vault_file._db.execute("PRAGMA max_page_count = 1")  # clamped to the pages it has


def free_some_space(vault_file: VaultFile) -> None:
    vault_file._db.execute("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_raises_disk_full_and_writes_nothing(vault_file, key):
    repository = RecordRepository(vault_file, JournalKeys(key))
    kept = entry("Written while there was room.")
    repository.save([kept])
    fill_the_disk(vault_file)
    with pytest.raises(DiskFull) as caught:
        repository.save([entry() for _ in range(5)])
    assert str(caught.value) == (
        "The disk is full, so this couldn't be saved. Everything saved before is safe: "
        "free some space, then try again."
    )
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    loaded = repository.load_all()
    assert (loaded.records, loaded.damaged) == ({kept.id: kept}, [])


def test_after_space_returns_the_same_write_succeeds(vault_file, key):
    repository = RecordRepository(vault_file, JournalKeys(key))
    batch = [entry() for _ in range(5)]
    fill_the_disk(vault_file)
    with pytest.raises(DiskFull):
        repository.save(batch)
    free_some_space(vault_file)
    repository.save(batch)
    loaded = repository.load_all()
    records, damaged = loaded.records, loaded.damaged
    assert set(records) == {r.id for r in batch} and damaged == []


def test_the_record_store_keeps_its_records_when_the_disk_is_full(vault_file, key):
    repository = RecordRepository(vault_file, JournalKeys(key))
    store = RecordStore(repository, {}, [], fixed_clock)
    first = store.add(Entry("The first entry.", date(2026, 3, 13)))
    version = store.version
    fill_the_disk(vault_file)
    with pytest.raises(DiskFull):
        store.add(Entry(LONG, date(2026, 3, 14)))
    with pytest.raises(DiskFull):
        store.update(first.id, Entry(LONG, date(2026, 3, 13)))
    assert store.all() == [first]
    assert store.version == version
    free_some_space(vault_file)
    later = store.add(Entry(LONG, date(2026, 3, 14)))
    assert {r.id for r in store.all()} == {first.id, later.id}
    assert set(repository.load_all().records) == {first.id, later.id}


def test_a_read_only_database_says_so_and_keeps_what_was_saved(vault_file, key, tmp_path):
    kept = entry("Saved before the folder became read-only.")
    RecordRepository(vault_file, JournalKeys(key)).save([kept])
    path = tmp_path / VAULT_NAME
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    repository = RecordRepository(VaultFile(VaultDatabase(read_only, path), path), JournalKeys(key))
    try:
        with pytest.raises(ReadOnlyStorage) as caught:
            repository.save([entry()])
        assert str(caught.value).startswith(
            f"The folder {tmp_path} is read-only, so this couldn't be saved."
        )
        assert "damaged" not in str(caught.value)
        loaded = repository.load_all()
        assert (loaded.records, loaded.damaged) == ({kept.id: kept}, [])
    finally:
        read_only.close()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root may write to any folder, so chmod cannot make one read-only for it",
)
def test_a_folder_without_write_permission_is_not_called_damaged(vault_file, tmp_path):
    vault_file.close()
    (tmp_path / "vault.lock").touch()
    for name in (VAULT_NAME, "vault.lock"):
        (tmp_path / name).chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StorageProblem) as caught:
            VaultLock(tmp_path / "vault.lock").acquire()
        assert "damaged" not in str(caught.value)
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.parametrize(
    ("number", "expected", "words"),
    [
        (errno.EROFS, ReadOnlyStorage, "is read-only, so the journal couldn't be opened"),
        (errno.EACCES, NoPermission, "isn't allowed to write to"),
        (errno.ENOSPC, DiskFull, "The disk is full, so the journal couldn't be opened"),
    ],
)
def test_the_lock_file_reports_the_folders_problem(tmp_path, monkeypatch, number, expected, words):
    def refuse(*args, **kwargs):
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr("journal_app.storage.lock.os.open", refuse)
    with pytest.raises(expected, match=words) as caught:
        VaultLock(tmp_path / "vault.lock").acquire()
    assert caught.value.where == tmp_path


def test_a_database_it_cannot_open_is_not_called_damaged(tmp_path):
    (tmp_path / VAULT_NAME).mkdir()  # SQLite can't open a folder: SQLITE_CANTOPEN
    with pytest.raises(NoPermission, match="so the journal couldn't be opened"):
        connect(tmp_path / VAULT_NAME)


def test_a_file_that_is_not_a_database_is_still_damaged(tmp_path):
    (tmp_path / VAULT_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(IntegrityError, match="damaged"):
        VaultFile.open(tmp_path)


def test_another_program_holding_the_database_is_busy_not_damaged(vault_file, key, tmp_path):
    other = sqlite3.connect(tmp_path / VAULT_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    vault_file._db.execute("PRAGMA busy_timeout = 10")
    try:
        with pytest.raises(VaultBusy, match="Another program is using the journal file"):
            RecordRepository(vault_file, JournalKeys(key)).save([entry()])
    finally:
        other.execute("ROLLBACK")
        other.close()
