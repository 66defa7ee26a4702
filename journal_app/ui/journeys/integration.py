"""Integration: the six steps of the month after, as a small timeline, one step at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.integration import DUE, OVERDUE, StepState
from journal_app.domain.journey import Journey
from journal_app.services.guides import IntegrationStep
from journal_app.ui.journeys.answers import StepForm
from journal_app.ui.journeys.describe import status_text, status_word, step_label


class IntegrationPane(QWidget):
    """Shows one step's prompts; the timeline above moves between the six steps."""

    answer_edited = Signal(str, str)  # step, prompt id
    star_toggled = Signal(str, str, bool)  # step, prompt id, starred
    step_changing = Signal()  # before another step shows, so typing can be saved

    def __init__(self, steps: tuple[IntegrationStep, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        self.forms: dict[str, StepForm] = {}
        self.stack = QStackedWidget()
        row = QHBoxLayout()
        row.setSpacing(6)
        for step in steps:
            button = QPushButton(checkable=True)
            button.setMinimumWidth(90)
            self.timeline.addButton(button)
            row.addWidget(button, 1)
            self.buttons[step.step] = button
            capture = steps[0] if step.step == "30d" and steps[0].step == "0h" else None
            form = StepForm(step, capture)
            form.answer_edited.connect(self.answer_edited)
            form.star_toggled.connect(self.star_toggled)
            self.stack.addWidget(form)
            self.forms[step.step] = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.timeline.buttonClicked.connect(self._on_timeline_button_clicked)
        if steps:
            self.show_step(steps[0].step)

    def load(self, journey: Journey, states: list[StepState]) -> None:
        """Show the answers of ``journey`` and where each step stands."""
        for step, form in self.forms.items():
            form.load(journey.integration.get(step, {}))
        self.set_states(states)
        self._fill_capture()

    def set_states(self, states: list[StepState]) -> None:
        """Update each step's status (after a save, or as time passes)."""
        for state in states:
            button = self.buttons.get(state.step)
            if button is None:
                continue
            label = step_label(state.step)
            button.setText(f"{label}\n{status_word(state)}")
            button.setAccessibleName(f"{label}: {status_text(state)}")
            self.forms[state.step].status.setText(status_text(state))

    def first_open_step(self, states: list[StepState]) -> str | None:
        """The step due now, else the earliest one waiting; None if none is open."""
        due = [s.step for s in states if s.status == DUE]
        waiting = [s.step for s in states if s.status == OVERDUE]
        return (due or waiting or [None])[0]

    def current_step(self) -> str:
        form = self.stack.currentWidget()
        return form.step if isinstance(form, StepForm) else ""

    def show_step(self, step: str) -> None:
        if step not in self.forms:
            return
        self.buttons[step].setChecked(True)
        if step == "30d":
            self._fill_capture()
        self.stack.setCurrentWidget(self.forms[step])

    def text(self, step: str, prompt_id: str) -> str:
        return self.forms[step].boxes[prompt_id].toPlainText()

    def done_count(self) -> int:
        return sum(1 for form in self.forms.values() if any(t.strip() for t in form.texts().values()))

    def _fill_capture(self) -> None:
        if "30d" in self.forms and "0h" in self.forms:
            self.forms["30d"].show_capture(self.forms["0h"].texts())

    def _on_timeline_button_clicked(self, button: QPushButton) -> None:
        step = next(name for name, b in self.buttons.items() if b is button)
        if step != self.current_step():
            self.step_changing.emit()
            self.show_step(step)
