"""Secrets and journal text stay off the command line where they can (issue 11).

Whatever is typed as an argument is visible to other accounts in the process list and
kept in shell history. The recovery key can come from a file, the environment or a
prompt; journal text from standard input; `--help` says so wherever text is an option.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


@pytest.fixture
def help_of(cli, monkeypatch):
    """The --help text of a command; $COLUMNS is wide so argparse keeps each help whole."""
    monkeypatch.setenv("COLUMNS", "1000")

    def text(*command: str) -> str:
        result = cli(*command, "--help")
        assert result.code == 0, result.err
        return result.out

    return text


def option_help(help_text: str, option: str) -> str:
    """What the help says for ``option`` (its own line and any continuation)."""
    lines = help_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(option))
    said = [lines[start].strip()[len(option) :]]
    for line in lines[start + 1 :]:
        if line.lstrip().startswith("-") or not line.startswith(" "):
            break
        said.append(line)
    return " ".join(" ".join(said).split())


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (("edit",), "--text TEXT"),
        (("edit",), "--title TITLE"),
        (("write",), "--title TITLE"),
        (("checkin",), "--note NOTE"),
        (("journey", "add"), "--intention INTENTION"),
        (("journey", "add"), "--notes NOTES"),
        (("journey", "add"), "--narrative NARRATIVE"),
        (("journey", "add"), "--body BODY"),
    ],
)
def test_text_options_say_standard_input_keeps_text_private(help_of, command, option):
    said = option_help(help_of(*command), option)
    assert "visible to other accounts in the process list" in said
    assert "kept in shell history" in said
    assert "standard input" in said


def test_write_help_says_standard_input_keeps_the_entry_out_of_history(help_of):
    said = option_help(help_of("write"), "TEXT")
    assert (
        "leave it out to type or pipe it on standard input, which keeps your words out of "
        "shell history and the process list" in said
    )


def test_recovery_key_option_warns_and_points_to_the_private_ways(help_of):
    said = option_help(help_of("backup", "restore"), "--recovery-key KEY")
    assert "visible to other accounts in the process list" in said
    assert "kept in shell history" in said
    assert "--recovery-key-file" in said and "$JOURNAL_APP_RECOVERY_KEY" in said


@pytest.mark.parametrize("command", [("backup", "restore"), ("backup", "verify"), ("passwd",)])
def test_every_command_taking_a_recovery_key_takes_it_from_a_file(help_of, command):
    assert "--recovery-key-file FILE" in help_of(*command)


def test_write_reads_the_entry_from_standard_input(initialised):
    result = initialised("write", "--title", "Evening", input="Words never typed as an argument\n")
    assert result.code == 0, result.err
    shown = json.loads(initialised("show", result.out.strip(), "--json").out)
    assert "Words never typed as an argument" in json.dumps(shown)


def test_edit_reads_the_new_text_from_standard_input(initialised, write_entry):
    entry = write_entry("First words")
    result = initialised("edit", entry, input="Second words, from standard input\n")
    assert result.code == 0, result.err
    shown = json.loads(initialised("show", entry, "--json").out)
    assert "Second words, from standard input" in json.dumps(shown)


@pytest.fixture
def backup_with_key(cli, tmp_path):
    """A journal's backup and its recovery key, written to a file of its own."""
    created = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE})
    assert created.code == 0, created.err
    assert cli("write", "Kept through the recovery key").code == 0
    backup = tmp_path / "b.journal-backup"
    assert cli("backup", "export", str(backup)).code == 0
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(created.out.strip() + "\n", encoding="utf-8")
    return backup, key_file


def test_restore_opens_the_backup_with_a_recovery_key_file(cli, backup_with_key, tmp_path):
    backup, key_file = backup_with_key
    target = str(tmp_path / "restored")
    result = cli(
        "--data-dir",
        target,
        "backup",
        "restore",
        str(backup),
        "--recovery-key-file",
        str(key_file),
        passphrase=None,  # neither a passphrase nor a prompt: only the file can open it
        env={"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert result.code == 0, result.err
    listed = cli("--data-dir", target, "list", "--json", passphrase=NEW_PASSPHRASE)
    assert "Kept through the recovery key" in listed.out


def test_verify_opens_the_backup_with_a_recovery_key_file(cli, backup_with_key):
    backup, key_file = backup_with_key
    result = cli(
        "backup", "verify", str(backup), "--recovery-key-file", str(key_file), passphrase=None
    )
    assert result.code == 0, result.err
    assert "intact" in result.out


def test_passwd_opens_the_journal_with_a_recovery_key_file(cli, backup_with_key):
    _, key_file = backup_with_key
    result = cli(
        "passwd",
        "--recovery",
        "--recovery-key-file",
        str(key_file),
        passphrase=None,
        env={"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert result.code == 0, result.err
    assert cli("list", passphrase=NEW_PASSPHRASE).code == 0


def test_a_key_file_and_a_key_together_are_a_usage_error(cli, backup_with_key):
    backup, key_file = backup_with_key
    result = cli(
        "backup",
        "restore",
        str(backup),
        "--recovery-key-file",
        str(key_file),
        "--recovery-key",
        "ABCD",
    )
    assert result.code == 2
    assert "not allowed with" in result.err
