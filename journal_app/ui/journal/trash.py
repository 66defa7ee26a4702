"""Entries in the Trash, newest first, with the chance to restore one."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.journal.picker import PickerDialog, PickerItem
from journal_app.ui.journal.rows import row_of


def trash_item(record: Record) -> PickerItem:
    row = row_of(record)
    day = QLocale().toString(QDate(row.day.year, row.day.month, row.day.day), "d MMM yyyy")
    entry = record.data
    preview = (f"# {entry.title}\n\n" if entry.title else "") + entry.body
    return PickerItem(record.id, f"{day}  ·  {row.heading}", preview)


class TrashDialog(PickerDialog):
    """Lists deleted entries; ``choose`` returns the id of the one to restore."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__([trash_item(r) for r in services.journal.trash()], parent)
        self.configure(
            self.tr("Trash"),
            self.tr("Entries you deleted wait here until you restore them."),
            self.tr("The Trash is empty."),
            self.tr("Restore"),
        )

    @classmethod
    def choose(cls, parent: QWidget | None, services: Services) -> str | None:
        """Ask which entry to restore; return its id, or None."""
        return cls.run(cls(services, parent))
