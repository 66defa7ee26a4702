"""Paints a list row: day, heading with search words marked, tags or a snippet, privacy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journal_app.ui.journal.highlight import match_spans
from journal_app.ui.journal.model import EntryTreeModel
from journal_app.ui.journal.rows import EntryRow

Index = QModelIndex | QPersistentModelIndex
PAD_X = 10
PAD_Y = 6
GAP = 3


def paint_lock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Draw a small padlock filling ``rect``, so privacy does not rely on a font's glyph."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = rect.width()
    painter.setPen(QPen(colour, max(1.2, width / 7)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    body_top = rect.top() + rect.height() * 0.45
    shackle = QRectF(rect.left() + width * 0.22, rect.top(), width * 0.56, rect.height() * 0.6)
    painter.drawArc(shackle, 0, 180 * 16)
    middle = shackle.center().y()
    painter.drawLine(QPointF(shackle.left(), middle), QPointF(shackle.left(), body_top))
    painter.drawLine(QPointF(shackle.right(), middle), QPointF(shackle.right(), body_top))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(
        QRectF(rect.left(), body_top, width, rect.bottom() - body_top), 1.5, 1.5
    )
    painter.restore()


def visible_spans(text: str, shown: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that still fit, whole, in ``shown``: ``text`` perhaps elided with "…"."""
    room = len(shown) if shown == text else len(shown) - 1
    return [(start, length) for start, length in spans if start + length <= room]


def draw_marked(
    painter: QPainter,
    rect: QRect,
    text: str,
    font: QFont,
    spans: list[tuple[int, int]],
    mark: QTextCharFormat,
) -> None:
    """Draw one elided line of ``text`` with ``mark`` over each ``(start, length)`` span."""
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    spans = visible_spans(text, shown, spans)
    if not spans:
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), shown)
        return
    layout = QTextLayout(shown, font)
    ranges = []
    for start, length in spans:
        marked = QTextLayout.FormatRange()
        marked.start = start
        marked.length = length
        marked.format = mark
        ranges.append(marked)
    layout.setFormats(ranges)
    layout.beginLayout()
    layout.createLine().setLineWidth(rect.width())
    layout.endLayout()
    layout.draw(painter, QPointF(rect.left(), rect.top()))


class EntryDelegate(QStyledItemDelegate):
    """Two lines per row, so a whole year of entries stays easy to scan.

    It reads rows straight from :class:`EntryTreeModel` rather than role by role: a
    repaint then makes no round trips through Qt for data it would only ignore.
    """

    def __init__(self, model: EntryTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        spacing = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * spacing + 2 * PAD_Y + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = self._model.row_at(index)
        painter.save()
        painter.setClipRect(option.rect)
        if row is None:
            self._paint_month(painter, option, index)
        else:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            panel = QStyle.PrimitiveElement.PE_PanelItemViewItem
            style.drawPrimitive(panel, option, painter, widget)
            self._paint_entry(painter, option, row)
        painter.restore()

    def _paint_month(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        area = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(area, int(align), self._model.month_label(index))

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem, row: EntryRow) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        font = option.font
        metrics = QFontMetrics(font)
        area = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        line_height = metrics.lineSpacing()
        day_width = metrics.horizontalAdvance("Wed 28") + PAD_X

        painter.setFont(font)
        painter.setPen(muted)
        day = QRect(area.left(), area.top(), day_width, line_height)
        painter.drawText(day, int(Qt.AlignmentFlag.AlignLeft), self._model.day_text(row))

        heading_right = area.right()
        if row.private:
            label = self.tr("Private")
            label_width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRect(area.right() - label_width, area.top(), label_width, line_height),
                int(Qt.AlignmentFlag.AlignRight),
                label,
            )
            size = metrics.ascent() * 0.8
            lock = QRectF(area.right() - label_width - size - 5, area.top() + 2, size * 0.85, size)
            paint_lock(painter, lock, muted)
            heading_right = int(lock.left()) - PAD_X

        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        if selected:
            mark.setFontUnderline(True)
        else:
            mark.setBackground(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(text)
        heading = row.heading or self.tr("(untitled)")
        left = area.left() + day_width
        first = QRect(left, area.top(), heading_right - left, line_height)
        matches = self._model.heading_matches(row)
        draw_marked(painter, first, heading, font, matches, mark)

        # Say why an entry matched: by a word in its heading, or else by a line of its body.
        shown = metrics.elidedText(heading, Qt.TextElideMode.ElideRight, first.width())
        second = QRect(left, area.top() + line_height + GAP, area.right() - left, line_height)
        excerpt = "" if visible_spans(heading, shown, matches) else self._model.snippet(row)
        painter.setPen(muted)
        if excerpt:
            spans = match_spans(excerpt, self._model.terms)
            draw_marked(painter, second, excerpt, font, spans, mark)
        elif row.tags:
            draw_marked(painter, second, "  ".join(f"#{t}" for t in row.tags), font, [], mark)
