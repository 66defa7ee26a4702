"""The person's markdown as plain blocks of styled text, so the summary never prints marks.

markdown-it-py parses (CommonMark, with raw HTML turned off, so ``<b>`` typed in an
entry stays the characters ``<b>``); this module keeps only what a printed page needs:
paragraphs, headings (printed as bold lines), quotes, bullet and numbered list items,
code as plain text, and bold, italic and struck-through runs. Links keep their text.
Shortening cuts the visible text, never the markup, so no half a mark is left behind.
Pure Python: the layout step turns blocks into escaped HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_PLAIN = re.compile(r"[^\s*_`#>\[\]!<&\\~=+\-|\d][^*_`<>\[\]&\\~]*")  # no mark at all
BlockKind = Literal["paragraph", "heading", "quote", "item", "code"]
ELLIPSIS = "\u00a0…"  # a no-break space: the ellipsis never starts a line alone


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one style; "\\n" in ``text`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    struck: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like piece: ``marker`` is "•" or "3." for a list item's first line."""

    kind: BlockKind
    spans: tuple[Span, ...]
    marker: str = ""
    depth: int = 0  # list nesting, for the indent

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@cache
def _parser() -> MarkdownIt:
    # Imported when first needed: the window and the command line start without it.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


def parse(text: str) -> tuple[Block, ...]:
    """The blocks of ``text``, written in markdown (or plain text, which is the same)."""
    if not text.strip():
        return ()
    return tuple(_Walker().walk(_parser().parse(text.replace("\r\n", "\n"))))


def plain(blocks: Iterable[Block]) -> str:
    """The visible text, blocks parted by blank lines (list markers included)."""
    return "\n\n".join(f"{b.marker} {b.text}" if b.marker else b.text for b in blocks)


def first_words(text: str, limit: int) -> str:
    """The first line of what ``text`` shows, for naming an entry without a title."""
    head = text.lstrip().split("\n\n", 1)[0][:2000]  # a title needs the first block only
    first = head.split("\n", 1)[0].strip()
    if _PLAIN.fullmatch(first):  # most entries: nothing to parse
        line = first
    else:
        line = next((b.text.split("\n", 1)[0].strip() for b in parse(head) if b.text.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def shorten(blocks: Sequence[Block], limit: int) -> tuple[tuple[Block, ...], bool]:
    """The blocks cut to about ``limit`` visible characters at a word break, with "…".

    Returns the blocks and whether anything was cut.
    """
    left = limit
    kept: list[Block] = []
    for block in blocks:
        size = len(block.text)
        if size <= left:
            kept.append(block)
            left -= size
            continue
        spans = _cut_spans(block.spans, left, whole_words=bool(kept))
        if spans:
            kept.append(replace(block, spans=spans))
        elif kept:  # nothing of this block fits: the ellipsis goes on the last one
            last = kept[-1]
            kept[-1] = replace(last, spans=(*last.spans, Span(ELLIPSIS)))
        return tuple(kept), True
    return tuple(kept), False


def _cut_spans(spans: Sequence[Span], left: int, *, whole_words: bool) -> tuple[Span, ...]:
    """``spans`` cut at a word break within ``left`` characters, with the ellipsis.

    Only a first block with no break at all is cut inside a word (unless ``whole_words``).
    """
    kept: list[Span] = []
    for span in spans:
        if len(span.text) <= left:
            kept.append(span)
            left -= len(span.text)
            continue
        cut = span.text[:left]
        if " " in cut or "\n" in cut:
            cut = cut.replace("\n", " ").rsplit(" ", 1)[0].rstrip()
            cut = span.text[: len(cut)]
        elif kept or whole_words:
            cut = ""  # a word cut in two reads worse than a word left out
        if cut.strip():
            kept.append(replace(span, text=cut.rstrip()))
        break
    while kept and not kept[-1].text.strip():
        kept.pop()
    if not kept:
        return ()
    kept[-1] = replace(kept[-1], text=kept[-1].text.rstrip())
    return (*kept, Span(ELLIPSIS))


class _Walker:
    """Turns markdown-it's flat token stream into blocks."""

    def __init__(self) -> None:
        self.lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self.quote = 0
        self.marker = ""  # the marker waiting for the first paragraph of a list item

    def walk(self, tokens: Sequence[Token]) -> Iterable[Block]:
        heading = False
        for token in tokens:
            kind = token.type
            if kind == "bullet_list_open":
                self.lists.append([])
            elif kind == "ordered_list_open":
                start = token.attrGet("start")
                self.lists.append([int(start) if start is not None else 1])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                counter = self.lists[-1]
                if counter:
                    self.marker = f"{counter[0]}."
                    counter[0] += 1
                else:
                    self.marker = "•"
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind == "heading_open":
                heading = True
            elif kind == "heading_close":
                heading = False
            elif kind == "inline":
                spans = tuple(_inline(token.children or []))
                if spans:
                    yield self._block("heading" if heading else None, spans)
            elif kind in ("fence", "code_block"):
                code = token.content.rstrip("\n")
                if code.strip():
                    yield self._block("code", (Span(code),))

    def _block(self, kind: BlockKind | None, spans: tuple[Span, ...]) -> Block:
        marker, self.marker = self.marker, ""
        if kind is None:
            kind = "item" if self.lists else "quote" if self.quote else "paragraph"
        if kind == "heading":
            spans = tuple(replace(s, bold=True) for s in spans)
        return Block(kind, spans, marker, max(0, len(self.lists) - 1))


def _inline(children: Sequence[Token]) -> Iterable[Span]:
    bold = italic = struck = 0
    for token in children:
        kind = token.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "s_open":
            struck += 1
        elif kind == "s_close":
            struck -= 1
        elif kind in ("text", "code_inline", "html_inline"):
            if token.content:
                yield Span(token.content, bold > 0, italic > 0, struck > 0)
        elif kind == "image":  # its description, as text
            text = "".join(c.content for c in token.children or [])
            if text:
                yield Span(text, bold > 0, italic > 0, struck > 0)
        elif kind in ("softbreak", "hardbreak"):  # a journal's line breaks are meant
            yield Span("\n")
