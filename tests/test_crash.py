"""A process killed in the middle of writing loses no acknowledged write."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from journal_app.services.journal import JournalService
from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE, cheap_kdf

WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from journal_app.crypto.kdf import KdfParams
    from journal_app.domain.entry import Entry
    from journal_app.domain.records import Record
    from journal_app.services.vault import VaultService
    from datetime import date

    vault = VaultService(Path(sys.argv[1]), kdf_params=lambda: KdfParams(os.urandom(16), 64, 1, 1))
    vault.create(sys.argv[2])
    n = 0
    while True:
        batch = [Entry(f"entry {n + i} " + "words " * 300, date(2026, 1, 1)) for i in range(5)]
        records = vault.store.add_many(batch)
        n += len(batch)
        print(" ".join(r.id for r in records), flush=True)
    """
)


def test_kill_9_during_a_stream_of_batches_loses_no_acknowledged_write(tmp_path):
    folder = tmp_path / "journal"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    acknowledged: list[str] = []
    assert process.stdout is not None
    while len(acknowledged) < 200:
        line = process.stdout.readline()
        assert line, "the writer stopped early"
        acknowledged += line.split()
    process.send_signal(signal.SIGKILL)
    process.wait()
    acknowledged += process.stdout.read().split()  # acknowledged before the kill landed
    process.stdout.close()

    vault = VaultService(folder, kdf_params=cheap_kdf)
    vault.unlock(PASSPHRASE)
    stored = {r.id for r in JournalService(vault).entries()}
    assert vault.store.damaged == []
    assert set(acknowledged) <= stored
    assert len(stored) % 5 == 0  # whole batches only: a batch is one transaction
    vault.lock()
    import sqlite3

    conn = sqlite3.connect(folder / "vault.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
