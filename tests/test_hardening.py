"""No core dumps, not dumpable, private files: for the command line and for the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app import hardening

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux controls")

REPORT = textwrap.dedent(
    """
    import json, os, resource
    from journal_app.hardening import dumpable

    def report():
        umask = os.umask(0o077)
        return {"core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                "dumpable": dumpable(), "umask": umask}
    """
)
COMMAND_LINE = REPORT + textwrap.dedent(
    """
    from journal_app.cli import main
    main(["--version"])
    print(json.dumps(report()))
    """
)
WINDOW = REPORT + textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from journal_app.app import build_window
    launched = build_window(Path(sys.argv[1]))
    print(json.dumps(report()))
    launched.cleanup()
    """
)


def _run(script: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@linux_only
def test_the_command_line_allows_no_core_dump_and_no_tracing():
    assert _run(COMMAND_LINE) == {"core": [0, 0], "dumpable": False, "umask": 0o077}


@linux_only
@pytest.mark.slow
def test_the_window_allows_no_core_dump_and_no_tracing(tmp_path):
    report = _run(WINDOW, str(tmp_path / "journal"))
    assert report == {"core": [0, 0], "dumpable": False, "umask": 0o077}


def test_hardening_is_harmless_where_the_controls_do_not_exist(monkeypatch):
    previous = os.umask(0o077)
    try:
        for platform in ("darwin", "win32", "freebsd14"):
            monkeypatch.setattr(sys, "platform", platform)
            hardening.harden_process()
            assert hardening.dumpable() is None
    finally:
        os.umask(previous)
