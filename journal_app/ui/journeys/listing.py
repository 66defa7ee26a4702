"""The journeys as a series on the left: number, date, setting, and what comes next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journal_app.domain.integration import schedule
from journal_app.domain.records import Record
from journal_app.services.guides import ChecklistItem
from journal_app.ui.journeys.describe import (
    next_step,
    route_label,
    setting_label,
    started,
    tr,
    when_text,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, GAP = 12, 8, 3


@dataclass(frozen=True)
class JourneyRow:
    """What one journey's row shows."""

    id: str
    title: str  # "Session 3 of 6"
    when: str  # "Sun 1 Feb 2026, 10:00 · past"
    details: str  # "IM · Clinic", or ""
    next: str  # "Prepare", "Integration: +3 days due"…

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.title, self.when, self.details, self.next) if line]


def journey_rows(
    records: list[Record], now: datetime, preparation: tuple[ChecklistItem, ...]
) -> list[JourneyRow]:
    """A row per journey, in the order they happen."""
    rows = []
    for number, record in enumerate(records, start=1):
        journey = record.data
        past = started(journey, now) or journey.when <= now
        when = f"{when_text(journey.when)} · {tr('past') if past else tr('planned')}"
        log = journey.session
        details = " · ".join(
            part
            for part in (
                route_label(log.route) if log.route else "",
                setting_label(log.setting) if log.setting else "",
            )
            if part
        )
        title = tr("Session {n} of {total}").format(n=number, total=len(records))
        upcoming = next_step(journey, schedule(journey, now), now, preparation).words
        rows.append(JourneyRow(record.id, title, when, details, upcoming))
    return rows


class JourneyDelegate(QStyledItemDelegate):
    """Paints a row: the session number strong, the date and details quiet, next in accent."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        strong = QFont(option.font)  # type: ignore[attr-defined]
        strong.setWeight(QFont.Weight.DemiBold)
        return strong, QFont(option.font)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        row: JourneyRow | None = index.data(ROW_ROLE)
        lines = len(row.lines) if row else 1
        height = QFontMetrics(self._fonts(option)[1]).height()
        return QSize(200, PAD_Y * 2 + lines * height + (lines - 1) * GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: JourneyRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        strong, plain = self._fonts(option)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)  # type: ignore[attr-defined]
        height = QFontMetrics(plain).height()
        painter.save()
        top = rect.top()
        for text, font, role in (
            (row.title, strong, QPalette.ColorRole.Text),
            (row.when, plain, QPalette.ColorRole.PlaceholderText),
            (row.details, plain, QPalette.ColorRole.PlaceholderText),
            (row.next, strong, QPalette.ColorRole.Link),
        ):
            if not text:
                continue
            painter.setFont(font)
            painter.setPen(palette.color(role))
            line = QRect(rect.left(), top, rect.width(), height)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
            )
            top += height + GAP
        painter.restore()


class JourneyList(QListWidget):
    """Says ``journey_chosen(id)`` when the person moves to another journey."""

    journey_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("My journeys"))
        self.setItemDelegate(JourneyDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self._syncing = False
        self.currentItemChanged.connect(self._on_current_item_changed)

    def set_rows(self, rows: list[JourneyRow], current: str | None) -> None:
        """Show ``rows`` with ``current`` selected, without saying ``journey_chosen``."""
        self._syncing = True
        try:
            self.clear()
            for row in rows:
                item = QListWidgetItem("\n".join(row.lines))
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setData(ROW_ROLE, row)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(row.lines))
                self.addItem(item)
            self.select(current)
        finally:
            self._syncing = False

    def select(self, record_id: str | None) -> None:
        """Move the selection to ``record_id`` quietly (None: no selection)."""
        syncing, self._syncing = self._syncing, True
        try:
            for number in range(self.count()):
                item = self.item(number)
                if item.data(Qt.ItemDataRole.UserRole) == record_id:
                    self.setCurrentItem(item)
                    self.scrollToItem(item)
                    return
            self.setCurrentItem(None)  # type: ignore[arg-type]
        finally:
            self._syncing = syncing

    def ids(self) -> list[str]:
        return [self.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.count())]

    def row_of(self, record_id: str) -> JourneyRow | None:
        for number in range(self.count()):
            item = self.item(number)
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                found: JourneyRow = item.data(ROW_ROLE)
                return found
        return None

    def _on_current_item_changed(self, current: QListWidgetItem | None, _: object) -> None:
        if current is not None and not self._syncing:
            self.journey_chosen.emit(str(current.data(Qt.ItemDataRole.UserRole)))
