"""The entry list as a tree: months as parents, entries as children, newest first."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journal_app.ui.dates import to_qdate
from journal_app.ui.journal.highlight import match_spans, snippet
from journal_app.ui.journal.rows import EntryRow

Index = QModelIndex | QPersistentModelIndex
TOP = 0  # internal id of a month row; an entry row's id is its month's row + 1
# Worked out once: the view asks for flags thousands of times per search keystroke.
MONTH_FLAGS = Qt.ItemFlag.ItemIsEnabled
ENTRY_FLAGS = MONTH_FLAGS | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
NO_FLAGS = Qt.ItemFlag.NoItemFlags
# Entries laid out at first; older months follow as the list is scrolled. Laying out all
# ten years on every search keystroke would cost the view a Python call per row.
CHUNK = 250


class Role(IntEnum):
    """Data roles beyond Qt's own."""

    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    IS_MONTH = Qt.ItemDataRole.UserRole + 2
    DAY = Qt.ItemDataRole.UserRole + 3  # the entry's day as short text, e.g. "Sat 14"
    TAGS = Qt.ItemDataRole.UserRole + 4
    PRIVATE = Qt.ItemDataRole.UserRole + 5
    TERMS = Qt.ItemDataRole.UserRole + 6  # the folded search words to highlight
    HEADING_MATCHES = Qt.ItemDataRole.UserRole + 7  # (start, length) in the heading
    SNIPPET = Qt.ItemDataRole.UserRole + 8  # a line of the body from a search word on


class Month(NamedTuple):
    key: tuple[int, int]
    label: str
    rows: list[EntryRow]


class EntryTreeModel(QAbstractItemModel):
    """Read-only model over plain rows; rebuilt whole for each search or filter.

    Only the newest months holding about :data:`CHUNK` entries are rows at first;
    :meth:`show_more` and :meth:`reveal` add older months on demand.
    """

    def __init__(
        self, body_of: Callable[[str], str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._body_of = body_of
        self._months: list[Month] = []
        self._shown = 0  # how many of the months are rows of the model
        self._where: dict[str, tuple[int, int]] = {}
        self._terms: tuple[str, ...] = ()
        self._snippets: dict[str, str] = {}
        self._locale = QLocale()

    # Filling

    def set_rows(self, rows: list[EntryRow], terms: tuple[str, ...] = ()) -> None:
        """Show ``rows`` (newest first), highlighting ``terms``."""
        self.beginResetModel()
        self._months = []
        self._where = {}
        current: Month | None = None
        for row in rows:
            key = (row.day.year, row.day.month)
            if current is None or current.key != key:
                current = Month(key, self._month_label(*key), [])
                self._months.append(current)
            self._where[row.id] = (len(self._months) - 1, len(current.rows))
            current.rows.append(row)
        self._shown = self._months_holding(CHUNK, 0)
        self._terms = terms
        self._snippets = {}
        self.endResetModel()

    def _months_holding(self, wanted: int, start: int) -> int:
        """The end of the months from ``start`` on that hold ``wanted`` entries, or all."""
        count, end = 0, start
        while end < len(self._months) and count < wanted:
            count += len(self._months[end].rows)
            end += 1
        return end

    def can_show_more(self) -> bool:
        return self._shown < len(self._months)

    def show_more(self, through_month: int | None = None) -> list[QModelIndex]:
        """Add older months (through ``through_month`` if given); return their indexes."""
        if through_month is None:
            end = self._months_holding(CHUNK, self._shown)
        else:
            end = min(through_month + 1, len(self._months))
        first = self._shown
        if end <= first:
            return []
        self.beginInsertRows(QModelIndex(), first, end - 1)
        self._shown = end
        self.endInsertRows()
        return [self.createIndex(month, 0, TOP) for month in range(first, end)]

    def reveal(self, record_id: str) -> list[QModelIndex]:
        """Make sure an entry's month is a row; return the months added for it."""
        where = self._where.get(record_id)
        return self.show_more(where[0]) if where is not None else []

    def replace_row(self, row: EntryRow) -> bool:
        """Update one shown entry in place; False if it is not shown or moved month."""
        where = self._where.get(row.id)
        if where is None:
            return False
        month = self._months[where[0]]
        if month.key != (row.day.year, row.day.month) or month.rows[where[1]].day != row.day:
            return False
        month.rows[where[1]] = row
        self._snippets.pop(row.id, None)
        if where[0] < self._shown:
            index = self.createIndex(where[1], 0, where[0] + 1)
            self.dataChanged.emit(index, index)
        return True

    def _month_label(self, year: int, month: int) -> str:
        return self.tr("{month} {year}").format(
            month=self._locale.standaloneMonthName(month), year=year
        )

    # Questions the page asks

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def entry_count(self) -> int:
        """Every entry matching, including those in months not laid out yet."""
        return len(self._where)

    def month_label(self, index: Index) -> str:
        """The label of the month row at ``index``."""
        return self._months[index.row()].label if index.isValid() else ""

    def month_labels(self) -> list[str]:
        return [m.label for m in self._months[: self._shown]]

    def row_at(self, index: Index) -> EntryRow | None:
        """The entry at ``index``, or None for a month row or an invalid index."""
        if not index.isValid() or index.internalId() == TOP:
            return None
        return self._months[index.internalId() - 1].rows[index.row()]

    def index_of(self, record_id: str) -> QModelIndex:
        """The index of an entry by id, or an invalid index if it is not shown."""
        where = self._where.get(record_id)
        if where is None or where[0] >= self._shown:
            return QModelIndex()
        return self.createIndex(where[1], 0, where[0] + 1)

    def day_text(self, row: EntryRow) -> str:
        """The entry's day as a list shows it under its month, e.g. "Sat 14"."""
        return self._locale.toString(to_qdate(row.day), "ddd d")

    def heading_matches(self, row: EntryRow) -> list[tuple[int, int]]:
        """Where the search words are in the entry's heading, as (start, length)."""
        return match_spans(row.heading, self._terms)

    def snippet(self, row: EntryRow) -> str:
        """A line of the body from just before the first search word in it ("" if none)."""
        if not self._terms or self._body_of is None:
            return ""
        if row.id not in self._snippets:
            self._snippets[row.id] = snippet(self._body_of(row.id), self._terms)
        return self._snippets[row.id]

    def first_entry(self) -> QModelIndex:
        return self.createIndex(0, 0, 1) if self._shown else QModelIndex()

    # QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex(), which would call back into Python
        # twice for every row the view lays out.
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < self._shown:
                return self.createIndex(row, 0, TOP)
        elif parent.internalId() == TOP and parent.column() == 0:
            month = parent.row()
            if month < self._shown and row < len(self._months[month].rows):
                return self.createIndex(row, 0, month + 1)
        return QModelIndex()

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return self._shown
        if parent.column() != 0 or parent.internalId() != TOP:
            return 0
        return len(self._months[parent.row()].rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return MONTH_FLAGS if index.internalId() == TOP else ENTRY_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._month_data(self._months[index.row()], role)
        row = self._months[index.internalId() - 1].rows[index.row()]
        return self._entry_data(row, role)

    def _month_data(self, month: Month, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return month.label
        if role == Role.IS_MONTH:
            return True
        return None

    def _entry_data(self, row: EntryRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.heading
        if role == Role.RECORD_ID:
            return row.id
        if role == Role.IS_MONTH:
            return False
        if role == Role.DAY:
            return self.day_text(row)
        if role == Role.TAGS:
            return row.tags
        if role == Role.PRIVATE:
            return row.private
        if role == Role.TERMS:
            return self._terms
        if role == Role.HEADING_MATCHES:
            return self.heading_matches(row)
        if role == Role.SNIPPET:
            return self.snippet(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.private:
            return self.tr("Private: left out of summaries unless you pick it")
        return None

    def _spoken(self, row: EntryRow) -> str:
        parts = [
            self._locale.toString(to_qdate(row.day), QLocale.FormatType.LongFormat),
            row.heading,
        ]
        if row.tags:
            parts.append(self.tr("tags: {tags}").format(tags=", ".join(row.tags)))
        if row.private:
            parts.append(self.tr("private"))
        return ", ".join(parts)
