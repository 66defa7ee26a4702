"""The single-instance socket is private to the account: nobody else can squat or reach it."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from journal_app.ui.single_instance import SingleInstance, runtime_folder, server_name


@pytest.fixture
def runtime() -> Iterator[Path]:
    # A short path of its own: a socket's path may hold only about 100 bytes, and the
    # test's own folder can be longer than that (pytest-xdist adds to it).
    folder = Path(tempfile.mkdtemp(prefix="ag-run-"))
    folder.chmod(0o700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_socket_lives_in_the_runtime_folder_with_the_user_in_its_name(runtime, tmp_path):
    name = server_name(tmp_path / "journal", env={"XDG_RUNTIME_DIR": str(runtime)})
    assert name is not None
    assert Path(name).parent == runtime
    assert f"afterglow-{os.getuid()}-" in Path(name).name


def test_without_a_runtime_folder_a_private_one_is_made(tmp_path):
    name = server_name(tmp_path / "journal", env={}, temp_root=tmp_path)
    assert name is not None
    folder = Path(name).parent
    assert folder == tmp_path / f"afterglow-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_runtime_folder_others_can_enter_is_not_used(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    found = runtime_folder(env={"XDG_RUNTIME_DIR": str(shared)}, temp_root=tmp_path)
    assert found == tmp_path / f"afterglow-{os.getuid()}"


def test_a_squatted_private_folder_is_not_used(tmp_path):
    if os.getuid() != 0:
        pytest.skip("only root can hand a folder to another account to try this")
    squatted = tmp_path / f"afterglow-{os.getuid()}"
    squatted.mkdir(mode=0o700)
    os.chown(squatted, 65534, 65534)
    assert runtime_folder(env={}, temp_root=tmp_path) is None
    assert server_name(tmp_path / "journal", env={}, temp_root=tmp_path) is None
    nowhere = SingleInstance(tmp_path / "journal", name=None)
    assert nowhere.notify_running(timeout_ms=50) is False  # the journal's lock still guards


def test_a_squatter_on_the_old_shared_name_does_not_block(qtbot, runtime, tmp_path):
    folder = tmp_path / "journal"
    old_name = f"afterglow-{hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]}"
    squatter = QLocalServer()
    QLocalServer.removeServer(old_name)
    assert squatter.listen(old_name)  # as another account would, in the shared /tmp
    try:
        name = server_name(folder, env={"XDG_RUNTIME_DIR": str(runtime)})
        first = SingleInstance(folder, name=name)
        assert first.notify_running(timeout_ms=100) is False
        assert first.listen()
        mode = stat.S_IMODE(Path(str(name)).stat().st_mode)
        assert mode & 0o077 == 0  # only this account may connect
        second = SingleInstance(folder, name=name)
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert second.notify_running() is True
        first.close()
    finally:
        squatter.close()


def test_a_stale_socket_left_by_a_crash_is_replaced(runtime, tmp_path):
    name = server_name(tmp_path / "journal", env={"XDG_RUNTIME_DIR": str(runtime)})
    assert name is not None
    Path(name).write_text("left by a crash")
    instance = SingleInstance(tmp_path / "journal", name=name)
    assert instance.notify_running(timeout_ms=50) is False
    assert instance.listen()
    instance.close()
