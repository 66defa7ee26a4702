"""The main window's first size and place: what fits the screen it opens on.

It opens at its comfortable size (1180×780) where that fits, otherwise at the screen's
available area less a margin; a size remembered from a bigger screen (or a monitor
since unplugged) is brought back onto the current one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

COMFORTABLE = QSize(1180, 780)
MARGIN = 24  # room for the desktop's frame and a glimpse of what is behind


def fitted(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` made no larger than ``available`` (less a margin) and moved inside it."""
    width = min(wanted.width(), max(1, available.width() - 2 * MARGIN))
    height = min(wanted.height(), max(1, available.height() - 2 * MARGIN))
    left = min(max(wanted.left(), available.left()), available.right() - width + 1)
    top = min(max(wanted.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def first_place(available: QRect) -> QRect:
    """The comfortable size where it fits, centred on ``available``."""
    size = fitted(QRect(0, 0, COMFORTABLE.width(), COMFORTABLE.height()), available).size()
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect


def available_for(window: QWidget) -> QRect:
    """The available area of the screen the window is on (or the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def place_first(window: QWidget) -> None:
    """Size and place a window that has no remembered geometry."""
    window.setGeometry(first_place(available_for(window)))


def bring_on_screen(window: QWidget) -> None:
    """Bring a restored geometry back onto the current screen, no larger than it."""
    window.setGeometry(fitted(window.geometry(), available_for(window)))
