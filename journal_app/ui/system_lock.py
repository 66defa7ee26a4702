"""Lock when the computer sleeps or the desktop session locks, wherever the system says so.

Linux: the screen savers of freedesktop (KDE and others), GNOME and Xfce, GNOME's
session going idle, logind's sleep and logind locking this session (``loginctl
lock-session``, which most lock screens send). Windows: a session lock, a disconnected
console and sleep (see ``system_lock_windows``). macOS offers nothing Qt can hear
without extra libraries, so there only the idle timer and Ctrl+L lock.

Signals are accepted from any sender on the bus: a false one can only lock the journal.
"""

from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from journal_app.ui.system_lock_windows import WindowsLockListener

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SESSION_PATH_PREFIX = "/org/freedesktop/login1/session/"
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
)
GNOME_PRESENCE = ("/org/gnome/SessionManager/Presence", "org.gnome.SessionManager.Presence")
# GNOME's presence: 0 available, 1 invisible, 2 busy, 3 idle. Only idle means away;
# "busy" is a person asking not to be disturbed while they are still there.
GNOME_IDLE = 3


def _first_argument(message: QDBusMessage) -> object:
    arguments = message.arguments()
    return arguments[0] if arguments else None


class SystemLockWatcher(QObject):
    """Emits ``lock_requested`` on suspend, on sleep and when the screen or session locks.

    The buses and the login session id are arguments so tests can use a private bus.
    """

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_lock_path = ""
        self._session_ids: list[str] = []
        self._pending: QDBusPendingCallWatcher | None = None
        self._windows: WindowsLockListener | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
        self._session_bus = session_bus if session_bus is not None else _bus(session=True)
        self._system_bus = system_bus if system_bus is not None else _bus(session=False)
        self._watch_session_bus()
        self._watch_system_bus(
            os.environ.get("XDG_SESSION_ID", "") if session_id is None else session_id
        )
        if sys.platform == "win32" and isinstance(parent, QWidget):
            self._watch_windows(parent)

    def _watch_session_bus(self) -> None:
        bus = self._session_bus
        if not bus.isConnected():
            return
        for path, interface in SCREEN_SAVERS:
            bus.connect(
                "", path, interface, "ActiveChanged", self, _slot("_on_screensaver(QDBusMessage)")
            )
        path, interface = GNOME_PRESENCE
        bus.connect("", path, interface, "StatusChanged", self, _slot("_on_presence(QDBusMessage)"))

    def _watch_system_bus(self, session_id: str) -> None:
        bus = self._system_bus
        if not bus.isConnected():
            return
        bus.connect(
            "",
            LOGIN1_PATH,
            LOGIN1_MANAGER,
            "PrepareForSleep",
            self,
            _slot("_on_prepare_for_sleep(QDBusMessage)"),
        )
        # The session's own id first; "auto" is logind's word for "the session I am in".
        self._session_ids = [i for i in (session_id, "auto") if i]
        self._ask_for_session_path()

    def _ask_for_session_path(self) -> None:
        """Ask logind, without waiting, which session object will announce a lock."""
        if not self._session_ids:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        call.setArguments([self._session_ids.pop(0)])
        self._pending = QDBusPendingCallWatcher(self._system_bus.asyncCall(call), self)
        self._pending.finished.connect(self._on_session_path_answered)

    def _on_session_path_answered(self, pending: QDBusPendingCallWatcher) -> None:
        reply = pending.reply()
        pending.deleteLater()
        self._pending = None
        path = _first_argument(reply) if not pending.isError() else None
        text = path.path() if isinstance(path, QDBusObjectPath) else ""
        if not text.startswith(SESSION_PATH_PREFIX):
            self._ask_for_session_path()  # try the next id, if any
            return
        self.session_lock_path = text
        self._system_bus.connect(
            "", text, LOGIN1_SESSION, "Lock", self, _slot("_on_session_lock(QDBusMessage)")
        )

    def _watch_windows(self, window: QWidget) -> None:
        self._windows = WindowsLockListener(int(window.winId()), self.lock_requested.emit)
        self._windows.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._windows.stop)

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit()

    @Slot(QDBusMessage)
    def _on_screensaver(self, message: QDBusMessage) -> None:
        if _first_argument(message) is True:
            self.lock_requested.emit()

    @Slot(QDBusMessage)
    def _on_presence(self, message: QDBusMessage) -> None:
        status = _first_argument(message)
        if isinstance(status, int) and not isinstance(status, bool) and status == GNOME_IDLE:
            self.lock_requested.emit()

    @Slot(QDBusMessage)
    def _on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        if _first_argument(message) is True:
            self.lock_requested.emit()

    @Slot(QDBusMessage)
    def _on_session_lock(self, message: QDBusMessage) -> None:
        self.lock_requested.emit()


def _slot(signature: str) -> bytes:
    # PySide's stubs ask for bytes here, but at run time it takes only SLOT()'s text.
    return cast("bytes", SLOT(signature))


def _bus(*, session: bool) -> QDBusConnection:
    return QDBusConnection.sessionBus() if session else QDBusConnection.systemBus()
