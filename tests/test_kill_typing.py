"""Steady typing in the real window, killed with -9 at a random moment, loses at most 5 s."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from journal_app.services.journal import JournalService
from journal_app.services.vault import VaultService
from journal_app.ui.saving import MAX_WAIT_MS
from tests.conftest import PASSPHRASE, cheap_kdf

# The window types one word every 40 ms without ever pausing long enough for the pause
# timer, and prints how many words it has typed and when, so the test knows what was on
# screen at each moment before the kill.
TYPIST = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from journal_app.crypto.kdf import KdfParams
    from journal_app.services.bundle import Services
    from journal_app.services.session import JournalSession
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.session import SessionViewModel
    from journal_app.ui.theme import ThemeManager

    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    services = Services.build(folder, kdf_params=lambda: KdfParams(os.urandom(16), 64, 1, 1))
    services.vault.create(passphrase)
    settings = QSettings(str(folder.parent / "settings.ini"), QSettings.Format.IniFormat)
    theme = ThemeManager(app, settings)
    session = SessionViewModel(services, journal=JournalSession(services.vault))
    window = MainWindow(session, theme, settings)
    window.show()
    session.finish_first_run()
    window.shell.new_entry()
    body = window.shell.journal.editor.body
    count = 0

    def type_word():
        global count
        count += 1
        body.insertPlainText(f"w{count} ")
        print(count, time.monotonic(), flush=True)

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(40)
    app.exec()
    """
)


def saved_words(folder) -> int:
    vault = VaultService(folder, kdf_params=cheap_kdf)
    vault.unlock(PASSPHRASE)
    try:
        bodies = [r.data.body for r in JournalService(vault).entries()]
    finally:
        vault.lock()
    return max((len(b.split()) for b in bodies), default=0)


def test_kill_9_while_typing_steadily_loses_at_most_the_last_five_seconds(tmp_path):
    assert MAX_WAIT_MS <= 5000
    rng = random.Random(os.getpid())
    for attempt in range(1):  # one random moment per run keeps the suite fast
        folder = tmp_path / f"journal-{attempt}"
        process = subprocess.Popen(
            [sys.executable, "-c", TYPIST, str(folder), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert process.stdout is not None
        typed: list[tuple[int, float]] = []
        kill_after = rng.uniform(5.5, 7.0)  # seconds of steady typing, never pausing
        first = None
        while True:
            line = process.stdout.readline()
            assert line, "the window stopped before the kill"
            count, moment = line.split()
            typed.append((int(count), float(moment)))
            first = first or float(moment)
            if float(moment) - first >= kill_after:
                break
        process.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        process.wait()
        process.stdout.close()
        # Every word typed more than five seconds before the kill is in the journal.
        due = max((n for n, moment in typed if moment <= killed_at - 5.0), default=0)
        assert due > 0
        assert saved_words(folder) >= due
