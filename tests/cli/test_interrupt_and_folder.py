"""Ctrl-C stops a command cleanly (exit 130, nothing written); an empty folder name is refused."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE, cheap_kdf


def _waiting_on_stdin(pid: int) -> bool:
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        pytest.skip("this system doesn't say what a process waits for (/proc/PID/wchan)")
    return "pipe" in wchan


@pytest.mark.slow
def test_ctrl_c_while_write_reads_its_text_exits_130_and_writes_nothing(data_dir, tmp_path):
    vault = VaultService(data_dir, kdf_params=cheap_kdf)
    vault.create(PASSPHRASE)
    vault.lock()
    env = {
        **os.environ,
        "JOURNAL_APP_DATA_DIR": str(data_dir),
        "JOURNAL_APP_PASSPHRASE": PASSPHRASE,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "journal_app", "write"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(b"Half a thought, not finished")
    process.stdin.flush()
    deadline = time.monotonic() + 20
    while not _waiting_on_stdin(process.pid):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 130
    assert out == b""
    assert err.decode().strip() == "Stopped. Nothing was changed."
    vault.unlock(PASSPHRASE)
    try:
        assert [r for r in vault.store.all() if r.kind == "entry"] == []
    finally:
        vault.lock()


def test_keyboard_interrupt_anywhere_exits_130_without_a_traceback(initialised, monkeypatch):
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("journal_app.cli.context.CliContext.passphrase", interrupted)
    result = initialised("write", "never saved")
    assert result.code == 130
    assert "Traceback" not in result.err and "Nothing was changed" in result.err
    monkeypatch.undo()
    assert json.loads(initialised("list", "--json").out) == []


@pytest.mark.parametrize("command", [["list"], ["write", "to which journal?"], []])
def test_an_empty_data_dir_is_a_usage_error(cli, command):
    result = cli("--data-dir", "", *command)
    assert result.code == 2
    assert "--data-dir is empty" in result.err


def test_an_empty_data_dir_variable_is_a_usage_error(cli):
    result = cli("list", env={"JOURNAL_APP_DATA_DIR": ""})
    assert result.code == 2
    assert "JOURNAL_APP_DATA_DIR is empty" in result.err
