"""Light and dark themes from resources/styles, following the system when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from journal_app.texts import load_toml, resource_root

MODES = ("system", "light", "dark")
SETTINGS_KEY = "appearance/theme"


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, name in (
        ((role.Window,), "window"),
        ((role.Base, role.AlternateBase, role.ToolTipBase, role.Button), "surface"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), "text"),
        ((role.PlaceholderText,), "muted"),
        ((role.Highlight,), "selection"),
        ((role.HighlightedText,), "text"),
        ((role.Link,), "accent"),
    ):
        for each in roles:
            palette.setColor(each, QColor(colours[name]))
    return palette


class ThemeManager(QObject):
    """Applies a theme to the whole application and remembers the choice in QSettings."""

    theme_changed = Signal(str)  # "light" or "dark", the one now shown
    mode_changed = Signal(str)  # "system", "light" or "dark", as chosen

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._template = resource_root().joinpath("styles", "app.qss").read_text("utf-8")
        self._themes = load_toml("styles/themes.toml")
        self._icons = Path(str(resource_root().joinpath("icons"))).as_posix()
        mode = str(settings.value(SETTINGS_KEY, "system"))
        self._mode = mode if mode in MODES else "system"
        self._shown = ""
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def shown(self) -> str:
        return self._shown

    def colours(self) -> dict[str, str]:
        return dict(self._themes[self._shown or "light"])

    def set_mode(self, mode: str) -> None:
        """Choose "system", "light" or "dark"."""
        self._mode = mode if mode in MODES else "system"
        self._settings.setValue(SETTINGS_KEY, self._mode)
        self.apply()
        self.mode_changed.emit(self._mode)

    def apply(self) -> None:
        name = self._mode
        if name == "system":
            dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            name = "dark" if dark else "light"
        colours = {**self._themes[name], "theme": name, "icons": self._icons}
        sheet = self._template
        for key, value in colours.items():
            sheet = sheet.replace("{" + key + "}", value)
        self._app.setPalette(_palette(self._themes[name]))
        self._app.setStyleSheet(sheet)
        self._shown = name
        self.theme_changed.emit(name)

    def _on_system_scheme_changed(self, _: object) -> None:
        if self._mode == "system":
            self.apply()
