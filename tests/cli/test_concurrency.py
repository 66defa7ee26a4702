"""Several commands at once: readers share, writers wait their turn, nobody is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journal_app.crypto.kdf import calibrate
from journal_app.domain.errors import JournalError
from journal_app.services import vault_creating, vault_keys
from journal_app.services.journal import JournalService
from journal_app.services.vault import VaultService
from journal_app.storage.lock import VaultLock
from tests.conftest import PASSPHRASE, cheap_kdf


@pytest.fixture
def quick_wait(monkeypatch) -> None:
    monkeypatch.setattr("journal_app.cli.context.LOCK_WAIT_SECONDS", 0.3)


@pytest.mark.slow
def test_four_writers_at_once_all_succeed(data_dir):
    # A real key derivation, a little slower than the default half second: holding the
    # lock across it (with a 2 s wait, as before) refused the last writers every time.
    vault = VaultService(data_dir, kdf_params=lambda: calibrate(target_seconds=0.6))
    vault.create(PASSPHRASE)
    vault.lock()
    env = {
        **os.environ,
        "JOURNAL_APP_DATA_DIR": str(data_dir),
        "JOURNAL_APP_PASSPHRASE": PASSPHRASE,
    }
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "journal_app", "write", f"Written by writer {n}."],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for n in range(4)
    ]
    results = [(w.wait(timeout=60), *w.communicate()) for w in writers]
    for code, _, err in results:
        assert code == 0, err
    vault.unlock(PASSPHRASE)
    try:
        bodies = sorted(r.data.body for r in vault.store.all() if r.kind == "entry")
    finally:
        vault.lock()
    assert bodies == [f"Written by writer {n}." for n in range(4)]


def test_a_reader_runs_while_another_holds_a_read_lock(initialised, data_dir):
    assert initialised("write", "Something to read.").code == 0
    other = VaultLock(data_dir / "vault.lock")
    other.acquire(shared=True)
    try:
        result = initialised("list", "--json")
    finally:
        other.release()
    assert result.code == 0, result.err
    assert len(json.loads(result.out)) == 1
    assert "waiting" not in result.err


def test_a_writer_waits_for_a_reader_to_finish(initialised, data_dir):
    reader = VaultLock(data_dir / "vault.lock")
    reader.acquire(shared=True)
    threading.Timer(0.3, reader.release).start()
    result = initialised("write", "Written once the reader was done.")
    assert result.code == 0, result.err
    assert "waiting up to 10 seconds" in result.err


def test_a_writer_gives_up_after_the_bounded_wait(initialised, data_dir, quick_wait):
    window = VaultLock(data_dir / "vault.lock")
    window.acquire()  # the window holds the journal while it is unlocked
    try:
        write = initialised("write", "Not now.")
        read = initialised("list")
    finally:
        window.release()
    for result in (write, read):
        assert result.code == 1
        assert "already open in another Afterglow" in result.err
    assert json.loads(initialised("list", "--json").out) == []


def test_a_reader_cannot_write_even_by_mistake(initialised, data_dir):
    vault = VaultService(data_dir, kdf_params=cheap_kdf, read_only=True)
    vault.unlock(PASSPHRASE)
    try:
        with pytest.raises(JournalError):
            JournalService(vault).create("A reader shares the journal; it must not write.")
    finally:
        vault.lock()
    assert json.loads(initialised("list", "--json").out) == []


def _watch_the_lock(monkeypatch, module: object, lock_path: Path) -> list[bool]:
    """Record, at each key derivation, whether the journal's lock was held."""
    held: list[bool] = []
    derive = module.derive_key_buffer  # type: ignore[attr-defined]

    def watched(passphrase, params):  # type: ignore[no-untyped-def]
        probe = VaultLock(lock_path)
        free = probe.try_acquire()
        probe.release()
        held.append(not free)
        return derive(passphrase, params)

    monkeypatch.setattr(module, "derive_key_buffer", watched)
    return held


def test_unlocking_derives_the_key_without_the_lock(vault, make_vault, monkeypatch):
    vault.lock()
    held = _watch_the_lock(monkeypatch, vault_keys, vault.folder / "vault.lock")
    other = make_vault()
    other.unlock(PASSPHRASE)
    other.lock()
    assert held == [False]


def test_creating_derives_the_key_without_the_lock(make_vault, data_dir, monkeypatch):
    data_dir.mkdir()
    held = _watch_the_lock(monkeypatch, vault_creating, data_dir / "vault.lock")
    vault = make_vault()
    vault.create(PASSPHRASE)
    vault.lock()
    assert held == [False]
