"""Check a built bundle as a person without Python would use it (docs/install.md).

Run: python3 tools/smoke_bundle.py dist/afterglow-VERSION-linux-x86_64.tar.gz

Unpacks the archive into an empty temporary folder and, with a PATH that holds no
Python and a temporary HOME, runs ``afterglow --version``, ``journal-app init``,
``write``, ``search``, ``help-now`` and ``desktop install``, and the window offscreen
(until it answers as a second launch would ask it to, then a polite SIGTERM). Exits 1
with the step and what it printed when anything fails; ``--timings`` also prints how
long the start-up took.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

PASSPHRASE = "smoke test: quiet river at dawn"
NAME = re.compile(r"^(afterglow-(?P<version>[0-9A-Za-z.+-]+?)-linux-[\w]+)\.tar\.gz$")
STEP_SECONDS = 120.0  # init calibrates the real key derivation; a slow disk unpacks
WINDOW_SECONDS = 60.0
RAISE = b"raise\n"  # what a second launch sends the window (journal_app.ui.single_instance)
# What a broken bundle prints; the window's other words (Qt's notes) are only shown.
BROKEN = re.compile(r"Traceback|Error|Could not|cannot|not found|Aborted", re.IGNORECASE)


class SmokeFailure(Exception):
    """One step of the smoke test failed; the message says which, and what it printed."""


@dataclass
class Sandbox:
    """An empty place to run the bundle: no Python on PATH, a HOME of its own."""

    root: Path
    programs: Path
    version: str
    env: dict[str, str] = field(default_factory=dict)

    @property
    def journal(self) -> Path:
        return self.root / "journal"

    def program(self, name: str) -> Path:
        path = self.programs / name
        if not os.access(path, os.X_OK):
            raise SmokeFailure(f"The bundle has no runnable {name} in {self.programs.name}/.")
        return path


def unpack(tarball: Path, root: Path) -> tuple[Path, str]:
    """Unpack safely into ``root``; returns the bundle's folder and its version."""
    found = NAME.match(tarball.name)
    if found is None:
        raise SmokeFailure(f"{tarball.name} is not named afterglow-VERSION-linux-MACHINE.tar.gz.")
    try:
        with tarfile.open(tarball, "r:gz") as archive:
            # "data" refuses absolute paths, links that lead outside, devices and setuid bits.
            archive.extractall(root, filter="data")
    except (OSError, tarfile.TarError) as error:
        raise SmokeFailure(f"Could not unpack {tarball.name}: {error}") from error
    folder = root / found.group(1)
    if not folder.is_dir():
        raise SmokeFailure(f"{tarball.name} does not hold the folder {found.group(1)}/.")
    return folder, found.group("version")


def sandbox(tarball: Path, root: Path) -> Sandbox:
    """Unpack, and prepare the environment: PATH with no Python, HOME and XDG folders."""
    programs, version = unpack(tarball, root / "unpacked")
    empty = root / "bin"  # PATH holds one empty folder: nothing else to lean on
    home = root / "home"
    runtime = root / "runtime"
    for folder in (empty, home, runtime):
        folder.mkdir(mode=0o700)
    env = {
        "PATH": str(empty),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNAL_APP_PASSPHRASE": PASSPHRASE,
        "JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE,
        "TMPDIR": str(root),
    }
    for python in ("python3", "python"):
        if shutil.which(python, path=env["PATH"]) is not None:
            raise SmokeFailure(f"{python} is on the smoke test's PATH; it must not be.")
    return Sandbox(root, programs, version, env)


def run(box: Sandbox, what: str, name: str, *args: str, text_in: str = "") -> str:
    """Run one command of the bundle; its standard output, or SmokeFailure."""
    command = [str(box.program(name)), *args]
    try:
        done = subprocess.run(
            command,
            input=text_in,
            capture_output=True,
            text=True,
            env=box.env,
            cwd=box.root,
            timeout=STEP_SECONDS,
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeFailure(f"{what}: still running after {STEP_SECONDS:.0f} s.") from error
    except OSError as error:
        raise SmokeFailure(f"{what}: could not start {name}: {error}") from error
    if done.returncode != 0:
        raise SmokeFailure(
            f"{what}: {name} {' '.join(args)} exited with {done.returncode}.\n"
            f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return done.stdout


def check_commands(box: Sandbox) -> None:
    """--version from both names, then a journal made, written to and searched."""
    for name in ("afterglow", "journal-app"):
        said = run(box, "version", name, "--version").strip()
        if not re.fullmatch(rf"[\w-]+ {re.escape(box.version)}", said):
            raise SmokeFailure(f"version: {name} --version said {said!r}, not {box.version}.")
    folder = ["--data-dir", str(box.journal)]
    run(box, "init", "journal-app", *folder, "init")
    run(box, "write", "journal-app", *folder, "write", "--title", "Smoke", "--tag", "smoke",
        text_in="The river was calm this morning.\n")  # fmt: skip
    found = json.loads(run(box, "search", "journal-app", *folder, "search", "river", "--json"))
    if [record.get("title") for record in found] != ["Smoke"]:
        raise SmokeFailure(f"search: expected the one entry written, found {found!r}.")
    lines = json.loads(run(box, "help-now", "journal-app", "help-now", "--region", "uk", "--json"))
    if not lines:
        raise SmokeFailure("help-now: no crisis lines came from the bundled resources.")
    run(box, "desktop install", "journal-app", "desktop", "install")
    launchers = Path(box.env["XDG_DATA_HOME"], "applications").glob("*.desktop")
    wanted = f"Exec={box.programs / 'afterglow'}"
    if not any(wanted in launcher.read_text(encoding="utf-8") for launcher in launchers):
        raise SmokeFailure(f"desktop install: no launcher in the menu says {wanted}.")


def window_answers(box: Sandbox, deadline: float) -> bool:
    """Knock as a second launch does; True once the running window's event loop answers."""
    for path in Path(box.env["XDG_RUNTIME_DIR"]).glob("afterglow-*"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as knock:
            knock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                knock.connect(str(path))
                knock.sendall(RAISE)
                knock.recv(1)  # the window reads the message, then closes: b"" or a reset
            except ConnectionResetError:
                return True
            except OSError:
                return False
            return True
    return False


def launch_window(box: Sandbox) -> tuple[subprocess.Popen[str], float]:
    """Start ``afterglow`` and wait for its window; the process and the seconds it took."""
    for stale in Path(box.env["XDG_RUNTIME_DIR"]).glob("afterglow-*"):
        stale.unlink()
    started = time.monotonic()
    window = subprocess.Popen(
        [str(box.program("afterglow")), "--data-dir", str(box.journal)],
        env=box.env,
        cwd=box.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = started + WINDOW_SECONDS
    while time.monotonic() < deadline and window.poll() is None:
        if window_answers(box, deadline):
            return window, time.monotonic() - started
        time.sleep(0.01)
    out, err = stop(window)
    if window.returncode is not None and time.monotonic() < deadline:
        raise SmokeFailure(
            f"window: afterglow stopped before its window opened (exit {window.returncode})."
            f"\n{out[-2000:]}{err[-2000:]}"
        )
    raise SmokeFailure(
        f"window: no window answered within {WINDOW_SECONDS:.0f} s.\n{out[-2000:]}{err[-2000:]}"
    )


def stop(window: subprocess.Popen[str]) -> tuple[str, str]:
    """SIGTERM (the window locks and quits), then SIGKILL if it will not go."""
    if window.poll() is None:
        window.send_signal(signal.SIGTERM)
    try:
        return window.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        window.kill()
        return window.communicate()


def check_window(box: Sandbox) -> float:
    """The window opens offscreen, answers, and quits cleanly on SIGTERM."""
    window, seconds = launch_window(box)
    time.sleep(1.0)  # let it draw and settle before asking it to go
    out, err = stop(window)
    if window.returncode != 0 or BROKEN.search(err):
        raise SmokeFailure(f"window: exit {window.returncode} after SIGTERM.\n{out}{err}")
    if err.strip():
        print(f"smoke_bundle: the window said (not counted as failure):\n{err.strip()}")
    return seconds


def timings(box: Sandbox, runs: int = 5) -> dict[str, float]:
    """Median wall-clock seconds of --version and of launch to an answering window."""
    version, window = [], []
    for attempt in range(runs + 1):
        started = time.monotonic()
        run(box, "version", "journal-app", "--version")
        elapsed = time.monotonic() - started
        process, seconds = launch_window(box)
        stop(process)
        if attempt:  # the first run fills the page cache
            version.append(elapsed)
            window.append(seconds)
    return {"version": statistics.median(version), "window": statistics.median(window)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", type=Path, help="dist/afterglow-VERSION-linux-MACHINE.tar.gz")
    parser.add_argument("--timings", action="store_true", help="also time the start-up")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="BIN",
        help="with --timings: time a pip install's programs in BIN (a venv's bin/) too",
    )
    options = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="afterglow-smoke-"))
    try:
        box = sandbox(options.tarball.resolve(), root)
        check_commands(box)
        seconds = check_window(box)
        print(f"smoke_bundle: the window answered {seconds * 1000:.0f} ms after launch")
        if options.timings:
            figures = timings(box)
            print(f"smoke_bundle: journal-app --version {figures['version'] * 1000:.0f} ms")
            print(f"smoke_bundle: launch to the window {figures['window'] * 1000:.0f} ms")
            if options.compare is not None:
                figures = timings(replace(box, programs=options.compare.resolve()))
                print(
                    f"smoke_bundle: pip's journal-app --version {figures['version'] * 1000:.0f} ms"
                )
                print(f"smoke_bundle: pip's launch to the window {figures['window'] * 1000:.0f} ms")
    except SmokeFailure as error:
        print(f"smoke_bundle: FAILED at {error}", file=sys.stderr)
        return 1
    finally:
        if options.keep:
            print(f"smoke_bundle: kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(f"smoke_bundle: {options.tarball.name} passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
