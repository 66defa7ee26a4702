"""Previous versions of one entry, newest first, with the chance to bring one back."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from journal_app.domain.clock import parse_timestamp
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.dates import local_moment
from journal_app.ui.journal.picker import PickerDialog, PickerItem


def saved_at(stamp: str) -> str:
    """A UTC timestamp as local date and time, e.g. "Sat 14 Mar 2026, 18:30"."""
    moment = local_moment(parse_timestamp(stamp))
    return QLocale().toString(moment, "ddd d MMM yyyy, HH:mm")


def version_item(revision: Record) -> PickerItem:
    snapshot = revision.data.snapshot
    data = snapshot["data"]
    title = data.get("title") or ""
    preview = (f"# {title}\n\n" if title else "") + str(data.get("body", ""))
    return PickerItem(revision.id, saved_at(snapshot["updated_at"]), preview)


class VersionsDialog(PickerDialog):
    """Lists an entry's earlier versions; ``choose`` returns the revision id to restore."""

    def __init__(self, services: Services, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__([version_item(r) for r in services.journal.revisions(record_id)], parent)
        self.configure(
            self.tr("Previous versions"),
            self.tr(
                "Afterglow keeps the version from before each time you come back to edit. "
                "Restoring one keeps what is there now as a version too."
            ),
            self.tr(
                "No earlier versions yet. One is kept each time you come back to edit this entry."
            ),
            self.tr("Restore this version"),
        )

    @classmethod
    def choose(cls, parent: QWidget | None, services: Services, record_id: str) -> str | None:
        """Ask which version to restore; return its revision id, or None."""
        return cls.run(cls(services, record_id, parent))
