"""Ctrl+L locks from the window's own dialogs too (the crisis panel, the safety plan...).

A dialog is a window of its own, so the main window's Lock shortcut doesn't reach it,
and a modal one blocks application-wide shortcuts. Each time one of the main window's
dialogs becomes the active window it gets a Ctrl+L shortcut of its own (once): nothing
runs for the other events of the application.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QWidget

LOCK_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L)
MARK = "afterglowLockKeys"


def owned_by(window: QWidget, widget: QWidget | None) -> bool:
    """True when ``widget`` is a window that ``window`` owns, at any depth."""
    while widget is not None:
        widget = widget.parentWidget()
        if widget is window:
            return True
    return False


class LockKeys(QObject):
    """Gives each dialog of ``window`` a Ctrl+L that calls ``lock``."""

    def __init__(self, window: QWidget, lock: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._lock = lock
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._on_app_focus_window_changed)

    def _on_app_focus_window_changed(self, _window: QWindow | None) -> None:
        active = QApplication.activeWindow()
        if active is None or not owned_by(self._window, active) or active.property(MARK):
            return
        shortcut = QShortcut(LOCK_KEYS, active)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._on_shortcut_activated)
        active.setProperty(MARK, True)

    def _on_shortcut_activated(self) -> None:
        self._lock()
