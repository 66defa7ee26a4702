"""Text rules shared by search, lists and validation."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_MARKS = dict.fromkeys(
    c for c in range(0x0300, 0x0370)  # combining diacritical marks
)


def fold(text: str) -> str:
    """Return text lower-cased with accents removed, for matching ("Café" -> "cafe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return decomposed.translate(_MARKS)


def words(text: str) -> list[str]:
    """Split text into folded words."""
    return _WORD.findall(fold(text))


def word_count(text: str) -> int:
    """Count the words in a piece of writing."""
    return len(_WORD.findall(text))


def first_line(text: str, limit: int = 80) -> str:
    """Return the first non-empty line, without markdown heading marks, shortened."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""
