"""The revision policy: one previous version kept per editing session, not one per pause."""

from __future__ import annotations

from collections.abc import Callable

from journal_app.domain.records import Record


class EditSession:
    """One editing session on one record.

    The first save that changes the record keeps the version it replaces; later saves in
    the same session overwrite in place. A save that changes nothing keeps nothing, so
    the next one still keeps the original.
    """

    def __init__(self, record_id: str | None = None, rev: int = 0) -> None:
        self.record_id = record_id
        self.rev = rev
        self._kept = False

    @property
    def revision_kept(self) -> bool:
        return self._kept

    def created(self, record: Record) -> None:
        """The record did not exist before this session: there is no earlier version."""
        self.record_id, self.rev, self._kept = record.id, record.rev, True

    def save(self, write: Callable[[bool], Record]) -> Record:
        """Run one save, given whether it should keep the previous version."""
        keep = not self._kept
        record = write(keep)
        if record.rev != self.rev:
            self._kept = self._kept or keep
            self.rev = record.rev
        return record
