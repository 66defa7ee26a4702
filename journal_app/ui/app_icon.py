"""Afterglow's icon for its windows and the desktop's name for the running app."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from journal_app.services.desktop_entry import APP_ID, ICON_SIZES, icon_name
from journal_app.texts import resource_root

# On X11 every size goes to the window manager in one property (4 bytes a pixel); a
# window's icon is seldom drawn larger than 256 px, so 512 stays for the launcher.
WINDOW_ICON_LIMIT = 256


def app_icon(limit: int = WINDOW_ICON_LIMIT) -> QIcon:
    """The icon at every hicolor size up to ``limit``, each drawn for its size."""
    icons = resource_root().joinpath("icons", "hicolor")
    icon = QIcon()
    for size in ICON_SIZES:
        if size <= limit:
            icon.addFile(str(icons.joinpath(*icon_name(size).split("/"))), QSize(size, size))
    return icon


def name_the_app(app: QGuiApplication) -> None:
    """Give every window the icon, and tell the desktop which launcher this app is.

    On Wayland the shell finds the icon through the launcher's id (the app id); on X11
    a dock matches the window's class, Afterglow, to the launcher's StartupWMClass.
    """
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
