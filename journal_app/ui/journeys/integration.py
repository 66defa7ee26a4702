"""Integration: the session's own steps and its course's, as a small timeline, one at a time.

A session taken alone has six steps (right after to +30 days). A session in an induction
or maintenance course has two of its own (right after, +1 day) and shares the course's
reflections (weekly, after the course, monthly) with the other sessions: those answers
are the course's. Answers to steps the session no longer has are "Earlier reflections".
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.course_schedule import is_course_step
from journal_app.domain.integration import DUE, OVERDUE, UPCOMING, StepState
from journal_app.domain.journey import Answer, Journey
from journal_app.services.courses import CourseView
from journal_app.services.guides import IntegrationStep, integration_step
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.journeys.answers import StepForm
from journal_app.ui.journeys.describe import short_when, status_text, status_word, step_label
from journal_app.ui.journeys.earlier import STEP as EARLIER
from journal_app.ui.journeys.earlier import EarlierReflections, earlier_steps
from journal_app.ui.named import named

COURSE_BUTTONS = 4  # more course steps than this (years of months): older ones in a menu
CAPTURES = ("30d", "course-30d")
AFTER_COURSE = ("course-3d", "course-14d", "course-30d")


def _fit(button: QPushButton) -> None:
    """Wide enough for its words in bold (the chosen step is drawn bold), with padding."""
    button.ensurePolished()  # the style sheet's font, not the default one
    font = QFont(button.font())
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    wide = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
    button.setMinimumWidth(max(84, wide + 32))


class IntegrationPane(QWidget):
    """Shows one step's prompts; the timeline above moves between the steps.

    A step's form is built the first time it is shown: a dozen forms of styled text boxes
    take a noticeable moment to build, and most visits look at one step.
    """

    answer_edited = Signal(str, str)  # step, prompt id
    star_toggled = Signal(str, str, bool)  # step, prompt id, starred
    step_changing = Signal()  # before another step shows, so typing can be saved
    mood_chosen = Signal(int)  # "Mood today" at +1 day, to save as a check-in

    def __init__(self, steps: tuple[IntegrationStep, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = {step.step: step for step in steps}
        self._journey: Journey | None = None
        self._journey_id = ""
        self._course: CourseView | None = None
        self._mood = False
        self._states: dict[str, StepState] = {}
        self._order: list[str] = []
        self._earlier: list[str] = []
        self.buttons: dict[str, QPushButton] = {}
        self.more_button: QPushButton | None = None  # older course steps, in a menu
        self._labels: list[QLabel] = []
        self.forms: dict[str, StepForm] = {}  # the ones built so far
        self.earlier: EarlierReflections | None = None
        self.stack = QStackedWidget()
        self._timeline = QVBoxLayout()
        self._timeline.setContentsMargins(0, 0, 0, 0)
        self._timeline.setSpacing(6)
        self._rows: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(self._timeline)
        layout.addWidget(self.stack, 1)
        self._rebuild([step.step for step in steps], [])

    # Loading

    def load(
        self,
        journey: Journey,
        states: list[StepState],
        course: CourseView | None = None,
        journey_id: str = "",
        *,
        mood: bool = False,
    ) -> None:
        """Show the answers of ``journey`` (and its ``course``) and where each step stands.

        ``mood``: the +1 day step also asks for a mood number (inside a course).
        """
        self._journey = journey
        self._journey_id = journey_id
        self._course = course
        if mood != self._mood:
            self._mood = mood
            self._drop_form("1d")  # rebuilt with (or without) the mood number
        for step, form in self.forms.items():
            form.load(self.answers(step))
        self.set_states(states)
        self._fill_captures()

    def set_journey(self, journey: Journey) -> None:
        """The journey as now saved: steps built later start from it (shown ones keep theirs)."""
        self._journey = journey

    def set_course(self, course: CourseView | None) -> None:
        """The course as now saved (after a course answer)."""
        self._course = course

    def answers(self, step: str) -> dict[str, Answer]:
        """The saved answers of ``step``: the course's for a course step, else the journey's."""
        if is_course_step(step):
            return self._course.course.integration.get(step, {}) if self._course else {}
        return self._journey.integration.get(step, {}) if self._journey else {}

    def set_states(self, states: list[StepState]) -> None:
        """Update each step's status (after a save, or as time passes)."""
        states = _next_upcoming_only(states)
        self._states = {state.step: state for state in states}
        order = [state.step for state in states] or list(self._steps)
        earlier = earlier_steps(self._journey, set(order)) if self._journey else []
        if order != self._order or earlier != self._earlier:
            self._rebuild(order, earlier)
        for state in states:
            button = self.buttons.get(state.step)
            if button is not None:
                label = step_label(state.step)
                button.setText(f"{self._short(state.step)}\n{status_word(state)}")
                _fit(button)
                prefix = self.tr("Course, ") if is_course_step(state.step) else ""
                button.setAccessibleName(f"{prefix}{label}: {self._status(state)}")
            if state.step in self.forms:
                self.forms[state.step].status.setText(self._status(state))
        if self.earlier is not None and self._journey is not None:
            self.earlier.load(self._journey, earlier)
        self._show_more()

    def _status(self, state: StepState) -> str:
        into = None
        if state.folded_into and self._course is not None:
            try:
                into = self._course.number(state.folded_into)[0]
            except ValueError:
                into = None
        return status_text(state, into)

    # The timeline

    def _rebuild(self, order: list[str], earlier: list[str]) -> None:
        """Lay the timeline out again: the session's steps, then the course's."""
        current = self.current_step()
        self._order, self._earlier = order, earlier
        if self._rows is not None:
            self._rows.hide()
            self._rows.deleteLater()
        self.buttons, self.more_button, self._labels = {}, None, []
        self._rows = QWidget()
        rows = QVBoxLayout(self._rows)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        own = [step for step in order if not is_course_step(step)]
        shared = [s for s in order if is_course_step(s) and s not in AFTER_COURSE]
        after = [step for step in order if step in AFTER_COURSE]
        labelled = bool(shared or after)
        if earlier:
            own.append(EARLIER)
        rows.addLayout(self._row(self.tr("This session") if labelled else "", own))
        if shared:
            hidden = shared[: -COURSE_BUTTONS + 1] if len(shared) > COURSE_BUTTONS else []
            shown = shared[len(hidden) :]
            if hidden:
                self.more_button = QPushButton(self.tr("Earlier\nmonths…"))
                self.more_button.setAccessibleName(self.tr("Earlier course reflections"))
                menu = QMenu(self.more_button)
                for step in hidden:
                    action = menu.addAction(step_label(step))
                    action.setData(step)
                    action.triggered.connect(partial(self._on_timeline_button_clicked, step))
                self.more_button.setMenu(menu)
            rows.addLayout(self._row(self.tr("The course"), shown, self.more_button))
        if after:
            rows.addLayout(self._row(self.tr("After the course"), after))
        for label in self._labels:
            label.ensurePolished()
        width = max((label.sizeHint().width() for label in self._labels), default=0)
        for label in self._labels:
            label.setFixedWidth(width + 8)
        self._timeline.addWidget(self._rows)
        if current and current in (*order, EARLIER):
            self._check(current)

    def _row(self, title: str, steps: list[str], first: QWidget | None = None) -> QHBoxLayout:
        """The buttons of ``steps`` (after ``first``), wrapping onto a second line if narrow."""
        row = QHBoxLayout()
        row.setSpacing(6)
        if title:  # a course: rows of steps, their names one column
            label = named(QLabel(title), "muted")
            row.addWidget(label)
            self._labels.append(label)
        holder = QWidget()
        flow = FlowLayout(holder)
        if first is not None:
            flow.add(first)
        for step in steps:
            text = self.tr("Earlier\nreflections") if step == EARLIER else self._short(step)
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(text.replace("\n", " "))
            button.setMinimumWidth(90)
            button.clicked.connect(partial(self._on_timeline_button_clicked, step))
            _fit(button)
            flow.add(button)
            self.buttons[step] = button
        row.addWidget(holder, 1)
        return row

    def _short(self, step: str) -> str:
        """A step's name on its button; in the "After the course" row, "+3 days"."""
        after = {
            "course-3d": self.tr("+3 days"),
            "course-14d": self.tr("+2 weeks"),
            "course-30d": self.tr("+30 days"),
        }
        return after.get(step, step_label(step))

    def _show_more(self) -> None:
        """Name the step chosen from the menu of older course steps on its button."""
        if self.more_button is None:
            return
        current = self.current_step()
        menu = self.more_button.menu()
        for action in menu.actions() if menu is not None else []:
            step = action.data()
            state = self._states.get(step)
            action.setText(f"{step_label(step)} · {status_word(state)}" if state else step)
            if step == current:
                self.more_button.setText(f"{step_label(step)}\n{self.tr('earlier')}")
                return
        self.more_button.setText(self.tr("Earlier\nmonths…"))

    def _check(self, step: str) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == step)

    def focus_step(self, states: list[StepState]) -> str:
        """The step to show first: the one due now, else the latest still open, else the next."""
        due = [s.step for s in states if s.status == DUE]
        waiting = [s.step for s in states if s.status == OVERDUE]
        upcoming = [s.step for s in states if s.status == UPCOMING]
        return (due or waiting[-1:] or upcoming or [s.step for s in states[-1:]] or ["0h"])[0]

    # The forms

    def form(self, step: str) -> StepForm:
        """The form of ``step``, built and filled in the first time it is wanted."""
        if step not in self.forms:
            guide = self._steps.get(step) or integration_step(step)
            capture = self._steps.get("0h") or integration_step("0h")
            form = StepForm(
                guide, capture if step in CAPTURES else None, mood=step == "1d" and self._mood
            )
            form.load(self.answers(step))
            if step in self._states:
                form.status.setText(self._status(self._states[step]))
            form.answer_edited.connect(self.answer_edited)
            form.star_toggled.connect(self.star_toggled)
            form.mood_chosen.connect(self.mood_chosen)
            self.stack.addWidget(form)
            self.forms[step] = form
        return self.forms[step]

    def _drop_form(self, step: str) -> None:
        form = self.forms.pop(step, None)
        if form is not None:
            self.stack.removeWidget(form)
            form.deleteLater()

    def show_step(self, step: str) -> None:
        """Show ``step``; one the session no longer has shows among earlier reflections."""
        if step not in self._order and step != EARLIER:
            step = (
                EARLIER if step in self._earlier else self.focus_step(list(self._states.values()))
            )
        if step == EARLIER:
            if self.earlier is None:
                self.earlier = EarlierReflections()
                self.stack.addWidget(self.earlier)
            if self._journey is not None:
                self.earlier.load(self._journey, self._earlier)
            self._check(EARLIER)
            self.stack.setCurrentWidget(self.earlier)
            self._show_more()
            return
        self._check(step)
        form = self.form(step)
        if step in CAPTURES:
            self._fill_captures()
        self.stack.setCurrentWidget(form)
        self._show_more()

    def current_step(self) -> str:
        shown = self.stack.currentWidget()
        if isinstance(shown, StepForm):
            return shown.step
        return EARLIER if shown is not None and shown is self.earlier else ""

    def text(self, step: str, prompt_id: str) -> str:
        return self.form(step).boxes[prompt_id].toPlainText()

    def _first_capture(self) -> dict[str, str]:
        """This session's +0h answers as shown (typing not saved yet included)."""
        if "0h" in self.forms:
            return self.forms["0h"].texts()
        saved = self._journey.integration.get("0h", {}) if self._journey else {}
        return {pid: answer.text for pid, answer in saved.items()}

    def _fill_captures(self) -> None:
        month = self.forms.get("30d")
        if month is not None:
            month.show_capture(self._first_capture())
        course = self.forms.get("course-30d")
        if course is None or self._course is None:
            return
        records = list(self._course.journeys)
        ends = [records[0], records[-1]] if len(records) > 1 else records
        sections = []
        for record in ends:
            if record.id == self._journey_id:
                texts = self._first_capture()
            else:
                saved = record.data.integration.get("0h", {})
                texts = {pid: answer.text for pid, answer in saved.items()}
            number = self._course.number(record.id)[0]
            heading = self.tr("Session {n} · {when}").format(
                n=number, when=short_when(record.data.when)
            )
            sections.append((heading, texts))
        course.show_captures(sections)

    def _on_timeline_button_clicked(self, step: str, _: bool = False) -> None:
        if step == self.current_step():
            self._check(step)  # a second click leaves it chosen
        else:
            self.step_changing.emit()
            self.show_step(step)


def _next_upcoming_only(states: list[StepState]) -> list[StepState]:
    """Weekly and monthly reflections: those already come, and only the next one to come."""
    kept, seen_upcoming = [], False
    for state in states:
        recurring = state.step.startswith(("course-week-", "month-"))
        if recurring and state.status == UPCOMING:
            if seen_upcoming:
                continue
            seen_upcoming = True
        kept.append(state)
    return kept
