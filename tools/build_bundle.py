"""Build Afterglow's standalone Linux bundle for people without Python (docs/install.md).

Run: python3 tools/build_bundle.py   ->   dist/afterglow-VERSION-linux-x86_64.tar.gz

The project is installed (not editable) into its own virtual environment under
build/bundle/, then PyInstaller freezes one folder: a single program that is both
``afterglow`` (the window) and ``journal-app`` (the command line), told apart by the
name it was started by, with the app's resources and Qt's plugins. Nothing here is
imported by the app; tools/smoke_bundle.py checks the result.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:  # imported from a test: tools/ is not a package
    sys.path.insert(0, str(HERE))

from bundle_prune import PruneError, prune  # noqa: E402 - after the path fix

WORK = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
GUI_NAME = "afterglow"
# What Afterglow never imports, though something it uses might pull it in.
EXCLUDES = (
    "tkinter",
    "unittest",
    "pydoc",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "OpenGL",
    "IPython",
    "matplotlib",
    "scipy",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
)
# Files found beside the checkout's root that travel with the bundle.
SHIPPED_TEXTS = ("LICENSE", "NOTICE", "README.md", "CHANGELOG.md")


# The libraries the window's display check loads by name (so no NEEDED entry shows them).
DISPLAY_CHECK = ROOT / "journal_app" / "ui" / "display_check.py"


class BuildError(Exception):
    """A step of the build could not be done; the message says which and why."""


def project_commands(pyproject: Path) -> dict[str, str]:
    """Each program the project installs and the ``module:function`` it runs.

    The window's name (``afterglow``) comes first. Until pyproject declares it as a GUI
    script, it runs the command line's function, which opens the window with no command.
    """
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    scripts: dict[str, str] = dict(project.get("scripts", {}))
    gui: dict[str, str] = dict(project.get("gui-scripts", {}))
    if "journal-app" not in scripts:
        raise BuildError("pyproject.toml has no journal-app script to bundle.")
    commands = {GUI_NAME: gui.get(GUI_NAME, scripts["journal-app"])}
    commands.update({name: target for name, target in gui.items() if name != GUI_NAME})
    commands.update(scripts)
    for name, target in commands.items():
        if not re.fullmatch(r"[\w.]+:\w+", target):
            raise BuildError(f"The script {name} = {target!r} is not module:function.")
    return commands


# The frozen program's own first lines. PyInstaller's start-up points the dynamic loader
# and Qt at the bundle's libraries and plugins; the loader read its path when the process
# began and Qt finds its plugins beside itself (the qt.conf PyInstaller embeds), so the
# environment can go back to the user's own: a file manager or browser Afterglow opens
# must not load the bundle's libraries in place of its own.
ENTRY_HEAD = '''"""Afterglow bundle entry: run the program named by argv[0] (generated)."""

import os
import sys


def leave_bundle_environment(env=os.environ):
    """Give the programs Afterglow starts the environment the user started it with."""
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        env.pop("LD_LIBRARY_PATH", None)
    else:
        env["LD_LIBRARY_PATH"] = original
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        env.pop(name, None)


'''


def entry_source(commands: dict[str, str]) -> str:
    """A frozen program that runs the command it was started as (the window by default)."""
    lines = [ENTRY_HEAD + "def run(name: str) -> int:"]
    for name, target in commands.items():
        module, function = target.split(":")
        # Literal imports, so PyInstaller follows them; each only when it is needed.
        lines += [
            f"    if name == {name!r}:",
            f"        from {module} import {function} as main",
            "        return int(main() or 0)",
        ]
    lines += [
        f"    return run({GUI_NAME!r})",
        "",
        "",
        'if __name__ == "__main__":',
        '    if getattr(sys, "frozen", False):',
        "        leave_bundle_environment()",
        "    raise SystemExit(run(os.path.basename(sys.argv[0])))",
        "",
    ]
    return "\n".join(lines)


def bundle_name(version: str, machine: str | None = None) -> str:
    """``afterglow-0.1.0-linux-x86_64``: the folder inside the archive and its name."""
    machine = machine or platform.machine()
    if not re.fullmatch(r"[0-9A-Za-z.+-]+", version):
        raise BuildError(f"The version {version!r} cannot be part of a file name.")
    return f"afterglow-{version}-linux-{machine}"


def project_version(package_init: Path) -> str:
    found = re.search(r'^__version__ = "([^"]+)"', package_init.read_text(encoding="utf-8"), re.M)
    if found is None:
        raise BuildError(f"No __version__ in {package_init}.")
    return found.group(1)


def run(command: Sequence[str | Path], what: str, cwd: Path | None = None) -> None:
    """Run one step; a failure becomes a BuildError naming the step."""
    print(f"build_bundle: {what}", flush=True)
    try:
        subprocess.run([str(part) for part in command], cwd=cwd, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise BuildError(f"Could not {what}: {error}") from error


def check_python() -> None:
    """PyInstaller needs Linux and a Python built with its shared library."""
    if not sys.platform.startswith("linux"):
        raise BuildError("The bundle is built on Linux, for Linux.")
    if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        raise BuildError(
            f"{sys.executable} was built without libpython (--enable-shared), which "
            "PyInstaller needs. Use Debian's python3 or a pyenv build with "
            "PYTHON_CONFIGURE_OPTS=--enable-shared."
        )


def prepare_venv(venv: Path, fresh: bool) -> Path:
    """A virtual environment holding the project as a user gets it, and PyInstaller."""
    if fresh and venv.exists():
        shutil.rmtree(venv)
    python = venv / "bin" / "python"
    if not python.exists():
        run([sys.executable, "-m", "venv", venv], "make the build's virtual environment")
    run(
        [python, "-m", "pip", "install", "--quiet", f"{ROOT}[bundle]"],
        "install Afterglow and PyInstaller into it",
    )
    return python


def freeze(python: Path, entry: Path, work: Path) -> Path:
    """PyInstaller, one folder; returns it (holding ``afterglow`` and ``_internal``)."""
    command: list[str | Path] = [
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir",
        "--name", GUI_NAME, "--log-level", "WARN",
        "--distpath", work / "dist", "--workpath", work / "pyinstaller", "--specpath", work,
        # The command line imports each command's module by name; the resources are data.
        "--collect-submodules", "journal_app", "--collect-data", "journal_app",
    ]  # fmt: skip
    for module in EXCLUDES:
        command += ["--exclude-module", module]
    # From the work folder, so the checkout's own journal_app cannot shadow the installed one.
    run([*command, entry], "freeze it with PyInstaller", cwd=work)
    return work / "dist" / GUI_NAME


def display_libraries(source: Path = DISPLAY_CHECK) -> set[str]:
    """The sonames journal_app.ui.display_check asks the dynamic loader for."""
    return set(re.findall(r'"(lib[\w.+-]+\.so[.\d]*)"', source.read_text(encoding="utf-8")))


def slim(frozen: Path) -> int:
    """Leave out what a desktop never loads (tools/bundle_prune.py); returns bytes saved."""
    before = folder_size(frozen)
    try:
        removed = prune(frozen, keep=display_libraries())
    except PruneError as error:
        raise BuildError(str(error)) from error
    saved = before - folder_size(frozen)
    print(f"build_bundle: left out {len(removed)} plugins and libraries ({mib(saved)})")
    return saved


def assemble(frozen: Path, commands: dict[str, str], target: Path) -> None:
    """Move the frozen folder to ``target`` and name each other command after the window."""
    if target.exists():
        shutil.rmtree(target)
    shutil.move(frozen, target)
    for name in commands:
        if name != GUI_NAME:
            (target / name).symlink_to(GUI_NAME)  # one program; argv[0] says which
    for text in SHIPPED_TEXTS:
        if (ROOT / text).is_file():
            shutil.copy2(ROOT / text, target / text)


def write_tarball(folder: Path, out: Path) -> Path:
    """``folder`` as a .tar.gz, in a stable order, owned by nobody in particular."""

    def tidy(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with (
            gzip.GzipFile(partial, "wb", compresslevel=6, mtime=0) as raw,
            tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            tar.add(folder, arcname=folder.name, recursive=False, filter=tidy)
            for path in sorted(folder.rglob("*")):
                arcname = f"{folder.name}/{path.relative_to(folder).as_posix()}"
                tar.add(path, arcname=arcname, recursive=False, filter=tidy)
        partial.replace(out)
    except OSError as error:
        with contextlib.suppress(OSError):  # nothing was written where nothing could be
            partial.unlink(missing_ok=True)
        raise BuildError(f"Could not write {out}: {error}") from error
    return out


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="remake the build's venv first")
    parser.add_argument("--out", type=Path, default=DIST, help="where the .tar.gz goes")
    options = parser.parse_args(argv)
    started = time.monotonic()
    try:
        check_python()
        commands = project_commands(ROOT / "pyproject.toml")
        name = bundle_name(project_version(ROOT / "journal_app" / "__init__.py"))
        WORK.mkdir(parents=True, exist_ok=True)
        python = prepare_venv(WORK / "venv", options.fresh)
        entry = WORK / "afterglow_entry.py"
        entry.write_text(entry_source(commands), encoding="utf-8")
        frozen = freeze(python, entry, WORK)
        slim(frozen)
        folder = WORK / name
        assemble(frozen, commands, folder)
        tarball = write_tarball(folder, options.out / f"{name}.tar.gz")
    except BuildError as error:
        print(f"build_bundle: {error}", file=sys.stderr)
        return 1
    print(
        f"build_bundle: {tarball} ({mib(tarball.stat().st_size)}; "
        f"{mib(folder_size(folder))} unpacked) in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
