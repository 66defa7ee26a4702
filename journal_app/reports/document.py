"""The summary as a QTextDocument, painted page by page onto a PDF writer or a printer.

The layout step (``layout.summary_html``) gives HTML; here it becomes a paginated
document. The mood chart's placeholder image is swapped for a text object that calls a
chart painter, so the chart goes onto the page as vectors; every page gets a running head
(after the first), the footer sentence, the date the summary was made and "Page x of y".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QMarginsF, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from journal_app.reports.data import SummaryData
from journal_app.reports.layout import CHART_CAPTION, CHART_SRC, FOOTER, summary_html, title_text
from journal_app.reports.paginate import keep_together
from journal_app.reports.words import long_date, range_text

ChartPainter = Callable[[QPainter, QRectF, tuple[date, date]], None]

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_ASPECT = 0.18  # height over width: room for a year of days without a tall page
NO_CHART = "The mood chart is not available here."
MARGINS_MM = QMarginsF(16, 15, 16, 13)
LETTER = {  # territories that print on US Letter (CLDR's paperSize data); A4 elsewhere
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Belize,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.CostaRica,
    QLocale.Country.ElSalvador,
    QLocale.Country.Guatemala,
    QLocale.Country.Nicaragua,
    QLocale.Country.Panama,
    QLocale.Country.PuertoRico,
    QLocale.Country.Venezuela,
}
INK = QColor("#1a1a1a")
QUIET = QColor("#555555")
RULE = QColor("#b8b8b8")
MARGIN_POINTS = 8.0  # text size of the head and foot
FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans")  # as layout.STYLE


def page_layout_for_locale(locale: QLocale) -> QPageLayout:
    """Letter for the US, Canada, Mexico, the Philippines and the other Letter lands; A4."""
    ids = QPageSize.PageSizeId
    size = ids.Letter if locale.territory() in LETTER else ids.A4
    return QPageLayout(
        QPageSize(size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


class ChartObject(QPyTextObject):
    """Draws the mood chart where the layout left its placeholder, as vectors."""

    def __init__(
        self, chart_painter: ChartPainter, span: tuple[date, date], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._paint = chart_painter
        self._span = span

    def intrinsicSize(  # noqa: N802 - Qt override
        self, doc: QTextDocument, pos_in_document: int, fmt: QTextFormat
    ) -> QSizeF:
        width = doc.textWidth() if doc.textWidth() > 0 else doc.pageSize().width()
        width -= 2 * doc.documentMargin() + 2  # a hair narrower, so it never wraps alone
        return QSizeF(width, width * CHART_ASPECT)

    def drawObject(  # noqa: N802 - Qt override
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos_in_document: int,
        fmt: QTextFormat,
    ) -> None:
        painter.save()
        try:
            self._paint(painter, QRectF(rect), self._span)
        finally:
            painter.restore()


def _chart_position(doc: QTextDocument) -> int | None:
    """Where the layout's placeholder image sits, if it is there."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_SRC:
                return fragment.position()
            it += 1
        block = block.next()
    return None


def _place_chart(doc: QTextDocument, data: SummaryData, chart_painter: ChartPainter | None) -> None:
    position = _chart_position(doc)
    if position is None:
        return
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    if chart_painter is None:
        cursor.insertText(NO_CHART)
        caption = cursor.block().next()
        if caption.text() == CHART_CAPTION:  # it would describe a chart that isn't there
            cursor.setPosition(caption.position() - 1)
            cursor.setPosition(
                caption.position() + caption.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        return
    span = (data.options.start, data.options.end)
    handler = ChartObject(chart_painter, span, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    cursor.insertText("\ufffc", fmt)


def summary_document(
    data: SummaryData,
    chart_painter: ChartPainter | None,
    device: QPaintDevice | None = None,
) -> QTextDocument:
    """The summary as a document, laid out for ``device`` (the screen when None).

    ``paint_summary`` paginates and prints it; a QTextEdit can show it as it is.
    """
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(10))
    doc.setHtml(summary_html(data))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title_text(data))
    _place_chart(doc, data, chart_painter)
    return doc


def _font(points: float) -> QFont:
    """The sans-serif the layout's style sheet asks for, in the first family installed."""
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font


def paint_summary(
    device: QPagedPaintDevice, data: SummaryData, chart_painter: ChartPainter | None
) -> int:
    """Paint the whole summary onto ``device`` (already set to its page layout).

    Returns the number of pages. The device must not have a painter yet.
    """
    font = _font(MARGIN_POINTS)
    line = QFontMetricsF(font, device).height()
    page = QRectF(0, 0, device.width(), device.height())
    head, foot = 2.2 * line, 2.4 * line
    body = page.adjusted(0, head, 0, -foot)

    doc = summary_document(data, chart_painter, device)
    doc.setPageSize(body.size())
    keep_together(doc)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page could not be started")
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, INK)  # not the window theme's colour
        context.palette = palette
        for number in range(pages):
            if number:  # the first page has the title instead of a running head
                device.newPage()
                _paint_head(painter, page, font, data)
            painter.save()
            try:
                slice_ = QRectF(0, number * body.height(), body.width(), body.height())
                painter.translate(body.left(), body.top() - slice_.top())
                painter.setClipRect(slice_)
                context.clip = slice_
                doc.documentLayout().draw(painter, context)
            finally:
                painter.restore()
            _paint_foot(painter, page, font, data, number + 1, pages)
    finally:
        painter.end()
    return pages


def _hairline(painter: QPainter) -> QPen:
    device = painter.device()
    return QPen(RULE, max(1.0, device.logicalDpiY() / 300 if device is not None else 1.0))


def _paint_head(painter: QPainter, page: QRectF, font: QFont, data: SummaryData) -> None:
    """The running head: the title and the range, over a hairline."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    strip = QRectF(page.left(), page.top(), page.width(), metrics.height())
    painter.setPen(QUIET)
    heading = f"{title_text(data)} · {range_text(data.options.start, data.options.end)}"
    painter.drawText(strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
    painter.setPen(_hairline(painter))
    y = strip.bottom() + metrics.height() * 0.45
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
    painter.restore()


def _paint_foot(
    painter: QPainter, page: QRectF, font: QFont, data: SummaryData, number: int, pages: int
) -> None:
    """The foot: a hairline, the footer sentence, the date it was made and "Page x of y"."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    strip = QRectF(page.left(), page.bottom() - metrics.height(), page.width(), metrics.height())
    painter.setPen(_hairline(painter))
    y = strip.top() - metrics.height() * 0.55
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
    painter.setPen(QUIET)
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(strip, Qt.AlignmentFlag.AlignLeft | middle, FOOTER)
    made = f"Made on {long_date(data.made_on)} · Page {number} of {pages}"
    painter.drawText(strip, Qt.AlignmentFlag.AlignRight | middle, made)
    painter.restore()
