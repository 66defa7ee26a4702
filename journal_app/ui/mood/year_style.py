"""Colours for the year calendar: viridis by mood, and borders that stand out from the page.

Viridis (van der Walt and Smith, matplotlib, 2015) is perceptually uniform, reads in
grey and with every common colour-vision deficiency. Its ten stops below are matplotlib's
``viridis`` sampled at ten even steps, one per point of the 1-10 mood scale.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

VIRIDIS = (
    "#440154",
    "#482878",
    "#3e4a89",
    "#31688e",
    "#26828e",
    "#1f9e89",
    "#35b779",
    "#6dcd59",
    "#b4de2c",
    "#fde725",
)
MOOD_LOW, MOOD_HIGH = 1, 10
NON_TEXT_CONTRAST = 3.0  # WCAG 2.1, 1.4.11: borders and markers against what they touch
BORDER_STEP = 0.05


def mood_colour(mood: float) -> QColor:
    """The colour of a day whose mean mood is ``mood`` (clamped to 1-10)."""
    place = min(max(mood, MOOD_LOW), MOOD_HIGH) - MOOD_LOW
    low = min(int(place), len(VIRIDIS) - 2)
    amount = place - low
    a, b = QColor(VIRIDIS[low]), QColor(VIRIDIS[low + 1])
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2.1 defines it."""

    def linear(channel: float) -> float:
        if channel <= 0.04045:
            return channel / 12.92
        return float(((channel + 0.055) / 1.055) ** 2.4)

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def cell_border(fill: QColor, background: QColor, text: QColor) -> QColor:
    """``fill`` moved towards ``text`` until it stands out 3:1 from ``background``."""
    return QColor(_cell_border(fill.rgb(), background.rgb(), text.rgb()))


@lru_cache(maxsize=512)
def _cell_border(fill: int, background: int, text: int) -> int:
    start, towards, behind = QColor(fill), QColor(text), QColor(background)
    amount = 0.0
    colour = start
    while contrast(colour, behind) < NON_TEXT_CONTRAST and amount < 1.0:
        amount = min(amount + BORDER_STEP, 1.0)
        mixed = QColor.fromRgbF(
            start.redF() + (towards.redF() - start.redF()) * amount,
            start.greenF() + (towards.greenF() - start.greenF()) * amount,
            start.blueF() + (towards.blueF() - start.blueF()) * amount,
        )
        colour = QColor(mixed.rgb())  # judged as drawn: in whole 8-bit steps
    return colour.rgb()


def marker_colour(fill: QColor) -> QColor:
    """Black or white, whichever stands out more on ``fill`` (at least 4.5:1 either way)."""
    return QColor(_marker_colour(fill.rgb()))


@lru_cache(maxsize=512)
def _marker_colour(fill: int) -> int:
    black, white, behind = QColor("#000000"), QColor("#ffffff"), QColor(fill)
    return (black if contrast(black, behind) >= contrast(white, behind) else white).rgb()
