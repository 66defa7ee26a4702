"""The mouse wheel scrolls the page; it changes a field's value only once the field has focus.

Spin boxes, date and time fields, drop-downs and sliders all take the wheel by default,
even when the pointer only passes over them while the page scrolls. Each change autosaves,
so a scroll through a form could quietly rewrite a session's route or a check-in's
anxiety. The application's style hands each such field, including ones built later and
subclasses such as the check-in spin boxes, to one guard that watches its wheel events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QScrollBar,
    QWidget,
)

# QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit, QDateTimeEdit.
GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """Whether ``widget`` is a field the wheel may change only while it has focus."""
    # Scroll bars are sliders too, but the wheel moving them is the point of them.
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def guarded_field(widget: QWidget) -> QWidget | None:
    """The guarded field ``widget`` is, or is part of (a spin box's line edit), if any.

    The search stops at the window, so an open drop-down list or calendar popup (a window
    of its own, though a child of its field) keeps its normal wheel.
    """
    current: QWidget | None = widget
    while current is not None:
        if is_guarded(current):
            return current
        if current.isWindow():
            return None
        current = current.parentWidget()
    return None


def stop_wheel_focus(widget: QWidget) -> None:
    """Let the wheel no longer give ``widget`` focus; a click or Tab still does."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def scroll_areas_around(widget: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas holding ``widget`` in its window, nearest first."""
    areas: list[QAbstractScrollArea] = []
    current = widget
    while not current.isWindow() and (parent := current.parentWidget()) is not None:
        if isinstance(parent, QAbstractScrollArea):
            areas.append(parent)
        current = parent
    return areas


def scroll_page(field: QWidget, event: QWheelEvent) -> bool:
    """Hand ``event`` to the nearest scroll area around ``field`` that can still scroll."""
    for area in scroll_areas_around(field):
        viewport = area.viewport()
        forwarded = QWheelEvent(
            viewport.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        forwarded.ignore()
        QApplication.sendEvent(viewport, forwarded)
        if forwarded.isAccepted():
            return True
    return False


class WheelGuard(QObject):
    """Sends the wheel over an unfocused field to the page; watches only guarded fields."""

    def watch(self, widget: QWidget) -> None:
        """Guard ``widget`` (a field): no focus from the wheel, and the wheel goes to the page."""
        stop_wheel_focus(widget)
        widget.removeEventFilter(self)  # polished again after a restyle: watch it once
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Wheel:
            return self._on_wheel(watched, event)
        return False

    def _on_wheel(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget) or not isinstance(event, QWheelEvent):
            return False
        field = guarded_field(watched)
        if field is None or field.hasFocus():
            return False
        stop_wheel_focus(field)
        scroll_page(field, event)
        event.accept()  # handled: the page scrolled, or there is no page to scroll
        return True


class GuardingStyle(QProxyStyle):
    """The application's style, which hands every guarded field to the guard as it is polished.

    Polishing happens once per widget (and again after a theme change), so the guard runs
    Python only for events on the few guarded fields, not for every event in the app.
    """

    def __init__(self, guard: WheelGuard) -> None:
        super().__init__()
        self._guard = guard

    def polish(self, target: Any) -> Any:
        result = super().polish(target)
        if isinstance(target, QWidget) and is_guarded(target):
            self._guard.watch(target)
        return result


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every field in ``app``, now and later; calling it again changes nothing."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheelGuard")
    style = GuardingStyle(guard)
    style.setParent(guard)
    app.setStyle(style)
    for widget in QApplication.allWidgets():
        if is_guarded(widget):
            guard.watch(widget)
    return guard
