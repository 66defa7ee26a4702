"""A process killed during export or restore leaves no half state."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest

from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

HELPER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from journal_app.crypto.kdf import KdfParams
    from journal_app.services.bundle import Services
    cheap = lambda: KdfParams(os.urandom(16), 64, 1, 1)
    action, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if action == "export":
        services = Services.build(source, kdf_params=cheap)
        services.vault.unlock(sys.argv[4])
        print("ready", flush=True)
        while True:
            services.backups.export(target)
    else:
        services = Services.build(target, kdf_params=cheap)
        contents = services.backups.open(source, passphrase=sys.argv[4])
        print("ready", flush=True)
        services.backups.restore_new(contents)
        print("done", flush=True)
    """
)


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill")
    services = Services.build(folder / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.create(PASSPHRASE)
    for n in range(1500):
        services.journal.create(f"entry {n} " + "words " * 120, day=date(2026, 1, 1))
    backup = folder / "full.journal-backup"
    services.backups.export(backup)
    count = sum(1 for r in services.vault.store.all() if r.kind != "setting")
    services.vault.lock()
    return folder, backup, count


def entries(services):
    return sum(1 for r in services.vault.store.all() if r.kind != "setting")


def run(action, source, target, delay):
    process = subprocess.Popen(
        [sys.executable, "-c", HELPER, action, str(source), str(target), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3])
def test_a_killed_export_leaves_the_previous_backup_whole(journal, tmp_path, delay):
    folder, backup, count = journal
    target = tmp_path / "out.journal-backup"
    target.write_bytes(backup.read_bytes())  # a good earlier backup in place
    run("export", folder / "journal", target, delay)
    reader = Services.build(tmp_path / "reader", kdf_params=cheap_kdf)
    summary = reader.backups.verify(target, passphrase=PASSPHRASE)
    assert summary.total >= count - 1


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.08, 0.2])
def test_a_killed_restore_leaves_nothing_or_the_whole_journal(journal, tmp_path, delay):
    _, backup, count = journal
    target = tmp_path / "restored"
    run("restore", backup, target, delay)
    services = Services.build(target, kdf_params=cheap_kdf)
    if services.vault.exists():
        services.vault.unlock(PASSPHRASE)
        assert entries(services) == count
        services.vault.lock()
    else:  # nothing moved into place: a fresh restore simply starts again
        restarted = Services.build(target, kdf_params=cheap_kdf)
        restarted.backups.restore_new(restarted.backups.open(backup, passphrase=PASSPHRASE))
        assert entries(restarted) == count
        restarted.vault.lock()
