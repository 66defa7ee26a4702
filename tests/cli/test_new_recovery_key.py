"""`passwd --new-recovery-key`: a new recovery key, shown once; the old one stops working."""

from __future__ import annotations

import re
from pathlib import Path

from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

RECOVERY_KEY = re.compile(r"^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){13}$")
NEW = "a brand new passphrase"


def _init(cli) -> str:
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE}, passphrase=None)
    assert result.code == 0, result.err
    return result.out.strip()


def _new_key(cli) -> str:
    result = cli("passwd", "--new-recovery-key")
    assert result.code == 0, result.err
    return result.out.strip()


def _open_with(cli, key: str) -> int:
    """Open the journal with ``key`` (setting NEW as the passphrase); the exit code."""
    return cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": key, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
        passphrase=None,
    ).code


def _verify_backup(cli, path: Path, key: str, tmp_path: Path) -> int:
    key_file = tmp_path / "key.txt"
    key_file.write_text(key + "\n", encoding="utf-8")
    return cli(
        "backup", "verify", str(path), "--recovery-key-file", str(key_file), passphrase=None
    ).code


def _export(cli, path: Path) -> None:
    result = cli("backup", "export", str(path))
    assert result.code == 0, result.err


def test_it_prints_the_new_key_once_on_stdout_with_what_it_means(cli):
    old = _init(cli)
    result = cli("passwd", "--new-recovery-key")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1
    new = lines[0]
    assert RECOVERY_KEY.match(new), new
    assert new != old
    assert new not in result.err
    assert "This is your new recovery key" in result.err
    assert "shown only this once: write it down or print it" in result.err
    assert "old recovery key no longer opens this journal" in result.err
    assert "still opens the backups" in result.err


def test_the_new_key_opens_the_journal_and_the_old_one_is_refused(cli):
    old = _init(cli)
    new = _new_key(cli)
    refused = cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": old, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
        passphrase=None,
    )
    assert refused.code == 3
    assert cli("list").code == 0  # nothing changed: the passphrase still opens it
    assert _open_with(cli, new) == 0
    assert cli("list", passphrase=NEW).code == 0


def test_the_new_key_opens_the_journal_in_a_fresh_vault_service(cli, data_dir):
    old = _init(cli)
    new = _new_key(cli)
    vault = VaultService(data_dir, kdf_params=cheap_kdf, clock=fixed_clock)
    try:
        vault.unlock_with_recovery(new)
        assert vault.unlocked
    finally:
        vault.lock()
    assert _open_with(cli, old) == 3


def test_the_passphrase_and_the_entries_stay_as_they_were(cli):
    _init(cli)
    entry_id = cli("write", "still here").out.strip()
    _new_key(cli)
    shown = cli("show", entry_id)
    assert shown.code == 0, shown.err
    assert "still here" in shown.out


def test_a_backup_made_afterwards_opens_with_the_new_key_only(cli, tmp_path):
    old = _init(cli)
    new = _new_key(cli)
    after = tmp_path / "after.journal-backup"
    _export(cli, after)
    assert _verify_backup(cli, after, new, tmp_path) == 0
    assert _verify_backup(cli, after, old, tmp_path) == 3


def test_a_backup_made_before_still_opens_with_the_old_key(cli, tmp_path):
    old = _init(cli)
    before = tmp_path / "before.journal-backup"
    _export(cli, before)
    _new_key(cli)
    assert _verify_backup(cli, before, old, tmp_path) == 0


def test_a_wrong_passphrase_exits_3_and_changes_nothing(cli, data_dir):
    old = _init(cli)
    vault_file = data_dir / "vault.db"
    before = vault_file.read_bytes()
    result = cli("passwd", "--new-recovery-key", passphrase="not the passphrase at all")
    assert result.code == 3
    assert result.out == ""
    assert vault_file.read_bytes() == before
    assert _open_with(cli, old) == 0


def test_it_cannot_be_combined_with_recovery(cli, data_dir):
    old = _init(cli)
    before = (data_dir / "vault.db").read_bytes()
    result = cli(
        "passwd",
        "--recovery",
        "--new-recovery-key",
        env={"JOURNAL_APP_RECOVERY_KEY": old, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
    )
    assert result.code == 2
    assert "--new-recovery-key" in result.err and "--recovery" in result.err
    assert result.out == ""
    assert (data_dir / "vault.db").read_bytes() == before
