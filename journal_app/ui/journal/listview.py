"""The entry list view: month headings always open, two-line rows, keyboard friendly."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from journal_app.ui.journal.delegate import EntryDelegate
from journal_app.ui.journal.model import EntryTreeModel


class EntryListView(QTreeView):
    """Shows an :class:`EntryTreeModel`; Up from the first row goes back to search."""

    up_from_top = Signal()

    def __init__(self, model: EntryTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = model
        self.setModel(model)
        self.setItemDelegate(EntryDelegate(model, self))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)  # lets Qt lay out thousands of rows without asking
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Entries"))
        self.setToolTip(self.tr("Press Enter to open an entry and start writing"))
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrollbar_moved)
        bar.rangeChanged.connect(self._on_scrollbar_moved)

    def reset_rows(self) -> None:
        """Open every month after the model was refilled."""
        self.expandAll()

    def reveal(self, record_id: str) -> None:
        """Lay out older months, if needed, so the entry ``record_id`` has a row."""
        for month in self._entries.reveal(record_id):
            self.expand(month)

    def _on_scrollbar_moved(self, *_: int) -> None:
        bar = self.verticalScrollBar()
        if (
            bar.value() >= bar.maximum() - self.viewport().height()
            and self._entries.can_show_more()
        ):
            for month in self._entries.show_more():
                self.expand(month)

    def show_entry(self, index: QModelIndex) -> None:
        """Make ``index`` current and selected (or clear the selection if invalid)."""
        selection = self.selectionModel()
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            selection.setCurrentIndex(index, flags)
            self.scrollTo(index)
        else:
            selection.clear()

    def enter_from_search(self) -> None:
        """Take focus, landing on the selected entry or else the first one."""
        if not self.currentIndex().isValid() or not self.selectionModel().hasSelection():
            self.show_entry(self._entries.first_entry())
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Up and self.currentIndex() == self._entries.first_entry():
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)
