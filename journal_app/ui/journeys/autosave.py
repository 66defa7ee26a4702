"""Saving a journey as the person types: after a short pause, and at once when asked."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.domain.errors import JournalError
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.services.journeys import JourneyService

SAVE_DELAY_MS = 1000
Compose = Callable[[Journey], tuple[Journey, bool]]


class JourneySaver(QObject):
    """Saves one journey per editing session through the journey service only.

    ``compose`` turns the stored journey into the one on screen and says whether all of
    it could be taken (False while, say, the session times need a second look: the rest
    is saved and the session waits). Integration answers go through ``answer()`` one by
    one. The first save of a session keeps the version it replaces; later ones overwrite.
    """

    state_changed = Signal(str)
    saved = Signal(object)  # the Record as it now stands

    def __init__(
        self, journeys: JourneyService, compose: Compose, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journeys = journeys
        self._compose = compose
        self._record_id: str | None = None
        self._rev = 0
        self._revision_kept = False
        self._dirty = False
        self._answers: dict[tuple[str, str], str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def record_id(self) -> str | None:
        return self._record_id

    @property
    def pending(self) -> bool:
        """True while a save waits for typing to pause."""
        return self._timer.isActive()

    def set_delay(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def begin(self, record: Record | None) -> None:
        """Start an editing session on ``record`` (None: nothing open)."""
        self._timer.stop()
        self._record_id = record.id if record else None
        self._rev = record.rev if record else 0
        self._revision_kept = False
        self._dirty = False
        self._answers = {}
        self.state_changed.emit(self.tr("Saved") if record else "")

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
        return self._run(partial(self._answer, step, prompt_id, text, starred=starred))

    def save_now(self) -> bool:
        """Save what changed; False if something could not be saved yet (it stays shown)."""
        self._timer.stop()
        if self._record_id is None:
            return True
        complete = True
        if self._dirty:
            self.state_changed.emit(self.tr("Saving…"))
            journey, complete = self._compose(self._journeys.get(self._record_id).data)
            if not self._run(
                lambda keep: self._journeys.save(self._id(), journey, keep_revision=keep)
            ):
                return False
            self._dirty = not complete
        while self._answers:
            (step, prompt_id), text = next(iter(self._answers.items()))
            if not self._run(partial(self._answer, step, prompt_id, text)):
                return False
            self._answers.pop((step, prompt_id), None)
        if complete:
            self.state_changed.emit(self.tr("Saved"))
        else:
            self.state_changed.emit(self.tr("Saved, except the session: see the note there"))
        return complete

    def _id(self) -> str:
        assert self._record_id is not None
        return self._record_id

    def _answer(
        self, step: str, prompt_id: str, text: str, keep: bool, *, starred: bool | None = None
    ) -> Record:
        return self._journeys.answer(
            self._id(), step, prompt_id, text, starred=starred, keep_revision=keep
        )

    def _wait(self) -> None:
        if self._record_id is not None:
            self.state_changed.emit(self.tr("Not saved yet"))
            self._timer.start()

    def _run(self, write: Callable[[bool], Record]) -> bool:
        keep = not self._revision_kept
        try:
            record = write(keep)
        except JournalError as error:
            self.state_changed.emit(str(error))
            return False
        if record.rev != self._rev:  # an unchanged save keeps nothing; keep on the next one
            self._revision_kept = self._revision_kept or keep
            self._rev = record.rev
            self.saved.emit(record)
        return True

    def _on_timer_timeout(self) -> None:
        self.save_now()
