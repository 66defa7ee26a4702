"""The shared rhythm of saving as a person types: after a pause, and at once when asked.

One editing session keeps one previous version: the first save of the session keeps
the version it replaces; later saves overwrite in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.domain.errors import JournalError
from journal_app.domain.records import Record


class SessionSaver(QObject):
    """Base for the Journal and Journeys savers: the timer and the one-revision rule."""

    state_changed = Signal(str)

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._record_id: str | None = None
        self._rev = 0
        self._revision_kept = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def record_id(self) -> str | None:
        """The record being edited, or None while there is none (or a new one is unsaved)."""
        return self._record_id

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def pending(self) -> bool:
        """True while a save waits for typing to pause."""
        return self._timer.isActive()

    def set_delay(self, milliseconds: int) -> None:
        """How long typing must pause before a save (tests shorten it)."""
        self._timer.setInterval(milliseconds)

    def _start_session(self, record_id: str | None, rev: int) -> None:
        self._timer.stop()
        self._record_id = record_id
        self._rev = rev
        self._revision_kept = False
        self._dirty = False

    def _wait(self) -> None:
        """Something changed: say so, and save once typing pauses."""
        self.state_changed.emit(self.tr("Not saved yet"))
        self._timer.start()

    def _write(self, write: Callable[[bool], Record]) -> Record | None:
        """Run one save (given whether to keep a revision); None if it was refused."""
        keep = not self._revision_kept
        try:
            record = write(keep)
        except JournalError as error:
            self.state_changed.emit(str(error))
            return None
        if record.rev != self._rev:  # an unchanged save keeps nothing; keep on the next one
            self._revision_kept = self._revision_kept or keep
            self._rev = record.rev
        return record

    def save_now(self) -> bool:
        raise NotImplementedError

    def _on_timer_timeout(self) -> None:
        self.save_now()
