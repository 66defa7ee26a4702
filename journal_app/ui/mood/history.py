"""Past results of one questionnaire, newest first, each one removable to the Trash.

Choosing a result shows what was stored with it besides the score: the answer about how
difficult things have been (PHQ-9, GAD-7) and the private note of the experience in mind
(PCL-5). This is the person's own history; the note never goes into the summary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.assessment import Assessment
from journal_app.instruments.definitions import Instrument, instrument
from journal_app.services.bundle import Services
from journal_app.ui.mood.changes import set_trashed
from journal_app.ui.mood.describe import band_label, clusters_line, when_text
from journal_app.ui.mood.undo import UndoLine
from journal_app.ui.named import named

ROWS_SHOWN = 8


class AssessmentHistory(QWidget):
    """A table of date, score and band for the questionnaire chosen."""

    changed = Signal()  # a result went to the Trash or came back

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._instrument = instrument("phq9")
        self.title = named(QLabel(), "hint")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Score"), self.tr("Band")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # The band takes what is left (a long PCL-5 band elides; its tooltip has it whole),
        # so the date and score are never squeezed.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = named(QLabel(wordWrap=True), "muted")
        self.detail = QLabel(wordWrap=True)
        self.detail.setAccessibleName(self.tr("What you added to the chosen result"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self._details: dict[str, str] = {}
        self.delete_button = QPushButton(self.tr("Move to Trash"))
        self.delete_button.setAccessibleName(self.tr("Move the chosen result to the Trash"))
        self.undo = UndoLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.undo)

        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.undo.undo_requested.connect(self._on_undo_requested)
        self.refresh()

    def set_instrument(self, instrument_id: str) -> None:
        self._instrument = instrument(instrument_id)
        self.undo.hide()
        self.refresh()

    def refresh(self) -> None:
        chosen: Instrument = self._instrument
        self.title.setText(self.tr("{name}, newest first").format(name=chosen.name))
        self.table.setAccessibleName(self.tr("Your {name} results").format(name=chosen.name))
        records = list(reversed(self._services.assessments.history(chosen.id)))
        self.table.setRowCount(len(records))
        self._details = {}
        for row, record in enumerate(records):
            result: Assessment = record.data
            self._details[record.id] = self._detail_text(chosen, result)
            score = self.tr("{total} of {most}").format(total=result.total, most=chosen.max_total)
            if "percent" in result.extra:
                score += f" ({result.extra['percent']}%)"
            cells = (when_text(result.at), score, band_label(chosen, result.severity))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                tips = [text if column == 2 else "", self._details[record.id]]
                if result.extra.get("clusters"):
                    tips.insert(1, clusters_line(chosen, result.extra["clusters"]))
                item.setToolTip("\n".join(tip for tip in tips if tip))
                self.table.setItem(row, column, item)
        has_any = bool(records)
        header_height = self.table.horizontalHeader().sizeHint().height()
        shown = min(max(1, len(records)), ROWS_SHOWN)
        self.table.setFixedHeight(
            header_height + shown * self.table.verticalHeader().defaultSectionSize() + 6
        )
        self.table.setVisible(has_any)
        self.empty.setText(self.tr("No {name} results yet.").format(name=chosen.name))
        self.empty.setVisible(not has_any)
        self.delete_button.setVisible(has_any)
        self._on_table_item_selection_changed()

    def current_id(self) -> str:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else ""

    def _detail_text(self, chosen: Instrument, result: Assessment) -> str:
        """What the person added besides the answers, in their words and the form's."""
        lines = []
        if chosen.difficulty is not None and result.difficulty is not None:
            lines.append(
                self.tr("How difficult: {answer}").format(
                    answer=chosen.difficulty.label(result.difficulty)
                )
            )
        if result.event_note:
            lines.append(
                self.tr("The experience you had in mind: {note}").format(note=result.event_note)
            )
        return "\n".join(lines)

    def _on_table_item_selection_changed(self) -> None:
        record_id = self.current_id()
        self.delete_button.setEnabled(bool(record_id))
        detail = self._details.get(record_id, "")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def _on_delete_button_clicked(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        self._services.assessments.delete(record_id)
        self.undo.offer(record_id, self.tr("The result is in the Trash."))
        self.refresh()
        self.changed.emit()

    def _on_undo_requested(self, record_id: str) -> None:
        set_trashed(self._services, record_id, "assessment", False)
        self.refresh()
        self.changed.emit()
