"""Recent check-ins on the Mood page, each one open to change or move to the Trash."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.bundle import Services
from journal_app.ui.mood.changes import set_trashed
from journal_app.ui.mood.describe import checkin_summary
from journal_app.ui.mood.undo import UndoLine
from journal_app.ui.named import named

SHOWN = 30
ROW_HEIGHT = 34


class RecentCheckIns(QWidget):
    """The latest check-ins, newest first, with Change and Move to Trash."""

    edit_requested = Signal(str)  # record id
    changed = Signal()  # something went to the Trash or came back

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your recent check-ins"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFixedHeight(8 * ROW_HEIGHT + 8)
        self.empty = named(
            QLabel(
                self.tr("No check-ins yet. The first one can be just a number."),
                wordWrap=True,
            ),
            "muted",
        )
        self.edit_button = QPushButton(self.tr("Change"))
        self.edit_button.setAccessibleName(self.tr("Change the chosen check-in"))
        self.delete_button = QPushButton(self.tr("Move to Trash"))
        self.delete_button.setAccessibleName(self.tr("Move the chosen check-in to the Trash"))
        self.undo = UndoLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.undo)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.undo.undo_requested.connect(self._on_undo_requested)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_id()
        self.list.clear()
        for record in reversed(self._services.checkins.checkins()[-SHOWN:]):
            item = QListWidgetItem(checkin_summary(record.data))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(record.data.note or item.text())
            self.list.addItem(item)
            if record.id == chosen:
                self.list.setCurrentItem(item)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self._on_list_current_row_changed(self.list.currentRow())

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _on_list_current_row_changed(self, row: int) -> None:
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row >= 0)
            button.setVisible(self.list.count() > 0)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.edit_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_edit_button_clicked(self) -> None:
        if self.current_id():
            self.edit_requested.emit(self.current_id())

    def _on_delete_button_clicked(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        set_trashed(self._services, record_id, "checkin", True)
        self.undo.offer(record_id, self.tr("The check-in is in the Trash."))
        self.refresh()
        self.changed.emit()

    def _on_undo_requested(self, record_id: str) -> None:
        set_trashed(self._services, record_id, "checkin", False)
        self.refresh()
        self.changed.emit()
