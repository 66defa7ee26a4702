"""Preparation: the checklist, the person's own items, and notes for the day."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal_app.domain.journey import SCREENING_FIELDS, Preparation
from journal_app.services.guides import ChecklistItem
from journal_app.ui.journeys.checklist import Checklist, ChecklistRow
from journal_app.ui.journeys.common import form_layout, scrolling, wrapped
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card


class PreparationPane(QWidget):
    """Edits a journey's Preparation; says ``edited`` on every change."""

    edited = Signal()
    sitter_card_requested = Signal()  # home sessions: "Save a sitter card…"

    def __init__(self, items: tuple[ChecklistItem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = items
        self._where: tuple[str | None, str | None] = (None, None)  # setting, route
        self._value = Preparation()
        self._loading = False

        ready_card, ready = card(self.tr("Getting ready"))
        ready.addWidget(
            wrapped(
                self.tr(
                    "Tick what's ready. These are gentle reminders; your care team's own "
                    "instructions always come first."
                ),
                "hint",
            )
        )
        self.checklist = Checklist(self.tr("{done} of {total} ready"), self.tr("Preparation"))
        self.own_item = QLineEdit()
        self.own_item.setPlaceholderText(self.tr("Something else to remember…"))
        self.own_item.setAccessibleName(self.tr("My own item"))
        self.own_item.setMaxLength(200)
        self.add_button = QPushButton(self.tr("Add my own item"))
        self.add_button.setAccessibleName(self.tr("Add my own item"))
        self.show_hidden = named(QPushButton(), "link")
        self.show_hidden.setAccessibleName(self.tr("Show the items I hid"))
        adding = QHBoxLayout()
        adding.addWidget(self.own_item, 1)
        adding.addWidget(self.add_button)
        ready.addWidget(self.checklist)
        ready.addLayout(adding)
        ready.addWidget(self.show_hidden, 0, Qt.AlignmentFlag.AlignLeft)
        self.sitter_button = named(QPushButton(self.tr("Save a sitter card…")), "link")
        self.sitter_button.setAccessibleName(
            self.tr("Save a one-page card for the person staying with you, as a PDF")
        )
        self.sitter_button.hide()  # home sessions only
        ready.addWidget(self.sitter_button, 0, Qt.AlignmentFlag.AlignLeft)

        notes_card, notes = card(self.tr("Notes for the day"))
        notes.addWidget(
            wrapped(self.tr("Only for you, to have things in one place. All optional."), "hint")
        )
        self.screening: dict[str, QLineEdit] = {}
        form = form_layout()
        for key, label, placeholder in (
            ("medications", self.tr("Medications"), self.tr("What I take, and any changes")),
            ("blood_pressure", self.tr("Blood pressure"), self.tr("If it was measured")),
            ("last_meal", self.tr("Last meal"), self.tr("When I last ate")),
            ("sitter", self.tr("Sitter"), self.tr("Who will be with me")),
            ("ride_home", self.tr("Ride home"), self.tr("Who takes me home, and when")),
        ):
            field = QLineEdit()
            field.setAccessibleName(label)
            field.setPlaceholderText(placeholder)
            field.setMaxLength(2000)
            field.textEdited.connect(self._on_field_edited)
            form.addRow(label, field)
            self.screening[key] = field
        notes.addLayout(form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling([ready_card, notes_card]))

        self.checklist.edited.connect(self._on_checklist_edited)
        self.checklist.action_requested.connect(self._on_checklist_action_requested)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.own_item.returnPressed.connect(self._on_add_button_clicked)
        self.show_hidden.clicked.connect(self._on_show_hidden_clicked)
        self.sitter_button.clicked.connect(self.sitter_card_requested)

    def load(
        self, preparation: Preparation, where: tuple[str | None, str | None] = (None, None)
    ) -> None:
        """Show ``preparation`` with the items for this (setting, route) (no ``edited``)."""
        self._loading = True
        try:
            self._where = where
            self.sitter_button.setVisible(where[0] == "home")
            self._value = preparation
            self._show_checklist()
            for key, field in self.screening.items():
                field.setText(preparation.screening.get(key, ""))
            self.own_item.clear()
        finally:
            self._loading = False

    def value(self) -> Preparation:
        """The preparation as shown now."""
        shown = {row.id for row in self._rows()}
        kept = [i for i in self._value.checked if i not in shown]  # hidden stays ticked
        screening = {
            key: self.screening[key].text()
            for key in SCREENING_FIELDS
            if self.screening[key].text().strip()
        }
        return Preparation(
            checked=(*self.checklist.checked(), *kept),
            hidden=self._value.hidden,
            custom_items=self._value.custom_items,
            screening=screening,
        )

    def counts(self) -> tuple[int, int]:
        return self.checklist.counts()

    def _rows(self) -> list[ChecklistRow]:
        hidden = set(self._value.hidden)
        rows = [
            ChecklistRow(item.id, item.text, item.hint, self.tr("Hide"))
            for item in self._items
            if item.id not in hidden and item.applies(*self._where)
        ]
        rows += [
            ChecklistRow(i, text, "", self.tr("Remove")) for i, text in self._value.custom_items
        ]
        return rows

    def _show_checklist(self) -> None:
        self.checklist.set_rows(self._rows(), set(self._value.checked))
        count = len(self._value.hidden)
        self.show_hidden.setText(self.tr("Show hidden items ({n})").format(n=count))
        self.show_hidden.setVisible(count > 0)
        # Rows made now come last in the focus chain; put them back before the fields below.
        chain = [
            *self.checklist.focus_chain(),
            self.own_item,
            self.add_button,
            self.show_hidden,
            *self.screening.values(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _change(
        self,
        *,
        hidden: tuple[str, ...] | None = None,
        custom_items: tuple[tuple[str, str], ...] | None = None,
    ) -> None:
        """Keep the ticks made so far, apply the change, redraw the list and say so."""
        current = self.value()
        own = current.custom_items if custom_items is None else custom_items
        gone = {item_id for item_id, _ in current.custom_items} - {item_id for item_id, _ in own}
        self._value = Preparation(
            checked=tuple(i for i in current.checked if i not in gone),
            hidden=current.hidden if hidden is None else hidden,
            custom_items=own,
            screening=current.screening,
        )
        self._show_checklist()
        self.edited.emit()

    # Slots

    def _on_checklist_edited(self) -> None:
        self.edited.emit()

    def _on_field_edited(self, _: str) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        text = self.own_item.text().strip()
        if not text:
            self.own_item.setFocus()
            return
        numbers = [int(i[7:]) for i, _ in self._value.custom_items if i[7:].isdigit()]
        item_id = f"custom-{max(numbers, default=0) + 1}"
        self._change(custom_items=(*self._value.custom_items, (item_id, text)))
        self.own_item.clear()
        self.own_item.setFocus()

    def _on_checklist_action_requested(self, item_id: str) -> None:
        index = self.checklist.index_of(item_id)
        if item_id.startswith("custom-"):
            kept = tuple(item for item in self._value.custom_items if item[0] != item_id)
            self._change(custom_items=kept)
        else:
            self._change(hidden=(*self._value.hidden, item_id))
        self.checklist.focus_item(index)

    def _on_show_hidden_clicked(self) -> None:
        self._change(hidden=())
        self.checklist.focus_item(0)
