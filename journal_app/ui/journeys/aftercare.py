"""Aftercare: kind reminders for the rest of the day after a session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from journal_app.services.guides import ChecklistItem
from journal_app.ui.journeys.checklist import Checklist, ChecklistRow
from journal_app.ui.journeys.common import scrolling, wrapped
from journal_app.ui.pages.layout import card


class AftercarePane(QWidget):
    """Ticks aftercare items; the value is the tuple of ticked ids."""

    edited = Signal()

    def __init__(self, items: tuple[ChecklistItem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = items
        self._other: tuple[str, ...] = ()  # ticked ids this version's list doesn't know

        care_card, care = card(self.tr("Looking after yourself"))
        care.addWidget(
            wrapped(
                self.tr(
                    "For the rest of the day. Tick what you've taken care of; there's no rush, "
                    "and your care team's advice comes first."
                ),
                "hint",
            )
        )
        self.checklist = Checklist(self.tr("{done} of {total} taken care of"), self.tr("Aftercare"))
        self.checklist.set_rows([ChecklistRow(i.id, i.text, i.hint) for i in items], set())
        care.addWidget(self.checklist)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling([care_card]))
        self.checklist.edited.connect(self._on_checklist_edited)

    def load(
        self, aftercare: tuple[str, ...], where: tuple[str | None, str | None] = (None, None)
    ) -> None:
        """Show the items for this (setting, route); ticks of others are kept as they are."""
        shown = [item for item in self._items if item.applies(*where)]
        known = {item.id for item in shown}
        self._other = tuple(i for i in aftercare if i not in known)
        self.checklist.set_rows([ChecklistRow(i.id, i.text, i.hint) for i in shown], set(aftercare))

    def value(self) -> tuple[str, ...]:
        return (*self.checklist.checked(), *self._other)

    def counts(self) -> tuple[int, int]:
        return self.checklist.counts()

    def _on_checklist_edited(self) -> None:
        self.edited.emit()
