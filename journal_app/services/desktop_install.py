"""Put Afterglow in the person's desktop menu, or take it out: files under $XDG_DATA_HOME.

``journal-app desktop install`` writes the launcher entry, the icon at every hicolor size
and the AppStream metainfo; ``uninstall`` removes exactly those files. Nothing of the
journal is named in them, and the journal is never touched. See docs/desktop.md.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from journal_app.domain.errors import JournalError, storage_problem
from journal_app.messages import QT_TRANSLATE_NOOP, Message, verbatim
from journal_app.services.desktop_entry import (
    APP_ID,
    DESKTOP_FILE,
    ICON_SIZES,
    METAINFO_FILE,
    icon_name,
    launcher_entry,
)
from journal_app.services.outputs import write_private_file
from journal_app.texts import resource_root

log = logging.getLogger(__name__)

LAUNCHER_SCRIPT = "afterglow"
# What did not happen, after "so".
NOT_ADDED = Message(QT_TRANSLATE_NOOP("messages", "Afterglow wasn't added to the menu"))
NOT_REMOVED = Message(QT_TRANSLATE_NOOP("messages", "Afterglow is still in the menu"))
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "Couldn't write to {place} ({detail}), so {outcome}. Nothing else was changed.",
)
REMOVE_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "Couldn't remove {place} ({detail}), so {outcome}. Nothing else was changed.",
)
A_DESKTOP_FILE = QT_TRANSLATE_NOOP("messages", "a desktop file")
TOOL_SECONDS = 30  # a cache tool that takes longer is left to finish on its own
Runner = Callable[[Sequence[str]], None]


def xdg_data_home(env: Mapping[str, str]) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share (a relative value is ignored, as the spec says)."""
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    home = env.get("HOME", "")
    base = Path(home) if home and Path(home).is_absolute() else Path.home()
    return base / ".local" / "share"


def launcher_command(
    executable: str = sys.executable, *, frozen: bool = bool(getattr(sys, "frozen", False))
) -> tuple[list[str], Path]:
    """The command that opens this install's window, and the program it runs.

    This install's ``afterglow`` script when there is one: beside its Python (a venv,
    pipx), in its scripts folder, or in pip ``--user``'s. In a bundle, the bundle's own
    program; else this Python with ``-m journal_app``. Paths are absolute and symlinks
    are kept, so a venv's Python stays the venv's.
    """
    program = Path(executable).absolute()
    folders = [program.parent]
    if not frozen:
        folders.append(Path(sysconfig.get_path("scripts")))
        folders.append(Path(sysconfig.get_path("scripts", sysconfig.get_preferred_scheme("user"))))
    for folder in folders:
        script = folder.absolute() / LAUNCHER_SCRIPT
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)], script
    if frozen:
        return [str(program)], program
    return [str(program), "-m", "journal_app"], program


def run_quietly(command: Sequence[str]) -> None:
    """Run a desktop cache tool; its failure is logged and otherwise let be."""
    try:
        subprocess.run(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TOOL_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.debug("%s did not run: %s", command[0], type(error).__name__)


@dataclass(frozen=True)
class Outcome:
    """What an install or uninstall did."""

    paths: tuple[Path, ...]  # written, or removed
    was_installed: bool  # before this ran


class DesktopInstall:
    """Afterglow's desktop files under one data folder (the person's, unless a test gives one)."""

    def __init__(
        self,
        data_home: Path,
        *,
        resources: Traversable | None = None,
        run: Runner = run_quietly,
        which: Callable[[str], str | None] = shutil.which,
    ) -> None:
        self.data_home = data_home
        self._resources = resources if resources is not None else resource_root()
        self._run = run
        self._which = which

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / DESKTOP_FILE

    @property
    def metainfo_file(self) -> Path:
        return self.data_home / "metainfo" / METAINFO_FILE

    @property
    def icon_theme(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    def icon_files(self) -> list[Path]:
        pngs = [self.icon_theme / icon_name(size) for size in ICON_SIZES]
        return [*pngs, self.icon_theme / "scalable" / "apps" / f"{APP_ID}.svg"]

    def files(self) -> list[Path]:
        """Every file install writes, in the order it writes them (the launcher last)."""
        return [*self.icon_files(), self.metainfo_file, self.desktop_file]

    def installed(self) -> bool:
        return any(path.is_file() or path.is_symlink() for path in self.files())

    def install(self, command: Sequence[str], try_exec: Path | None = None) -> Outcome:
        """Write (or bring up to date) every file; on failure, remove the ones this made.

        Raises:
            StorageProblem, JournalError: a folder or file could not be written.
        """
        was_installed = self.installed()
        contents = self._contents(command, try_exec)
        made: list[Path] = []  # files and folders this run created, to take back on failure
        try:
            for path, data in zip(self.files(), contents, strict=True):
                made += _make_folders(path.parent)
                existed = path.exists() or path.is_symlink()
                write_private_file(path, data, outcome=NOT_ADDED)
                if not existed:
                    made.append(path)
        except OSError as error:
            _take_back(made)
            raise _problem(error, WRITE_FAILED, NOT_ADDED) from None
        except JournalError:
            _take_back(made)
            raise
        self._refresh()
        return Outcome(tuple(self.files()), was_installed)

    def uninstall(self) -> Outcome:
        """Remove Afterglow's files (the launcher first); other files are left as they are.

        Raises:
            StorageProblem, JournalError: a file could not be removed.
        """
        removed: list[Path] = []
        for path in reversed(self.files()):
            if not (path.is_file() or path.is_symlink()):
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                raise _problem(error, REMOVE_FAILED, NOT_REMOVED) from None
            removed.append(path)
        if removed:
            self._refresh()
        return Outcome(tuple(removed), bool(removed))

    def _contents(self, command: Sequence[str], try_exec: Path | None) -> list[bytes]:
        desktop = self._resources.joinpath("desktop")
        icons = self._resources.joinpath("icons")
        pngs = [
            icons.joinpath("hicolor", *icon_name(s).split("/")).read_bytes() for s in ICON_SIZES
        ]
        template = desktop.joinpath(DESKTOP_FILE).read_text(encoding="utf-8")
        return [
            *pngs,
            icons.joinpath("afterglow.svg").read_bytes(),
            desktop.joinpath(METAINFO_FILE).read_bytes(),
            launcher_entry(template, command, try_exec).encode("utf-8"),
        ]

    def _refresh(self) -> None:
        """Bring the desktop's caches up to date, where this folder keeps them.

        A cache is refreshed, never created: one that nobody keeps up to date would hide
        what other programs add to these folders later. Desktops read the files
        themselves where there is no cache.
        """
        tool = self._which("update-desktop-database")
        if tool is not None and (self.desktop_file.parent / "mimeinfo.cache").is_file():
            self._run([tool, "--quiet", str(self.desktop_file.parent)])
        tool = self._which("gtk-update-icon-cache")
        if tool is not None and (self.icon_theme / "icon-theme.cache").is_file():
            self._run([tool, "--force", "--ignore-theme-index", "--quiet", str(self.icon_theme)])


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return the ones made, outermost first."""
    missing: list[Path] = []
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    made: list[Path] = []
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            if not path.is_dir():
                raise
            continue
        made.append(path)
    return made


def _take_back(paths: Sequence[Path]) -> None:
    """Remove files and (empty) folders this run made, newest first."""
    for path in reversed(paths):
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        except OSError:
            log.debug("could not take back a desktop file or folder")


def _problem(error: OSError, template: str, outcome: Message) -> JournalError:
    where = error.filename if error.filename is not None else None
    found = storage_problem(error, where, outcome=outcome)
    if found is not None:
        return found
    detail = verbatim(error.strerror or type(error).__name__)
    place = verbatim(str(where)) if where is not None else Message(A_DESKTOP_FILE)
    return JournalError(Message(template, place=place, detail=detail, outcome=outcome))
