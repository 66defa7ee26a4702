"""``journal-app desktop install|uninstall``: Afterglow in the desktop's menu, or not."""

from __future__ import annotations

from pathlib import Path

from journal_app.cli.context import CliContext
from journal_app.services.autostart import supported
from journal_app.services.desktop_install import DesktopInstall, launcher_command, xdg_data_home

NOT_HERE = (
    "Adding Afterglow to the menu works on Linux desktops (GNOME, KDE, Xfce and others). "
    "Nothing was changed. On this computer, open Afterglow with the `afterglow` command."
)


def _home_relative(path: Path, home: Path) -> str:
    try:
        return "~/" + path.relative_to(home).as_posix()
    except ValueError:
        return str(path)


def _home(ctx: CliContext) -> Path:
    value = ctx.env.get("HOME", "")
    return Path(value) if value else Path.home()


def install(ctx: CliContext) -> int:
    """Write the launcher, icons and metainfo; running it again brings them up to date."""
    if not supported():
        ctx.say(NOT_HERE)
        return 1
    desktop = DesktopInstall(xdg_data_home(ctx.env))
    command, program = launcher_command()
    outcome = desktop.install(command, try_exec=program)
    home = _home(ctx)
    if outcome.was_installed:
        ctx.out("Afterglow was already in your desktop's menu; it is now up to date.")
    else:
        ctx.out("Afterglow is now in your desktop's menu. It may take a moment to appear.")
    ctx.out(f"  launcher:  {_home_relative(desktop.desktop_file, home)}")
    ctx.out(f"  icons:     {_home_relative(desktop.icon_theme, home)}")
    ctx.out(f"  details:   {_home_relative(desktop.metainfo_file, home)}")
    ctx.out(f"It opens with {' '.join(command)}")
    ctx.out("To take it out of the menu again: journal-app desktop uninstall")
    return 0


def uninstall(ctx: CliContext) -> int:
    """Remove the files `install` wrote; saying so kindly when there were none."""
    if not supported():
        ctx.say(NOT_HERE)
        return 1
    outcome = DesktopInstall(xdg_data_home(ctx.env)).uninstall()
    if not outcome.was_installed:
        ctx.out("Afterglow wasn't in your desktop's menu, so there was nothing to take out.")
        return 0
    ctx.out("Afterglow is no longer in your desktop's menu. Your journal was not touched.")
    return 0
