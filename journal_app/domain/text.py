"""Text rules shared by search, lists and validation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)
_MARKS = re.compile("[\u0300-\u036f]+")  # combining diacritical marks
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _fold_run(run: str) -> str:
    return _MARKS.sub("", unicodedata.normalize("NFKD", run.casefold()))


def _fold_match(match: re.Match[str]) -> str:
    return _fold_run(match.group())


def fold(text: str) -> str:
    """Return text lower-cased with accents removed, for matching ("Café" -> "cafe")."""
    lowered = text.lower()
    if lowered.isascii():  # the common case, and 50 times faster than the general one
        return lowered
    # Fold only the runs of non-ASCII letters (an accent here, a dash there), each once.
    return _NON_ASCII.sub(_fold_match, lowered)


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
