"""Ctrl+L locks from the window's own dialogs too (the crisis panel, the safety plan...).

A dialog is a window of its own, so the main window's Lock shortcut doesn't reach it,
and a modal one blocks application-wide shortcuts. One application event filter watches
for Ctrl+L in any window the main window owns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

LOCK_KEY = Qt.Key.Key_L


def owned_by(window: QWidget, widget: QWidget | None) -> bool:
    """True when ``widget`` is a window that ``window`` owns, at any depth."""
    while widget is not None:
        widget = widget.parentWidget()
        if widget is window:
            return True
    return False


class LockKeys(QObject):
    """Calls ``lock`` for Ctrl+L pressed in a dialog the main window owns."""

    def __init__(self, window: QWidget, lock: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._lock = lock
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() != LOCK_KEY or event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return False
        if not isinstance(watched, QWidget) or not owned_by(self._window, watched.window()):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes next, to us rather than to a shortcut
            return True
        self._lock()
        return True
