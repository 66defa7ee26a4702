"""Page breaks: headings stay with what follows, no lone lines, table rows are never split."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFrame, QTextTable

from journal_app.reports.paginate import keep_together

PAGE = QSizeF(420, 300)  # small pages, so a little text crosses them


@pytest.fixture(autouse=True)
def gui(qapp):
    """Fonts need a running application."""


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(PAGE)
    return doc


def lines(doc: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    top = rect.top() - layout.boundingRect().top()
    return [
        (top + layout.lineAt(i).y(), top + layout.lineAt(i).y() + layout.lineAt(i).height())
        for i in range(layout.lineCount())
    ]


def page(y: float) -> int:
    return int(y // PAGE.height())


def tables(doc: QTextDocument) -> list[QTextTable]:
    frames: list[QTextFrame] = doc.rootFrame().childFrames()
    return [f for f in frames if isinstance(f, QTextTable)]


def split_rows(doc: QTextDocument) -> list[str]:
    """The first cell's text of every body row whose lines fall on two pages."""
    found = []
    for table in tables(doc):
        for row in range(table.format().headerRowCount(), table.rows()):
            spans = []
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                block = cell.firstCursorPosition().block()
                spans += lines(doc, block)
            if page(min(t for t, _ in spans)) != page(max(b for _, b in spans) - 1):
                found.append(table.cellAt(row, 0).firstCursorPosition().block().text())
    return found


def table_html(rows: int) -> str:
    body = "".join(
        f"<tr><td>row {n}</td><td>first line<br />second line<br />third line</td></tr>"
        for n in range(rows)
    )
    return (
        "<h2>Results</h2><table width='100%' cellpadding='3'>"
        f"<thead><tr><th>Name</th><th>Lines</th></tr></thead><tbody>{body}</tbody></table>"
        "<p>After the table.</p>"
    )


def test_table_rows_are_never_split_and_the_header_comes_again():
    doc = document("<p>Before.</p>" + table_html(30))
    assert split_rows(doc), "the test needs a row that Qt would split"
    keep_together(doc)
    assert split_rows(doc) == []
    found = tables(doc)
    assert len(found) > 1  # continued on later pages
    for table in found:
        assert table.format().headerRowCount() == 1
        assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Name"
    names = [
        t.cellAt(r, 0).firstCursorPosition().block().text()
        for t in found
        for r in range(1, t.rows())
    ]
    assert names == [f"row {n}" for n in range(30)]  # every row once, in order
    for later in found[1:]:  # each continuation starts a page
        top = doc.documentLayout().frameBoundingRect(later).top()
        assert top % PAGE.height() < 1 or page(top) > 0


def heading_and_text(filler_lines: int) -> str:
    filler = "".join(f"<p>Filler line {n}.</p>" for n in range(filler_lines))
    return filler + "<h2>A heading</h2><p>" + "The words after the heading. " * 12 + "</p>"


def test_a_heading_is_never_left_at_the_foot_of_a_page():
    stranded = 0
    for filler in range(5, 30):
        doc = document(heading_and_text(filler))
        heading = doc.findBlockByNumber(filler)
        assert heading.text() == "A heading"
        before = page(lines(doc, heading)[0][0]) != page(lines(doc, heading.next())[1][1] - 1)
        stranded += before
        keep_together(doc)
        heading_page = page(lines(doc, heading)[0][0])
        assert heading_page == page(lines(doc, heading.next())[1][1] - 1), filler
    assert stranded, "the test needs a case where Qt leaves the heading behind"


def test_no_paragraph_leaves_a_single_line_alone():
    lonely = 0
    for filler in range(5, 30):
        doc = document(
            "".join(f"<p>Filler line {n}.</p>" for n in range(filler))
            + "<p>"
            + "A long paragraph that runs over several lines of the page. " * 8
            + "</p>"
        )
        block = doc.findBlockByNumber(filler)
        pages = [page(bottom - 1) for _, bottom in lines(doc, block)]
        lonely += min(pages.count(p) for p in set(pages)) == 1 and len(set(pages)) > 1
        keep_together(doc)
        pages = [page(bottom - 1) for _, bottom in lines(doc, block)]
        assert len(set(pages)) == 1 or min(pages.count(p) for p in set(pages)) >= 2, filler
    assert lonely, "the test needs a case where Qt leaves a line alone"
