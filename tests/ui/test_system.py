from __future__ import annotations

from pathlib import Path

from journal_app.ui.single_instance import SingleInstance, server_name


def test_a_second_launch_finds_the_first_and_asks_it_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.notify_running(timeout_ms=100) is False
    assert first.listen()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.notify_running() is True
    first.close()


def test_each_journal_folder_has_its_own_instance(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(Path(str(tmp_path / "a")))
