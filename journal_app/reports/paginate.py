"""Page breaks a careful typesetter would make, which QTextDocument does not by itself.

Qt moves single lines to the next page, even lines of a table row, and knows nothing of
headings that belong to what follows. After the document is laid out for its page
size, ``keep_together`` walks it from the top and, where needed:

- moves a heading to the next page when what follows it (text, a table's first row,
  the chart) would start there;
- moves a paragraph whose break would leave one line alone on either side (and the
  heading above it);
- splits a table before a row that would break across pages: the rest of the rows go
  into a copy of the table that starts on the next page, with the header row again.

Each change is followed by a fresh layout of the whole document: Qt's incremental
relayout of a paginated document leaves stale positions behind.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

MIN_LINES = 2  # lines of a paragraph that must stay together at either side of a break
MAX_CHANGES = 500  # a safety net: every change moves content strictly down the pages
BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore

Span = tuple[float, float]  # top and bottom, in document coordinates


def _lines(doc: QTextDocument, block: QTextBlock) -> list[Span]:
    """Each line of ``block`` (laying the document out as far as it)."""
    # The layout's own position is relative to its frame (a table cell, say); the
    # document layout's bounding rectangle adds the frames' offsets.
    layout = block.layout()
    top = doc.documentLayout().blockBoundingRect(block).top() - layout.boundingRect().top()
    return [
        (top + line.y(), top + line.y() + line.height())
        for line in (layout.lineAt(i) for i in range(layout.lineCount()))
    ]


def _cell_lines(doc: QTextDocument, cell: QTextTableCell) -> list[Span]:
    lines: list[Span] = []
    block = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().block().blockNumber()
    while block.isValid() and block.blockNumber() <= last:
        lines += _lines(doc, block)
        block = block.next()
    return lines


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> Span | None:
    lines = [
        line for c in range(table.columns()) for line in _cell_lines(doc, table.cellAt(row, c))
    ]
    if not lines:
        return None
    return min(top for top, _ in lines), max(bottom for _, bottom in lines)


class _Pages:
    def __init__(self, height: float) -> None:
        self.height = height

    def of(self, y: float) -> int:
        return int(y // self.height)

    def crosses(self, span: Span) -> bool:
        return self.of(span[0]) != self.of(span[1] - 1)

    def at_top(self, y: float) -> bool:
        return y - self.of(y) * self.height < 1

    def small(self, span: Span) -> bool:
        """Short enough to move whole: less than half a page."""
        return span[1] - span[0] < self.height / 2


def _table(block: QTextBlock) -> QTextTable | None:
    return QTextCursor(block).currentTable()


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and _table(block) is None and block.blockFormat().headingLevel() > 0


def _first_content(block: QTextBlock) -> QTextBlock:
    """What a heading must stay with: the next block, or a table's first body row."""
    following = block.next()
    table = _table(following) if following.isValid() else None
    if table is not None:
        row = min(table.format().headerRowCount(), table.rows() - 1)
        return table.cellAt(row, 0).firstCursorPosition().block()
    return following


def _break_before(block: QTextBlock) -> None:
    """A page break before ``block``, or before the heading just above it."""
    above = block.previous()
    target = above if _is_heading(above) else block
    fmt = target.blockFormat()
    fmt.setPageBreakPolicy(BREAK)
    QTextCursor(target).setBlockFormat(fmt)


def _block_needs_break(doc: QTextDocument, block: QTextBlock, pages: _Pages) -> bool:
    lines = _lines(doc, block)
    if not lines or pages.at_top(lines[0][0]) or not pages.small((lines[0][0], lines[-1][1])):
        return False
    page = pages.of(lines[0][0])
    if block.blockFormat().headingLevel() > 0:
        after = _first_content(block)
        kept = _lines(doc, after)[:MIN_LINES] if after.isValid() else []
        return bool(kept) and pages.of(kept[-1][1] - 1) != page
    first = sum(1 for _, bottom in lines if pages.of(bottom - 1) == page)
    return first < len(lines) and (first < MIN_LINES or len(lines) - first < MIN_LINES)


def _split_row(doc: QTextDocument, table: QTextTable, pages: _Pages) -> int | None:
    """The first body row that would break across pages, if any."""
    for row in range(table.format().headerRowCount(), table.rows()):
        span = _row_span(doc, table, row)
        if span is not None and pages.crosses(span) and pages.small(span):
            return row
    return None


def _move_rows(doc: QTextDocument, table: QTextTable, row: int) -> None:
    """Rows ``row`` onwards into a copy of ``table`` (header included) on the next page."""
    fmt = table.format()
    header = fmt.headerRowCount()
    fmt.setPageBreakPolicy(BREAK)
    if row <= header:  # the first row: move the whole table, with its heading
        above = doc.findBlock(table.firstPosition() - 1)
        if _is_heading(above):
            heading = above.blockFormat()
            heading.setPageBreakPolicy(BREAK)
            QTextCursor(above).setBlockFormat(heading)
        else:
            table.setFormat(fmt)
        return
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)
    cursor.beginEditBlock()  # one relayout for the lot, not one per cell
    try:
        rows = [*range(header), *range(row, table.rows())]
        copy = cursor.insertTable(len(rows), table.columns(), fmt)
        for new_row, old_row in enumerate(rows):
            for column in range(table.columns()):
                source, target = table.cellAt(old_row, column), copy.cellAt(new_row, column)
                target.setFormat(source.format())
                selection = QTextCursor(doc)
                selection.setPosition(source.firstPosition())
                selection.setPosition(source.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
                target.firstCursorPosition().insertFragment(selection.selection())
        table.removeRows(row, table.rows() - row)
    finally:
        cursor.endEditBlock()


def _relayout(doc: QTextDocument) -> None:
    doc.setPageSize(doc.pageSize())  # a full layout, done lazily as it is asked for


def keep_together(doc: QTextDocument) -> int:
    """Break pages where headings, single lines or table rows would be split; count them.

    ``doc`` must already have its page size.
    """
    pages = _Pages(doc.pageSize().height())
    changes = 0
    block = doc.begin()
    while block.isValid() and changes < MAX_CHANGES:
        table = _table(block)
        if table is not None:
            row = _split_row(doc, table, pages)
            if row is None:
                block = doc.findBlock(table.lastPosition() + 1)
            else:  # look at the same table again, now that it moved or shrank
                _move_rows(doc, table, row)
                _relayout(doc)
                changes += 1
            continue
        if _block_needs_break(doc, block, pages):
            _break_before(block)
            _relayout(doc)
            changes += 1
        block = block.next()
    return changes
