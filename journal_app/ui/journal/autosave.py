"""Saving what is typed: shortly after the last keystroke, and at once when asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.journal.editor import Draft
from journal_app.ui.saving import SessionSaver

SAVE_DELAY_MS = 1500


class Autosaver(SessionSaver):
    """Creates or edits one entry per editing session, through the journal service only.

    The first save of a session keeps the version it replaces; later saves overwrite it, so
    a session leaves one previous version rather than one per pause in typing.
    """

    entry_saved = Signal(object, bool)  # the Record, and whether it was just created

    def __init__(
        self, services: Services, draft: Callable[[], Draft], parent: QObject | None = None
    ) -> None:
        super().__init__(SAVE_DELAY_MS, parent)
        self._services = services
        self._draft = draft

    def begin_new(self) -> None:
        """Start a session for an entry that does not exist yet."""
        self._start_session(None, 0)
        self.state_changed.emit("")

    def begin_existing(self, record: Record) -> None:
        """Start a session for a saved entry."""
        self._start_session(record.id, record.rev)
        self.state_changed.emit(self.tr("Saved"))

    def mark_edited(self) -> None:
        """Something changed: save once typing pauses."""
        self._dirty = True
        self._wait()

    def save_now(self) -> bool:
        """Save at once if anything changed; False only if a change could not be saved."""
        self._stop_timers()
        if not self._dirty:
            return True
        draft = self._draft()
        if draft.blank:
            self.state_changed.emit(self.tr("Write something to save it"))
            return True  # nothing written is nothing lost
        if self._problem is None:
            self.state_changed.emit(self.tr("Saving…"))
        created = self._record_id is None
        record = (
            self._create(draft)
            if created
            else self._write(lambda keep: self._edit_entry(draft, keep))
        )
        if record is None:
            return False
        self._dirty = False
        self._succeeded()
        self.state_changed.emit(self.tr("Saved"))
        self.entry_saved.emit(record, created)
        return True

    def _create(self, draft: Draft) -> Record | None:
        record = self._attempt(
            lambda: self._services.journal.create(
                draft.body,
                day=draft.day,
                title=draft.title,
                tags=draft.tags,
                private=draft.private,
                prompt_id=draft.prompt_id,
            )
        )
        if record is not None:
            self._created(record)  # a new entry has no earlier version to keep
        return record

    def _edit_entry(self, draft: Draft, keep: bool) -> Record:
        assert self._record_id is not None
        return self._services.journal.edit(
            self._record_id,
            body=draft.body,
            title=draft.title,
            tags=draft.tags,
            private=draft.private,
            day=draft.day,
            keep_revision=keep,
        )
