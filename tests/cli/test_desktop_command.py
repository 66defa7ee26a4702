"""`journal-app desktop install|uninstall`, always in a temporary home."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.services.desktop_entry import APP_ID, DESKTOP_FILE, ICON_SIZES, icon_name
from journal_app.services.desktop_install import (
    DesktopInstall,
    launcher_command,
    run_quietly,
    xdg_data_home,
)
from tests.small_disk import small_disk


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own: never the real one, even for code that asks the OS."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return folder


@pytest.fixture
def share(home: Path) -> Path:
    return home / ".local" / "share"


@pytest.fixture
def desktop(cli, home):
    def run(*args: str, **env: str):
        return cli("desktop", *args, env={"HOME": str(home), **env})

    return run


def ours(share: Path) -> list[Path]:
    return DesktopInstall(share).files()


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_install_puts_the_launcher_icons_and_metainfo_in_the_data_folder(desktop, share):
    result = desktop("install")
    assert result.code == 0, result.err
    assert "now in your desktop's menu" in result.out
    assert (share / "applications" / DESKTOP_FILE).is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / icon_name(size)).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert "~/.local/share/applications/" in result.out  # the home is shown as ~


def test_the_launcher_runs_this_install_by_its_full_path(desktop, share):
    desktop("install")
    keys = entry(share / "applications" / DESKTOP_FILE)
    command, program = launcher_command()
    assert Path(command[0]).is_absolute() and Path(command[0]).exists()
    assert keys["Exec"] == " ".join(command)
    assert keys["TryExec"] == str(program)
    assert keys["Icon"] == APP_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_installed_launcher_is_valid(desktop, share):
    desktop("install")
    done = subprocess.run(
        ["desktop-file-validate", str(share / "applications" / DESKTOP_FILE)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_installing_twice_brings_it_up_to_date(desktop, share):
    desktop("install")
    launcher = share / "applications" / DESKTOP_FILE
    launcher.write_text("[Desktop Entry]\nName=old\n", encoding="utf-8")
    again = desktop("install")
    assert again.code == 0 and "already in your desktop's menu" in again.out
    assert entry(launcher)["Name"] == "Afterglow"
    assert sorted(p for p in share.rglob("*") if p.is_file()) == sorted(ours(share))


def test_uninstall_removes_only_our_files(desktop, share):
    desktop("install")
    neighbour = share / "applications" / "org.example.Other.desktop"
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    other_icon = share / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    other_icon.write_bytes(b"png")
    result = desktop("uninstall")
    assert result.code == 0, result.err
    assert "no longer in your desktop's menu" in result.out
    assert not any(path.exists() for path in ours(share))
    assert neighbour.exists() and other_icon.exists()


def test_uninstall_when_not_installed_says_so_kindly(desktop, share):
    result = desktop("uninstall")
    assert result.code == 0
    assert "wasn't in your desktop's menu" in result.out and result.err == ""
    assert not share.exists()


def test_it_never_touches_the_journal(desktop, data_dir):
    desktop("install", JOURNAL_APP_DATA_DIR=str(data_dir))
    desktop("uninstall")
    assert not data_dir.exists()


def test_a_chosen_journal_is_not_written_into_the_launcher(cli, home, share, tmp_path):
    chosen = tmp_path / "elsewhere"
    result = cli("desktop", "install", "--data-dir", str(chosen), env={"HOME": str(home)})
    assert result.code == 0, result.err
    assert str(chosen) not in (share / "applications" / DESKTOP_FILE).read_text()


def test_xdg_data_home_is_used_when_absolute(desktop, tmp_path, share):
    elsewhere = tmp_path / "xdg"
    assert desktop("install", XDG_DATA_HOME=str(elsewhere)).code == 0
    assert (elsewhere / "applications" / DESKTOP_FILE).is_file()
    assert not share.exists()


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(desktop, share):
    assert desktop("install", XDG_DATA_HOME="relative/share").code == 0
    assert (share / "applications" / DESKTOP_FILE).is_file()
    assert xdg_data_home({"XDG_DATA_HOME": "x", "HOME": "/h"}) == Path("/h/.local/share")


def test_other_systems_are_told_plainly_and_nothing_is_written(desktop, share, monkeypatch):
    monkeypatch.setattr("journal_app.cli.desktop.supported", lambda: False)
    for action in ("install", "uninstall"):
        result = desktop(action)
        assert result.code == 1 and "Linux desktops" in result.err
    assert not share.exists()


def test_a_full_disk_is_named_and_nothing_half_made_is_left(desktop, tmp_path):
    with small_disk(tmp_path / "disk", 32) as disk:
        result = desktop("install", XDG_DATA_HOME=str(disk))
        assert result.code == 1
        assert "The disk is full" in result.err and "wasn't added to the menu" in result.err
        assert list(disk.iterdir()) == []  # the icons written first, and their folders, went


def test_a_read_only_disk_is_named(desktop, tmp_path):
    with small_disk(tmp_path / "disk", 64, read_only=True) as disk:
        result = desktop("install", XDG_DATA_HOME=str(disk))
        assert result.code == 1 and "read-only" in result.err.lower()


def test_an_uninstall_the_disk_refuses_says_it_is_still_there(desktop, tmp_path):
    with small_disk(tmp_path / "disk", 256) as disk:
        assert desktop("install", XDG_DATA_HOME=str(disk)).code == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = desktop("uninstall", XDG_DATA_HOME=str(disk))
        assert result.code == 1
        assert "read-only" in result.err and "Afterglow is still in the menu" in result.err
        assert (disk / "applications" / DESKTOP_FILE).is_file()


def test_a_file_where_a_folder_should_be_is_refused_and_rolled_back(desktop, share):
    share.mkdir(parents=True)
    (share / "metainfo").write_text("not a folder", encoding="utf-8")
    result = desktop("install")
    assert result.code == 1
    assert result.err.startswith(f"Couldn't write to {share / 'metainfo'} (")
    assert "wasn't added to the menu" in result.err
    assert sorted(share.iterdir()) == [share / "metainfo"]  # icons and folders taken back


# The service, with the desktop's cache tools faked


class Tools:
    """Which cache tools exist, and what was run."""

    def __init__(self, *present: str) -> None:
        self.present = set(present)
        self.ran: list[list[str]] = []

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}" if name in self.present else None

    def run(self, command) -> None:
        self.ran.append(list(command))


def test_missing_cache_tools_are_no_problem(tmp_path):
    tools = Tools()
    DesktopInstall(tmp_path, run=tools.run, which=tools.which).install(["/a"])
    assert tools.ran == []


def test_caches_are_refreshed_where_they_exist_and_never_created(tmp_path):
    tools = Tools("update-desktop-database", "gtk-update-icon-cache")
    desktop = DesktopInstall(tmp_path, run=tools.run, which=tools.which)
    desktop.install(["/a"])
    assert tools.ran == []  # no caches here: the desktop reads the files themselves
    (tmp_path / "applications" / "mimeinfo.cache").write_text("")
    (tmp_path / "icons" / "hicolor" / "icon-theme.cache").write_bytes(b"")
    desktop.install(["/a"])
    desktop.uninstall()
    names = [Path(command[0]).name for command in tools.ran]
    assert names == ["update-desktop-database", "gtk-update-icon-cache"] * 2
    assert str(tmp_path / "icons" / "hicolor") in tools.ran[1]


def test_a_cache_tool_that_fails_or_hangs_does_not_fail_the_install(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise subprocess.TimeoutExpired("gtk-update-icon-cache", 30)

    monkeypatch.setattr(subprocess, "run", refuse)
    run_quietly(["gtk-update-icon-cache", str(tmp_path)])  # no exception
    run_quietly([str(tmp_path / "no-such-tool")])


def test_a_symlink_in_our_place_is_replaced_not_followed(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    desktop = DesktopInstall(tmp_path / "share", run=lambda c: None, which=lambda n: None)
    desktop.desktop_file.parent.mkdir(parents=True)
    desktop.desktop_file.symlink_to(target)
    desktop.install(["/a"])
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not desktop.desktop_file.is_symlink()
    desktop.desktop_file.unlink()
    desktop.desktop_file.symlink_to(target)
    desktop.uninstall()
    assert target.read_text(encoding="utf-8") == "keep me"


# Which program the launcher runs


def test_the_afterglow_script_beside_this_python_is_chosen(tmp_path):
    bin_folder = tmp_path / "venv" / "bin"
    bin_folder.mkdir(parents=True)
    (bin_folder / "python").symlink_to(sys.executable)
    script = bin_folder / "afterglow"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launcher_command(str(bin_folder / "python"), frozen=False) == ([str(script)], script)


def test_without_the_script_this_python_opens_the_module(tmp_path, monkeypatch):
    monkeypatch.setattr("sysconfig.get_path", lambda name, scheme=None: str(tmp_path / "none"))
    python = tmp_path / "bin" / "python3"
    command, program = launcher_command(str(python), frozen=False)
    assert command == [str(python), "-m", "journal_app"] and program == python


def test_a_pip_user_install_finds_its_script(tmp_path, monkeypatch):
    user_bin = tmp_path / "home" / ".local" / "bin"
    user_bin.mkdir(parents=True)
    script = user_bin / "afterglow"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)

    def scripts(name: str, scheme: str | None = None) -> str:
        return str(user_bin if scheme and scheme.endswith("_user") else tmp_path / "usr" / "bin")

    monkeypatch.setattr("sysconfig.get_path", scripts)
    python = tmp_path / "usr" / "bin" / "python3"
    assert launcher_command(str(python), frozen=False) == ([str(script)], script)


def test_a_bundle_runs_its_own_program(tmp_path):
    program = tmp_path / "afterglow-bundle" / "journal-app"
    assert launcher_command(str(program), frozen=True) == ([str(program)], program)
