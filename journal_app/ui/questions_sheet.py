"""The printed page of questions for my prescriber: a title, the date, the open questions."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale
from PySide6.QtGui import QFont, QPagedPaintDevice, QPdfWriter, QTextDocument

from journal_app.domain.questions import QuestionItem, day_words
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.ui.printing import PdfOffer

PDF_RESOLUTION = 300
TITLE = QT_TRANSLATE_NOOP("QuestionsSheet", "Questions for my prescriber")
SHEET_STYLE = """
body { font-size: 11pt; color: #1a1a1a; }
h1 { font-size: 18pt; font-weight: 600; margin-bottom: 2px; }
p.date { color: #555555; margin-bottom: 14px; }
li { margin-bottom: 10px; line-height: 130%; }
p.none { color: #555555; }
"""


def sheet_html(items: tuple[QuestionItem, ...], today: date) -> str:
    """The printed page: the title, the date, and the questions not yet ticked."""
    waiting = [item.text for item in items if not item.done]
    lines = "".join(f"<li>{html.escape(text)}</li>" for text in waiting)
    none = QCoreApplication.translate("QuestionsSheet", "No questions yet.")
    body = f"<ol>{lines}</ol>" if waiting else f"<p class='none'>{html.escape(none)}</p>"
    title = QCoreApplication.translate("QuestionsSheet", TITLE)  # i18n: marked
    return (
        f"<html><head><style>{SHEET_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"<p class='date'>{html.escape(day_words(today))}</p>{body}</body></html>"
    )


def paint(device: QPagedPaintDevice, page_html: str) -> None:
    document = QTextDocument()
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setHtml(page_html)
    document.print_(device)


def sheet_pdf(page_html: str) -> bytes:
    """The page as the bytes of a PDF, made in memory."""
    from journal_app.reports.document import page_layout_for_locale

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout_for_locale(QLocale()))
    writer.setTitle(QCoreApplication.translate("QuestionsSheet", TITLE))  # i18n: marked
    writer.setCreator("Afterglow")
    paint(writer, page_html)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(buffer.data().data())


def pdf_offer() -> PdfOffer:
    """What to say before the list would become a file instead of paper."""
    return PdfOffer(
        no_printer=QCoreApplication.translate(
            "QuestionsSheet", "No printer is set up on this computer. You can save a PDF instead."
        ),
        to_file=QCoreApplication.translate(
            "QuestionsSheet",
            "The printer you chose saves a PDF file rather than printing on paper.",
        ),
        details=QCoreApplication.translate(
            "QuestionsSheet",
            "A PDF isn't encrypted: anyone who opens it can read your questions. "
            "Keep it somewhere private.",
        ),
    )
