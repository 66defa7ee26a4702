"""`journal-app completion SHELL` and `--version`: made from the parser, read by real shells."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.cli.commands_tree import walk
from journal_app.cli.completion import fish_quote
from journal_app.cli.parser import build_parser
from tests.conftest import Result

Runner = Callable[..., Result]
EVERY_NAME = sorted({name for command in walk(build_parser()) for name in command.path})


def script(cli: Runner, shell: str) -> str:
    result = cli("completion", shell, passphrase=None)
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out


def written(tmp_path: Path, cli: Runner, shell: str) -> Path:
    path = tmp_path / f"journal-app.{shell}"
    path.write_text(script(cli, shell), encoding="utf-8")
    return path


def needs(program: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(program) is None, reason=f"{program} is not installed")


def test_version_prints_the_command_and_version_and_asks_nothing(cli):
    result = cli("--version", passphrase=None)
    assert (result.code, result.out, result.err) == (0, f"journal-app {__version__}\n", "")


def test_version_loads_no_qt_and_needs_no_journal(tmp_path):
    code = (
        "import sys; from journal_app.cli import main; code = main(['--version']); "
        "print('PySide6' in sys.modules, code)"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "JOURNAL_APP_DATA_DIR": "/nonexistent"}
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, stdin=None
    )
    assert found.stdout.splitlines() == [f"journal-app {__version__}", "False 0"], found.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_every_script_names_every_command_and_action(cli, shell):
    text = script(cli, shell)
    missing = [name for name in EVERY_NAME if name not in text]
    assert missing == []
    assert "completion" in text and "help-now" in text and "journey" in text


def test_completion_needs_no_journal_and_no_passphrase(cli, data_dir):
    # Prompt([]) fails the test if anything is asked for; the folder does not exist.
    assert not data_dir.exists()
    assert script(cli, "fish").startswith("# fish completion for journal-app")
    assert not data_dir.exists()


def test_an_unknown_shell_is_a_usage_error_with_the_choices(cli):
    result = cli("completion", "tcsh", passphrase=None)
    assert result.code == 2
    assert result.out == ""
    assert "'bash', 'zsh', 'fish'" in result.err


def test_without_shtab_bash_says_what_to_install_and_fish_still_works(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "shtab", None)  # import shtab now raises ImportError
    result = cli("completion", "bash", passphrase=None)
    assert result.code == 1
    assert result.out == ""
    assert "pip install shtab" in result.err
    assert "Traceback" not in result.err
    assert script(cli, "fish")


def bash_complete(path: Path, words: list[str], cwd: Path) -> list[str]:
    """What Tab offers in bash after typing ``words`` (the last one is being completed)."""
    quoted = " ".join(f"'{word}'" for word in words)
    driver = (
        f"source '{path}'\n"
        f"COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}\n"
        'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}\n'
        "_shtab_journal_app\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    found = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", driver],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=True,
    )
    return found.stdout.split()


@needs("bash")
def test_bash_parses_the_script_and_tab_offers_commands_actions_and_files(cli, tmp_path):
    path = written(tmp_path, cli, "bash")
    subprocess.run(["bash", "-n", str(path)], check=True)
    assert bash_complete(path, ["journal-app", "wr"], tmp_path) == ["write"]
    assert bash_complete(path, ["journal-app", "journey", ""], tmp_path) == [
        "add",
        "show",
        "steps",
        "edit",
        "vitals",
        "effect",
        "due",
        "list",
    ]
    assert bash_complete(path, ["journal-app", "list", "--kind", "che"], tmp_path) == ["checkin"]
    (tmp_path / "old-journal.json").write_text("{}")
    offered = bash_complete(path, ["journal-app", "import", "json", "old-"], tmp_path)
    assert offered == ["old-journal.json"]


@needs("zsh")
def test_zsh_parses_the_script(cli, tmp_path):
    path = written(tmp_path, cli, "zsh")
    assert path.read_text().startswith("#compdef journal-app")
    subprocess.run(["zsh", "-n", str(path)], check=True)


def fish_complete(path: Path, line: str, tmp_path: Path) -> list[str]:
    found = subprocess.run(
        ["fish", "--no-config", "-c", f"source {path}; complete -C {fish_quote(line)}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert found.stderr == ""
    return [row.split("\t")[0] for row in found.stdout.splitlines()]


@needs("fish")
def test_fish_parses_the_script_and_completes_by_where_you_are(cli, tmp_path):
    path = written(tmp_path, cli, "fish")
    subprocess.run(["fish", "--no-config", "-n", str(path)], check=True)
    assert fish_complete(path, "journal-app jou", tmp_path) == ["journey"]
    actions = fish_complete(path, "journal-app journey ", tmp_path)
    assert sorted(actions) == ["add", "due", "edit", "effect", "list", "show", "steps", "vitals"]
    # "list" after "journey" is the journey's list: no --kind, which belongs to `list`.
    options = fish_complete(path, "journal-app --data-dir /tmp journey list --", tmp_path)
    assert "--json" in options and "--kind" not in options
    assert fish_complete(path, "journal-app list --kind che", tmp_path) == ["checkin"]
    (tmp_path / "notes.md").write_text("")
    assert "notes.md" in fish_complete(path, "journal-app import markdown no", tmp_path)


@needs("fish")
def test_fish_quote_keeps_quotes_and_backslashes_as_they_are(tmp_path):
    hostile = "it's a \\ back'slash; $(rm -rf /) `x` \"q\""
    found = subprocess.run(
        ["fish", "--no-config", "-c", f"printf %s {fish_quote(hostile)}"],
        capture_output=True,
        text=True,
        check=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert found.stdout == hostile


def test_the_window_command_names_itself_in_its_version(monkeypatch):
    from journal_app.cli.parser import program_name

    monkeypatch.setattr("sys.argv", ["/home/sam/.local/bin/afterglow", "--version"])
    assert program_name() == "afterglow"
    monkeypatch.setattr("sys.argv", ["C:\\\\Apps\\\\afterglow.exe"])
    assert program_name() == "afterglow"
    monkeypatch.setattr("sys.argv", ["/usr/bin/journal-app"])
    assert program_name() == "journal-app"
