"""Saving what is typed: shortly after the last keystroke, and at once when asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.domain.errors import JournalError
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.journal.editor import Draft

SAVE_DELAY_MS = 1500


class Autosaver(QObject):
    """Creates or edits one entry per editing session, through the journal service only.

    The first save of a session keeps the version it replaces; later saves overwrite it, so
    a session leaves one previous version rather than one per pause in typing.
    """

    state_changed = Signal(str)
    entry_saved = Signal(object, bool)  # the Record, and whether it was just created

    def __init__(
        self, services: Services, draft: Callable[[], Draft], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._draft = draft
        self._record_id: str | None = None
        self._rev = 0
        self._revision_kept = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def record_id(self) -> str | None:
        """The entry being edited, or None while a new one is not saved yet."""
        return self._record_id

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_delay(self, milliseconds: int) -> None:
        """How long typing must pause before an autosave (tests shorten it)."""
        self._timer.setInterval(milliseconds)

    @property
    def pending(self) -> bool:
        """True while an autosave is waiting for typing to pause."""
        return self._timer.isActive()

    def begin_new(self) -> None:
        """Start a session for an entry that does not exist yet."""
        self._begin(None, 0)
        self.state_changed.emit("")

    def begin_existing(self, record: Record) -> None:
        """Start a session for a saved entry."""
        self._begin(record.id, record.rev)
        self.state_changed.emit(self.tr("Saved"))

    def _begin(self, record_id: str | None, rev: int) -> None:
        self._timer.stop()
        self._record_id = record_id
        self._rev = rev
        self._revision_kept = False
        self._dirty = False

    def mark_edited(self) -> None:
        """Something changed: save once typing pauses."""
        self._dirty = True
        self.state_changed.emit(self.tr("Not saved yet"))
        self._timer.start()

    def save_now(self) -> bool:
        """Save at once if anything changed; False only if a change could not be saved."""
        self._timer.stop()
        if not self._dirty:
            return True
        draft = self._draft()
        if draft.blank:
            self.state_changed.emit(self.tr("Write something to save it"))
            return True  # nothing written is nothing lost
        self.state_changed.emit(self.tr("Saving…"))
        try:
            record, created = self._save(draft)
        except JournalError as error:
            self.state_changed.emit(str(error))
            return False
        self._dirty = False
        self.state_changed.emit(self.tr("Saved"))
        self.entry_saved.emit(record, created)
        return True

    def _save(self, draft: Draft) -> tuple[Record, bool]:
        journal = self._services.journal
        if self._record_id is None:
            record = journal.create(
                draft.body,
                day=draft.day,
                title=draft.title,
                tags=draft.tags,
                private=draft.private,
                prompt_id=draft.prompt_id,
            )
            self._record_id, self._rev = record.id, record.rev
            self._revision_kept = True  # a new entry has no earlier version to keep
            return record, True
        keep = not self._revision_kept
        record = journal.edit(
            self._record_id,
            body=draft.body,
            title=draft.title,
            tags=draft.tags,
            private=draft.private,
            day=draft.day,
            keep_revision=keep,
        )
        if record.rev != self._rev:  # an unchanged save keeps nothing, so try again next time
            self._revision_kept = self._revision_kept or keep
            self._rev = record.rev
        return record, False

    def _on_timer_timeout(self) -> None:
        self.save_now()
