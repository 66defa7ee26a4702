"""The sitter card: one printable page for the person who stays during a home session.

It says what the sitter does and does not do, has lines for the blood-pressure readings
the clinic asks for (before, about 40 minutes after, and before the sitter leaves: the
times on the Spravato REMS monitoring form, docs/sitter-card.md), when to call emergency
services and the clinic's number. It holds no journal text and no dosing instructions.
The HTML is built without Qt; QtGui is imported only to paint the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.reports.rich_html import escape
from journal_app.services.crisis import DEFAULT_REGION, CrisisInfo, Region, person_region

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

TITLE = "Sitter card"
LOCAL_EMERGENCY = "your local emergency number"
NOT_WRITTEN = "the sitter card couldn't be written"  # what did not happen, after "so"
FOOTER = (
    "Made with Afterglow. A reminder, not medical advice: the clinic's instructions come first."
)
INTRO = (
    "Thank you for staying today. This page is for you, the person keeping them company "
    "during a session at home. If the clinic told you something different, do what the "
    "clinic said."
)
DOES = (
    "Stay nearby for the whole session, where you can see or hear them.",
    "Keep things calm: quiet, soft light, no visitors, no need to talk.",
    "Check blood pressure at the times the clinic asked, and write each reading below.",
    "Help with water, trips to the bathroom and getting comfortable. "
    "Offer an arm when they stand: they may feel unsteady.",
)
DOES_NOT = (
    "Give them any medicine, even if they ask. Medicines are between them and their clinic.",
    "Drive them anywhere, or let them drive, today. If they need care, call for it.",
    "Leave them alone during the session, even for a few minutes.",
)
BP_TIMES = ("Before the session", "About 40 minutes in", "Before you leave, or at the end")
BP_COLUMNS = (("When", 31), ("Time", 15), ("Top number", 18), ("Bottom number", 18), ("Pulse", 18))
BP_HINT = (
    "The cuff shows two numbers, such as 128 / 82: write the top one and the bottom one. "
    "If a reading worries you, or the clinic gave you numbers to watch for and one is "
    "reached, call the clinic."
)
EMERGENCIES = (
    "have trouble breathing",
    "have chest pain",
    "faint, or can't be woken",
    "have a seizure",
    "are confused, and it is getting worse",
    "talk about harming themselves",
)
AFTER_EMERGENCY = "Stay with them until help comes, then let the clinic know."
NO_CLINIC_PHONE = "\u00a0" * 44  # a line to write the number on

STYLE = """
body { font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans',
  sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: 600; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 12.5pt; font-weight: 600; margin-top: 16px; margin-bottom: 5px; }
p { margin-top: 0; margin-bottom: 5px; line-height: 125%; }
p.intro { color: #333333; margin-bottom: 8px; }
p.item { margin-bottom: 4px; }
p.hint { color: #555555; font-size: 9pt; margin-top: 5px; }
p.call { font-size: 12pt; font-weight: 600; margin-bottom: 4px; }
td.contact { font-size: 11pt; background-color: #f3f3f3; }
td.urgent { background-color: #f7f7f7; }
h2.urgent { margin-top: 0; }
p.gap { font-size: 6pt; margin: 0; }
table.bp th { font-size: 9.5pt; font-weight: 600; text-align: left; background-color: #eeeeee; }
table.bp td { font-size: 10pt; }
"""


@dataclass(frozen=True, slots=True)
class SitterCard:
    """What one card says beyond its fixed words: the numbers to call."""

    emergency: str  # "911", "112 or 999", or LOCAL_EMERGENCY
    clinic_phone: str = ""


def emergency_number(region: Region) -> str:
    """The region's emergency number ("Call 999" -> "999"); LOCAL_EMERGENCY elsewhere."""
    if region.id == DEFAULT_REGION:
        return LOCAL_EMERGENCY
    for line in region.lines:
        if line.kind == "emergency":
            how = line.how.strip()
            return how.removeprefix("Call ").strip() if how.startswith("Call ") else how
    return LOCAL_EMERGENCY


def sitter_card_for(
    info: CrisisInfo, region_id: str | None, locale_name: str, clinic_phone: str = ""
) -> SitterCard:
    """The card for the person's region (chosen in Settings, else the locale's)."""
    region = info.region(person_region(region_id, locale_name, info))
    return SitterCard(emergency_number(region), " ".join(clinic_phone.split()))


def _items(texts: tuple[str, ...], mark: str) -> str:
    return "".join(f'<p class="item">{mark}&nbsp;&nbsp;{escape(t)}</p>' for t in texts)


def _contacts(card: SitterCard) -> str:
    clinic = escape(card.clinic_phone) if card.clinic_phone else f"<u>{NO_CLINIC_PHONE}</u>"
    return (
        '<table width="100%" cellspacing="0" cellpadding="7"><tr>'
        f'<td class="contact" width="50%">The clinic: <b>{clinic}</b></td>'
        f'<td class="contact" width="50%">Emergency services: <b>{escape(card.emergency)}</b>'
        "</td></tr></table>"
    )


def _roles() -> str:
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="55%" valign="top"><h2>What you do</h2>{_items(DOES, "&#10003;")}</td>'
        '<td width="4%"></td>'
        f'<td width="41%" valign="top"><h2>What you don\u2019t do</h2>'
        f"{_items(DOES_NOT, '&#10005;')}</td></tr></table>"
    )


def _blood_pressure() -> str:
    head = "".join(f'<th width="{w}%">{escape(t)}</th>' for t, w in BP_COLUMNS)
    blank = "<td>&nbsp;</td>" * (len(BP_COLUMNS) - 1)
    rows = "".join(f"<tr><td>{escape(when)}</td>{blank}</tr>" for when in (*BP_TIMES, ""))
    return (
        '<p class="gap">&nbsp;</p><table width="100%" cellspacing="0" cellpadding="0"><tr>'
        "<td><h2>Blood pressure</h2></td>"
        f'<td align="right" valign="bottom"><p>Date: <u>{NO_CLINIC_PHONE[:28]}</u></p></td>'
        "</tr></table>"
        '<table class="bp" width="100%" border="1" cellspacing="0" cellpadding="9" '
        'style="border-collapse: collapse; border-color: #9a9a9a; border-style: solid">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f'<p class="hint">{escape(BP_HINT)}</p><p>&nbsp;</p>'
    )


def _emergency(card: SitterCard) -> str:
    number = card.emergency
    call = "Call your local emergency number" if number == LOCAL_EMERGENCY else f"Call {number}"
    signs = "".join(f'<p class="item">\u2022&nbsp;&nbsp;{escape(s)}</p>' for s in EMERGENCIES)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="10" '
        'style="border-collapse: collapse; border-color: #707070; border-style: solid">'
        '<tr><td class="urgent"><h2 class="urgent">When to call emergency services</h2>'
        f'<p class="call">{escape(call)} straight away if they:</p>{signs}'
        f"<p>{escape(AFTER_EMERGENCY)} For anything else that worries you, call the clinic.</p>"
        "</td></tr></table>"
    )


def sitter_card_html(card: SitterCard) -> str:
    """The whole card as one HTML document for QTextDocument (no Qt here)."""
    return (
        f"<html><head><title>{TITLE}</title><style>{STYLE}</style></head><body>"
        f'<h1>{TITLE}</h1><p class="intro">{escape(INTRO)}</p>'
        f"{_contacts(card)}{_roles()}{_blood_pressure()}{_emergency(card)}</body></html>"
    )


def render_sitter_card(card: SitterCard, *, locale: QLocale | None = None) -> tuple[bytes, int]:
    """The card as the bytes of a PDF (Letter or A4 by ``locale``), and its page count."""
    from PySide6.QtCore import QBuffer, QIODevice, QLocale, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QFontMetricsF,
        QPainter,
        QPalette,
        QPdfWriter,
        QPen,
        QTextDocument,
    )

    from journal_app.reports.document import FAMILIES, INK, QUIET, RULE, page_layout_for_locale
    from journal_app.reports.pdf import RESOLUTION

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout_for_locale(locale or QLocale()))
    writer.setTitle(TITLE)
    writer.setCreator("Afterglow")
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10)
    small = QFont(font)
    small.setPointSizeF(8)
    page = QRectF(0, 0, writer.width(), writer.height())
    foot = 2.4 * QFontMetricsF(small, writer).height()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setHtml(sitter_card_html(card))
    doc.setPageSize(page.adjusted(0, 0, 0, -foot).size())
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the page could not be started")
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, INK)
        context.palette = palette
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            body = QRectF(
                0, number * doc.pageSize().height(), page.width(), doc.pageSize().height()
            )
            painter.translate(0, -body.top())
            painter.setClipRect(body)
            context.clip = body
            doc.documentLayout().draw(painter, context)
            painter.restore()
            strip = QRectF(page.left(), page.bottom() - foot / 2.4, page.width(), foot / 2.4)
            painter.setPen(QPen(RULE, max(1.0, writer.logicalDpiY() / 300)))
            y = strip.top() - strip.height() * 0.55
            painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
            painter.setPen(QUIET)
            painter.setFont(small)
            painter.drawText(
                strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, FOOTER
            )
    finally:
        painter.end()
    del writer  # finishes the document in the buffer
    buffer.close()
    return bytes(buffer.data().data()), pages


def write_sitter_card(path: Path | str, card: SitterCard, *, locale: QLocale | None = None) -> int:
    """Write the card to ``path`` (0600, whole or not at all); return its page count.

    Raises:
        StorageProblem: a full disk, a read-only or forbidden folder (says what to do).
    """
    from journal_app.services.outputs import write_private_file

    content, pages = render_sitter_card(card, locale=locale)
    write_private_file(Path(path), content, outcome=NOT_WRITTEN)
    return pages
