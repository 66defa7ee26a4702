"""Light and dark themes from resources/styles, following the system when asked.

Text sizes follow the system too: the style sheet names sizes ({font_title} and so on)
that are filled as multiples of the application's font, and filled again whenever that
font changes (a "Large Text" setting, a new font size in the desktop's settings).
"""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from journal_app.texts import load_toml, resource_root
from journal_app.ui.focus_ring import install_focus_rings

MODES = ("system", "light", "dark")
SETTINGS_KEY = "appearance/theme"
SHOWING = "afterglowThemeShowing"  # app property: which manager applied the sheet

# Each named size as a multiple of the system's body text size. At an 11 pt system
# font these give the sizes Afterglow was designed at (titles 20 pt, sections 13 pt).
FONT_SCALES: dict[str, float] = {
    "font_small": 0.85,
    "font_body": 1.0,
    "font_large": 1.1,
    "font_larger": 1.2,
    "font_heading": 1.4,
    "font_display": 1.55,
    "font_title": 1.8,
}
# A font reported as 0 pt or 500 pt is a broken setting, not a wish: keep the app usable.
SMALLEST_BASE, LARGEST_BASE = 6.0, 72.0
DESIGN_POINTS = 11.0  # the system font size Afterglow's pixel sizes were drawn at
DEFAULT_BASE_POINTS = DESIGN_POINTS  # when the font gives neither points nor pixels


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


def font_sizes(base: QFont) -> dict[str, str]:
    """The style sheet's named sizes, relative to ``base`` and in its unit (pt or px)."""
    points = base.pointSizeF()
    unit = "pt"
    if points <= 0:  # a font set in pixels has no point size
        points = float(base.pixelSize()) if base.pixelSize() > 0 else DEFAULT_BASE_POINTS
        unit = "px" if base.pixelSize() > 0 else "pt"
    points = min(max(points, SMALLEST_BASE), LARGEST_BASE)
    return {name: f"{points * scale:.1f}{unit}" for name, scale in FONT_SCALES.items()}


def follow_system(pixels: int, base: QFont) -> int:
    """``pixels``, a size designed at an 11 pt system font, scaled to ``base``'s size."""
    points = base.pointSizeF()
    if points <= 0:
        return pixels
    points = min(max(points, SMALLEST_BASE), LARGEST_BASE)
    return max(1, round(pixels * points / DESIGN_POINTS))


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by its value."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


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
        self._token = uuid4().hex
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        app.fontChanged.connect(self._on_app_font_changed)
        install_focus_rings(app)  # the ring's inner line on filled buttons

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
        values = {
            **self._themes[name],
            **font_sizes(self._app.font()),
            "theme": name,
            "icons": self._icons,
        }
        self._app.setProperty(SHOWING, self._token)
        self._app.setPalette(_palette(self._themes[name]))
        self._app.setStyleSheet(fill(self._template, values))
        self._shown = name
        self.theme_changed.emit(name)

    def _on_system_scheme_changed(self, _: object) -> None:
        if self._mode == "system":
            self.apply()

    def _on_app_font_changed(self, _: QFont) -> None:
        # Only the manager whose sheet is showing answers (tests build many managers).
        if self._app.property(SHOWING) == self._token:
            self.apply()
