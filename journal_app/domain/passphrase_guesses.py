"""zxcvbn's count of the guesses a passphrase needs, and which of our hints it calls for.

zxcvbn (Dropbox's estimator, in the `zxcvbn` package: MIT) knows about 30,000 leaked
passwords, 30,000 English words, names, keyboard walks, dates, l33t spellings and
reversals, and finds the cheapest way to cover a passphrase with them. That is how it
knows ``blink182`` is a password people use, which our own rules took for a word and three
random digits. Our own words (``COMMON``: this app's subject and the words people reach
for first) are given to it as words an attacker tries first.

Its count is only as good as its lists: a word not in them is costed as random letters,
so ``passphrase.estimate`` takes the smaller of its count and our own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zxcvbn.matching import _Match  # the stubs' name for one match (typeshed)

# zxcvbn's matching grows fast with length (about 0.2 s for 64 characters of symbols on
# a slow machine), and the meter measures on every key. Beyond this, only the start is
# given to it: a prefix never needs more guesses than the whole, so it errs on the side of
# caution, and our own estimate still measures the whole passphrase.
ZXCVBN_LENGTH = 48
_DOMINANT = 2 / 3  # a match covering this much of the passphrase names its weakness


@dataclass(frozen=True, slots=True)
class Guesses:
    """How many guesses zxcvbn says are needed (as log10), and the weaknesses it found."""

    log10: float
    flags: frozenset[str]


def zxcvbn_guesses(text: str, own_words: Iterable[str]) -> Guesses:
    """zxcvbn's guesses for ``text`` (its first ``ZXCVBN_LENGTH`` characters)."""
    from zxcvbn import zxcvbn  # its lists take 0.1 s to load: only when first measuring

    measured = text[:ZXCVBN_LENGTH]
    result = zxcvbn(measured, user_inputs=list(own_words), max_length=ZXCVBN_LENGTH)
    return Guesses(result["guesses_log10"], _flags(result["sequence"], len(measured)))


def _flags(sequence: list[_Match], length: int) -> frozenset[str]:
    """Our hint keys for the matches that make up most of the passphrase."""
    flags: set[str] = set()
    for match in sequence:
        share = len(match["token"]) / length
        pattern = match["pattern"]
        if pattern == "dictionary":
            if match.get("l33t"):
                flags.add("leet")
            elif share >= _DOMINANT and match.get("dictionary_name") in _PASSWORD_LISTS:
                flags.add("common")
        elif pattern in ("sequence", "spatial") and share >= _DOMINANT:
            flags.add("sequence")
        elif pattern == "repeat" and share >= _DOMINANT:
            flags.add("repeat")
        elif pattern == "date" or match.get("regex_name") == "recent_year":  # any length
            flags.add("year")
    return frozenset(flags)


_PASSWORD_LISTS = ("passwords", "user_inputs")
