"""The shared rhythm of saving as a person types, built so that typed words are never lost.

A save happens after a short pause in typing, and at the latest a few seconds after the
first unsaved change, so steady typing is never more than :data:`MAX_WAIT_MS` from disk.
A save that fails keeps the words on screen, says plainly why, and is tried again on its
own until it works. One editing session keeps one previous version (the revision policy
lives in :class:`journal_app.services.editing.EditSession`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.services.editing import EditSession
from journal_app.ui.save_words import save_problem

MAX_WAIT_MS = 4000  # steady typing is saved at least this often (kill -9 loses at most this)
RETRY_MS = 3000  # a failed save is tried again this often until it works

Saved = TypeVar("Saved")  # what a save returns: a record, or a course's view


class SessionSaver(QObject):
    """Base for the Journal and Journeys savers: the timers, the retries, the revisions."""

    state_changed = Signal(str)
    problem_changed = Signal(str)  # why the change could not be saved ("" once it is)

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit = EditSession()
        self._dirty = False
        self._problem: str | None = None
        self._timer = self._single_shot(delay_ms)
        self._deadline = self._single_shot(MAX_WAIT_MS)
        self._retry = self._single_shot(RETRY_MS)

    def _single_shot(self, milliseconds: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(milliseconds)
        timer.timeout.connect(self._on_timer_timeout)
        return timer

    @property
    def record_id(self) -> str | None:
        """The record being edited, or None while there is none (or a new one is unsaved)."""
        return self._edit.record_id

    @property
    def _record_id(self) -> str | None:
        return self._edit.record_id

    @property
    def _rev(self) -> int:
        return self._edit.rev

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def pending(self) -> bool:
        """True while a save waits for typing to pause (or for a retry)."""
        return self._timer.isActive() or self._deadline.isActive() or self._retry.isActive()

    @property
    def problem(self) -> str | None:
        """Why the last save failed, while the change is still unsaved."""
        return self._problem

    def unsaved(self) -> bool:
        """True if something on screen is not in the journal yet."""
        return self._dirty

    def set_delay(self, milliseconds: int) -> None:
        """How long typing must pause before a save (tests shorten it)."""
        self._timer.setInterval(milliseconds)

    def set_max_wait(self, milliseconds: int) -> None:
        """The longest steady typing goes unsaved (tests shorten it)."""
        self._deadline.setInterval(milliseconds)

    def set_retry(self, milliseconds: int) -> None:
        """How often a failed save is tried again (tests shorten it)."""
        self._retry.setInterval(milliseconds)

    def _stop_timers(self) -> None:
        for timer in (self._timer, self._deadline, self._retry):
            timer.stop()

    def _start_session(self, record_id: str | None, rev: int) -> None:
        self._stop_timers()
        self._edit = EditSession(record_id, rev)
        self._dirty = False
        self._set_problem(None)

    def _created(self, record: Record) -> None:
        self._edit.created(record)

    def _wait(self) -> None:
        """Something changed: say so, and save once typing pauses (or soon, regardless)."""
        if self._problem is None:
            self.state_changed.emit(self.tr("Not saved yet"))
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _attempt(self, write: Callable[[], Saved]) -> Saved | None:
        """Run one save; on failure keep everything, say why, and try again soon."""
        try:
            saved = write()
        except Exception as error:
            self._failed(error)
            return None
        return saved

    def _write(self, write: Callable[[bool], Record]) -> Record | None:
        """Run one save (given whether to keep a revision); None if it failed."""
        return self._attempt(lambda: self._edit.save(write))

    def _failed(self, error: BaseException) -> None:
        self._set_problem(save_problem(error))
        self.state_changed.emit(self.tr("Not saved"))
        if not isinstance(error, ValidationError):  # retrying can't fix what was refused
            self._retry.start()

    def _succeeded(self) -> None:
        self._set_problem(None)

    def _set_problem(self, problem: str | None) -> None:
        was = self._problem
        self._problem = problem
        if was != problem:
            self.problem_changed.emit(problem or "")

    def save_now(self) -> bool:
        raise NotImplementedError

    def _on_timer_timeout(self) -> None:
        self.save_now()
