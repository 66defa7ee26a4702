"""The year calendar's table: cells painted by mood, sessions dotted, arrows walking dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from journal_app.ui.mood.year_data import LONGEST_MONTH, MONTHS
from journal_app.ui.mood.year_model import (
    DATE_ROLE,
    MOOD_ROLE,
    OPENED_ROLE,
    SESSION_ROLE,
    Index,
    YearModel,
)
from journal_app.ui.mood.year_paint import GAP, paint_day, paint_ring
from journal_app.ui.theme import ThemeManager

MIN_COLUMN = 14  # narrowest day column; 31 of them fit the smallest window with room
FOCUS_WIDTH = 2.5
SELECTED_WIDTH = 1.5
LABEL_GAP = 4  # pixels between two day numbers at the least
LABEL_ROOM = 60  # a day number is centred on its column in this much width
MAX_ROW_GROWTH = 1.4  # wide windows get taller rows, up to this much more than the text
Cursor = QAbstractItemView.CursorAction


class YearDelegate(QStyledItemDelegate):
    """Paints a day: filled and outlined by mood, a small dot when empty, a session mark."""

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(DATE_ROLE) is None:
            return
        colours = self._theme.colours()  # read now: the theme may have changed since
        rect = QRectF(option.rect).adjusted(GAP, GAP, -GAP, -GAP)
        side = min(rect.width(), rect.height())
        square = QRectF(0, 0, side, side)
        square.moveCenter(rect.center())
        mood = index.data(MOOD_ROLE)
        painter.save()
        paint_day(painter, square, colours, mood, index.data(SESSION_ROLE) or "")
        state = option.state
        if state & QStyle.StateFlag.State_HasFocus:
            paint_ring(painter, square, QColor(colours["accent"]), FOCUS_WIDTH)
        elif index.data(OPENED_ROLE):
            paint_ring(painter, square, QColor(colours["text"]), SELECTED_WIDTH)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(MIN_COLUMN, MIN_COLUMN)


class DayNumbers(QHeaderView):
    """The days of the month across the top; every fifth only when the columns are narrow.

    The numbers are drawn over the sections, not in them, so "25" may be wider than its
    column without being cut ("Day 25" stays the section's accessible name).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def step(self) -> int:
        """Label every day (1), every fifth (5) or every tenth (10), as room allows."""
        need = self.fontMetrics().horizontalAdvance("31") + LABEL_GAP
        have = self.sectionSize(0)
        return next((n for n in (1, 5, 10) if n * have >= need), 10)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        step = self.step()
        for column in range(self.count()):
            day = column + 1
            if step > 1 and day != 1 and day % step:
                continue
            middle = self.sectionViewportPosition(column) + self.sectionSize(column) // 2
            room = QRect(middle - LABEL_ROOM // 2, 0, LABEL_ROOM, self.height())
            painter.drawText(room, Qt.AlignmentFlag.AlignCenter, str(day))
        painter.end()


class YearView(QTableView):
    """Twelve rows of days that fit the width they are given, without scrolling."""

    def __init__(
        self, model: YearModel, theme: ThemeManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("yearCalendar")
        self.setModel(model)
        self.setItemDelegate(YearDelegate(theme, self))
        # No selection highlight: the focus ring shows the cursor, a ring the opened day.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the calendar; arrows walk the days
        self.setMouseTracking(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The app's sheet pads header sections; 31 narrow columns need their numbers whole.
        self.setStyleSheet("QHeaderView::section { padding: 1px 4px; }")
        days = DayNumbers(self)
        self.setHorizontalHeader(days)
        days.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        days.setMinimumSectionSize(MIN_COLUMN)
        days.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        days.setHighlightSections(False)
        days.setSectionsClickable(False)
        months = self.verticalHeader()
        months.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        months.setHighlightSections(False)
        months.setSectionsClickable(False)
        self._fit_fonts()

    def year_model(self) -> YearModel:
        model = self.model()
        assert isinstance(model, YearModel)
        return model

    def current_day(self) -> date | None:
        day = self.currentIndex().data(DATE_ROLE)
        return day if isinstance(day, date) else None

    def set_current_day(self, day: date) -> None:
        index = self.year_model().index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_fonts(self) -> None:
        """Numbers a little smaller than the text; rows at least as tall as the text."""
        small = self.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        self.horizontalHeader().setFont(small)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as tall as the text needs, and closer to square cells on a wide window."""
        text = max(QFontMetrics(self.font()).height() + 6, MIN_COLUMN + 4)
        column = self.viewport().width() // LONGEST_MONTH
        row = min(max(text, column - 4), round(text * MAX_ROW_GROWTH))
        if row != self.verticalHeader().defaultSectionSize():
            self.verticalHeader().setDefaultSectionSize(row)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumSizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        frame = 2 * self.frameWidth()
        months = self.verticalHeader().sizeHint().width()
        return QSize(months + LONGEST_MONTH * MIN_COLUMN + frame, self._height())

    def _height(self) -> int:
        rows = MONTHS * self.verticalHeader().defaultSectionSize()
        return self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()

    def moveCursor(  # noqa: N802
        self, cursor_action: Cursor, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Arrows walk the calendar by date: across month ends, never onto a missing day."""
        day = self.current_day()
        model = self.year_model()
        if day is None:
            return model.index_of(date(model.year, 1, 1))
        target = _moved(day, cursor_action, modifiers, self.isRightToLeft())
        if target is None or target.year != model.year:
            return self.currentIndex()
        return model.index_of(target)

    def indexAt(self, point: QPoint) -> QModelIndex:  # noqa: N802
        index = super().indexAt(point)
        return index if index.data(DATE_ROLE) is not None else QModelIndex()


def _moved(
    day: date, action: Cursor, modifiers: Qt.KeyboardModifier, right_to_left: bool
) -> date | None:
    """Where ``action`` takes the cursor from ``day`` (None: nowhere, it stays)."""
    forward = -1 if right_to_left else 1
    whole_year = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    if action == Cursor.MoveRight:
        return day + timedelta(days=forward)
    if action == Cursor.MoveLeft:
        return day - timedelta(days=forward)
    if action in (Cursor.MoveDown, Cursor.MoveUp, Cursor.MovePageDown, Cursor.MovePageUp):
        month = {
            Cursor.MoveDown: day.month + 1,
            Cursor.MoveUp: day.month - 1,
            Cursor.MovePageDown: 12,
            Cursor.MovePageUp: 1,
        }[action]
        if not 1 <= month <= 12:
            return None
        return date(day.year, month, min(day.day, calendar.monthrange(day.year, month)[1]))
    if action == Cursor.MoveHome:
        return date(day.year, 1, 1) if whole_year else day.replace(day=1)
    if action == Cursor.MoveEnd:
        if whole_year:
            return date(day.year, 12, 31)
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if action in (Cursor.MoveNext, Cursor.MovePrevious):
        return None  # Tab leaves the calendar
    return None
