"""The window's throwaway demo journal does not outlive its process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journal_app.services.demo_folder import PREFIX, DemoFolder, remove_stale_demos

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from journal_app.services.demo_folder import DemoFolder

    folder = DemoFolder(Path(sys.argv[1]))
    (folder.journal).mkdir()
    (folder.journal / "vault.db").write_bytes(b"made-up words, public passphrase")
    print(folder.path, flush=True)
    time.sleep(60)
    """
)


def test_a_demo_whose_process_was_killed_is_removed_at_the_next_start(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    folder = Path(process.stdout.readline().strip())
    assert remove_stale_demos(tmp_path) == []  # still running: left alone
    assert folder.is_dir()
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert (folder / "pid").read_text().strip() == str(process.pid)
    assert remove_stale_demos(tmp_path) == [folder]
    assert not folder.exists()


def test_a_running_demo_of_this_process_is_kept(tmp_path):
    running = DemoFolder(tmp_path)
    try:
        assert remove_stale_demos(tmp_path) == []
        assert running.path.is_dir()
    finally:
        running.remove()
    assert not running.path.exists()


def test_only_this_accounts_demo_folders_are_touched(tmp_path):
    if os.getuid() != 0:
        pytest.skip("only root can give a folder to another account to try this")
    stranger = tmp_path / f"{PREFIX}stranger"
    stranger.mkdir()
    os.utime(stranger, (time.time() - 3600, time.time() - 3600))
    os.chown(stranger, 65534, 65534)
    unrelated = tmp_path / "afterglow-notes"
    unrelated.mkdir()
    assert remove_stale_demos(tmp_path) == []
    assert stranger.is_dir() and unrelated.is_dir()


def test_a_folder_without_its_lock_goes_only_once_it_is_old(tmp_path):
    starting = tmp_path / f"{PREFIX}starting"
    starting.mkdir()
    old = tmp_path / f"{PREFIX}old"
    old.mkdir()
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert remove_stale_demos(tmp_path) == [old]
    assert starting.is_dir()
