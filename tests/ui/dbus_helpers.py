"""A private D-Bus session bus and a fake notification server, for notification tests."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection

from journal_app.ui.notify import INTERFACE, PATH, SERVICE


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
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


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


class FakeNotifications(QObject):
    """org.freedesktop.Notifications as the spec has it, keeping every call it gets."""

    def __init__(self, answer: int = 7) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []
        self.answer = answer

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802, PLR0913 - the D-Bus method's own name and arguments
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        expire_timeout: int,
    ) -> int:
        self.calls.append(
            {
                "app_name": app_name,
                "replaces_id": replaces_id,
                "app_icon": app_icon,
                "summary": summary,
                "body": body,
                "actions": actions,
                "hints": hints,
                "expire_timeout": expire_timeout,
            }
        )
        return self.answer


class NotNotifications(QObject):
    """A server at the right name whose Notify is not the spec's (it must not be called)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    @Slot(str, result=str)
    def Notify(self, text: str) -> str:  # noqa: N802
        self.calls.append(text)
        return text


def serve(bus: QDBusConnection, server: QObject) -> None:
    """Export ``server`` as the notification service on ``bus``."""
    assert bus.registerObject(
        PATH, INTERFACE, server, QDBusConnection.RegisterOption.ExportAllSlots
    )
    assert bus.registerService(SERVICE)
