"""The window carries Afterglow's icon, and tells the desktop which launcher it belongs to."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from journal_app.app import build_window
from journal_app.services.desktop_entry import APP_ID, ICON_SIZES, WINDOW_CLASS
from journal_app.ui.app_icon import WINDOW_ICON_LIMIT, app_icon

WINDOW_SIZES = {size for size in ICON_SIZES if size <= WINDOW_ICON_LIMIT}


def test_the_icon_is_drawn_for_every_hicolor_size_a_window_uses(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == WINDOW_SIZES
    assert {16, 32, 48, 256} <= WINDOW_SIZES
    assert icon.pixmap(QSize(16, 16)).size() == QSize(16, 16)
    assert app_icon(limit=512).availableSizes()[-1] == QSize(512, 512)


def test_the_window_has_the_icon_and_the_launchers_name(qtbot, tmp_path, qsettings):
    launched = build_window(tmp_path / "journal", settings=qsettings)
    assert launched is not None
    qtbot.addWidget(launched.window)
    try:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        assert app.desktopFileName() == APP_ID  # Wayland's app id: the launcher's icon
        assert app.applicationName() == WINDOW_CLASS  # X11's class: StartupWMClass
        assert {s.width() for s in app.windowIcon().availableSizes()} == WINDOW_SIZES
        assert launched.window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
    finally:
        launched.cleanup()
