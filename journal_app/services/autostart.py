"""Open Afterglow when the person logs in: an XDG autostart entry on Linux and the BSDs.

The entry runs this install's Python with ``-m journal_app`` (and the journal's folder
when it is not the usual one), which opens the window at the passphrase screen: the
journal starts locked. Turning it off removes the file. Nothing else is written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.outputs import make_private_folder, write_private_file

FILE_NAME = "afterglow.desktop"
NOT_OPENING = QT_TRANSLATE_NOOP("messages", "Afterglow won't open when you log in")  # "so ..."
MARK = "X-Afterglow-Autostart=true"  # written by Afterglow, so ours to remove


def supported(platform: str = sys.platform) -> bool:
    """Whether this system reads XDG autostart entries (Linux and the BSDs)."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def autostart_folder(env: Mapping[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart, or ~/.config/autostart (a relative value is ignored)."""
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def launch_command(journal_folder: Path | None = None) -> list[str]:
    """The command that opens this install's window, on ``journal_folder`` if given."""
    command = [sys.executable, "-m", "journal_app"]
    if journal_folder is not None:
        command += ["--data-dir", str(journal_folder)]
    return command


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(argument: str) -> str:
    """One argument as the Desktop Entry spec wants it in Exec=, then as a string value.

    Quoted when it holds a reserved character; inside quotes ``"`` ``` ` ``` ``$`` and
    ``\\`` take a backslash; ``%`` is doubled; then the value's own backslashes double.
    """
    if any(c in "\n\r" for c in argument):
        raise ValueError("a line break can't be in an autostart command")
    quoted = argument.replace("%", "%%")
    if not argument or any(c in _RESERVED for c in argument):
        for c in ("\\", '"', "`", "$"):
            quoted = quoted.replace(c, "\\" + c)
        quoted = f'"{quoted}"'
    return quoted.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], name: str, comment: str, icon: Path | None) -> str:
    """The text of the autostart file."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={_value(name)}",
        f"Comment={_value(comment)}",
        "Exec=" + " ".join(exec_argument(a) for a in command),
        "Terminal=false",
        "Categories=Utility;",
        "X-GNOME-Autostart-enabled=true",
        MARK,
    ]
    if icon is not None:
        lines.insert(4, f"Icon={_value(str(icon))}")
    return "\n".join(lines) + "\n"


def _value(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\")


class Autostart:
    """The autostart entry in one folder (the user's, unless a test gives another)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or autostart_folder()

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    def enabled(self) -> bool:
        """Whether Afterglow's own entry is there."""
        try:
            return MARK in self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False

    def enable(self, command: Sequence[str], *, name: str, comment: str, icon: Path | None) -> None:
        """Write the entry (replacing an older one of ours), private and whole.

        Raises:
            StorageProblem: the folder or file could not be written.
        """
        make_private_folder(self.folder)
        text = desktop_entry(command, name, comment, icon)
        write_private_file(self.path, text.encode("utf-8"), outcome=NOT_OPENING)

    def disable(self) -> None:
        """Remove the entry if it is ours; a missing one is already off."""
        if self.enabled():
            self.path.unlink(missing_ok=True)
