"""The row of five step buttons over a journey, each with a small state; free to move."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QPushButton, QWidget

STEPS = ("preparation", "intention", "session", "aftercare", "integration")


class StepBar(QWidget):
    """Says ``step_chosen(name)`` when the person picks a step; never forces an order."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = {
            "preparation": self.tr("Preparation"),
            "intention": self.tr("Intention"),
            "session": self.tr("Session"),
            "aftercare": self.tr("Aftercare"),
            "integration": self.tr("Integration"),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for number, step in enumerate(STEPS, start=1):
            button = QPushButton(self._titles[step], checkable=True)
            button.setToolTip(self.tr("{title} (Alt+{n})").format(title=self._titles[step], n=number))
            button.setMinimumWidth(100)
            self.group.addButton(button)
            layout.addWidget(button, 1)
            self.buttons[step] = button
        self.buttons[STEPS[0]].setChecked(True)
        self.group.buttonClicked.connect(self._on_group_button_clicked)

    def set_state(self, step: str, state: str) -> None:
        """Show ``state`` (like "7 of 12") under the step's name."""
        title = self._titles[step]
        button = self.buttons[step]
        button.setText(f"{title}\n{state}")
        button.setAccessibleName(f"{title}: {state}")

    def current(self) -> str:
        return next(step for step, button in self.buttons.items() if button.isChecked())

    def set_current(self, step: str) -> None:
        self.buttons[step].setChecked(True)

    def choose(self, step: str) -> None:
        """Select ``step`` as if the person clicked it."""
        if step != self.current():
            self.set_current(step)
            self.step_chosen.emit(step)

    def move(self, delta: int) -> None:
        """Go ``delta`` steps along, stopping at either end."""
        index = STEPS.index(self.current()) + delta
        self.choose(STEPS[max(0, min(index, len(STEPS) - 1))])

    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        step = next(name for name, b in self.buttons.items() if b is button)
        self.step_chosen.emit(step)
