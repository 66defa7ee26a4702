"""Rows of checkable buttons where one is chosen (sections, chart ranges)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

# The style sheet pads buttons 14 px a side and draws a checked one in bold; leave room
# for the bold text so choosing a button never clips its label.
SIDES = 2 * 14 + 6


def toggle_button(
    text: str, name: str, group: QButtonGroup, id_: int, parent: QWidget
) -> QPushButton:
    """A checkable button in ``group`` (exclusive), wide enough for its bold label."""
    button = QPushButton(text, parent)
    button.setCheckable(True)
    button.setAccessibleName(name)
    room_for_bold(button)
    group.addButton(button, id_)
    return button


def room_for_bold(button: QPushButton, sides: int = SIDES) -> None:
    """Keep ``button`` wide enough for its label in bold, as it is drawn when checked."""
    button.ensurePolished()
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + sides)


def one_tab_stop(group: QButtonGroup) -> None:
    """Make the chosen button the group's only Tab stop; arrow keys move between them."""

    def on_toggled(_: int, checked: bool) -> None:
        if checked:
            for button in group.buttons():
                button.setFocusPolicy(
                    Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
                )

    group.idToggled.connect(on_toggled)
