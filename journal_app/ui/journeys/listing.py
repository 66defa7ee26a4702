"""The journeys on the left, grouped by course: the course, then its sessions in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
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

from journal_app.domain.course import SINGLE
from journal_app.domain.integration import DUE, OVERDUE, StepState
from journal_app.services.courses import CourseView
from journal_app.services.guides import ChecklistItem
from journal_app.ui.journeys.describe import (
    date_span,
    kind_label,
    next_step,
    route_label,
    setting_label,
    started,
    step_label,
    when_text,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COURSE_ROLE = Qt.ItemDataRole.UserRole + 2  # a course header's course id
Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, GAP = 12, 8, 3
HEADER_TOP = 10  # extra room above a course header, to set the courses apart


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


@dataclass(frozen=True)
class CourseRow:
    """A course's header: its kind and length, its dates, and a course step that is open."""

    id: str
    title: str  # "Induction · 3 of 6"
    when: str  # "1 Feb – 12 Mar 2026"
    next: str  # "Course: Week 2 due", or ""

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.title, self.when, self.next) if line]


def course_title(view: CourseView, now: datetime) -> str:
    """ "Induction · 3 of 6" (sessions so far of the planned), "Maintenance · 4 sessions"."""
    kind = kind_label(view.kind)
    if view.kind == SINGLE and len(view.journeys) <= 1:
        return kind
    so_far = sum(1 for r in view.journeys if started(r.data, now))
    if view.planned:
        length = QCoreApplication.translate("Journeys", "{n} of {planned}").format(
            n=so_far, planned=view.planned
        )
    elif len(view.journeys) == 1:
        length = QCoreApplication.translate("Journeys", "1 session")
    else:
        length = QCoreApplication.translate("Journeys", "{n} sessions").format(n=len(view.journeys))
    return f"{kind} · {length}"


def course_next(states: list[StepState]) -> str:
    """The course's own step wanting attention, in a few words ("" when none)."""
    open_ones = [s for s in states if s.journey_id is None and s.status in (DUE, OVERDUE)]
    if not open_ones:
        return ""
    newest = open_ones[-1]
    words = (
        QCoreApplication.translate("Journeys", "Course: {step} due")
        if newest.status == DUE
        else QCoreApplication.translate("Journeys", "Course: {step} is open")
    )
    return words.format(step=step_label(newest.step))


def journey_row(
    record_id: str,
    view: CourseView,
    states: list[StepState],
    now: datetime,
    preparation: tuple[ChecklistItem, ...],
) -> JourneyRow:
    record = next(r for r in view.journeys if r.id == record_id)
    journey = record.data
    past = started(journey, now) or journey.when <= now
    tense = (
        QCoreApplication.translate("Journeys", "past")
        if past
        else QCoreApplication.translate("Journeys", "planned")
    )
    when = f"{when_text(journey.when)} · {tense}"
    log = journey.session
    details = " · ".join(
        part
        for part in (
            route_label(log.route) if log.route else "",
            setting_label(log.setting) if log.setting else "",
        )
        if part
    )
    number, total = view.number(record.id)
    title = QCoreApplication.translate("Journeys", "Session {n} of {total}").format(
        n=number, total=total
    )
    own = [s for s in states if s.journey_id == record.id]
    upcoming = next_step(journey, own, now, preparation).words
    return JourneyRow(record.id, title, when, details, upcoming)


def course_rows(
    courses: list[tuple[CourseView, list[StepState]]],
    now: datetime,
    preparation: tuple[ChecklistItem, ...],
) -> list[CourseRow | JourneyRow]:
    """A header per course (oldest first), each followed by its journeys in order.

    ``courses`` pairs each course with its steps at ``now``.
    """
    rows: list[CourseRow | JourneyRow] = []
    for view, states in courses:
        span = date_span(view.first, view.last)
        rows.append(CourseRow(view.id, course_title(view, now), span, course_next(states)))
        rows += [journey_row(r.id, view, states, now, preparation) for r in view.journeys]
    return rows


class JourneyDelegate(QStyledItemDelegate):
    """Paints a row: the session number strong, the date and details quiet, next in accent.

    A course header is set apart by a line above it and has no selection background.
    """

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        strong = QFont(option.font)
        strong.setWeight(QFont.Weight.DemiBold)
        return strong, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        row: JourneyRow | CourseRow | None = index.data(ROW_ROLE)
        lines = len(row.lines) if row else 1
        height = QFontMetrics(self._fonts(option)[1]).height()
        extra = HEADER_TOP if isinstance(row, CourseRow) and index.row() > 0 else 0
        return QSize(200, PAD_Y * 2 + lines * height + (lines - 1) * GAP + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: JourneyRow | CourseRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        palette: QPalette = option.palette
        rect: QRect = option.rect
        painter.save()
        if isinstance(row, CourseRow):
            if index.row() > 0:
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                top = rect.top() + HEADER_TOP // 2
                painter.drawLine(rect.left() + PAD_X, top, rect.right() - PAD_X, top)
                rect = rect.adjusted(0, HEADER_TOP, 0, 0)
            texts = [
                (row.title, QPalette.ColorRole.Text, True),
                (row.when, QPalette.ColorRole.PlaceholderText, False),
                (row.next, QPalette.ColorRole.Link, True),
            ]
            indent = 0
        else:
            style = widget.style() if widget is not None else QApplication.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
            texts = [
                (row.title, QPalette.ColorRole.Text, True),
                (row.when, QPalette.ColorRole.PlaceholderText, False),
                (row.details, QPalette.ColorRole.PlaceholderText, False),
                (row.next, QPalette.ColorRole.Link, True),
            ]
            indent = PAD_X  # sessions sit a little in from their course
        self._draw_lines(
            painter, option, rect.adjusted(PAD_X + indent, PAD_Y, -PAD_X, -PAD_Y), texts
        )
        painter.restore()

    def _draw_lines(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        texts: list[tuple[str, QPalette.ColorRole, bool]],
    ) -> None:
        strong, plain = self._fonts(option)
        palette: QPalette = option.palette
        height = QFontMetrics(plain).height()
        top = rect.top()
        for text, role, bold in texts:
            if not text:
                continue
            font = strong if bold else plain
            painter.setFont(font)
            painter.setPen(palette.color(role))
            line = QRect(rect.left(), top, rect.width(), height)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
            )
            top += height + GAP


class JourneyList(QListWidget):
    """Says ``journey_chosen(id)`` when the person moves to another journey.

    Course headers sit among the journeys; they can't be selected (the keyboard passes
    over them) and say ``course_menu_requested(course id, journey id or "")`` on a
    right-click, as journeys do.
    """

    journey_chosen = Signal(str)
    course_menu_requested = Signal(str, str)  # course id, journey id ("" on a header)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("My journeys, by course"))
        self.setItemDelegate(JourneyDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._syncing = False
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.customContextMenuRequested.connect(self._on_custom_context_menu_requested)

    def set_rows(self, rows: list[CourseRow | JourneyRow], current: str | None) -> None:
        """Show ``rows`` with ``current`` selected, without saying ``journey_chosen``."""
        self._syncing = True
        try:
            self.clear()
            course = ""
            for row in rows:
                item = QListWidgetItem("\n".join(row.lines))
                item.setData(ROW_ROLE, row)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(row.lines))
                if isinstance(row, CourseRow):
                    course = row.id
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setData(Qt.ItemDataRole.UserRole, None)
                else:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setData(COURSE_ROLE, course)
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
                if record_id is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
                    self.setCurrentItem(item)
                    self.scrollToItem(item)
                    return
            self.setCurrentRow(-1)  # no item current (what setCurrentItem(None) does)
        finally:
            self._syncing = syncing

    def ids(self) -> list[str]:
        """The journeys' ids in the order shown (course headers left out)."""
        found = (self.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.count()))
        return [record_id for record_id in found if record_id]

    def rows(self) -> list[CourseRow | JourneyRow]:
        return [self.item(n).data(ROW_ROLE) for n in range(self.count())]

    def row_of(self, record_id: str) -> JourneyRow | None:
        for number in range(self.count()):
            item = self.item(number)
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                found: JourneyRow = item.data(ROW_ROLE)
                return found
        return None

    def course_of(self, record_id: str) -> CourseRow | None:
        """The header of the course ``record_id`` (a journey or a course) is shown under."""
        header: CourseRow | None = None
        for row in self.rows():
            if isinstance(row, CourseRow):
                header = row
                if row.id == record_id:
                    return row
            elif row.id == record_id:
                return header
        return None

    def _on_current_item_changed(self, current: QListWidgetItem | None, _: object) -> None:
        if current is None or self._syncing:
            return
        record_id = current.data(Qt.ItemDataRole.UserRole)
        if record_id:
            self.journey_chosen.emit(str(record_id))

    def _on_custom_context_menu_requested(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is not None:
            course = str(item.data(COURSE_ROLE) or "")
            self.course_menu_requested.emit(course, str(item.data(Qt.ItemDataRole.UserRole) or ""))
