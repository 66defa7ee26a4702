"""A rough, honest estimate of how hard a passphrase would be to guess.

The attacker we measure against has copied the vault file and tries guesses offline
against our Argon2id key derivation at about ten thousand guesses a second. Two counts of
the guesses needed are made, and the smaller one is used, as an attacker would use the
quicker way. zxcvbn (``passphrase_guesses``) knows tens of thousands of leaked passwords,
words and names, with their l33t spellings, keyboard walks and dates. Our own rules cost
each part of the passphrase: a common password costs almost nothing, a word (even one in
no list, if it can be pronounced) costs the size of a dictionary, random characters cost
their alphabet. The estimate leans towards caution: it would rather call a strong
passphrase fair than a weak one strong.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from journal_app.domain.passphrase_guesses import zxcvbn_guesses

GUESSES_PER_SECOND = 1e4
LABELS = ("Too weak", "Weak", "Fair", "Good", "Strong")

# Lists of the most used passwords, and words people reach for first (including this
# app's own subject), lower-cased. Short on purpose: only what is guessed first.
_COMMON_WORDS = """
    password passw0rd passwort motdepasse contraseña secret letmein welcome hello iloveyou
    admin administrator root login monkey dragon master shadow sunshine princess
    football baseball soccer hockey
    superman batman starwars pokemon freedom whatever trustno1 computer internet
    michael jennifer jordan charlie thomas daniel jessica ashley nicole michelle
    love lovely loveyou angel baby babygirl flower summer winter spring autumn
    cheese cookie chocolate banana orange purple yellow silver golden diamond
    killer hunter ranger tigger buster pepper ginger maggie bailey lucky happy
    family friends forever jesus god heaven blessed mustang ferrari harley
    matrix ninja hacker access default guest test testing user changeme
    afterglow journal diary therapy ketamine psychedelic mushroom healing
    peace calm breathe trust hope faith dream dreams myself secret123 private
"""
_COMMON_PASSWORDS = """
    123456 1234567 12345678 123456789 1234567890 111111 000000 123123 654321 666666
    121212 112233 password1 password12 password123 qwerty123 qwerty1 1q2w3e4r 1qaz2wsx
    abc123 iloveyou1 letmein1 welcome1 admin123 zaq12wsx qazwsx aa123456 passw0rd1
    q1w2e3r4 1q2w3e4r5t qwertyuiop asdfghjkl zxcvbnm
"""
COMMON = frozenset(_COMMON_WORDS.split())
PASSWORDS = frozenset(_COMMON_PASSWORDS.split())
OWN_WORDS = (*_COMMON_WORDS.split(), *_COMMON_PASSWORDS.split())  # in the order tried
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "qwertzuiop", "azertyuiop")
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)

WORD_BITS = math.log2(100_000)  # any word from a large dictionary
COMMON_BITS = math.log2(500)  # one of the few hundred most used words and passwords
YEAR_BITS = math.log2(150)
LETTERS_PER_WORD = 7
SIGNS_PER_WORD = 3  # Chinese, Japanese and Korean pack a word into a few signs
_SIGN_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")

_TOKEN_SPLIT = re.compile(r"[\s\-_.,/+:;|]+")
_LEET_IN_WORD = re.compile(r"(?<=[^\W\d_])[013457@$]+(?=[^\W\d_])")
_PIECES = re.compile(r"[^\W\d_]+|\d+|[\W_]+")
_REPEATED = re.compile(r"^(.+?)\1+$", re.DOTALL)
_VOWELS = set("aeiouyäöüéèêáàíóú")

HINTS = {
    "empty": "A few unrelated words make a strong passphrase.",
    "common": "Avoid common words like 'password'.",
    "sequence": "Avoid runs like 'abc', '123' or 'qwerty'.",
    "repeat": "Avoid repeating letters or words.",
    "year": "Avoid years and dates; they are easy to guess.",
    "leet": "Swapping letters for numbers, like 0 for o, adds very little.",
    "short": "Add another word or two.",
    "good": "Add one more word to make it strong.",
    "strong": "This is a good passphrase. Make sure you will remember it.",
}


@dataclass(frozen=True)
class Strength:
    """How hard a passphrase is to guess, in words a person understands."""

    score: int  # 0 (too weak) to 4 (strong)
    label: str  # "Too weak", "Weak", "Fair", "Good" or "Strong"
    crack_time: str  # "seconds", "minutes", "hours", "days", "months", "years", "centuries"
    hint: str  # one kind, concrete suggestion

    @property
    def description(self) -> str:
        """One line for the meter, e.g. "Strong: would take centuries to guess"."""
        if self.score <= 1:
            return f"{self.label}: could be guessed in {self.crack_time}"
        return f"{self.label}: would take {self.crack_time} to guess"


def estimate(passphrase: str) -> Strength:
    """Estimate how long an offline attacker would need to guess ``passphrase``."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0, LABELS[0], "seconds", HINTS["empty"])
    flags: set[str] = set()
    bits = _passphrase_bits(text, flags)
    log10_guesses = (bits - 1) * math.log10(2)  # on average half the guesses are needed
    zxcvbn = zxcvbn_guesses(text, OWN_WORDS)
    if zxcvbn.log10 < log10_guesses:  # it knows a quicker way in
        log10_guesses = zxcvbn.log10
        flags = flags or set(zxcvbn.flags)  # our words for a weakness we saw, else its
    seconds = 10 ** min(log10_guesses, 300.0) / GUESSES_PER_SECOND
    crack_time, score = _describe(seconds)
    return Strength(score, LABELS[score], crack_time, _hint(score, flags))


def _passphrase_bits(text: str, flags: set[str]) -> float:
    folded = text.casefold()
    if folded in PASSWORDS or folded.strip() in COMMON:
        flags.add("sequence" if _is_sequence(folded) else "common")
        return COMMON_BITS
    repeated = _REPEATED.match(folded)
    if repeated and len(folded) > 2:
        flags.add("repeat")
        chunk = repeated.group(1)
        return _passphrase_bits(chunk, flags) + math.log2(len(folded) // len(chunk))
    tokens = [token for token in _TOKEN_SPLIT.split(text) if token]
    bits = 2.0 if len(tokens) > 1 else 0.0  # which separator, and where
    seen: set[str] = set()
    for token in tokens:
        key = token.casefold()
        if key in seen:
            flags.add("repeat")
            bits += 1.0
            continue
        seen.add(key)
        bits += _token_bits(token, flags)
    return max(bits, 0.0)


def _token_bits(token: str, flags: set[str]) -> float:
    folded = token.casefold()
    if folded in PASSWORDS or folded in COMMON:
        flags.add("common")
        return COMMON_BITS + _case_bits(token)
    deleeted = _LEET_IN_WORD.sub(lambda m: m.group().translate(LEET), token)
    swaps = sum(1 for a, b in zip(token, deleeted, strict=True) if a != b)
    if swaps:
        flags.add("leet")
    bits = float(min(swaps, 3))
    for piece in _PIECES.findall(deleeted):
        bits += _piece_bits(piece, flags)
    return bits


def _piece_bits(piece: str, flags: set[str]) -> float:
    if piece[0].isalpha():
        return _letter_bits(piece, flags)
    if piece.isdecimal():
        return _digit_bits(piece, flags)
    return _run_bits(piece, 33, flags)  # symbols, and oddities such as "²"


def _digit_bits(digits: str, flags: set[str]) -> float:
    if len(digits) == 4 and 1900 <= int(digits) <= 2049:
        flags.add("year")
        return YEAR_BITS
    return _run_bits(digits, 10, flags)


def _letter_bits(letters: str, flags: set[str]) -> float:
    folded = letters.casefold()
    case = _case_bits(letters)
    if folded in COMMON or folded in PASSWORDS:
        flags.add("common")
        return COMMON_BITS + case
    inner = max((w for w in COMMON if len(w) >= 5 and w in folded), key=len, default="")
    if inner:
        flags.add("common")
        rest = [part for part in folded.split(inner) if part]
        return COMMON_BITS + case + 1 + sum(_letter_bits(part, flags) for part in rest)
    if _is_sequence(folded) or _is_repeat(folded):
        return _run_bits(folded, 26, flags) + case
    random_bits = len(letters) * math.log2(26)
    if _looks_like_words(folded):
        per_word = SIGNS_PER_WORD if _is_signs(letters) else LETTERS_PER_WORD
        words = max(1, round(len(letters) / per_word))
        return min(random_bits, words * WORD_BITS) + case
    return random_bits + case


def _run_bits(run: str, alphabet: int, flags: set[str]) -> float:
    """Random characters cost their alphabet each; a run or repeat costs little."""
    folded = run.casefold()
    if len(run) >= 3 and _is_sequence(folded):
        flags.add("sequence")
        return math.log2(alphabet) + math.log2(len(run))
    if len(run) >= 3 and _is_repeat(folded):
        flags.add("repeat")
        return math.log2(alphabet) + math.log2(len(run))
    return len(run) * math.log2(alphabet)


def _case_bits(letters: str) -> float:
    upper = sum(1 for ch in letters if ch.isupper())
    if upper == 0:
        return 0.0
    if letters.isupper() or (upper == 1 and letters[0].isupper()):
        return 1.0
    return float(min(upper, len(letters) - upper, 6)) + 1.0


def _is_sequence(text: str) -> bool:
    if len(text) < 3:
        return False
    steps = {ord(b) - ord(a) for a, b in pairwise(text)}
    if steps in ({1}, {-1}):
        return True
    return any(text in row or text in row[::-1] for row in KEYBOARD_ROWS)


def _is_repeat(text: str) -> bool:
    return len(text) >= 3 and _REPEATED.match(text) is not None


def _is_signs(letters: str) -> bool:
    return unicodedata.name(letters[0], "").startswith(_SIGN_SCRIPTS)


def _looks_like_words(letters: str) -> bool:
    """Pronounceable letters are probably words, so a dictionary finds them quickly."""
    if not letters.isascii():
        return True
    vowels = sum(1 for ch in letters if ch in _VOWELS)
    consonant_run = max((len(run) for run in re.split(r"[aeiouy]+", letters)), default=0)
    return vowels / len(letters) >= 0.2 and consonant_run <= 5


def _describe(seconds: float) -> tuple[str, int]:
    minute, hour, day = 60, 3600, 86400
    for limit, words, score in (
        (minute, "seconds", 0),
        (hour, "minutes", 0),
        (day, "hours", 1),
        (30 * day, "days", 1),
        (365 * day, "months", 2),
        (100 * 365 * day, "years", 3),
    ):
        if seconds < limit:
            return words, score
    return "centuries", 4


def _hint(score: int, flags: set[str]) -> str:
    if score >= 4:
        return HINTS["strong"]
    for flag in ("repeat", "common", "sequence", "year", "leet"):
        if flag in flags:
            return HINTS[flag]
    return HINTS["good"] if score == 3 else HINTS["short"]
