from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from journal_app.crypto import kdf
from journal_app.domain.errors import (
    IntegrityError,
    ValidationError,
    VaultBusy,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from journal_app.services.journal import JournalService
from tests.conftest import PASSPHRASE


def test_a_new_vault_is_unlocked_and_reopens_with_its_passphrase(make_vault):
    vault = make_vault()
    vault.create(PASSPHRASE)
    JournalService(vault).create("first words")
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert [r.data.body for r in JournalService(vault).entries()] == ["first words"]
    vault.lock()


def test_a_wrong_passphrase_is_refused_kindly_and_nothing_is_written(vault):
    vault.lock()
    before = (vault.folder / "vault.db").read_bytes()
    with pytest.raises(WrongPassphrase, match="doesn't open this journal"):
        vault.unlock("not the passphrase")
    assert not vault.unlocked
    assert (vault.folder / "vault.db").read_bytes() == before
    vault.unlock(PASSPHRASE)  # the lock was released after the failure


def test_a_short_passphrase_is_refused_with_the_reason(make_vault):
    vault = make_vault()
    with pytest.raises(ValidationError, match="at least 10 characters"):
        vault.create("short")
    assert not vault.folder.exists()


def test_unlocking_where_there_is_no_vault_says_how_to_make_one(make_vault):
    with pytest.raises(VaultMissing, match="journal-app init"):
        make_vault().unlock(PASSPHRASE)


def test_a_passphrase_typed_in_nfc_opens_a_vault_created_in_nfd(make_vault):
    passphrase = "Grüße aus Köln, 東京 ☕"
    vault = make_vault()
    vault.create(unicodedata.normalize("NFD", passphrase))
    vault.lock()
    vault.unlock(unicodedata.normalize("NFC", passphrase))
    vault.lock()


def test_the_recovery_key_opens_the_vault_and_sets_a_new_passphrase(make_vault):
    vault = make_vault()
    code = vault.create(PASSPHRASE)
    vault.lock()
    vault.unlock_with_recovery(code, "a brand new passphrase")
    vault.lock()
    vault.unlock("a brand new passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)


def test_a_wrong_recovery_key_is_refused(vault):
    vault.lock()
    from journal_app.crypto import recovery

    _, other = recovery.generate()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery(other)
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery("not-a-key")


def test_changing_the_passphrase_old_fails_new_works_recovery_still_works(make_vault):
    vault = make_vault()
    code = vault.create(PASSPHRASE)
    vault.change_passphrase("the new passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock("the new passphrase")
    vault.lock()
    vault.unlock_with_recovery(code)
    vault.lock()


def test_a_crash_between_the_two_slot_writes_leaves_the_old_passphrase_working(vault):
    def crash() -> None:
        raise KeyboardInterrupt  # the process dies after the new slot, before removal

    with pytest.raises(KeyboardInterrupt):
        vault.change_passphrase("the new passphrase", between=crash)
    vault.lock()
    vault.unlock(PASSPHRASE)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock("the new passphrase")


def test_absurd_stored_kdf_memory_is_refused_before_deriving(vault, monkeypatch):
    vault.lock()
    conn = sqlite3.connect(vault.folder / "vault.db")
    conn.execute(
        "UPDATE keyslots SET params = json_set(params, '$.memory_kib', ?) WHERE type = ?",
        [64 * 1024 * 1024, "passphrase"],
    )
    conn.commit()
    conn.close()

    def must_not_run(*args, **kwargs):
        raise AssertionError("derived with absurd parameters")

    monkeypatch.setattr(kdf, "Argon2id", must_not_run)
    with pytest.raises(IntegrityError, match="65536 MiB"):
        vault.unlock(PASSPHRASE)


def test_damaged_records_are_named_and_the_rest_still_open(vault):
    journal = JournalService(vault)
    kept = journal.create("this one is fine")
    first = journal.create("this one gets a flipped byte")
    second = journal.create("this one gets swapped")
    third = journal.create("and this one too")
    vault.lock()
    conn = sqlite3.connect(vault.folder / "vault.db")
    blob = bytearray(conn.execute("SELECT blob FROM records WHERE id=?", [first.id]).fetchone()[0])
    blob[40] ^= 0xFF
    conn.execute("UPDATE records SET blob=? WHERE id=?", [bytes(blob), first.id])
    b2, b3 = (
        conn.execute("SELECT blob FROM records WHERE id=?", [i]).fetchone()[0]
        for i in (second.id, third.id)
    )
    conn.execute("UPDATE records SET blob=? WHERE id=?", [b3, second.id])
    conn.execute("UPDATE records SET blob=? WHERE id=?", [b2, third.id])
    conn.commit()
    conn.close()
    vault.unlock(PASSPHRASE)
    assert sorted(vault.store.damaged) == sorted([first.id, second.id, third.id])
    assert [r.id for r in journal.entries()] == [kept.id]


def test_a_second_process_on_the_same_vault_is_told_it_is_busy(vault, make_vault):
    with pytest.raises(VaultBusy):
        make_vault().unlock(PASSPHRASE)


def test_locking_forgets_every_record(vault):
    JournalService(vault).create("something private")
    vault.lock()
    with pytest.raises(VaultLocked):
        JournalService(vault).entries()
