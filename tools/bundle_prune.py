"""Leave out of the frozen bundle what a Linux desktop never loads (tools/build_bundle.py).

PyInstaller collects every Qt plugin of the modules Afterglow imports, and every
library those plugins link to that it finds on the build machine. Some serve only
embedded screens (eglfs, linuxfb, evdev input) or a network Afterglow never opens; the
GTK theme plugin would bring the build machine's GTK stack, whose libraries then clash
with the user's own. Those plugins go, and then every library that nothing left needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

# Under PySide6/Qt/plugins: a folder (every plugin in it) or one plugin file.
PRUNED_PLUGINS = (
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "platformthemes/libqgtk3.so",
)
QT_PLUGINS = Path("PySide6", "Qt", "plugins")
ELF_MAGIC = b"\x7fELF"
NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
# A Python extension module is loaded by Python itself, so it is a root of the search.
EXTENSION = re.compile(r"\.(abi3|cpython-[\w-]+)\.so$")


class PruneError(Exception):
    """The bundle's libraries could not be read; nothing was removed."""


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def needed(path: Path) -> list[str]:
    """The shared libraries ``path`` names as NEEDED (readelf, from binutils)."""
    try:
        shown = subprocess.run(
            ["readelf", "--dynamic", "--wide", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        raise PruneError(f"Could not read the libraries {path.name} needs: {error}") from error
    return NEEDED.findall(shown.stdout)


def plugins_to_prune(internal: Path, pruned: Iterable[str] = PRUNED_PLUGINS) -> list[Path]:
    """The listed plugins (files or folders) that this bundle has."""
    return [
        internal / QT_PLUGINS / name for name in pruned if (internal / QT_PLUGINS / name).exists()
    ]


def is_root(path: Path, top: Path, internal: Path) -> bool:
    """Loaded without a NEEDED entry: by the user, the bootloader, Python or Qt."""
    if path.parent == top or path.name.startswith("libpython"):
        return True  # the program itself (bootloader), and the Python it loads
    if EXTENSION.search(path.name) or path.parent.name == "lib-dynload":
        return True
    return (internal / QT_PLUGINS) in path.parents


def unused_libraries(
    top: Path, keep: Iterable[str] = (), without: Sequence[Path] = ()
) -> list[Path]:
    """Libraries in ``top/_internal`` that no program, extension or plugin needs.

    ``without``: plugins about to be removed, whose needs no longer count.
    """
    internal = top / "_internal"
    gone = set(without)
    elves = [
        path
        for path in sorted(top.rglob("*"))
        if is_elf(path) and path not in gone and gone.isdisjoint(path.parents)
    ]
    by_name: dict[str, list[Path]] = {}
    for path in elves:
        by_name.setdefault(path.name, []).append(path)
    # Links such as _internal/libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6 count too.
    for link in internal.rglob("*"):
        if link.is_symlink() and link.resolve().is_file():
            by_name.setdefault(link.name, []).append(link.resolve())
    reached: set[Path] = set()
    waiting = [path for path in elves if is_root(path, top, internal)]
    waiting += [path for name in keep for path in by_name.get(name, [])]
    while waiting:
        path = waiting.pop()
        if path in reached:
            continue
        reached.add(path)
        for name in needed(path):
            waiting.extend(by_name.get(name, []))
    return [path for path in elves if path not in reached]


def prune(top: Path, keep: Iterable[str] = ()) -> list[Path]:
    """Remove unneeded plugins, then unneeded libraries and the links to them.

    Everything is read before anything is removed, so a failure leaves the bundle whole.
    """
    plugins = plugins_to_prune(top / "_internal")
    unused = unused_libraries(top, keep, without=plugins)
    for plugin in plugins:
        if plugin.is_dir():
            shutil.rmtree(plugin)
        else:
            plugin.unlink()
    for path in unused:
        path.unlink()
    removed = [*plugins, *unused]
    for link in (top / "_internal").rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
            removed.append(link)
    return removed
