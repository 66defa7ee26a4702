from __future__ import annotations

import sqlite3

import pytest

from journal_app.crypto.journal_keys import JournalKeys
from journal_app.domain.errors import IntegrityError, VaultBusy, VaultExists
from journal_app.storage.database import KEYLESS_VERSION, connect, migrate, schema_version
from journal_app.storage.lock import VaultLock
from journal_app.storage.vault_file import VaultFile


def test_only_meta_key_slots_and_records_exist(vault):
    conn = sqlite3.connect(vault.folder / "vault.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == {"meta", "keyslots", "records", "manifest"}
    columns = [r[1] for r in conn.execute("PRAGMA table_info(records)")]
    assert columns == ["id", "blob"]
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert set(meta) == {
        "vault_id",
        "format",
        "schema_version",
        "header",
        "header_mac",
        "index",
    }
    assert meta["format"] == "2"


def test_the_pragmas_are_set(tmp_path):
    db = connect(tmp_path / "x.db")
    pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2  # MEMORY


def test_migrating_twice_changes_nothing(tmp_path):
    db = connect(tmp_path / "x.db")
    migrate(db)
    migrate(db)
    assert schema_version(db) == KEYLESS_VERSION  # format 2 (SCHEMA_VERSION) takes the key


def test_a_newer_schema_is_refused_kindly(tmp_path):
    db = connect(tmp_path / "x.db")
    migrate(db)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(IntegrityError, match="newer Afterglow"):
        migrate(db)


def test_a_file_that_is_not_a_database_is_an_integrity_error(tmp_path):
    (tmp_path / "vault.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(IntegrityError, match="damaged"):
        VaultFile.open(tmp_path)


def test_creating_over_an_existing_vault_is_refused(vault):
    before = (vault.folder / "vault.db").read_bytes()
    with pytest.raises(VaultExists):
        VaultFile.create(vault.folder, [], "other", JournalKeys(bytes(32)))
    assert (vault.folder / "vault.db").read_bytes() == before


def test_a_second_holder_of_the_lock_is_told_the_vault_is_busy(tmp_path):
    first, second = VaultLock(tmp_path / "vault.lock"), VaultLock(tmp_path / "vault.lock")
    first.acquire()
    with pytest.raises(VaultBusy, match="already open"):
        second.acquire(wait_seconds=0.1)
    first.release()
    second.acquire()
    second.release()


def test_a_failed_batch_writes_nothing(vault):
    file = VaultFile.open(vault.folder)
    before = list(file.blobs())
    with pytest.raises(sqlite3.IntegrityError), file.atomic():
        file.count_change()
        file.put_rows([("a", b"1"), ("b", None)])  # type: ignore[list-item]
    assert list(file.blobs()) == before
    file.close()
