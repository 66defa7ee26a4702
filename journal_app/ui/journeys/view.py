"""One journey open: its heading, the five steps as a stepper, and saving as you type."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from journal_app.domain.integration import DONE, StepState
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.services import guides
from journal_app.services.guides import ChecklistItem, IntegrationStep, Prompt
from journal_app.services.journeys import JourneyService
from journal_app.ui.journeys.aftercare import AftercarePane
from journal_app.ui.journeys.autosave import JourneySaver
from journal_app.ui.journeys.describe import logged, started, status_word, step_label, when_text
from journal_app.ui.journeys.integration import IntegrationPane
from journal_app.ui.journeys.intention import IntentionPane
from journal_app.ui.journeys.preparation import PreparationPane
from journal_app.ui.journeys.session import SessionPane
from journal_app.ui.journeys.stepper import STEPS, StepBar


@dataclass(frozen=True)
class Guides:
    """The checklists and prompts a journey is walked through (from resources/)."""

    preparation: tuple[ChecklistItem, ...]
    aftercare: tuple[ChecklistItem, ...]
    guidance: str
    intention: tuple[Prompt, ...]
    integration: tuple[IntegrationStep, ...]

    @classmethod
    def load(cls) -> Guides:
        return cls(
            guides.preparation_checklist(),
            guides.aftercare_checklist(),
            guides.intention_guidance(),
            guides.intention_prompts(),
            guides.integration_steps(),
        )


class JourneyView(QWidget):
    """Edits the open journey; says ``saved(record)`` after each save that changed it."""

    saved = Signal(object)
    delete_requested = Signal()

    def __init__(
        self, journeys: JourneyService, guide: Guides, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journeys = journeys
        self._record: Record | None = None
        self._number = 0

        self.title = QLabel(objectName="sectionTitle")
        self.title.setAccessibleName(self.tr("Open journey"))
        self.save_state = QLabel(objectName="muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.delete_button = QPushButton(self.tr("Move to Trash…"))
        self.delete_button.setAccessibleName(self.tr("Move this journey to the Trash"))
        self.steps = StepBar()
        self.preparation = PreparationPane(guide.preparation)
        self.intention = IntentionPane(guide.guidance, guide.intention)
        self.session = SessionPane(journeys.now)
        self.aftercare = AftercarePane(guide.aftercare)
        self.integration = IntegrationPane(guide.integration)
        self.panes: dict[str, QWidget] = dict(
            zip(
                STEPS,
                (self.preparation, self.intention, self.session, self.aftercare, self.integration),
                strict=True,
            )
        )
        self.stack = QStackedWidget()
        for pane in self.panes.values():
            self.stack.addWidget(pane)
        self.saver = JourneySaver(journeys, self.compose, self)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.save_state)
        heading.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        self._connect()

    def _connect(self) -> None:
        self.steps.step_chosen.connect(self._on_steps_step_chosen)
        for pane in (self.preparation, self.intention, self.session, self.aftercare):
            pane.edited.connect(self._on_pane_edited)
        self.session.note_added.connect(self._on_session_note_added)
        self.integration.answer_edited.connect(self._on_integration_answer_edited)
        self.integration.star_toggled.connect(self._on_integration_star_toggled)
        self.integration.step_changing.connect(self.saver.save_now)
        self.saver.state_changed.connect(self.save_state.setText)
        self.saver.saved.connect(self._on_saver_saved)
        self.delete_button.clicked.connect(self.delete_requested)

    @property
    def record(self) -> Record | None:
        return self._record

    def load(self, record: Record, earlier: list[tuple[int, str]], number: int) -> None:
        """Open ``record`` (session ``number``), with earlier intentions to show."""
        journey: Journey = record.data
        self._record = record
        self.saver.begin(record)
        self.preparation.load(journey.preparation)
        self.intention.load(journey.intention, earlier)
        self.session.load(journey)
        self.aftercare.load(journey.aftercare)
        states = self._journeys.steps(record.id)
        self.integration.load(journey, states)
        self._number = number
        self._show_states(journey, states)

    def show_step(self, step: str, integration_step: str | None = None) -> None:
        """Show one of the five steps (and, for integration, one of its six)."""
        if integration_step is not None:
            self.saver.save_now()
            self.integration.show_step(integration_step)
        self.steps.set_current(step)
        self.stack.setCurrentWidget(self.panes[step])

    def current_step(self) -> str:
        return self.steps.current()

    def compose(self, base: Journey) -> tuple[Journey, bool]:
        """``base`` (as stored) with what the panes show; False if the session must wait."""
        session = self.session.value()
        complete = session is not None
        if session is None:  # keep the stored session, but never lose a note
            session = replace(base.session, notes=self.session.notes())
        journey = replace(
            base,
            planned_at=self.session.planned_at(),
            preparation=self.preparation.value(),
            intention=self.intention.value(),
            session=session,
            aftercare=self.aftercare.value(),
        )
        return journey, complete

    def refresh_states(self) -> None:
        """Re-read where the integration steps stand (time passes; the start may move)."""
        if self._record is not None:
            states = self._journeys.steps(self._record.id)
            self.integration.set_states(states)
            self._show_states(self._record.data, states)

    def _show_states(self, journey: Journey, states: list[StepState]) -> None:
        self.title.setText(
            self.tr("Session {n} · {when}").format(n=self._number, when=when_text(journey.when))
        )
        ready, total = self.preparation.counts()
        self.steps.set_state("preparation", self.tr("{done} of {total}").format(done=ready, total=total))
        self.steps.set_state(
            "intention", self.tr("written") if self.intention.written() else self.tr("not yet")
        )
        now = self._journeys.now()
        if not started(journey, now) and journey.when > now:
            session_state = self.tr("planned")
        else:
            session_state = self.tr("logged") if logged(journey.session) else self.tr("to log")
        self.steps.set_state("session", session_state)
        done, total = self.aftercare.counts()
        self.steps.set_state("aftercare", self.tr("{done} of {total}").format(done=done, total=total))
        open_step = self.integration.first_open_step(states)
        if open_step is not None:
            state = next(s for s in states if s.step == open_step)
            integration = f"{step_label(open_step)} {status_word(state)}"
        else:
            finished = sum(1 for s in states if s.status == DONE)
            integration = self.tr("{done} of {total} done").format(done=finished, total=len(states))
        self.steps.set_state("integration", integration)

    # Slots

    def _on_steps_step_chosen(self, step: str) -> None:
        self.stack.setCurrentWidget(self.panes[step])

    def _on_pane_edited(self) -> None:
        self.saver.mark_edited()

    def _on_session_note_added(self) -> None:
        self.saver.mark_edited()
        self.saver.save_now()  # a note caught in the moment is saved at once

    def _on_integration_answer_edited(self, step: str, prompt_id: str) -> None:
        self.saver.mark_answer(step, prompt_id, self.integration.text(step, prompt_id))

    def _on_integration_star_toggled(self, step: str, prompt_id: str, starred: bool) -> None:
        self.saver.set_star(step, prompt_id, self.integration.text(step, prompt_id), starred)

    def _on_saver_saved(self, record: Record) -> None:
        self._record = record
        self.refresh_states()
        self.saved.emit(record)
