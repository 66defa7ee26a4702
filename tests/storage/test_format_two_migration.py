"""Moving the golden format-1 journals to format 2: a copy first, one transaction, nothing lost."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from journal_app.crypto.journal_keys import JournalKeys
from journal_app.domain.entry import Entry
from journal_app.domain.errors import DiskFull, IntegrityError, JournalError
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.services.vault import VaultService
from journal_app.storage.codec import RecordRepository
from journal_app.storage.vault_file import VAULT_NAME, VaultFile
from tests.storage.golden_vault_build import FORMAT_1, GOLDEN, KDF, PASSPHRASE
from tests.storage.test_golden_vault import copied, expected, recovery_code


def meta(folder: Path) -> dict[str, str]:
    conn = sqlite3.connect(folder / VAULT_NAME)
    try:
        return dict(conn.execute("SELECT key, value FROM meta"))
    finally:
        conn.close()


def records(vault: VaultService) -> list[dict[str, object]]:
    return sorted((r.to_dict() for r in vault.store.all()), key=lambda r: str(r["id"]))


def rows(path: Path) -> list[tuple[object, ...]]:
    """Every record row of the database at ``path``, by id."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, blob FROM records ORDER BY id").fetchall()
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", FORMAT_1)
@pytest.mark.parametrize("way", ["passphrase", "recovery"])
def test_the_first_unlock_moves_it_with_every_record_and_a_copy_first(name, way, tmp_path):
    folder = copied(name, tmp_path)
    vault = VaultService(folder, kdf_params=lambda: KDF)
    if way == "passphrase":
        vault.unlock(PASSPHRASE)
    else:
        vault.unlock_with_recovery(recovery_code(name))
    want = expected(name)
    assert records(vault) == want["records"] and vault.store.damaged == []
    vault.lock()
    assert meta(folder)["format"] == "2" and meta(folder)["schema_version"] == "2"
    (copy,) = (folder / "backups").glob("before-format-2-*.vault.db")
    assert copy.stat().st_mode & 0o777 == 0o600
    # The copy is the format-1 journal exactly as it was: an older Afterglow opens it.
    conn = sqlite3.connect(copy)
    assert dict(conn.execute("SELECT key, value FROM meta"))["format"] == "1"
    conn.close()
    assert rows(copy) == rows(GOLDEN / name / VAULT_NAME)
    # Every record again, from the format-2 file, with both keys, as window and reader.
    for read_only in (False, True):
        again = VaultService(folder, kdf_params=lambda: KDF, read_only=read_only)
        again.unlock(PASSPHRASE)
        assert records(again) == want["records"] and again.store.damaged == []
        again.lock()
        again.unlock_with_recovery(recovery_code(name))
        assert records(again) == want["records"]
        again.lock()
    assert len(list((folder / "backups").glob("before-format-2-*"))) == 1  # once only


def test_every_row_is_sealed_again_as_format_two(tmp_path):
    folder = copied("v1-full", tmp_path)
    vault = VaultService(folder, kdf_params=lambda: KDF)
    vault.unlock(PASSPHRASE)
    vault.lock()
    conn = sqlite3.connect(folder / VAULT_NAME)
    blobs = [bytes(b) for (b,) in conn.execute("SELECT blob FROM records")]
    parts = conn.execute("SELECT count(*) FROM manifest").fetchone()[0]
    conn.close()
    assert len(blobs) == 33 and all(b[0] == 2 and len(b) >= 1053 for b in blobs)
    assert parts >= 1


def test_a_reader_reads_format_one_without_changing_it(tmp_path):
    folder = copied("v1-full", tmp_path)
    before = sha(folder / VAULT_NAME)
    vault = VaultService(folder, kdf_params=lambda: KDF, read_only=True)
    vault.unlock(PASSPHRASE)
    assert records(vault) == expected("v1-full")["records"]
    vault.lock()
    assert meta(folder)["format"] == "1" and not (folder / "backups").exists()
    assert sha(folder / VAULT_NAME) == before


def test_a_full_disk_during_the_move_leaves_format_one_whole(tmp_path, monkeypatch):
    folder = copied("v1-full", tmp_path)
    vault = VaultService(folder, kdf_params=lambda: KDF)

    def disk_full(self: VaultFile, values: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(VaultFile, "set_meta", disk_full)
        with pytest.raises(DiskFull):
            vault.unlock(PASSPHRASE)
    assert not vault.unlocked
    assert meta(folder)["format"] == "1"
    assert rows(folder / VAULT_NAME) == rows(GOLDEN / "v1-full" / VAULT_NAME)
    vault.unlock(PASSPHRASE)  # room again: the move happens now
    assert records(vault) == expected("v1-full")["records"]
    vault.lock()
    assert meta(folder)["format"] == "2"


def test_a_format_one_journal_with_a_stranger_s_slot_is_not_moved(tmp_path):
    # Format 1 can't vouch for its slots; Afterglow made exactly one of each, so a third
    # is someone else's, and moving would vouch for it from then on.
    folder = copied("v1-full", tmp_path)
    conn = sqlite3.connect(folder / VAULT_NAME)
    row = conn.execute("SELECT type, params, wrapped FROM keyslots WHERE type = 'recovery'")
    slot_type, params, wrapped = row.fetchone()
    conn.execute(
        "INSERT INTO keyslots(id, type, params, wrapped) VALUES (?, ?, ?, ?)",
        ("f" * 32, slot_type, json.dumps(json.loads(params)), wrapped),
    )
    conn.commit()
    conn.close()
    vault = VaultService(folder, kdf_params=lambda: KDF)
    with pytest.raises(IntegrityError, match=r"\(1 passphrase, 2 recovery key and 0 other") as e:
        vault.unlock(PASSPHRASE)
    assert e.value.exit_code == 4 and not vault.unlocked
    assert meta(folder)["format"] == "1" and not (folder / "backups").exists()


def test_writing_after_the_move_keeps_everything(tmp_path):
    folder = copied("v1-full", tmp_path)
    vault = VaultService(folder, kdf_params=lambda: KDF)
    vault.unlock(PASSPHRASE)
    services = Services.over(vault)
    written = services.journal.create("after the move")
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert records(vault) == sorted(
        [*expected("v1-full")["records"], written.to_dict()], key=lambda r: str(r["id"])
    )
    vault.lock()


def test_the_person_is_told_once_where_the_copy_is(tmp_path):
    folder = copied("v1-full", tmp_path)
    vault = VaultService(folder, kdf_params=lambda: KDF)
    vault.unlock(PASSPHRASE)
    (copy,) = (folder / "backups").glob("before-format-2-*.vault.db")
    assert vault.moved is not None and str(copy) in str(vault.moved)
    assert "newer, safer file format" in str(vault.moved)
    vault.lock()
    assert vault.moved is None
    vault.unlock(PASSPHRASE)
    assert vault.moved is None  # moved once; nothing more to say
    vault.lock()


def test_the_command_line_says_so_on_standard_error(tmp_path, cli, data_dir):
    shutil.copytree(GOLDEN / "v1-full", data_dir)
    result = cli("write", "after the move", passphrase=PASSPHRASE)
    assert result.code == 0, result.err
    assert "moved this journal to its newer, safer file format" in result.err
    assert str(data_dir / "backups") in result.err
    again = cli("list", passphrase=PASSPHRASE)
    assert again.code == 0 and "file format" not in again.err


def test_nothing_is_ever_written_in_format_one(tmp_path):
    # Only the move writes to a format-1 file; a save before it is refused, not mixed in.
    folder = copied("v1-full", tmp_path)
    vault_file = VaultFile.open(folder)
    try:
        repository = RecordRepository(vault_file, JournalKeys(bytes(32)))
        entry = Record.create(Entry("words", date(2026, 3, 14)), "2026-03-14T18:30:00.000Z")
        with pytest.raises(JournalError, match="needs a moment's update"):
            repository.save([entry])
    finally:
        vault_file.close()
    assert rows(folder / VAULT_NAME) == rows(GOLDEN / "v1-full" / VAULT_NAME)
    assert meta(folder)["format"] == "1"


KILLED_MID_MOVE = """
import os, signal, sys
from pathlib import Path
from journal_app.services.vault import VaultService
from journal_app.storage.vault_file import VaultFile
from tests.storage.golden_vault_build import KDF, PASSPHRASE

def killed(self, values):  # the rows are re-sealed; the header and index not yet written
    os.kill(os.getpid(), signal.SIGKILL)

VaultFile.set_meta = killed
VaultService(Path(sys.argv[1]), kdf_params=lambda: KDF).unlock(PASSPHRASE)
"""


def test_a_process_killed_during_the_move_leaves_format_one_whole(tmp_path):
    folder = copied("v1-full", tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", KILLED_MID_MOVE, str(folder)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert meta(folder)["format"] == "1"
    assert rows(folder / VAULT_NAME) == rows(GOLDEN / "v1-full" / VAULT_NAME)
    vault = VaultService(folder, kdf_params=lambda: KDF)
    vault.unlock(PASSPHRASE)  # the next unlock moves it, whole
    assert records(vault) == expected("v1-full")["records"]
    vault.lock()
    assert meta(folder)["format"] == "2"
