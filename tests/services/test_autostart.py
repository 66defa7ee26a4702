"""Open Afterglow when I log in: the XDG autostart entry, written and removed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.cli.parser import build_parser
from journal_app.services.autostart import (
    FILE_NAME,
    Autostart,
    autostart_folder,
    exec_argument,
    launch_command,
    supported,
)

NAME, COMMENT = "Afterglow", "Your private journal, opened locked"


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG_CONFIG_HOME, so no test comes near the real one."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return home


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def exec_words(value: str) -> list[str]:
    """Exec= read back as the Desktop Entry spec says: string unescape, then quoting."""
    value = value.replace("\\\\", "\\")
    words: list[str] = []
    word, quoted, inside, chars = "", False, False, iter(value)
    for char in chars:
        if inside and char == "\\":
            word += next(chars)
        elif char == '"':
            inside, quoted = not inside, True
        elif char == " " and not inside:
            if word or quoted:
                words.append(word)
            word, quoted = "", False
        else:
            word += char
    if word or quoted:
        words.append(word)
    return [w.replace("%%", "%") for w in words]


def test_the_entry_goes_in_xdg_config_home_and_goes_away_when_turned_off(config_home):
    autostart = Autostart()
    assert autostart.path == config_home / "autostart" / FILE_NAME
    assert not autostart.enabled()
    autostart.enable(launch_command(Path("/j")), name=NAME, comment=COMMENT, icon=None)
    assert autostart.enabled()
    fields = entry(autostart.path)
    assert fields["Type"] == "Application" and fields["Name"] == NAME
    assert exec_words(fields["Exec"]) == [sys.executable, "-m", "journal_app", "--data-dir", "/j"]
    assert autostart.path.stat().st_mode & 0o777 == 0o600
    autostart.disable()
    assert not autostart.path.exists() and not autostart.enabled()
    autostart.disable()  # already off: nothing happens


def test_a_relative_xdg_config_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert (
        autostart_folder({"XDG_CONFIG_HOME": "relative/dir"}) == Path.home() / ".config/autostart"
    )
    assert autostart_folder({}) == Path.home() / ".config" / "autostart"


def test_someone_elses_file_of_the_same_name_is_left_alone(config_home):
    autostart = Autostart()
    autostart.folder.mkdir(parents=True)
    autostart.path.write_text("[Desktop Entry]\nType=Application\nExec=other\n")
    assert not autostart.enabled()
    autostart.disable()
    assert autostart.path.exists()


def test_the_command_opens_the_window_on_this_journal_locked(config_home):
    """The words after ``-m journal_app`` are the window's: no command, no --demo."""
    folder = Path("/home/someone/My Journal $HOME")
    Autostart().enable(launch_command(folder), name=NAME, comment=COMMENT, icon=None)
    words = exec_words(entry(Autostart().path)["Exec"])
    assert words[:3] == [sys.executable, "-m", "journal_app"]
    args = build_parser().parse_args(words[3:])
    assert args.command is None and not args.demo and args.data_dir == str(folder)


@pytest.mark.parametrize(
    "argument",
    ["/usr/bin/python3", "/a b/c", 'say "hi"', "100%", "a\\b", "$HOME", "`x`", "", "~/x"],
)
def test_exec_arguments_survive_quoting(argument):
    assert exec_words(exec_argument(argument)) == [argument]


def test_a_line_break_in_the_command_is_refused():
    with pytest.raises(ValueError, match="line break"):
        exec_argument("a\nb")


def test_a_folder_that_cannot_be_made_is_reported(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError):
        Autostart(blocker / "autostart").enable(["x"], name=NAME, comment=COMMENT, icon=None)


def test_autostart_is_offered_on_linux_and_the_bsds_only():
    assert supported("linux") and supported("freebsd14")
    assert not supported("win32") and not supported("darwin")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entry_passes_desktop_file_validate(config_home):
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "afterglow.svg"
    Autostart().enable(
        launch_command(Path("/tmp/a journal; rm -rf ~")), name=NAME, comment=COMMENT, icon=icon
    )
    result = subprocess.run(
        ["desktop-file-validate", str(Autostart().path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout
