"""Widths drawn for the designed text size (11 pt) that grow when the text is larger.

A field fixed at 232 px holds "Thu 3 Dec 2026  10:00" at 11 pt; with Large Text the
same words need more, so the width follows the text's size (never below the design).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QWidget

DESIGN_POINTS = 11.0  # the text size the widths in the interface were drawn at
LARGEST_POINTS = 72.0
PROPERTY = "designWidth"
AT_MOST = "designWidthAtMost"  # the width is a limit, not fixed


def scaled(pixels: int, font: QFont) -> int:
    """``pixels``, a width drawn at 11 pt text, for text of ``font``'s size (never less)."""
    points = font.pointSizeF()
    if points <= 0:  # a font set in pixels
        points = QFontInfo(font).pointSizeF()
    points = min(max(points, DESIGN_POINTS), LARGEST_POINTS)
    return round(pixels * points / DESIGN_POINTS)


class _FollowText(QObject):
    """Sets its widget's fixed width again whenever the widget's text size changes."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(watched, QWidget) and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            _apply(watched)
        return False


def _apply(widget: QWidget) -> None:
    pixels = design_width(widget)
    if pixels is None:
        return
    if widget.property(AT_MOST):
        widget.setMaximumWidth(scaled(pixels, widget.font()))
    else:
        widget.setFixedWidth(scaled(pixels, widget.font()))


def keep_text_width(widget: QWidget, pixels: int, *, at_most: bool = False) -> None:
    """Fix ``widget`` at ``pixels`` wide for 11 pt text, wider for larger text.

    ``at_most``: the width is only a limit (the widget may be narrower).
    """
    widget.setProperty(PROPERTY, pixels)
    widget.setProperty(AT_MOST, at_most)
    if widget.findChild(_FollowText) is None:
        _FollowText(widget)
    _apply(widget)


def design_width(widget: QWidget) -> int | None:
    """The width ``keep_text_width`` was given for ``widget``, if any."""
    value = widget.property(PROPERTY)
    return int(value) if value is not None else None
