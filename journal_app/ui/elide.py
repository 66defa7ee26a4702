"""Labels and buttons that shorten their words with "…" when narrow, never clipping them.

The widget keeps its whole text (``text()``, and so the name a screen reader reads); only
the painting is shortened, and then the whole text is the tooltip. Each line of a
two-line button is shortened on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

ELLIPSIS = "…"
SHOWN_AT_LEAST = 3  # characters kept before "…" at the narrowest


def elided_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with each line shortened with "…" to ``width`` pixels."""
    return "\n".join(
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(0, width))
        for line in text.split("\n")
    )


def text_width(text: str, metrics: QFontMetrics) -> int:
    """The width of the widest line of ``text``."""
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def narrowest(text: str, metrics: QFontMetrics) -> int:
    """Room for a few characters and "…" (or the whole text, if shorter)."""
    shortest = metrics.horizontalAdvance("M" * SHOWN_AT_LEAST + ELLIPSIS)
    return min(text_width(text, metrics), shortest)


class _Tooltip:
    """Puts the whole text in the tooltip while it is shortened, and takes it away after."""

    def __init__(self) -> None:
        self.ours = ""

    def update(self, widget: QWidget, text: str, shortened: bool) -> None:
        current = widget.toolTip()
        if shortened and current in ("", self.ours):
            self.ours = text
            widget.setToolTip(text)
        elif not shortened and current and current == self.ours:
            self.ours = ""
            widget.setToolTip("")


class _Shortens:
    """What a label and a button that end their words in "…" share.

    The widget gives ``_room()`` (the width its words get) and Qt's ``text()``; this
    keeps the tooltip and the minimum size in step with whether the words fit.
    """

    _tooltip: _Tooltip

    if TYPE_CHECKING:  # Qt's, on the widget this is mixed into; only named for mypy

        def text(self) -> str: ...

        def fontMetrics(self) -> QFontMetrics: ...  # noqa: N802

        def _room(self) -> int: ...

    def is_elided(self) -> bool:
        """True while the whole text does not fit."""
        return text_width(self.text(), self.fontMetrics()) > self._room()

    def _narrowed(self, hint: QSize) -> QSize:
        """``hint`` with the words' width replaced by the narrowest they can be."""
        metrics = self.fontMetrics()
        spare = hint.width() - text_width(self.text(), metrics)
        return QSize(spare + narrowest(self.text(), metrics), hint.height())

    def _update_tooltip(self) -> None:
        assert isinstance(self, QWidget)
        self._tooltip.update(self, self.text(), self.is_elided())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[misc]  # the Qt class mixed with
        self._update_tooltip()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)  # type: ignore[misc]  # the Qt class mixed with
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_tooltip()


class ElidedLabel(_Shortens, QLabel):
    """A one-line label that ends in "…" when there isn't room (whole text on hover).

    ``name``, if given, says what the label is: a screen reader then reads "name: text".
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, name: str = "", **kwargs: Any
    ) -> None:
        super().__init__(text, parent, **kwargs)  # Qt properties by keyword: checkable=True
        self._tooltip = _Tooltip()
        self._name = name
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._name_it()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._name_it()
        self._update_tooltip()

    def _name_it(self) -> None:
        if self._name:
            text = self.text()
            self.setAccessibleName(f"{self._name}: {text}" if text else self._name)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._narrowed(super().minimumSizeHint())

    def _room(self) -> int:
        return self.contentsRect().width() - 2 * max(0, self.indent() if self.indent() > 0 else 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.is_elided():
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # the frame and background, as QLabel draws them
        painter = QPainter(self)
        shown = elided_lines(self.text(), self.fontMetrics(), self._room())
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), 0)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class ElidedButton(_Shortens, QPushButton):
    """A push button whose words end in "…" when there isn't room (whole text on hover)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(text, parent, **kwargs)  # Qt properties by keyword: checkable=True
        self._tooltip = _Tooltip()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._update_tooltip()

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _room(self) -> int:
        """The width the words get inside the button's frame and padding."""
        option = self._option()
        inside = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return (
            inside.width()
            - 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, self) // 2
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._narrowed(self.sizeHint())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.is_elided():
            super().paintEvent(event)
            return
        option = self._option()
        option.text = elided_lines(self.text(), self.fontMetrics(), self._room())
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def is_elided_widget(widget: QWidget) -> bool:
    """True for a label or button that shortens its own words (so may be narrower)."""
    return isinstance(widget, ElidedLabel | ElidedButton)
