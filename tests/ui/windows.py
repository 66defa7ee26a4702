"""Showing a widget in a window for a test, as MainWindow would show it."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget


def show_in_window(
    qtbot, widget: QWidget, size: tuple[int, int] = (1000, 760), *, active: bool = False
) -> QWidget:
    """Show ``widget`` in a window of a set size; ``active`` also gives it the keyboard.

    The layout puts no limits on the window: a window sized by its layout makes the
    offscreen platform warn (and Qt warnings fail tests) whenever its contents grow.
    """
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(widget)
    window.setMinimumSize(*size)
    window.resize(*size)
    qtbot.addWidget(window)
    if active:
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
    else:
        window.show()
    return window
