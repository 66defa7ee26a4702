"""Lock on Windows when the session locks, the console disconnects or the computer sleeps."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication

WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
_MSG_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")
_LOCKING_SESSION_CHANGES = (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT)


class WindowsMessage(ctypes.Structure):
    """The start of Windows' MSG: the fields a lock needs, at the same offsets."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wparam", ctypes.c_size_t),
        ("lparam", ctypes.c_ssize_t),
    )


def asks_to_lock(message: int, wparam: int) -> bool:
    """Whether a window message means the person has stepped away from the computer."""
    if message == WM_WTSSESSION_CHANGE:
        return wparam in _LOCKING_SESSION_CHANGES
    return message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND


class WindowsLockFilter(QAbstractNativeEventFilter):
    """Calls ``on_lock`` for a session-lock or suspend message; lets every message through."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(  # noqa: N802 - Qt's name
        self,
        eventType: QByteArray | bytes | bytearray | memoryview,  # noqa: N803
        message: int,
    ) -> tuple[bool, int]:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind not in _MSG_TYPES or not message:
            return False, 0
        msg = WindowsMessage.from_address(int(message))
        if asks_to_lock(msg.message, msg.wparam):
            self._on_lock()
        return False, 0


def _wtsapi() -> Any:
    return ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]  # Windows only


class WindowsLockListener:
    """Asks Windows for session-change messages to ``hwnd`` and filters them for locks."""

    def __init__(
        self,
        hwnd: int,
        on_lock: Callable[[], None],
        wtsapi: Callable[[], Any] = _wtsapi,
    ) -> None:
        self._hwnd = hwnd
        self._wtsapi = wtsapi
        self.filter = WindowsLockFilter(on_lock)
        self.registered = False

    def start(self) -> bool:
        """Install the filter and register for session changes; False if Windows refused."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
        try:
            register = self._wtsapi().WTSRegisterSessionNotification
            register.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
            register.restype = ctypes.c_int
            self.registered = bool(register(self._hwnd, NOTIFY_FOR_THIS_SESSION))
        except (OSError, AttributeError):
            self.registered = False  # sleep still arrives as WM_POWERBROADCAST
        return self.registered

    def stop(self) -> None:
        """Remove the filter and the registration."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
        if not self.registered:
            return
        self.registered = False
        try:
            unregister = self._wtsapi().WTSUnRegisterSessionNotification
            unregister.argtypes = (ctypes.c_void_p,)
            unregister.restype = ctypes.c_int
            unregister(self._hwnd)
        except (OSError, AttributeError):
            return
