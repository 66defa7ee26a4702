"""Saving a journey as the person types: after a short pause, and at once when asked."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal

from journal_app.domain.course_schedule import is_course_step
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.services.journeys import JourneyService
from journal_app.ui.saving import SessionSaver

SAVE_DELAY_MS = 1000
Compose = Callable[[Journey], tuple[Journey, bool]]


class JourneySaver(SessionSaver):
    """Saves one journey per editing session through the journey service only.

    ``compose`` turns the stored journey into the one on screen and says whether all of
    it could be taken (False while, say, the session times need a second look: the rest
    is saved and the session waits). Integration answers go through ``answer()`` one by
    one; answers to the course's own steps go to the journey's course. The first save of
    a session keeps the version it replaces; later ones overwrite.
    """

    saved = Signal(object)  # the Record as it now stands
    course_saved = Signal(object)  # the CourseView, after a course answer was saved

    def __init__(
        self, journeys: JourneyService, compose: Compose, parent: QObject | None = None
    ) -> None:
        super().__init__(SAVE_DELAY_MS, parent)
        self._journeys = journeys
        self._compose = compose
        self._answers: dict[tuple[str, str], str] = {}
        self._course_id = ""

    def begin(self, record: Record | None, course_id: str = "") -> None:
        """Start an editing session on ``record`` (None: nothing open) in ``course_id``."""
        self._start_session(record.id if record else None, record.rev if record else 0)
        self._answers = {}
        self._course_id = course_id
        self.state_changed.emit(self.tr("Saved") if record else "")

    def set_course(self, course_id: str) -> None:
        """The open journey's course (it can change as the journey's time moves)."""
        self._course_id = course_id

    def mark_edited(self) -> None:
        """Something outside the integration answers changed."""
        self._dirty = True
        self._wait()

    def mark_answer(self, step: str, prompt_id: str, text: str) -> None:
        """The answer to one integration prompt changed."""
        self._answers[(step, prompt_id)] = text
        self._wait()

    def set_star(self, step: str, prompt_id: str, text: str, starred: bool) -> bool:
        """Star (or unstar) an answer now, saving its text with it."""
        self._answers.pop((step, prompt_id), None)
        return self._save_answer(step, prompt_id, text, starred)

    def save_now(self) -> bool:
        """Save what changed; False if something could not be saved yet (it stays shown)."""
        self._stop_timers()
        if self._record_id is None:
            return True
        complete = True
        if self._dirty:
            if self._problem is None:
                self.state_changed.emit(self.tr("Saving…"))
            journey, complete = self._compose(self._journeys.get(self._record_id).data)
            if not self._run(
                lambda keep: self._journeys.save(self._id(), journey, keep_revision=keep)
            ):
                return False
            self._dirty = not complete
        while self._answers:
            (step, prompt_id), text = next(iter(self._answers.items()))
            if not self._save_answer(step, prompt_id, text):
                return False
            self._answers.pop((step, prompt_id), None)
        self._succeeded()
        if complete:
            self.state_changed.emit(self.tr("Saved"))
        else:
            self.state_changed.emit(self.tr("Saved, except the session: see the note there"))
        return complete

    def _id(self) -> str:
        assert self._record_id is not None
        return self._record_id

    def _save_answer(
        self, step: str, prompt_id: str, text: str, starred: bool | None = None
    ) -> bool:
        if not is_course_step(step):
            return self._run(partial(self._answer, step, prompt_id, text, starred=starred))
        courses = self._journeys.courses
        view = self._attempt(
            lambda: courses.answer(self._course_id, step, prompt_id, text, starred=starred)
        )
        if view is None:
            return False
        self.course_saved.emit(view)
        return True

    def _answer(
        self, step: str, prompt_id: str, text: str, keep: bool, *, starred: bool | None = None
    ) -> Record:
        return self._journeys.answer(
            self._id(), step, prompt_id, text, starred=starred, keep_revision=keep
        )

    def _wait(self) -> None:
        if self._record_id is not None:
            super()._wait()

    def unsaved(self) -> bool:
        return self._dirty or bool(self._answers)

    def pending_answers(self) -> list[tuple[str, str, str]]:
        """Integration answers typed but not saved yet: (step, prompt id, text)."""
        return [(step, prompt, text) for (step, prompt), text in self._answers.items()]

    def _run(self, write: Callable[[bool], Record]) -> bool:
        rev = self._rev
        record = self._write(write)
        if record is None:
            return False
        if record.rev != rev:
            self.saved.emit(record)
        return True
