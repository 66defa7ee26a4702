"""Checks that what a window or dialog shows fits it: nothing cut off, no words clipped."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from journal_app.ui.elide import is_elided_widget

CHECKED = (QAbstractButton, QLabel, QComboBox, QLineEdit, QAbstractSpinBox)
SLACK = 1  # a pixel of rounding


def settle() -> None:
    """Let layouts and deferred resizes finish."""
    for _ in range(3):
        QApplication.processEvents()


def shown_width(widget: QWidget, top: QWidget) -> int:
    """How much of ``widget``'s width is not cut off by it or its ancestors up to ``top``."""
    left, right = 0, widget.width()
    offset, child, parent = 0, widget, widget.parentWidget()
    while parent is not None:
        offset += child.x()
        left = max(left, -offset)
        right = min(right, parent.width() - offset)
        if parent is top:
            break
        child, parent = parent, parent.parentWidget()
    return right - left


def _placed_by_item_view(widget: QWidget, top: QWidget) -> bool:
    """Editors an item view places are the view's business, not the layout's."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _words(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        return widget.text()
    return ""


def _room_for_words(widget: QWidget) -> tuple[int, int] | None:
    """(room, needed) for the words of a widget that can clip them, or None if it can't."""
    if is_elided_widget(widget):
        return None  # ends in "…", with the whole text in its tooltip
    metrics = widget.fontMetrics()
    if isinstance(widget, QComboBox) and not widget.isEditable():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        return field.width(), metrics.horizontalAdvance(widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        if edit is None:
            return None
        return edit.width(), metrics.horizontalAdvance(widget.text()) + 4
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():
            return None
        return widget.width(), widget.sizeHint().width()
    if isinstance(widget, QAbstractButton):
        return widget.width(), widget.sizeHint().width()
    return None


def problems(top: QWidget) -> list[str]:
    """Each visible control that falls off ``top``'s edge or is too narrow for its words."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisible() or widget.isWindow():
            continue
        if widget.width() <= 0 or _placed_by_item_view(widget, top):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the spin box is checked as a whole
        name = f"{type(widget).__name__} {_words(widget)[:40]!r} ({widget.objectName()})"
        shown = shown_width(widget, top)
        if shown < widget.width() - SLACK:
            found.append(f"{name}: cut off, {shown} of {widget.width()} px shown")
            continue
        room = _room_for_words(widget)
        if room is not None and room[0] < room[1] - SLACK:
            found.append(f"{name}: {room[0]} px for words that need {room[1]}")
    return found
