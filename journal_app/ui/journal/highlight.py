"""Where search words appear in a piece of text, matched as search does (case, accents)."""

from __future__ import annotations

import re

from journal_app.domain.text import fold

_SPACE = re.compile(r"\s+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and map every folded character back to its index in ``text``."""
    if text.isascii():  # folding keeps one character per character
        return text.lower(), list(range(len(text)))
    # ASCII stretches fold one-to-one; only the odd accented letter or dash needs care.
    parts: list[str] = []
    positions: list[int] = []
    done = 0
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        if index > done:
            parts.append(text[done:index].lower())
            positions.extend(range(done, index))
        piece = fold(match.group())
        parts.append(piece)
        positions.extend([index] * len(piece))
        done = index + 1
    parts.append(text[done:].lower())
    positions.extend(range(done, len(text)))
    return "".join(parts), positions


def match_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return ``(start, length)`` of every place a folded term occurs, merged and sorted."""
    if not text or not terms:
        return []
    folded, positions = folded_with_positions(text)
    ranges: list[tuple[int, int]] = []
    for term in terms:
        found = folded.find(term)
        while found >= 0:
            end = found + len(term) - 1
            ranges.append((positions[found], positions[end] + 1))
            found = folded.find(term, found + len(term))
    ranges.sort()
    merged: list[list[int]] = []
    for start, stop in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([start, stop])
    return [(start, stop - start) for start, stop in merged]


def snippet(text: str, terms: tuple[str, ...], width: int = 90, lead: int = 16) -> str:
    """A single line of ``text`` starting just before the first search word in it, or ""."""
    spans = match_spans(text, terms)
    if not spans:
        return ""
    start = spans[0][0]
    begin = max(0, start - lead)
    if begin > 0:  # start at a word, so the line does not open mid-word
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else start
    piece = _SPACE.sub(" ", text[begin : begin + width]).strip()
    return ("…" if begin > 0 else "") + piece + ("…" if begin + width < len(text) else "")
