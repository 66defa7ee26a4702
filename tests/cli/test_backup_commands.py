"""backup export / verify / restore from the command line, with their exit codes."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def exported(initialised, tmp_path):
    assert initialised("write", "Backed-up words", "--tag", "kept").code == 0
    path = tmp_path / "my.journal-backup"
    result = initialised("backup", "export", str(path))
    assert result.code == 0, result.err
    assert "Backup written" in result.err
    return path


def test_verify_says_it_is_intact_and_what_it_holds(initialised, exported):
    result = initialised("backup", "verify", str(exported))
    assert result.code == 0, result.err
    assert "intact" in result.out and "1 entries" in result.out


def test_verify_with_a_wrong_passphrase_exits_3(initialised, exported):
    assert initialised("backup", "verify", str(exported), passphrase="wrong one here").code == 3


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: b[:-5], "ends early"),
        (lambda b: b + b"extra", "added to the end"),
        (lambda b: b[:-40] + bytes([b[-40] ^ 1]) + b[-39:], "changed after it was written"),
        (lambda b: b"", "not an Afterglow backup"),
    ],
)
def test_damaged_backups_exit_4_with_a_specific_message(initialised, exported, damage, message):
    exported.write_bytes(damage(exported.read_bytes()))
    result = initialised("backup", "verify", str(exported))
    assert result.code == 4
    assert message in result.err


def test_restore_into_an_empty_folder_recreates_the_journal(initialised, exported, tmp_path):
    target = str(tmp_path / "elsewhere")
    result = initialised("--data-dir", target, "backup", "restore", str(exported))
    assert result.code == 0, result.err
    listed = json.loads(initialised("--data-dir", target, "list", "--json").out)
    assert [e["tags"] for e in listed] == [["kept"]]


def test_restore_over_a_journal_needs_merge(initialised, exported):
    result = initialised("backup", "restore", str(exported))
    assert result.code == 1 and "--merge" in result.err
    merged = initialised("backup", "restore", str(exported), "--merge")
    assert merged.code == 0, merged.err
    assert "Nothing was deleted" in merged.err


def test_restore_with_the_recovery_key_sets_a_new_passphrase(cli, tmp_path):
    created = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": "correct horse battery staple"})
    code = created.out.strip()
    path = tmp_path / "b.journal-backup"
    assert cli("backup", "export", str(path)).code == 0
    target = str(tmp_path / "new")
    result = cli(
        "--data-dir",
        target,
        "backup",
        "restore",
        str(path),
        "--recovery-key",
        code,
        passphrase=None,
        env={"JOURNAL_APP_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    assert result.code == 0, result.err
    assert cli("--data-dir", target, "list", passphrase="a brand new passphrase").code == 0


def test_a_missing_backup_file_exits_1(initialised, tmp_path):
    result = initialised("backup", "verify", str(tmp_path / "nope.journal-backup"))
    assert result.code == 1 and "Couldn't read" in result.err
