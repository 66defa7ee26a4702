"""The year calendar as a table model: 12 months by 31 days, with words for every day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journal_app.ui.mood.year_data import LONGEST_MONTH, MONTHS, YearDays, cell_date

DATE_ROLE = Qt.ItemDataRole.UserRole  # the cell's date
MOOD_ROLE = Qt.ItemDataRole.UserRole + 1  # the day's mean mood, or None
SESSION_ROLE = Qt.ItemDataRole.UserRole + 2  # "session", "planned" or ""
OPENED_ROLE = Qt.ItemDataRole.UserRole + 3  # whether this is the day shown below

Index = QModelIndex | QPersistentModelIndex


class YearModel(QAbstractTableModel):
    """One row a month, one column a day of the month; days past a month's end are off."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days = YearDays(date.today().year)
        self._grid = _grid(self._days.year)
        self._today: date | None = None
        self._opened: date | None = None
        self._locale = QLocale()

    @property
    def year(self) -> int:
        return self._days.year

    def set_days(self, days: YearDays, today: date | None = None) -> None:
        """Show ``days`` (one year's moods and sessions); ``today`` is named in the words."""
        self.beginResetModel()
        self._days = days
        self._grid = _grid(days.year)
        self._today = today
        self._locale = QLocale()
        self.endResetModel()

    def set_opened(self, day: date | None) -> None:
        """Mark ``day`` as the one shown below the calendar."""
        before, self._opened = self._opened, day
        for changed in (before, day):
            index = self.index_of(changed) if changed is not None else QModelIndex()
            if index.isValid():
                self.dataChanged.emit(index, index, [OPENED_ROLE])

    def index_of(self, day: date) -> QModelIndex:
        """The cell of ``day``, or an invalid index if it is in another year."""
        if day.year != self._days.year:
            return QModelIndex()
        return self.index(day.month - 1, day.day - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else MONTHS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else LONGEST_MONTH

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._date(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self._date(index)
        if day is None:
            return None
        if role == DATE_ROLE:
            return day
        if role == MOOD_ROLE:
            mood = self._days.moods.get(day)
            return mood.mean if mood is not None else None
        if role == SESSION_ROLE:
            return self._session_kind(day)
        if role == OPENED_ROLE:
            return day == self._opened
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.day_words(day)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Enter shows this day's check-ins, entries and sessions.")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < LONGEST_MONTH:
            if role == Qt.ItemDataRole.DisplayRole:
                return ""  # the view draws the numbers itself, as many as fit
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Day {n}").format(n=section + 1)
        if orientation == Qt.Orientation.Vertical and 0 <= section < MONTHS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._locale.standaloneMonthName(section + 1, QLocale.FormatType.ShortFormat)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._locale.standaloneMonthName(section + 1)
        return None

    def day_words(self, day: date) -> str:
        """Like "Tue 3 March: mood 6.5 of 10 (2 check-ins) · medicine session"."""
        words = self._locale.toString(QDate(day.year, day.month, day.day), "ddd d MMMM")
        if day == self._today:
            words = self.tr("{day} (today)").format(day=words)
        mood = self._days.moods.get(day)
        if mood is None:
            text = self.tr("{day}: no check-in").format(day=words)
        else:
            count = (
                self.tr("1 check-in")
                if mood.count == 1
                else self.tr("{n} check-ins").format(n=mood.count)
            )
            text = self.tr("{day}: mood {mood} of 10 ({count})").format(
                day=words, mood=self.mood_words(mood.mean), count=count
            )
        kind = self._session_kind(day)
        if kind == "session":
            text += " · " + self.tr("medicine session")
        elif kind == "planned":
            text += " · " + self.tr("planned medicine session")
        return text

    def mood_words(self, mean: float) -> str:
        """A mean mood to one decimal, without a trailing ".0" (6.5, 7)."""
        rounded = round(mean, 1)
        if rounded == int(rounded):
            return self._locale.toString(int(rounded))
        return self._locale.toString(rounded, "f", 1)

    def _session_kind(self, day: date) -> str:
        marks = self._days.sessions.get(day, ())
        if any(not mark.planned for mark in marks):
            return "session"
        return "planned" if marks else ""

    def _date(self, index: Index) -> date | None:
        if not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if 0 <= row < MONTHS and 0 <= column < LONGEST_MONTH:
            return self._grid[row][column]
        return None


def _grid(year: int) -> list[list[date | None]]:
    """Every cell's date (None past a month's end), worked out once a year, not per paint."""
    return [
        [cell_date(year, row, column) for column in range(LONGEST_MONTH)] for row in range(MONTHS)
    ]
