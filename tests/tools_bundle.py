"""Helpers for the bundle tools' tests: the tools imported, and a fake bundle to smoke-test."""

from __future__ import annotations

import importlib.util
import stat
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def tool(name: str) -> ModuleType:
    """tools/<name>.py, imported once (tools/ is not a package)."""
    key = f"afterglow_tool_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, TOOLS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[key]


# A stand-in for the frozen program: answers as the real one does, or breaks as told.
FAKE = r"""#!@PYTHON@
import json, os, signal, socket, sys, time

MODE = "@MODE@"
name = os.path.basename(sys.argv[0])
args = sys.argv[1:]
if args == ["--version"]:
    print(f"{name} {'0.0.1' if MODE == 'old-version' else '9.9'}")
    raise SystemExit(0)
command = next((a for a in args if a in ("init", "write", "search", "help-now")), None)
if command == "init":
    assert os.environ["JOURNAL_APP_NEW_PASSPHRASE"]
    os.makedirs(args[args.index("--data-dir") + 1])
    print("Your recovery key: ABCD")
elif command == "write":
    if MODE == "write-fails":
        print("The disk is full.", file=sys.stderr)
        raise SystemExit(1)
    sys.stdin.read()
elif command == "search":
    print(json.dumps([] if MODE == "empty-search" else [{"title": "Smoke"}]))
elif command == "help-now":
    print(json.dumps([{"name": "Samaritans"}]))
elif args == ["desktop", "install"]:
    menu = os.path.join(os.environ["XDG_DATA_HOME"], "applications")
    os.makedirs(menu)
    program = "/elsewhere/afterglow" if MODE == "wrong-launcher" else sys.argv[0]
    with open(os.path.join(menu, "afterglow.desktop"), "w") as launcher:
        launcher.write(f"[Desktop Entry]\nExec={os.path.dirname(program)}/afterglow\n")
elif name == "afterglow":
    if MODE == "crash-window":
        print("Traceback (most recent call last): boom", file=sys.stderr)
        raise SystemExit(1)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(os.path.join(os.environ["XDG_RUNTIME_DIR"], "afterglow-fake"))
    server.listen()
    quit_code = 3 if MODE == "bad-exit" else 0
    signal.signal(signal.SIGTERM, lambda *_: os._exit(quit_code))
    held = []
    while True:
        connection, _ = server.accept()
        if MODE == "silent-window":
            held.append(connection)  # never answers
        else:
            connection.recv(6)
            connection.close()
else:
    raise SystemExit(2)
"""


def fake_bundle(folder: Path, mode: str = "good") -> Path:
    """A bundle folder whose ``afterglow`` (and ``journal-app`` link) behave per ``mode``."""
    folder.mkdir(parents=True)
    program = folder / "afterglow"
    program.write_text(FAKE.replace("@PYTHON@", sys.executable).replace("@MODE@", mode))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    (folder / "journal-app").symlink_to("afterglow")
    return folder
