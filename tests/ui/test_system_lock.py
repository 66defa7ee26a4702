"""The screen-lock watcher on a private D-Bus, and its Windows message filter."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count

import pytest
from PySide6.QtCore import SLOT, QCoreApplication, QObject, Qt, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath, QDBusVirtualObject
from PySide6.QtWidgets import QWidget

from journal_app.ui.system_lock import SystemLockWatcher
from journal_app.ui.system_lock_windows import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_SESSION_LOCK,
    WindowsLockFilter,
    WindowsLockListener,
    WindowsMessage,
    asks_to_lock,
)

_names = count()
SESSION_PATH = "/org/freedesktop/login1/session/c7"


@dataclass
class PrivateBus:
    """A dbus-daemon of our own: one connection for the watcher, one to send from."""

    address: str
    watcher_side: QDBusConnection
    sender: QDBusConnection
    names: list[str] = field(default_factory=list)

    def emit(self, path: str, interface: str, member: str, *arguments: object) -> None:
        signal = QDBusMessage.createSignal(path, interface, member)
        signal.setArguments(list(arguments))
        assert self.sender.send(signal)


@pytest.fixture
def bus(qapp) -> Iterator[PrivateBus]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    names = [f"lock-test-{next(_names)}", f"lock-test-{next(_names)}"]
    watcher_side = QDBusConnection.connectToBus(address, names[0])
    sender = QDBusConnection.connectToBus(address, names[1])
    assert watcher_side.isConnected() and sender.isConnected()
    yield PrivateBus(address, watcher_side, sender, names)
    for name in names:
        QDBusConnection.disconnectFromBus(name)
    daemon.terminate()
    daemon.wait(timeout=5)
    daemon.stdout.close()


class FakeLogind(QDBusVirtualObject):
    """Answers GetSession for the ids it knows, with an error for the others."""

    def __init__(self, sessions: dict[str, str]) -> None:
        super().__init__()
        self.sessions = sessions
        self.asked: list[str] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
        session_id = str(message.arguments()[0]) if message.arguments() else ""
        self.asked.append(session_id)
        if session_id in self.sessions:
            reply = message.createReply()
            reply.setArguments([QDBusObjectPath(self.sessions[session_id])])
        else:
            reply = message.createErrorReply(
                "org.freedesktop.login1.NoSuchSession", "No session with that id."
            )
        connection.send(reply)
        return True


def serve_logind(bus: PrivateBus, sessions: dict[str, str]) -> FakeLogind:
    fake = FakeLogind(sessions)
    assert bus.sender.registerService("org.freedesktop.login1")
    assert bus.sender.registerVirtualObject("/org/freedesktop/login1", fake)
    return fake


def watch(bus: PrivateBus, session_id: str = "") -> tuple[SystemLockWatcher, list[int]]:
    watcher = SystemLockWatcher(
        session_bus=bus.watcher_side, system_bus=bus.watcher_side, session_id=session_id
    )
    requests: list[int] = []
    watcher.lock_requested.connect(lambda: requests.append(1))
    return watcher, requests


class Marker(QObject):
    """Receives the flush signal on the watcher's connection."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    @Slot(QDBusMessage)
    def arrived(self, message: QDBusMessage) -> None:
        self.seen += 1


def flush(qtbot, bus: PrivateBus) -> None:
    """Wait until everything sent so far has been handled: the bus keeps a sender's order."""
    marker = Marker()
    assert bus.watcher_side.connect(
        "", "/afterglow/test", "afterglow.Test", "Flush", marker, SLOT("arrived(QDBusMessage)")
    )
    # The bus adds a match rule when its request arrives, which may be after a first
    # flush signal went by: send it again until it is seen.
    for _ in range(100):
        bus.emit("/afterglow/test", "afterglow.Test", "Flush")
        qtbot.wait(50)
        if marker.seen:
            break
    assert marker.seen, "the private bus never delivered the flush signal"
    bus.watcher_side.disconnect(
        "", "/afterglow/test", "afterglow.Test", "Flush", marker, SLOT("arrived(QDBusMessage)")
    )


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ("/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
    ],
)
def test_each_screen_saver_coming_on_asks_for_a_lock_and_going_off_does_not(
    qtbot, bus, path, interface
):
    _watcher, requests = watch(bus)
    bus.emit(path, interface, "ActiveChanged", False)
    bus.emit(path, interface, "ActiveChanged", 1)
    flush(qtbot, bus)
    assert requests == []
    bus.emit(path, interface, "ActiveChanged", True)
    flush(qtbot, bus)
    assert requests == [1]


def test_gnome_going_idle_asks_for_a_lock_and_other_presences_do_not(qtbot, bus):
    _watcher, requests = watch(bus)
    presence = ("/org/gnome/SessionManager/Presence", "org.gnome.SessionManager.Presence")
    for status in (0, 1, 2, True, "3", -1):
        bus.emit(*presence, "StatusChanged", status)
    bus.emit(*presence, "StatusChanged")  # no argument at all
    flush(qtbot, bus)
    assert requests == []
    bus.emit(*presence, "StatusChanged", 3)
    flush(qtbot, bus)
    assert requests == [1]


def test_gnome_idle_sent_as_an_unsigned_number_like_gnome_does_asks_for_a_lock(qtbot, bus):
    if shutil.which("dbus-send") is None:
        pytest.skip("dbus-send is not installed")
    watcher, _ = watch(bus)
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        subprocess.run(
            [
                "dbus-send",
                f"--bus={bus.address}",
                "--type=signal",
                "/org/gnome/SessionManager/Presence",
                "org.gnome.SessionManager.Presence.StatusChanged",
                "uint32:3",
            ],
            check=True,
            timeout=10,
        )


def test_sleep_asks_for_a_lock_and_waking_does_not(qtbot, bus):
    _watcher, requests = watch(bus)
    bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
    bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", "yes")
    flush(qtbot, bus)
    assert requests == []
    bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    flush(qtbot, bus)
    assert requests == [1]


def test_logind_locking_this_session_asks_for_a_lock_but_another_session_does_not(qtbot, bus):
    fake = serve_logind(bus, {"c7": SESSION_PATH, "c8": "/org/freedesktop/login1/session/c8"})
    watcher, requests = watch(bus, session_id="c7")
    qtbot.waitUntil(lambda: watcher.session_lock_path == SESSION_PATH, timeout=3000)
    assert fake.asked == ["c7"]
    bus.emit("/org/freedesktop/login1/session/c8", "org.freedesktop.login1.Session", "Lock")
    flush(qtbot, bus)
    assert requests == []
    bus.emit(SESSION_PATH, "org.freedesktop.login1.Session", "Lock")
    flush(qtbot, bus)
    assert requests == [1]


def test_without_a_session_id_logind_is_asked_for_the_session_we_are_in(qtbot, bus):
    fake = serve_logind(bus, {"auto": SESSION_PATH})
    watcher, _ = watch(bus, session_id="gone")
    qtbot.waitUntil(lambda: watcher.session_lock_path == SESSION_PATH, timeout=3000)
    assert fake.asked == ["gone", "auto"]


def test_a_logind_that_knows_no_session_or_answers_nonsense_is_left_alone(qtbot, bus):
    fake = serve_logind(bus, {"auto": "/somewhere/else"})
    watcher, requests = watch(bus, session_id="c7")
    qtbot.waitUntil(lambda: fake.asked == ["c7", "auto"] and watcher._pending is None, timeout=3000)
    bus.emit("/somewhere/else", "org.freedesktop.login1.Session", "Lock")
    flush(qtbot, bus)
    assert watcher.session_lock_path == ""
    assert requests == []


def test_no_logind_on_the_bus_still_watches_the_rest(qtbot, bus):
    watcher, _ = watch(bus, session_id="c7")
    qtbot.waitUntil(lambda: watcher._pending is None, timeout=5000)
    assert watcher.session_lock_path == ""
    with qtbot.waitSignal(watcher.lock_requested, timeout=3000):
        bus.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)


def test_no_bus_at_all_is_quietly_fine(qapp):
    nowhere = QDBusConnection("not-connected-anywhere")
    watcher = SystemLockWatcher(session_bus=nowhere, system_bus=nowhere)
    assert watcher.session_lock_path == ""


def test_the_application_being_suspended_asks_for_a_lock_and_going_inactive_does_not(qapp):
    watcher = SystemLockWatcher()
    requests: list[int] = []
    watcher.lock_requested.connect(lambda: requests.append(1))
    watcher._on_application_state_changed(Qt.ApplicationState.ApplicationSuspended)
    watcher._on_application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert requests == [1]


# Windows: messages are fed to the filter as Windows would hand them over, by address.


def feed(event_filter: WindowsLockFilter, message: int, wparam: int, kind: bytes) -> object:
    msg = WindowsMessage(None, message, wparam, 0)
    return event_filter.nativeEventFilter(kind, ctypes.addressof(msg))


def test_windows_session_lock_disconnect_and_sleep_ask_for_a_lock():
    requests: list[int] = []
    event_filter = WindowsLockFilter(lambda: requests.append(1))
    for wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT):
        assert feed(event_filter, WM_WTSSESSION_CHANGE, wparam, b"windows_generic_MSG") == (
            False,
            0,
        )
    feed(event_filter, WM_POWERBROADCAST, PBT_APMSUSPEND, b"windows_dispatcher_MSG")
    assert requests == [1, 1, 1]


def test_windows_unlock_logon_resume_and_other_messages_do_not():
    requests: list[int] = []
    event_filter = WindowsLockFilter(lambda: requests.append(1))
    session_unlock, session_logon, resume_automatic = 0x8, 0x5, 0x12
    feed(event_filter, WM_WTSSESSION_CHANGE, session_unlock, b"windows_generic_MSG")
    feed(event_filter, WM_WTSSESSION_CHANGE, session_logon, b"windows_generic_MSG")
    feed(event_filter, WM_POWERBROADCAST, resume_automatic, b"windows_generic_MSG")
    feed(event_filter, 0x0100, WTS_SESSION_LOCK, b"windows_generic_MSG")  # a key press
    feed(event_filter, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"xcb_generic_event_t")
    assert event_filter.nativeEventFilter(b"windows_generic_MSG", 0) == (False, 0)
    assert requests == []
    assert asks_to_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)


class FakeWtsApi:
    def __init__(self, answer: int = 1) -> None:
        self.answer = answer
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str) -> object:
        def call(*arguments: object) -> int:
            self.calls.append((name, arguments))
            return self.answer

        return call


def test_windows_listener_registers_for_session_changes_and_unregisters_on_stop(qapp):
    api = FakeWtsApi()
    listener = WindowsLockListener(42, lambda: None, wtsapi=lambda: api)
    assert listener.start() is True
    listener.stop()
    assert [name for name, _ in api.calls] == [
        "WTSRegisterSessionNotification",
        "WTSUnRegisterSessionNotification",
    ]
    assert api.calls[0][1] == (42, 0)


def test_windows_refusing_registration_leaves_the_filter_for_sleep(qapp):
    def missing() -> object:
        raise OSError("wtsapi32 is not there")

    refused = WindowsLockListener(42, lambda: None, wtsapi=lambda: FakeWtsApi(answer=0))
    assert refused.start() is False
    refused.stop()
    absent = WindowsLockListener(42, lambda: None, wtsapi=missing)
    assert absent.start() is False
    absent.stop()


def test_on_windows_the_watcher_listens_to_its_window(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    window = QWidget()
    qtbot.addWidget(window)
    nowhere = QDBusConnection("not-connected-anywhere")
    watcher = SystemLockWatcher(window, session_bus=nowhere, system_bus=nowhere)
    assert watcher._windows is not None
    assert watcher._windows.registered is False  # no wtsapi32 here
    with qtbot.waitSignal(watcher.lock_requested, timeout=1000):
        feed(
            watcher._windows.filter, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"windows_generic_MSG"
        )
    watcher._windows.stop()
    QCoreApplication.processEvents()


def test_elsewhere_the_watcher_leaves_windows_alone(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    nowhere = QDBusConnection("not-connected-anywhere")
    watcher = SystemLockWatcher(window, session_bus=nowhere, system_bus=nowhere)
    assert (watcher._windows is None) == (sys.platform != "win32")
