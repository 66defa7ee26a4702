"""The row of five step buttons over a journey, each with a small state; free to move."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

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
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for number, step in enumerate(STEPS, start=1):
            button = QPushButton(self._titles[step], checkable=True)
            button.setToolTip(
                self.tr("{title} (Alt+{n})").format(title=self._titles[step], n=number)
            )
            button.setMinimumWidth(100)
            button.clicked.connect(partial(self._on_step_button_clicked, step))
            layout.addWidget(button, 1)
            self.buttons[step] = button
        self.set_current(STEPS[0])

    def set_state(self, step: str, state: str) -> None:
        """Show ``state`` (like "7 of 12") under the step's name."""
        title = self._titles[step]
        button = self.buttons[step]
        button.setText(f"{title}\n{state}")
        button.setAccessibleName(f"{title}: {state}")
        button.ensurePolished()  # the chosen step is bold: leave room for its words
        bold = QFont(button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        wide = max(QFontMetrics(bold).horizontalAdvance(line) for line in (title, state))
        button.setMinimumWidth(max(100, wide + 30))

    def current(self) -> str:
        return next(step for step, button in self.buttons.items() if button.isChecked())

    def set_current(self, step: str) -> None:
        """Mark ``step`` as the one shown (no group: so Tab visits every button)."""
        for name, button in self.buttons.items():
            button.setChecked(name == step)

    def choose(self, step: str) -> None:
        """Select ``step`` as if the person clicked it."""
        if step != self.current():
            self.set_current(step)
            self.step_chosen.emit(step)

    def move(self, delta: int) -> None:
        """Go ``delta`` steps along, stopping at either end."""
        index = STEPS.index(self.current()) + delta
        self.choose(STEPS[max(0, min(index, len(STEPS) - 1))])

    def _on_step_button_clicked(self, step: str, _: bool = False) -> None:
        self.set_current(step)
        self.step_chosen.emit(step)
