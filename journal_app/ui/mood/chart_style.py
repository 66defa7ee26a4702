"""Pens, brushes and fonts for the mood chart, derived from the theme's colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

BAND_STEP = 0.085  # lightness step between severity bands: tells them apart in grey too
MARK_ALPHA = 0.7  # session marks: the text colour, this opaque
CROWDED_MARK_ALPHA = 0.6


def mix(base: str, tint: str, amount: float, alpha: float = 1.0) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way towards ``tint``."""
    a, b = QColor(base), QColor(tint)
    colour = QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        alpha,
    )
    return colour


def pen(
    colour: QColor | str,
    width: float,
    scale: float = 1.0,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
) -> QPen:
    """A cosmetic pen ``width`` screen pixels wide (times ``scale`` for print devices)."""
    made = QPen(QColor(colour), width * scale, style)
    made.setCosmetic(True)
    made.setCapStyle(Qt.PenCapStyle.RoundCap)
    made.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style == Qt.PenStyle.DashLine:
        made.setDashPattern([4.0, 3.0])
    return made


def band_brush(colours: dict[str, str], strength: int) -> QBrush:
    """A soft fill for a severity band; harder bands are a step darker (lighter in dark)."""
    tint = mix(colours["muted"], colours["accent"], 0.2).name()
    return QBrush(mix(colours["surface"], tint, BAND_STEP * strength + 0.02))


def faded(colour: str, alpha: float) -> QColor:
    made = QColor(colour)
    made.setAlphaF(alpha)
    return made


def line_pens(colours: dict[str, str], scale: float = 1.0) -> dict[str, QPen]:
    """Every line's pen by name; "crowded" variants are fainter or thinner.

    Names: daily, daily_dense, trend, scores_0..2 (by crowding), marks, planned,
    marks_crowded, planned_crowded.
    """
    dash = Qt.PenStyle.DashLine
    # Session marks stay at 3:1 or more against the chart and its darkest band, crowded
    # or not (tests/ui/test_contrast.py); crowded ones are only a little lighter.
    mark, faint = faded(colours["text"], MARK_ALPHA), faded(colours["text"], CROWDED_MARK_ALPHA)
    return {
        "daily": pen(faded(colours["muted"], 0.6), 1, scale),
        # Where days crowd into an envelope the daily line becomes a faint texture.
        "daily_dense": pen(faded(colours["muted"], 0.22), 1, scale),
        "trend": pen(colours["accent"], 2.5, scale),
        "scores_0": pen(colours["accent"], 2, scale),
        "scores_1": pen(colours["accent"], 1.5, scale),
        "scores_2": pen(colours["accent"], 1.2, scale),
        "marks": pen(mark, 1, scale),
        "planned": pen(mark, 1, scale, dash),
        "marks_crowded": pen(faint, 1, scale),
        "planned_crowded": pen(faint, 1, scale, dash),
    }


def pixel_font(font: QFont, pixels: int) -> QFont:
    """``font`` sized in pixels, so it scales with the page when drawn for print."""
    sized = QFont(font)
    sized.setPixelSize(pixels)
    return sized
