"""A private D-Bus session bus and a fake notification server, for notification tests."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

SERVER = Path(__file__).with_name("fake_notifications.py")


@contextmanager
def private_bus() -> Iterator[str]:
    """Start a session bus of our own (never the person's) and yield its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    try:
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


@contextmanager
def connection(address: str) -> Iterator[QDBusConnection]:
    """A connection of its own to the bus at ``address``, closed afterwards."""
    name = f"afterglow-test-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected(), bus.lastError().message()
    try:
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(name)


class FakeServer:
    """The fake notification server's process; ``calls()`` reads what it was sent."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process

    def next_call(self) -> dict[str, Any]:
        """The next call it reported (it reports each before it answers)."""
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        assert line, "the fake server said nothing more"
        found: dict[str, Any] = json.loads(line)
        return found

    def stop(self) -> str:
        """End it; return whatever it had still to say."""
        self._process.terminate()
        rest, _ = self._process.communicate(timeout=10)
        return rest


@contextmanager
def fake_server(address: str, *options: str) -> Iterator[FakeServer]:
    """Run tests/ui/fake_notifications.py on the bus at ``address`` until the block ends."""
    process = subprocess.Popen(
        [sys.executable, str(SERVER), address, *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    server = FakeServer(process)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "READY"
        yield server
    finally:
        if process.poll() is None:
            server.stop()
