"""Desktop notifications: org.freedesktop.Notifications over D-Bus, else the system tray.

A notice counts as shown only when it was: the notification server answered with an id,
or a tray icon exists, can show messages and was shown. The words are the caller's and
must say nothing private. D-Bus is asked off the UI thread: the call needs the server's
own description of ``Notify`` (PySide has no unsigned integer to send otherwise), and a
server that is slow to start must not freeze the window. The server is first asked for
that description without waiting, so the one blocking call (on the thread pool) finds it
running and its description known.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, QUrl
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from journal_app.texts import resource_root
from journal_app.ui.worker import BackgroundRunner

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
APP_NAME = "Afterglow"
CALL_TIMEOUT_MS = 5_000
DESKTOP, TRAY, NOWHERE = "desktop", "tray", "nowhere"

Done = Callable[[bool], None]


class Notices(Protocol):
    """What reminders need of a notifier (tests pass a fake)."""

    def route(self) -> str: ...

    def send(self, summary: str, body: str, done: Done) -> None: ...

    def hide(self) -> None: ...


def notify_over_dbus(bus: QDBusConnection, summary: str, body: str) -> int:
    """Call ``Notify`` and return the server's id for the notice (0: not shown). Blocks."""
    if not bus.isConnected():
        return 0
    server = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
    if not server.isValid():
        return 0
    server.setTimeout(CALL_TIMEOUT_MS)
    meta = server.metaObject()
    if (
        meta.indexOfMethod(
            "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
        )
        < 0
    ):
        return 0  # not the standard interface: nothing to call safely
    answer = QMetaObject.invokeMethod(
        server,
        "Notify",
        Qt.ConnectionType.DirectConnection,
        Q_RETURN_ARG("uint"),
        Q_ARG(str, APP_NAME),
        Q_ARG("uint", 0),  # replaces nothing
        Q_ARG(str, icon_uri()),
        Q_ARG(str, summary),
        Q_ARG(str, body),
        Q_ARG("QStringList", []),
        Q_ARG("QVariantMap", {}),
        Q_ARG(int, -1),  # the server's usual time on screen
    )
    if server.lastError().isValid():
        log.info("the notification server refused: %s", server.lastError().name())
        return 0
    return answer if isinstance(answer, int) else 0


def icon_uri() -> str:
    """Afterglow's icon as a file URI, which the notification spec accepts as app_icon."""
    return QUrl.fromLocalFile(str(resource_root().joinpath("icons", "afterglow.svg"))).toString()


def desktop_bus() -> QDBusConnection:
    """The session bus; none on the offscreen platform, which has no desktop to show on."""
    if QGuiApplication.platformName() == "offscreen":
        return QDBusConnection("afterglow-no-desktop")  # never connected
    return QDBusConnection.sessionBus()


class Notifier(QObject):
    """Shows short notices on this desktop, by whichever way it has."""

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else desktop_bus()
        self._tray_available = tray_available
        self._tray: QSystemTrayIcon | None = None
        self._runner = BackgroundRunner(self)

    def desktop_available(self) -> bool:
        """Whether a notification server runs on the session bus, or would start."""
        if not self._bus.isConnected():
            return False
        names = self._bus.interface()
        if names.isServiceRegistered(SERVICE).value():
            return True
        return SERVICE in (names.activatableServiceNames().value() or [])

    def tray_available(self) -> bool:
        return bool(self._tray_available()) and QSystemTrayIcon.supportsMessages()

    def route(self) -> str:
        """How a notice would go now: DESKTOP, TRAY or NOWHERE."""
        if self.desktop_available():
            return DESKTOP
        return TRAY if self.tray_available() else NOWHERE

    def send(self, summary: str, body: str, done: Done) -> None:
        """Show a notice; ``done(shown)`` is called on this thread once it is known."""
        if not self.desktop_available():
            done(self._show_in_tray(summary, body))
            return
        bus = self._bus

        def answered(notice_id: object) -> None:
            done(bool(notice_id) or self._show_in_tray(summary, body))

        def failed(error: BaseException) -> None:
            log.info("the notification could not be sent: %s", type(error).__name__)
            done(self._show_in_tray(summary, body))

        def server_ready(watcher: QDBusPendingCallWatcher) -> None:
            watcher.deleteLater()
            if watcher.isError():
                log.info("no notification server answered: %s", watcher.error().name())
                done(self._show_in_tray(summary, body))
                return
            self._runner.run(lambda: notify_over_dbus(bus, summary, body), answered, failed)

        # Asked without waiting first: a server started on demand may take a moment, and
        # the blocking call after this (on the thread pool) then finds it running.
        probe = QDBusMessage.createMethodCall(SERVICE, PATH, INTROSPECTABLE, "Introspect")
        watcher = QDBusPendingCallWatcher(bus.asyncCall(probe, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(server_ready)

    def _show_in_tray(self, summary: str, body: str) -> bool:
        if not self.tray_available():
            return False
        if self._tray is None:
            icon = QIcon(QUrl(icon_uri()).toLocalFile())
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(APP_NAME)
        self._tray.show()
        if not self._tray.isVisible():
            return False
        self._tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.NoIcon)
        return True

    def hide(self) -> None:
        """Take the tray icon away (when the window closes)."""
        if self._tray is not None:
            self._tray.hide()
