"""Measure the window's budgets on a journal made by bench_core.py (real KDF).

Run: python benchmarks/bench_window.py --keep /tmp/bench10   (after bench_core.py --keep)
Draws offscreen; prints one line per figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="afterglow-bench-config-"))

from common import PASSPHRASE, ms
from timed_cli import kdf_stopwatch

LAUNCH_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from journal_app.app import build_window

launched = build_window(Path(sys.argv[1]))

def shown():
    print("shown", flush=True)
    launched.app.quit()

QTimer.singleShot(0, shown)
launched.app.exec()
launched.cleanup()
"""


def launch_seconds(folder: Path, runs: int) -> float:
    """From starting ``python`` to the unlock page drawn and the event loop idle."""
    times = []
    for attempt in range(runs + 1):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", LAUNCH_PROBE, str(folder)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        child.wait()
        child.stdout.close()
        assert line.strip() == "shown", line
        if attempt:  # the first run warms the page cache
            times.append(elapsed)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, required=True, help="folder from bench_core.py")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    folder = options.keep

    print(f"launch to unlock screen  {ms(launch_seconds(folder, options.runs))}   budget 500 ms")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from journal_app.app import build_window

    launched = build_window(folder)
    assert launched is not None
    app, window, session = launched.app, launched.window, launched.session
    window.resize(1280, 820)

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    beyond = []
    for _ in range(options.runs):
        with kdf_stopwatch() as spent:
            started = time.perf_counter()
            session.unlock(PASSPHRASE)
            while window.shell is None:
                app.processEvents()
            settle()
            beyond.append(time.perf_counter() - started - sum(spent))
        if len(beyond) < options.runs:
            session.lock()
            settle()
    print(
        f"unlock to populated window, beyond the KDF {ms(statistics.median(beyond))}"
        "   budget 300 ms"
    )

    shell = window.shell
    assert shell is not None
    shell.show_page("journal")
    journal = shell.journal
    services = session.services
    settle()
    entries = services.journal.entries()
    opening = []
    for record in entries[:: max(1, len(entries) // 25)][:25]:
        started = time.perf_counter()
        journal.open_entry(record.id)
        settle()
        opening.append(time.perf_counter() - started)
    print(
        f"opening an entry         {ms(statistics.median(opening))} median, "
        f"{ms(max(opening)).strip()} worst of {len(opening)}   budget 50 ms"
    )

    journal.focus_search()
    settle()
    field = app.focusWidget()
    keystrokes = []
    for text in ("kettle rain", "walk biscuit"):
        for char in text:
            started = time.perf_counter()
            QTest.keyClick(field, char)
            settle()
            keystrokes.append(time.perf_counter() - started)
        for _ in text:
            QTest.keyClick(field, Qt.Key.Key_Backspace)
            settle()
    print(
        f"search as you type       {ms(statistics.median(keystrokes))} median, "
        f"{ms(max(keystrokes)).strip()} worst of {len(keystrokes)} keystrokes   budget 30 ms"
    )
    launched.cleanup()


if __name__ == "__main__":
    main()
