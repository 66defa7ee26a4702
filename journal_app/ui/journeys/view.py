"""One journey open: its heading, the five steps as a stepper, and saving as you type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from journal_app.domain.integration import DONE, DUE, StepState
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.services.journeys import JourneyService
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.journeys.aftercare import AftercarePane
from journal_app.ui.journeys.autosave import JourneySaver
from journal_app.ui.journeys.describe import (
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


class JourneyView(QWidget):
    """Edits the open journey; says ``saved(record)`` after each save that changed it.

    Each step's pane is built the first time it is shown (building all five at once
    takes a noticeable moment under the style sheet). Steps not built yet have nothing
    typed in them, so saving takes their part from the journey as stored.
    """

    saved = Signal(object)
    delete_requested = Signal()

    def __init__(
        self, journeys: JourneyService, guide: Guides, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journeys = journeys
        self._guide = guide
        self._record: Record | None = None
        self._number = 0
        self._earlier: list[tuple[int, str]] = []
        self._states: list[StepState] = []
        self._panes: dict[str, QWidget] = {}

        self.title = QLabel(objectName="sectionTitle")
        self.title.setAccessibleName(self.tr("Open journey"))
        self.save_state = QLabel(objectName="muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.save_problem = message_label(self.tr("Save problem"))
        self.delete_button = QPushButton(self.tr("Move to Trash…"))
        self.delete_button.setAccessibleName(self.tr("Move this journey to the Trash"))
        self.steps = StepBar()
        self.stack = QStackedWidget()
        self.saver = JourneySaver(journeys, self.compose, self)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.save_state)
        heading.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)

        self.steps.step_chosen.connect(self._on_steps_step_chosen)
        self.saver.state_changed.connect(self.save_state.setText)
        self.saver.problem_changed.connect(lambda text: show_message(self.save_problem, text))
        self.saver.saved.connect(self._on_saver_saved)
        self.delete_button.clicked.connect(self.delete_requested)

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
            return integration
        pane: PreparationPane | IntentionPane | SessionPane | AftercarePane
        if step == "preparation":
            pane = PreparationPane(guide.preparation)
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
        if isinstance(pane, PreparationPane):
            pane.load(journey.preparation)
        elif isinstance(pane, IntentionPane):
            pane.load(journey.intention, self._earlier)
        elif isinstance(pane, SessionPane):
            pane.load(journey)
        elif isinstance(pane, AftercarePane):
            pane.load(journey.aftercare)
        elif isinstance(pane, IntegrationPane):
            pane.load(journey, self._states)
            pane.show_step(pane.focus_step(self._states))

    # The journey

    @property
    def record(self) -> Record | None:
        return self._record

    def load(self, record: Record, earlier: list[tuple[int, str]], number: int) -> None:
        """Open ``record`` (session ``number``), with earlier intentions to show."""
        self._record = record
        self._earlier = earlier
        self._number = number
        self._states = self._journeys.steps(record.id)
        self.saver.begin(record)
        for step in self._panes:
            self._fill(step, record.data)
        self._show_states(record.data, self._states)

    def placement(self) -> tuple[list[tuple[int, str]], int]:
        """The earlier intentions and the session number the open journey was shown with."""
        return self._earlier, self._number

    def clear(self) -> None:
        """Close the journey shown (it went to the Trash, and none is left)."""
        self.saver.begin(None)
        self._record = None

    def set_number(self, number: int) -> None:
        """The journey's place in the series changed (its time moved)."""
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
            self._states = self._journeys.steps(self._record.id)
            if "integration" in self._panes:
                self.integration.set_states(self._states)
            self._show_states(self._record.data, self._states)

    def _show_states(self, journey: Journey, states: list[StepState]) -> None:
        self.title.setText(
            self.tr("Session {n} · {when}").format(n=self._number, when=when_text(journey.when))
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
            known = {item.id for item in self._guide.aftercare}
            done, total = len(known & set(journey.aftercare)), len(known)
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

    def _on_saver_saved(self, record: Record) -> None:
        self._record = record
        if "integration" in self._panes:
            self.integration.set_journey(record.data)
        self.refresh_states()
        self.saved.emit(record)
