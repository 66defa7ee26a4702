"""Markdown blocks as HTML for QTextDocument: only our own tags, every character escaped.

Quotes and list items indent with no-break spaces, not Qt's list machinery (its bullets
are drawn, not text, and copy badly) nor ``margin-left`` (Qt reads its pixels as the
device's: a hair's width on a 1200-dpi page).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape as _escape

from journal_app.reports.markdown import Block, Span

INDENT = "&nbsp;" * 3  # one step of indent for quotes and list items


def escape(text: str) -> str:
    """Text made safe to put between tags (user text never goes into attributes)."""
    return _escape(text, quote=False)


def span_html(span: Span) -> str:
    html = "<br />".join(escape(line) for line in span.text.split("\n"))
    if span.struck:
        html = f"<s>{html}</s>"
    if span.italic:
        html = f"<i>{html}</i>"
    if span.bold:
        html = f"<b>{html}</b>"
    return html


def inline_html(block: Block) -> str:
    """One block's text, with its list marker, without the paragraph around it."""
    text = "".join(map(span_html, block.spans))
    if block.kind == "quote":
        text = f"<i>{text}</i>"
    return f"{escape(block.marker)}&nbsp;{text}" if block.marker else text


def _indent(block: Block) -> str:
    return INDENT * (block.depth + 1) if block.kind in ("item", "quote") else ""


def blocks_html(blocks: Iterable[Block], css: str = "", lead: str = "") -> str:
    """Blocks as paragraphs; ``lead`` (ready HTML) runs into the first one."""
    klass = f' class="{css}"' if css else ""
    html = []
    for n, block in enumerate(blocks):
        text = inline_html(block)
        text = f"{lead}&nbsp;&nbsp; {text}" if n == 0 and lead else _indent(block) + text
        html.append(f"<p{klass}>{text}</p>")
    if not html and lead:
        html.append(f"<p{klass}>{lead}</p>")
    return "".join(html)


def cell_html(blocks: Iterable[Block]) -> str:
    """Blocks for a table cell: one line each, parted by line breaks (no paragraphs)."""
    return "<br />".join(_indent(block) + inline_html(block) for block in blocks)


def note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def grid(headers: Iterable[tuple[str, int]], body: str) -> str:
    """A ruled table: ``headers`` are (title, width in percent); ``body`` is ready rows."""
    head = "".join(f'<th width="{width}%">{escape(title)}</th>' for title, width in headers)
    return (
        '<table class="grid" width="100%" border="0" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
