"""Vault format 2 against each attack issue 17 names: every one fails on format 1.

Each test changes vault.db the way someone with the file (and no passphrase) could,
with sqlite3, then unlocks as the person would and checks what they are told.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from journal_app.crypto import kdf, keyslots, recovery
from journal_app.domain.errors import DiskFull, IntegrityError, WrongPassphrase
from journal_app.services.backups import BackupService
from journal_app.services.bundle import Services
from journal_app.storage.vault_file import VAULT_NAME, VaultFile
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

NEW = "a new passphrase, long enough"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[tuple[Services, str]]:
    services = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    code = services.vault.create(PASSPHRASE)
    yield services, code
    services.vault.lock()


Rows = list[tuple[object, ...]]


def sql(folder: Path, statement: str, parameters: tuple[object, ...] = ()) -> Rows:
    conn = sqlite3.connect(folder / VAULT_NAME)
    try:
        rows = conn.execute(statement, parameters).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def blob_of(folder: Path, record_id: str) -> bytes:
    return bytes(sql(folder, "SELECT blob FROM records WHERE id = ?", (record_id,))[0][0])


def put_blob(folder: Path, record_id: str, blob: bytes) -> None:
    sql(folder, "INSERT OR REPLACE INTO records(id, blob) VALUES (?, ?)", (record_id, blob))


def refused(services: Services, match: str, passphrase: str = PASSPHRASE) -> IntegrityError:
    with pytest.raises(IntegrityError, match=match) as caught:
        services.vault.unlock(passphrase)
    assert caught.value.exit_code == 4
    assert not services.vault.unlocked
    return caught.value


# The header: key slots, the recovery public key and the KDF settings


def swap_recipient(folder: Path) -> X25519PrivateKey:
    """Point the recovery slot at someone else's key, as one sqlite3 write can."""
    theirs = X25519PrivateKey.generate()
    raw = base64.b64encode(theirs.public_key().public_bytes_raw()).decode()
    (params,) = sql(folder, "SELECT params FROM keyslots WHERE type = 'recovery'")[0]
    changed = json.loads(str(params)) | {"recipient_public": raw}
    sql(folder, "UPDATE keyslots SET params = ? WHERE type = 'recovery'", (json.dumps(changed),))
    return theirs


def test_a_swapped_recovery_public_key_is_named_and_nothing_opens(journal):
    services, _ = journal
    services.journal.create("words")
    services.vault.lock()
    swap_recipient(services.vault.folder)
    refused(services, r"the recovery key was swapped for another \(its public half was changed\)")


def test_an_added_recovery_slot_is_refused_so_the_own_key_cannot_mask_it(journal):
    services, code = journal
    services.vault.lock()
    folder = services.vault.folder
    theirs = X25519PrivateKey.generate()
    vault_id = sql(folder, "SELECT value FROM meta WHERE key = 'vault_id'")[0][0]
    # A slot wrapping a key of their own (they can't wrap the real data key).
    slot = keyslots.wrap_to_recovery(theirs.public_key(), os.urandom(32), str(vault_id))
    sql(
        folder,
        "INSERT INTO keyslots(id, type, params, wrapped) VALUES (?, ?, ?, ?)",
        ("0" * 32, slot.slot_type, json.dumps(slot.params), slot.wrapped),
    )
    refused(services, "a recovery key slot was added that Afterglow didn't make")
    # The person's own recovery key opens the data key, and is refused the same way:
    # "test my recovery key" can no longer pass while a stranger's slot sits beside it.
    with pytest.raises(IntegrityError, match="a recovery key slot was added"):
        services.vault.unlock_with_recovery(code)


def test_changed_kdf_settings_are_refused_before_any_derivation(journal, monkeypatch):
    services, _ = journal
    services.vault.lock()
    folder = services.vault.folder
    sql(
        folder,
        "UPDATE keyslots SET params = json_set(params, '$.iterations', 64, '$.memory_kib', 1048576)"
        " WHERE type = 'passphrase'",
    )

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("derived with changed settings")

    monkeypatch.setattr(kdf, "Argon2id", must_not_run)
    refused(services, "key settings of this journal's passphrase slot were changed")


def test_settings_changed_in_the_header_too_are_a_wrong_passphrase_never_an_open(journal):
    # Without the key nothing in the file can be trusted: both changed alike give a
    # different key, which can only be told as a wrong passphrase (docs/vault-format.md).
    services, _ = journal
    services.vault.lock()
    folder = services.vault.folder
    sql(folder, "UPDATE keyslots SET params = json_set(params, '$.iterations', 2)")
    (header,) = sql(folder, "SELECT value FROM meta WHERE key = 'header'")[0]
    value = json.loads(str(header))
    for slot in value["slots"]:
        if slot["type"] == "passphrase":
            slot["params"]["iterations"] = 2
    sql(folder, "UPDATE meta SET value = ? WHERE key = 'header'", (json.dumps(value),))
    with pytest.raises(WrongPassphrase):
        services.vault.unlock(PASSPHRASE)


def test_a_changed_header_is_refused_even_when_the_slots_match_it(journal):
    services, _ = journal
    services.vault.lock()
    folder = services.vault.folder
    theirs = swap_recipient(folder)
    del theirs
    # Make the header say the same as the changed slot: only the MAC can tell.
    slots = sql(folder, "SELECT id, type, params, wrapped FROM keyslots ORDER BY rowid")
    (header,) = sql(folder, "SELECT value FROM meta WHERE key = 'header'")[0]
    value = json.loads(str(header))
    value["slots"] = [
        {
            "id": i,
            "type": t,
            "params": json.loads(str(p)),
            "wrapped": base64.b64encode(bytes(w)).decode(),  # type: ignore[arg-type]
        }
        for i, t, p, w in slots
    ]
    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
    sql(folder, "UPDATE meta SET value = ? WHERE key = 'header'", (text,))
    refused(services, "header doesn't match its key")


def test_backups_take_the_recovery_key_from_the_header_not_the_file(journal, tmp_path):
    services, code = journal
    services.journal.create("backed up")
    # While the journal is open, someone swaps the slot in the file underneath it.
    theirs = swap_recipient(services.vault.folder)
    path = tmp_path / "after-swap.journal-backup"
    BackupService(services.vault).export(path)
    services.vault.lock()
    backups = BackupService(services.vault)
    assert len(backups.open(path, recovery_code=code).records) >= 1
    with pytest.raises(WrongPassphrase):
        backups.open(path, recovery_code=recovery.encode(theirs))


def test_an_old_slot_put_back_is_refused_even_in_a_journal_with_no_records(journal):
    # Format 1 let this through when there were no records to fail (the known gap).
    services, _ = journal
    vault = services.vault
    vault.lock()
    old = sql(vault.folder, "SELECT * FROM keyslots WHERE type = 'passphrase'")
    vault.unlock(PASSPHRASE)
    assert len(vault.store) == 0
    vault.change_passphrase(NEW)
    vault.lock()
    sql(vault.folder, "INSERT INTO keyslots(id, type, params, wrapped) VALUES (?, ?, ?, ?)", old[0])
    refused(services, "another key slot that Afterglow didn't make, so it was not tried")
    refused(services, "a passphrase slot was added that Afterglow didn't make", NEW)


def test_an_old_copy_of_the_file_opens_only_with_old_keys_after_a_new_recovery_key(
    journal, tmp_path
):
    services, code = journal
    vault = services.vault
    services.journal.create("before the new key")
    vault.lock()
    shutil.copy(vault.folder / VAULT_NAME, tmp_path / "old.db")
    vault.unlock(PASSPHRASE)
    new_code = vault.new_recovery_key()
    services.journal.create("after the new key")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery(code)
    vault.unlock_with_recovery(new_code)
    assert len(services.journal.entries()) == 2
    vault.lock()
    # The old copy with the old recovery key opens only what it held.
    old = Services.build(tmp_path / "old", kdf_params=cheap_kdf, clock=fixed_clock)
    (tmp_path / "old").mkdir()
    shutil.copy(tmp_path / "old.db", tmp_path / "old" / VAULT_NAME)
    old.vault.unlock_with_recovery(code)
    assert [e.data.body for e in old.journal.entries()] == ["before the new key"]
    old.vault.lock()


# The index: single records rolled back, removed, replayed, taken out of the Trash


def tampered(services: Services) -> dict[str, str]:
    services.vault.unlock(PASSPHRASE)
    return {i: str(m) for i, m in services.vault.store.tampered.items()}


def test_a_record_rolled_back_to_an_older_version_is_named(journal):
    services, _ = journal
    entry = services.journal.create("first words")
    folder = services.vault.folder
    older = blob_of(folder, entry.id)
    services.journal.edit(entry.id, body="what I really meant")
    services.vault.lock()
    put_blob(folder, entry.id, older)
    assert tampered(services) == {
        entry.id: "an older version of it was put back in place of the current one"
    }
    assert entry.id in services.vault.store.damaged
    assert [e.data.body for e in services.journal.entries()] == []


def test_a_record_taken_back_out_of_the_trash_is_named(journal):
    services, _ = journal
    entry = services.journal.create("set aside")
    folder = services.vault.folder
    before_trash = blob_of(folder, entry.id)
    services.journal.delete(entry.id)
    services.vault.lock()
    put_blob(folder, entry.id, before_trash)
    assert tampered(services) == {
        entry.id: "it was in the Trash, and a copy from before it went there was put back "
        "to take it out"
    }


def test_a_removed_record_is_named(journal):
    services, _ = journal
    kept = services.journal.create("kept")
    gone = services.journal.create("removed behind my back")
    services.vault.lock()
    sql(services.vault.folder, "DELETE FROM records WHERE id = ?", (gone.id,))
    assert tampered(services) == {gone.id: "it was removed from the file"}
    assert [e.id for e in services.journal.entries()] == [kept.id]


def test_a_record_deleted_for_good_and_put_back_is_named(journal):
    services, _ = journal
    entry = services.journal.create("let go of")
    folder = services.vault.folder
    services.journal.delete(entry.id)
    copy = blob_of(folder, entry.id)
    services.vault.store.purge(entry.id)
    services.vault.lock()
    put_blob(folder, entry.id, copy)
    assert tampered(services) == {
        entry.id: "it had been deleted for good, and an old copy of it was put back"
    }


def test_a_row_from_elsewhere_is_named(journal, tmp_path):
    services, _ = journal
    services.journal.create("mine")
    services.vault.lock()
    stranger = "ab" * 16
    put_blob(services.vault.folder, stranger, b"\x02" + os.urandom(1100))
    assert tampered(services) == {
        stranger: "it isn't one of this journal's records: it was added to the file from elsewhere"
    }


def test_a_record_moved_to_another_kind_does_not_open(journal):
    # The kind is bound too: a blob can't be passed off as another record's.
    services, _ = journal
    entry = services.journal.create("an entry")
    checkin = services.checkins.add(6)
    folder = services.vault.folder
    services.vault.lock()
    put_blob(folder, checkin.id, blob_of(folder, entry.id))
    services.vault.unlock(PASSPHRASE)
    assert checkin.id in services.vault.store.damaged


def test_a_raised_change_count_is_refused(journal):
    # Raising the count would hide an older copy from this computer's watch.
    services, _ = journal
    services.journal.create("words")
    services.vault.lock()
    sql(services.vault.folder, "UPDATE meta SET value = '9999' WHERE key = 'changes'")
    refused(services, "list of its own entries doesn't match the file")


def test_an_index_part_rolled_back_with_its_record_is_refused(journal):
    services, _ = journal
    entry = services.journal.create("first")
    folder = services.vault.folder
    older_row = blob_of(folder, entry.id)
    older_parts = sql(folder, "SELECT part, blob FROM manifest")
    services.journal.edit(entry.id, body="second")
    services.vault.lock()
    put_blob(folder, entry.id, older_row)
    for part, blob in older_parts:
        sql(folder, "INSERT OR REPLACE INTO manifest(part, blob) VALUES (?, ?)", (part, blob))
    refused(services, "list of its own entries doesn't match the file")


def test_a_journal_dressed_as_format_one_is_refused(journal):
    services, _ = journal
    services.journal.create("words")
    services.vault.lock()
    folder = services.vault.folder
    sql(folder, "UPDATE meta SET value = '1' WHERE key IN ('format', 'schema_version')")
    sql(folder, "DELETE FROM manifest")
    refused(services, "changed to look like an older kind of journal")


def test_an_unknown_format_asks_for_a_newer_afterglow(journal):
    services, _ = journal
    services.vault.lock()
    sql(services.vault.folder, "UPDATE meta SET value = '3' WHERE key = 'format'")
    refused(services, r"in a format this Afterglow doesn't know \(format 3\)")


# Sizes


def test_small_records_of_every_kind_are_the_same_size(journal):
    services, _ = journal
    made = [
        services.journal.create("A short entry.", day=date(2026, 3, 1)).id,
        services.checkins.add(6, note="okay").id,
        services.checkins.add(3).id,
    ]
    services.vault.lock()
    sizes = {len(blob_of(services.vault.folder, i)) for i in made}
    assert sizes == {1 + 12 + 1024 + 16}


def test_an_empty_journal_dressed_as_format_one_is_refused_by_its_slots(journal):
    # No record would show it; the slots were wrapped with format 2's tag, so moving it
    # "again" (and vouching for a swapped recovery key) is refused.
    services, code = journal
    services.vault.lock()
    folder = services.vault.folder
    swap_recipient(folder)
    sql(folder, "UPDATE meta SET value = '1' WHERE key IN ('format', 'schema_version')")
    sql(folder, "DELETE FROM meta WHERE key IN ('header', 'header_mac', 'index')")
    sql(folder, "DROP TABLE manifest")
    refused(services, "changed to look like an older kind of journal")
    # The recovery slot now names someone else's key: the person's own is told so.
    with pytest.raises(WrongPassphrase):
        services.vault.unlock_with_recovery(code)


def test_a_stranger_s_passphrase_slot_is_never_derived(journal, monkeypatch):
    # A slot the header doesn't list could ask for a gigabyte per attempt: not tried.
    services, _ = journal
    services.vault.lock()
    folder = services.vault.folder
    costly = {
        "kdf": "argon2id",
        "salt": base64.b64encode(os.urandom(16)).decode(),
        "memory_kib": 1048576,
        "iterations": 64,
        "lanes": 1,
    }
    sql(
        folder,
        "INSERT INTO keyslots(id, type, params, wrapped) VALUES (?, 'passphrase', ?, ?)",
        ("0" * 32, json.dumps(costly), os.urandom(60)),
    )
    sql(
        folder,
        "UPDATE keyslots SET rowid = -rowid WHERE id = ?",  # first in rowid order
        ("0" * 32,),
    )
    derived: list[int] = []
    real = kdf.derive_key_buffer

    def counting(passphrase: str, params: kdf.KdfParams) -> bytearray:
        derived.append(params.memory_kib)
        return real(passphrase, params)

    monkeypatch.setattr("journal_app.services.vault_keys.derive_key_buffer", counting)
    refused(services, "a passphrase slot was added that Afterglow didn't make")
    assert 1048576 not in derived and derived


def test_the_old_header_put_back_with_its_slots_is_refused_by_the_index(journal):
    # The old header is authentic under the old key; the index, sealed since under the
    # new key, is not, so the mixed file is refused.
    services, _ = journal
    services.journal.create("before")
    vault = services.vault
    vault.lock()
    folder = vault.folder
    slots = sql(folder, "SELECT * FROM keyslots")
    header = sql(folder, "SELECT key, value FROM meta WHERE key IN ('header', 'header_mac')")
    vault.unlock(PASSPHRASE)
    vault.change_passphrase(NEW)
    vault.lock()
    sql(folder, "DELETE FROM keyslots")
    for row in slots:
        sql(folder, "INSERT INTO keyslots VALUES (?, ?, ?, ?)", row)
    for key, value in header:
        sql(folder, "UPDATE meta SET value = ? WHERE key = ?", (value, key))
    refused(services, "list of its own entries doesn't match the file")


def test_a_full_disk_during_a_new_recovery_key_changes_nothing(journal):
    services, code = journal
    services.journal.create("kept")
    vault = services.vault
    before = sql(vault.folder, "SELECT id, blob FROM records ORDER BY id")

    def disk_full() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(DiskFull):
        vault.new_recovery_key(between=disk_full)
    assert sql(vault.folder, "SELECT id, blob FROM records ORDER BY id") == before
    services.journal.create("written after the failed change")  # the old key still seals
    vault.lock()
    vault.unlock_with_recovery(code)
    assert len(services.journal.entries()) == 2 and vault.store.damaged == []


def test_a_load_reads_the_index_and_the_rows_from_one_moment(journal, monkeypatch):
    # Something writing to the file while it is read (the lock keeps Afterglow's own
    # writers out) must not look like tampering: the load reads one snapshot.
    services, _ = journal
    services.journal.create("before")
    vault = services.vault
    vault.lock()
    folder = vault.folder
    real = VaultFile.manifest_parts
    written: list[bool] = []

    def parts_then_a_write(self: VaultFile) -> dict[int, bytes]:
        found = real(self)
        if not written:  # another connection commits between the index and the rows
            written.append(True)
            sql(folder, "DELETE FROM records")
        return found

    monkeypatch.setattr(VaultFile, "manifest_parts", parts_then_a_write)
    vault.unlock(PASSPHRASE)
    assert written and vault.store.tampered == {} and len(services.journal.entries()) == 1


def test_slots_and_header_are_peeked_from_one_moment(journal, monkeypatch):
    # A passphrase change committing between reading the slots and the header (the key
    # is derived without the lock) must not look like a stranger's slot.
    services, _ = journal
    vault = services.vault
    folder = vault.folder
    real = VaultFile.slots
    changed: list[bool] = []

    def slots_then_a_change(self: VaultFile) -> list[tuple[str, object]]:
        found = real(self)
        if not changed and self.read_only:
            changed.append(True)
            vault.change_passphrase(NEW)  # the window changes it meanwhile
        return found  # type: ignore[return-value]

    vault_id, _, _ = VaultFile.peek_slots(folder)  # warm: nothing to compare yet
    monkeypatch.setattr(VaultFile, "slots", slots_then_a_change)
    peeked_id, slots, header = VaultFile.peek_slots(folder)
    monkeypatch.undo()
    assert changed and peeked_id == vault_id
    listed = {s["id"] for s in json.loads(str(header))["slots"]}
    assert {slot_id for slot_id, _ in slots} == listed
