"""One journey open: its heading, the five steps as a stepper, and saving as you type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from journal_app.domain.course import INDUCTION, MAINTENANCE
from journal_app.domain.errors import JournalError
from journal_app.domain.integration import DONE, DUE, FOLDED, StepState
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.services.checkins import CheckInService
from journal_app.services.courses import CourseView
from journal_app.services.journeys import JourneyService
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.elide import ElidedLabel
from journal_app.ui.journeys.aftercare import AftercarePane
from journal_app.ui.journeys.autosave import JourneySaver
from journal_app.ui.journeys.describe import (
    aftercare_progress,
    date_span,
    kind_label,
    logged,
    preparation_progress,
    started,
    step_label,
    when_text,
)
from journal_app.ui.journeys.guide import Guides
from journal_app.ui.journeys.integration import IntegrationPane
from journal_app.ui.journeys.intention import IntentionPane
from journal_app.ui.journeys.preparation import PreparationPane
from journal_app.ui.journeys.session import SessionPane
from journal_app.ui.journeys.stepper import StepBar
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.status_words import reserve_width


class JourneyView(QWidget):
    """Edits the open journey; says ``saved(record)`` after each save that changed it.

    Each step's pane is built the first time it is shown (building all five at once
    takes a noticeable moment under the style sheet). Steps not built yet have nothing
    typed in them, so saving takes their part from the journey as stored.
    """

    saved = Signal(object)
    delete_requested = Signal()
    course_requested = Signal()  # the Course… button
    sitter_card_requested = Signal()  # the preparation step, for a home session

    def __init__(
        self,
        journeys: JourneyService,
        guide: Guides,
        parent: QWidget | None = None,
        *,
        checkins: CheckInService | None = None,
    ) -> None:
        super().__init__(parent)
        self._journeys = journeys
        self._checkins = checkins
        self._guide = guide
        self._record: Record | None = None
        self._number = (0, 0)
        self._earlier: list[tuple[str, str]] = []
        self._states: list[StepState] = []  # the session's own steps, then the course's
        self._course: CourseView | None = None
        self._mood_checkin = ""  # the check-in "Mood today" made, changed if set again
        self._panes: dict[str, QWidget] = {}

        self.title = named(QLabel(), "sectionTitle")
        self.title.setAccessibleName(self.tr("Open journey"))
        self.save_state = named(QLabel(), "muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        reserve_width(self.save_state)  # "Saved" appearing moves nothing
        self.save_problem = message_label(self.tr("Save problem"))
        self.delete_button = QPushButton(self.tr("Move to Trash…"))
        self.delete_button.setAccessibleName(self.tr("Move this journey to the Trash"))
        self.course_button = named(QPushButton(self.tr("Change…")), "link")
        self.course_button.setAccessibleName(self.tr("The course this session is in"))
        self.course_button.setToolTip(
            self.tr("Change the kind of course and its planned length, or move this session")
        )
        self.title.setWordWrap(True)  # a long date never pushes the window wider
        # A long span ends in "…" rather than widening the window.
        self.course_label = named(ElidedLabel(name=self.tr("Course")), "muted")
        self.steps = StepBar()
        self.stack = QStackedWidget()
        self.saver = JourneySaver(journeys, self.compose, self)

        course_line = QHBoxLayout()
        course_line.setSpacing(8)
        course_line.addWidget(self.course_label)
        course_line.addWidget(self.course_button)
        course_line.addStretch(1)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addLayout(course_line)
        heading = QHBoxLayout()
        heading.addLayout(titles, 1)
        heading.addWidget(self.save_state)
        heading.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)

        self.steps.step_chosen.connect(self._on_steps_step_chosen)
        self.saver.state_changed.connect(self.save_state.setText)
        self.saver.problem_changed.connect(lambda text: show_message(self.save_problem, text))
        self.saver.saved.connect(self._on_saver_saved)
        self.saver.course_saved.connect(self._on_saver_course_saved)
        self.delete_button.clicked.connect(self.delete_requested)
        self.course_button.clicked.connect(self.course_requested)

    # The panes, built when first wanted

    @property
    def preparation(self) -> PreparationPane:
        pane = self.pane("preparation")
        assert isinstance(pane, PreparationPane)
        return pane

    @property
    def intention(self) -> IntentionPane:
        pane = self.pane("intention")
        assert isinstance(pane, IntentionPane)
        return pane

    @property
    def session(self) -> SessionPane:
        pane = self.pane("session")
        assert isinstance(pane, SessionPane)
        return pane

    @property
    def aftercare(self) -> AftercarePane:
        pane = self.pane("aftercare")
        assert isinstance(pane, AftercarePane)
        return pane

    @property
    def integration(self) -> IntegrationPane:
        pane = self.pane("integration")
        assert isinstance(pane, IntegrationPane)
        return pane

    def pane(self, step: str) -> QWidget:
        """The pane of ``step``, built, filled in and connected the first time."""
        if step not in self._panes:
            pane = self._build(step)
            self._panes[step] = pane
            self.stack.addWidget(pane)
            if self._record is not None:
                self._fill(step, self._record.data)
        return self._panes[step]

    def _build(self, step: str) -> QWidget:
        guide = self._guide
        if step == "integration":
            integration = IntegrationPane(guide.integration)
            integration.answer_edited.connect(self._on_integration_answer_edited)
            integration.star_toggled.connect(self._on_integration_star_toggled)
            integration.step_changing.connect(self.saver.save_now)
            integration.mood_chosen.connect(self._on_integration_mood_chosen)
            return integration
        pane: PreparationPane | IntentionPane | SessionPane | AftercarePane
        if step == "preparation":
            pane = PreparationPane(guide.preparation)
            pane.sitter_card_requested.connect(self.sitter_card_requested)
        elif step == "intention":
            pane = IntentionPane(guide.guidance, guide.intention)
        elif step == "session":
            pane = SessionPane(self._journeys.now)
            pane.note_added.connect(self._on_session_note_added)
        else:
            pane = AftercarePane(guide.aftercare)
        pane.edited.connect(self._on_pane_edited)
        return pane

    def _fill(self, step: str, journey: Journey) -> None:
        pane = self._panes[step]
        where = (journey.session.setting, journey.session.route)
        if isinstance(pane, PreparationPane):
            pane.load(journey.preparation, where)
        elif isinstance(pane, IntentionPane):
            pane.load(journey.intention, self._earlier)
        elif isinstance(pane, SessionPane):
            pane.load(journey)
        elif isinstance(pane, AftercarePane):
            pane.load(journey.aftercare, where)
        elif isinstance(pane, IntegrationPane):
            record_id = self._record.id if self._record else ""
            pane.load(journey, self._states, self._course, record_id, mood=self._asks_mood())
            pane.show_step(pane.focus_step(self._states))

    # The journey

    @property
    def record(self) -> Record | None:
        return self._record

    def load(self, record: Record, earlier: list[tuple[str, str]], number: tuple[int, int]) -> None:
        """Open ``record`` (session n of its course), with earlier intentions to show.

        ``earlier`` holds (which session, sentence) pairs.
        """
        if self._record is None or self._record.id != record.id:
            self._mood_checkin = ""
        self._record = record
        self._earlier = earlier
        self._number = number
        self._read_states(record.id)
        self.saver.begin(record, self._course.id if self._course else "")
        for step in self._panes:
            self._fill(step, record.data)
        self._show_states(record.data, self._states)

    def _read_states(self, record_id: str) -> None:
        """Where this session's steps and its course's stand now (one pass over the course)."""
        courses = self._journeys.courses
        try:
            self._course = courses.of_journey(record_id)
        except JournalError:  # in the Trash a moment ago: its own six steps
            self._course = None
            self._states = []
            return
        states = courses.steps(self._course, self._journeys.now())
        own = [s for s in states if s.journey_id == record_id]
        shared = [s for s in states if s.journey_id is None]
        self._states = own + shared

    def _asks_mood(self) -> bool:
        """Inside an induction or maintenance course, +1 day also asks for today's mood.

        Not once it was carried into a later session: today's mood belongs there.
        """
        if self._course is None or self._course.kind not in (INDUCTION, MAINTENANCE):
            return False
        day = next((s for s in self._states if s.step == "1d" and s.journey_id), None)
        return day is not None and day.status != FOLDED

    def states(self) -> list[StepState]:
        """The open session's steps, then its course's, as they stand."""
        return list(self._states)

    @property
    def course(self) -> CourseView | None:
        """The course the open journey is in."""
        return self._course

    def placement(self) -> tuple[list[tuple[str, str]], tuple[int, int]]:
        """The earlier intentions and the session number the open journey was shown with."""
        return self._earlier, self._number

    def clear(self) -> None:
        """Close the journey shown (it went to the Trash, and none is left)."""
        self.saver.begin(None)
        self._record = None

    def set_number(self, number: tuple[int, int]) -> None:
        """The journey's place in its course changed (its time moved, or it moved)."""
        if self._record is not None and number != self._number:
            self._number = number
            self._show_states(self._record.data, self._states)

    def show_step(self, step: str, integration_step: str | None = None) -> None:
        """Show one of the five steps (and, for integration, one of its six)."""
        if integration_step is not None:
            self.saver.save_now()
            self.integration.show_step(integration_step)
        self.steps.set_current(step)
        self.stack.setCurrentWidget(self.pane(step))

    def current_step(self) -> str:
        return self.steps.current()

    def compose(self, base: Journey) -> tuple[Journey, bool]:
        """``base`` (as stored) with what the panes show; False if the session must wait."""
        panes = self._panes
        journey = base
        if "preparation" in panes:
            journey = replace(journey, preparation=self.preparation.value())
        if "intention" in panes:
            journey = replace(journey, intention=self.intention.value())
        if "aftercare" in panes:
            journey = replace(journey, aftercare=self.aftercare.value())
        if "session" not in panes:
            return journey, True
        session = self.session.value()
        if session is None:  # keep the stored session, but never lose a note
            kept = replace(base.session, notes=self.session.notes())
            return replace(journey, session=kept), False
        return replace(journey, planned_at=self.session.planned_at(), session=session), True

    def refresh_states(self) -> None:
        """Re-read where the integration steps stand (time passes; the start may move)."""
        if self._record is not None:
            self._read_states(self._record.id)
            self.saver.set_course(self._course.id if self._course else "")
            if "integration" in self._panes:
                self.integration.set_course(self._course)
                self.integration.set_states(self._states)
            self._show_states(self._record.data, self._states)

    def _show_states(self, journey: Journey, states: list[StepState]) -> None:
        n, total = self._number
        self.title.setText(
            self.tr("Session {n} of {of} · {when}").format(
                n=n, of=total, when=when_text(journey.when)
            )
        )
        course = self._course
        self.course_label.setText(
            self.tr("{kind} · {span}").format(
                kind=kind_label(course.kind), span=date_span(course.first, course.last)
            )
            if course is not None
            else ""
        )
        of = self.tr("{done} of {total}")
        built = self._panes
        if "preparation" in built:
            ready, total = self.preparation.counts()
        else:
            ready, total = preparation_progress(self._guide.preparation, journey)
        self.steps.set_state("preparation", of.format(done=ready, total=total))
        written = (
            self.intention.written()
            if "intention" in built
            else bool(journey.intention.sentence.strip())
        )
        self.steps.set_state("intention", self.tr("written") if written else self.tr("not yet"))
        now = self._journeys.now()
        if not started(journey, now) and journey.when > now:
            session_state = self.tr("planned")
        else:
            session_state = self.tr("logged") if logged(journey.session) else self.tr("to log")
        self.steps.set_state("session", session_state)
        if "aftercare" in built:
            done, total = self.aftercare.counts()
        else:
            done, total = aftercare_progress(self._guide.aftercare, journey)
        self.steps.set_state("aftercare", of.format(done=done, total=total))
        due = [s for s in states if s.status == DUE]
        if due:
            integration = self.tr("{step} due").format(step=step_label(due[0].step))
        else:
            finished = sum(1 for s in states if s.status == DONE)
            integration = self.tr("{done} of {total} done").format(done=finished, total=len(states))
        self.steps.set_state("integration", integration)

    # Slots

    def _on_steps_step_chosen(self, step: str) -> None:
        self.stack.setCurrentWidget(self.pane(step))

    def _on_pane_edited(self) -> None:
        self.saver.mark_edited()
        if self._record is not None:
            self._show_states(self._record.data, self._states)

    def _on_session_note_added(self) -> None:
        self.saver.mark_edited()
        self.saver.save_now()  # a note caught in the moment is saved at once

    def _on_integration_answer_edited(self, step: str, prompt_id: str) -> None:
        self.saver.mark_answer(step, prompt_id, self.integration.text(step, prompt_id))

    def _on_integration_star_toggled(self, step: str, prompt_id: str, starred: bool) -> None:
        self.saver.set_star(step, prompt_id, self.integration.text(step, prompt_id), starred)

    def _on_integration_mood_chosen(self, mood: int) -> None:
        form = self.integration.form("1d")
        if self._checkins is None:
            return
        try:
            if self._mood_checkin:
                self._checkins.update(self._mood_checkin, mood=mood)
            else:
                at = self._journeys.now()
                self._mood_checkin = self._checkins.add(mood, at=at).id
        except JournalError as error:
            why = render(error)
            form.mood_saved(
                self.tr("The mood couldn't be saved: {why} Please try again.").format(why=why)
            )
            return
        form.mood_saved(self.tr("Added to your mood chart. Thank you."))

    def _on_saver_course_saved(self, course: CourseView) -> None:
        self._course = course
        if "integration" in self._panes:
            self.integration.set_course(course)
        self.refresh_states()
        if self._record is not None:
            self.saved.emit(self._record)

    def _on_saver_saved(self, record: Record) -> None:
        self._record = record
        if "integration" in self._panes:
            self.integration.set_journey(record.data)
        self.refresh_states()
        self.saved.emit(record)
