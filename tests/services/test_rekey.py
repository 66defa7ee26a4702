"""A passphrase change makes a new data key: old copies and old slots stop opening new words."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.journal_keys import JournalKeys
from journal_app.domain.errors import DiskFull, IntegrityError, WrongPassphrase
from journal_app.services.backups import BackupService
from journal_app.services.bundle import Services
from journal_app.services.search import SearchService
from journal_app.services.vault import VaultService
from journal_app.services.vault_keys import unwrap_passphrase
from journal_app.storage.codec import RecordRepository, canonical_json
from journal_app.storage.vault_file import VaultFile
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.small_disk import fill, small_disk

NEW = "a new passphrase, long enough"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[tuple[Services, str]]:
    """A journal with entries, an edit (so an earlier revision), the Trash and other kinds."""
    services = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    code = services.vault.create(PASSPHRASE)
    kept = services.journal.create("first words", day=date(2026, 3, 1), tags=["rest"])
    services.journal.edit(kept.id, body="first words, edited")
    services.journal.delete(services.journal.create("to the bin").id)
    services.checkins.add(6, note="okay")
    services.journeys.add(datetime(2026, 3, 5, 10, 0), intention="Listen")
    yield services, code
    services.vault.lock()


def records(vault: VaultService) -> list[dict[str, object]]:
    return sorted((r.to_dict() for r in vault.store.all()), key=lambda r: str(r["id"]))


def rows(folder: Path) -> dict[str, bytes]:
    conn = sqlite3.connect(folder / "vault.db")
    try:
        return {i: bytes(b) for i, b in conn.execute("SELECT id, blob FROM records")}
    finally:
        conn.close()


def opened_key(folder: Path, passphrase: str) -> bytearray:
    vault_id, slots, header = VaultFile.peek_slots(folder)
    return unwrap_passphrase(vault_id, slots, passphrase, header).data_key


def plaintexts(folder: Path, passphrase: str) -> dict[str, bytes]:
    """Every record opened with the data key this passphrase opens in ``folder``'s file."""
    vault_file = VaultFile.open(folder, read_only=True)
    try:
        keys = JournalKeys(opened_key(folder, passphrase))
        loaded = RecordRepository(vault_file, keys).load_all()
    finally:
        vault_file.close()
    assert loaded.damaged == []
    return {i: canonical_json(r.to_dict()) for i, r in loaded.records.items()}


def old_data_key(folder: Path) -> bytearray:
    return opened_key(folder, PASSPHRASE)


def test_every_record_is_identical_and_every_row_resealed(journal, tmp_path):
    services, _ = journal
    vault = services.vault
    before, revisions = records(vault), len(vault.store.of_kind("revision"))
    vault.lock()
    sealed, plain = rows(vault.folder), plaintexts(vault.folder, PASSPHRASE)
    vault.unlock(PASSPHRASE)
    vault.change_passphrase(NEW)
    assert records(vault) == before
    vault.lock()
    after = rows(vault.folder)
    assert after.keys() == sealed.keys()
    assert all(after[i] != sealed[i] for i in sealed)  # none left under the old key
    assert plaintexts(vault.folder, NEW) == plain  # byte for byte, revisions and Trash too
    vault.unlock(NEW)
    assert records(vault) == before and vault.store.damaged == []
    assert revisions >= 1 and any(r["deleted_at"] for r in before)


def test_an_old_copy_and_the_old_passphrase_open_nothing_written_since(journal, tmp_path):
    services, _ = journal
    vault = services.vault
    vault.lock()
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(vault.folder / "vault.db", old / "vault.db")
    vault.unlock(PASSPHRASE)
    vault.change_passphrase(NEW)
    later = services.journal.create("written after the change")
    stored = {r.id: r for r in vault.store.all()}
    vault.lock()
    keys = JournalKeys(old_data_key(old))
    new_rows = rows(vault.folder)
    assert later.id in new_rows
    for record_id, blob in new_rows.items():
        record = stored[record_id]
        with pytest.raises(DecryptionFailed):
            keys.open_record(record_id, record.kind, record.rev, blob)
    # The limit: the old copy still opens with the old passphrase, showing what it held.
    assert plaintexts(old, PASSPHRASE).keys() == new_rows.keys() - {later.id}


def test_an_old_passphrase_slot_put_back_is_refused_as_an_integrity_error(journal, tmp_path):
    # The old slot still unwraps (its passphrase is right), but to the old data key,
    # under which the header's MAC doesn't fit: a changed file, not a mistyped passphrase.
    services, _ = journal
    vault = services.vault
    vault.lock()
    old_slot = (
        sqlite3.connect(vault.folder / "vault.db")
        .execute("SELECT id, type, params, wrapped FROM keyslots WHERE type = 'passphrase'")
        .fetchone()
    )
    vault.unlock(PASSPHRASE)
    vault.change_passphrase(NEW)
    vault.lock()
    conn = sqlite3.connect(vault.folder / "vault.db")
    conn.execute("INSERT INTO keyslots(id, type, params, wrapped) VALUES (?, ?, ?, ?)", old_slot)
    conn.commit()
    conn.close()
    with pytest.raises(IntegrityError, match="another key slot that Afterglow didn't make"):
        vault.unlock(PASSPHRASE)
    assert not vault.unlocked
    # The lock was let go; the right passphrase opens the key, and the header then names
    # the slot that doesn't belong (issue 17: an extra slot is refused, exit 4).
    with pytest.raises(IntegrityError, match="a passphrase slot was added") as caught:
        vault.unlock(NEW)
    assert caught.value.exit_code == 4 and not vault.unlocked


def test_the_recovery_key_still_opens_the_journal_and_its_new_backups(journal, tmp_path):
    services, code = journal
    vault = services.vault
    vault.change_passphrase(NEW)
    path = tmp_path / "after.journal-backup"
    BackupService(vault).export(path)
    before = records(vault)
    vault.lock()
    vault.unlock_with_recovery(code)
    assert records(vault) == before
    vault.lock()
    backups = BackupService(vault)
    by_recovery = backups.open(path, recovery_code=code).records
    assert len(by_recovery) == len(backups.open(path, passphrase=NEW).records) >= 5


def test_the_session_keeps_working_and_the_old_key_is_overwritten(journal):
    services, _ = journal
    vault = services.vault
    old_key = vault._data_key
    assert old_key is not None and any(old_key)
    vault.change_passphrase(NEW)
    assert not any(old_key) and vault._data_key is not None and any(vault._data_key)
    written = services.journal.create("a tidepool after the change")
    assert [r.id for r in SearchService(vault).search("tidepool")] == [written.id]
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock(NEW)
    assert services.journal.get(written.id).data.body == "a tidepool after the change"


def test_a_failed_write_changes_nothing_and_the_old_passphrase_opens_all(journal):
    services, _ = journal
    vault = services.vault
    before, sealed = records(vault), rows(vault.folder)

    def disk_full() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(DiskFull):
        vault.change_passphrase(NEW, between=disk_full)
    assert rows(vault.folder) == sealed
    kept = services.journal.create("written after the failed change")  # old key still in use
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(NEW)
    vault.unlock(PASSPHRASE)
    assert records(vault) == sorted([*before, kept.to_dict()], key=lambda r: str(r["id"]))
    assert vault.store.damaged == []


def test_a_really_full_disk_changes_nothing(tmp_path):
    with small_disk(tmp_path / "disk", 2048) as disk:
        services = Services.build(disk / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
        vault = services.vault
        vault.create(PASSPHRASE)
        services.journal.create("x" * 50_000)
        before = records(vault)
        vault.lock()
        vault.unlock(PASSPHRASE)
        fill(disk)
        with pytest.raises(DiskFull):
            vault.change_passphrase(NEW)
        vault.lock()
        (disk / ".filler").unlink()
        vault.unlock(PASSPHRASE)
        assert records(vault) == before
        vault.lock()


def test_a_write_from_another_thread_waits_for_the_change(journal):
    services, _ = journal
    vault = services.vault
    done: list[str] = []
    writer = threading.Thread(target=lambda: done.append(services.journal.create("late").id))

    def start_writer() -> None:
        writer.start()
        writer.join(0.2)
        assert writer.is_alive()  # held off: it would otherwise seal under the old key

    vault.change_passphrase(NEW, between=start_writer)
    writer.join()
    vault.lock()
    vault.unlock(NEW)
    assert services.journal.get(done[0]).data.body == "late"
    assert vault.store.damaged == []


def test_a_damaged_row_is_kept_as_it_was(journal):
    services, _ = journal
    vault = services.vault
    vault.lock()
    conn = sqlite3.connect(vault.folder / "vault.db")
    broken_id, blob = conn.execute("SELECT id, blob FROM records LIMIT 1").fetchone()
    conn.execute("UPDATE records SET blob = ? WHERE id = ?", [blob[:-1] + b"?", broken_id])
    conn.commit()
    conn.close()
    vault.unlock(PASSPHRASE)
    vault.change_passphrase(NEW)
    vault.lock()
    assert rows(vault.folder)[broken_id] == blob[:-1] + b"?"
    vault.unlock(NEW)
    assert vault.store.damaged == [broken_id]


def test_a_missing_recovery_slot_is_named_and_nothing_opens(journal):
    services, _ = journal
    vault = services.vault
    vault.lock()
    conn = sqlite3.connect(vault.folder / "vault.db")
    conn.execute("DELETE FROM keyslots WHERE type = 'recovery'")
    conn.commit()
    conn.close()
    with pytest.raises(IntegrityError, match="the recovery key slot was removed"):
        vault.unlock(PASSPHRASE)
    assert not vault.unlocked


def test_a_record_whose_row_won_t_open_at_the_change_is_sealed_from_memory(journal, monkeypatch):
    # Never expected (every record in memory came from its row or was written since);
    # if it happens anyway, the record is written out again rather than left behind.
    services, _ = journal
    vault = services.vault
    before = records(vault)
    real = JournalKeys.open_record
    refused: list[str] = []

    def open_record(self: JournalKeys, record_id: str, kind: str, rev: int, blob: bytes) -> bytes:
        if not refused:
            refused.append(record_id)
            raise DecryptionFailed("refused once")
        return real(self, record_id, kind, rev, blob)

    monkeypatch.setattr(JournalKeys, "open_record", open_record)
    vault.change_passphrase(NEW)
    monkeypatch.undo()
    vault.lock()
    vault.unlock(NEW)
    assert refused and records(vault) == before and vault.store.damaged == []
