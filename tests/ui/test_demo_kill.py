"""`kill` (SIGTERM) closes the window through the lock: the throwaway demo goes with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.services.demo_folder import PREFIX, remove_stale_demos


def _idle(pid: int) -> bool:
    """Is the process asleep in Qt's event loop (the window is up, nothing running)?"""
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        pytest.skip("this system doesn't say what a process waits for (/proc/PID/wchan)")
    return "poll" in wchan


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_sigterm_removes_the_demo_journal(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "journal_app", "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    deadline = time.monotonic() + 40
    settled = 0
    while settled < 3:  # three looks in a row, so it isn't a pause in starting up
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the demo window never settled"
        demos = list(tmp_path.glob(f"{PREFIX}*/journal/vault.db"))
        settled = settled + 1 if demos and _idle(process.pid) else 0
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    assert process.returncode == 0
    assert list(tmp_path.glob(f"{PREFIX}*")) == []
    assert remove_stale_demos(tmp_path) == []
