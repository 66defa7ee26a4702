"""After lock, the keys the vault held are zeros and no decrypted record is kept (best effort)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date

from journal_app.crypto.kdf import derive_key, derive_key_buffer
from journal_app.crypto.sealing import RecordSealer
from journal_app.crypto.wipe import wipe
from journal_app.domain.entry import Entry
from journal_app.services.search import SearchService
from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE, cheap_kdf

MARKER = "a sentence only this test writes"
NEW_PASSPHRASE = "another long passphrase"


def held_keys(vault: VaultService) -> list[bytearray]:
    assert vault._data_key is not None and vault._passphrase_key is not None
    return [vault._data_key, vault._passphrase_key[0]]


def test_the_keys_are_zeros_after_lock(vault: VaultService) -> None:
    keys = held_keys(vault)
    assert all(any(key) for key in keys)
    vault.lock()
    assert all(len(key) == 32 and not any(key) for key in keys)


def test_the_keys_of_an_unlock_are_zeros_after_lock(vault: VaultService) -> None:
    vault.lock()
    vault.unlock(PASSPHRASE)
    keys = held_keys(vault)
    vault.lock()
    assert all(not any(key) for key in keys)


def test_the_keys_of_a_recovery_unlock_are_zeros_after_lock(
    make_vault: Callable[..., VaultService],
) -> None:
    vault = make_vault()
    code = vault.create(PASSPHRASE)
    vault.lock()
    vault.unlock_with_recovery(code, NEW_PASSPHRASE)
    keys = held_keys(vault)
    vault.lock()
    assert all(not any(key) for key in keys)


def test_a_passphrase_change_overwrites_the_old_key(vault: VaultService) -> None:
    old = held_keys(vault)[1]
    vault.change_passphrase(NEW_PASSPHRASE)
    assert not any(old)
    assert any(held_keys(vault)[1])
    vault.lock()
    vault.unlock(NEW_PASSPHRASE)  # the new slot was made before the old key was overwritten


def test_a_backup_key_outlives_the_lock(vault: VaultService) -> None:
    keys = vault.backup_keys()
    kek = bytes(keys.kek)
    vault.lock()
    assert keys.kek == kek  # a backup still being written is not broken by the lock


def test_no_decrypted_record_is_left_after_lock(vault: VaultService) -> None:
    vault.store.add(Entry(title="", body=MARKER, day=date(2026, 3, 14)))
    vault.lock()
    assert not vault.unlocked and vault._store is None
    gc.collect()
    left = [o for o in gc.get_objects() if isinstance(o, Entry) and o.body == MARKER]
    assert left == []


def test_the_search_cache_is_empty_after_forget(vault: VaultService) -> None:
    vault.store.add(Entry(title="", body=MARKER, day=date(2026, 3, 14)))
    search = SearchService(vault)
    assert search.search("sentence")
    assert search._folded
    search.forget()
    vault.lock()
    assert not search._folded and not search._index and search._last == ([], [])


def test_a_key_buffer_matches_the_key_and_is_wiped_whole() -> None:
    params = cheap_kdf()
    buffer = derive_key_buffer("héllo wörld, a passphrase", params)
    assert bytes(buffer) == derive_key("héllo wörld, a passphrase", params)
    wipe(buffer)
    assert buffer == bytearray(32)
    wipe(None)  # nothing held: nothing to do


def test_a_sealer_does_not_keep_the_data_key_it_was_given() -> None:
    data_key = bytearray(b"k" * 32)
    sealer = RecordSealer(data_key)
    blob = sealer.seal("records", "id", b"words")
    wipe(data_key)  # the vault overwrites its buffer at lock; the sealer still works
    assert sealer.open("records", "id", blob) == b"words"
    assert RecordSealer(b"k" * 32).open("records", "id", blob) == b"words"


def test_lock_collects_what_it_forgot(vault: VaultService, monkeypatch) -> None:
    """The app collects at lock (the suite turns it off elsewhere, for speed)."""
    monkeypatch.setattr("journal_app.services.vault_core.COLLECT_AT_LOCK", True)
    collected: list[int] = []
    real = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *a: collected.append(1) or real(*a))
    vault.lock()
    assert collected
