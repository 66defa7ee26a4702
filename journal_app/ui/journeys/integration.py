"""Integration: the six steps of the month after, as a small timeline, one step at a time."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from journal_app.domain.integration import DUE, OVERDUE, UPCOMING, StepState
from journal_app.domain.journey import Journey
from journal_app.services.guides import IntegrationStep
from journal_app.ui.journeys.answers import StepForm
from journal_app.ui.journeys.describe import status_text, status_word, step_label


class IntegrationPane(QWidget):
    """Shows one step's prompts; the timeline above moves between the six steps.

    A step's form is built the first time it is shown: six forms of styled text boxes
    take a noticeable moment to build, and most visits look at one step.
    """

    answer_edited = Signal(str, str)  # step, prompt id
    star_toggled = Signal(str, str, bool)  # step, prompt id, starred
    step_changing = Signal()  # before another step shows, so typing can be saved

    def __init__(self, steps: tuple[IntegrationStep, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = {step.step: step for step in steps}
        self._journey: Journey | None = None
        self._states: dict[str, StepState] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.forms: dict[str, StepForm] = {}  # the ones built so far
        self.stack = QStackedWidget()
        row = QHBoxLayout()
        row.setSpacing(6)
        for step in steps:
            button = QPushButton(step_label(step.step), checkable=True)
            button.setAccessibleName(step_label(step.step))
            button.setMinimumWidth(90)
            button.clicked.connect(partial(self._on_timeline_button_clicked, step.step))
            row.addWidget(button, 1)
            self.buttons[step.step] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    def load(self, journey: Journey, states: list[StepState]) -> None:
        """Show the answers of ``journey`` and where each step stands."""
        self._journey = journey
        for step, form in self.forms.items():
            form.load(journey.integration.get(step, {}))
        self.set_states(states)
        self._fill_capture()

    def set_journey(self, journey: Journey) -> None:
        """The journey as now saved: steps built later start from it (shown ones keep theirs)."""
        self._journey = journey

    def set_states(self, states: list[StepState]) -> None:
        """Update each step's status (after a save, or as time passes)."""
        self._states = {state.step: state for state in states}
        for state in states:
            button = self.buttons.get(state.step)
            if button is None:
                continue
            label = step_label(state.step)
            button.setText(f"{label}\n{status_word(state)}")
            button.setAccessibleName(f"{label}: {status_text(state)}")
            if state.step in self.forms:
                self.forms[state.step].status.setText(status_text(state))

    def focus_step(self, states: list[StepState]) -> str:
        """The step to show first: the one due now, else the latest still open, else the next."""
        due = [s.step for s in states if s.status == DUE]
        waiting = [s.step for s in states if s.status == OVERDUE]
        upcoming = [s.step for s in states if s.status == UPCOMING]
        return (due or waiting[-1:] or upcoming or [s.step for s in states[-1:]] or ["0h"])[0]

    def form(self, step: str) -> StepForm:
        """The form of ``step``, built and filled in the first time it is wanted."""
        if step not in self.forms:
            capture = self._steps.get("0h") if step == "30d" else None
            form = StepForm(self._steps[step], capture)
            if self._journey is not None:
                form.load(self._journey.integration.get(step, {}))
            if step in self._states:
                form.status.setText(status_text(self._states[step]))
            form.answer_edited.connect(self.answer_edited)
            form.star_toggled.connect(self.star_toggled)
            self.stack.addWidget(form)
            self.forms[step] = form
        return self.forms[step]

    def current_step(self) -> str:
        form = self.stack.currentWidget()
        return form.step if isinstance(form, StepForm) else ""

    def show_step(self, step: str) -> None:
        if step not in self._steps:
            return
        for name, button in self.buttons.items():
            button.setChecked(name == step)
        form = self.form(step)
        if step == "30d":
            self._fill_capture()
        self.stack.setCurrentWidget(form)

    def text(self, step: str, prompt_id: str) -> str:
        return self.form(step).boxes[prompt_id].toPlainText()

    def _fill_capture(self) -> None:
        month = self.forms.get("30d")
        if month is None:
            return
        if "0h" in self.forms:
            month.show_capture(self.forms["0h"].texts())
        elif self._journey is not None:
            saved = self._journey.integration.get("0h", {})
            month.show_capture({pid: answer.text for pid, answer in saved.items()})

    def _on_timeline_button_clicked(self, step: str, _: bool = False) -> None:
        if step == self.current_step():
            self.buttons[step].setChecked(True)  # a second click leaves it chosen
        else:
            self.step_changing.emit()
            self.show_step(step)
