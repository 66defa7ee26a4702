"""The search field, tag filter and date range above the entry list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.dates import from_qdate, limit_to_journal_years, to_qdate
from journal_app.ui.journal.rows import EntryFilter
from journal_app.ui.named import named

DEFAULT_RANGE_DAYS = 30


class SearchField(QLineEdit):
    """A line edit that hands the Down, Enter and Escape keys to the list below it."""

    down_pressed = Signal()
    first_focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._focused_before = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if not self._focused_before:
            self._focused_before = True
            self.first_focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.down_pressed.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Search as you type, one tag, and an optional date range; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search your journal"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search your journal"))
        self.search.setToolTip(self.tr("Finds entries with every word you type (Ctrl+F)"))

        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Show entries with this tag"))
        self.tag.setToolTip(self.tr("Show only entries with one tag"))
        self.tag.addItem(self.tr("All tags"), None)

        self.only_between = QCheckBox(self.tr("Only between"))
        self.only_between.setAccessibleName(self.tr("Only show entries between two dates"))
        self.start = self._date_edit(today - timedelta(days=DEFAULT_RANGE_DAYS))
        self.start.setAccessibleName(self.tr("From date"))
        self.end = self._date_edit(today)
        self.end.setAccessibleName(self.tr("To date"))
        self.between = named(QLabel(self.tr("and")), "muted")
        self._on_only_between_toggled(False)

        dates = QGridLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.tag, 0, 0, 1, 3)
        dates.addWidget(self.only_between, 1, 0, 1, 3)
        dates.addWidget(self.start, 2, 0)
        dates.addWidget(self.between, 2, 1)
        dates.addWidget(self.end, 2, 2)
        dates.setColumnStretch(0, 1)
        dates.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(dates)

        self.search.textChanged.connect(self.changed)
        self.tag.currentIndexChanged.connect(self.changed)
        self.only_between.toggled.connect(self._on_only_between_toggled)
        self.only_between.toggled.connect(self.changed)
        self.start.dateChanged.connect(self._on_dates_changed)
        self.end.dateChanged.connect(self._on_dates_changed)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        limit_to_journal_years(edit)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def value(self) -> EntryFilter:
        """The filter as it stands."""
        tag = self.tag.currentData()
        start = end = None
        if self.only_between.isChecked():
            start, end = sorted((from_qdate(self.start.date()), from_qdate(self.end.date())))
        return EntryFilter(self.search.text(), tag if isinstance(tag, str) else None, start, end)

    def set_tags(self, tags: list[str]) -> None:
        """Offer ``tags``, keeping the chosen one if it is still in use."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag.addItem(f"#{tag}", tag)
        found = self.tag.findData(chosen) if chosen is not None else 0
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)
        if found < 0:  # the chosen tag is gone, so the list widens again
            self.changed.emit()

    def _on_only_between_toggled(self, checked: bool) -> None:
        for widget in (self.start, self.between, self.end):
            widget.setVisible(checked)

    def _on_dates_changed(self) -> None:
        if self.only_between.isChecked():
            self.changed.emit()
