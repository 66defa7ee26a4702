"""The passphrase strength estimate: honest ordering, kind hints, bounded scores."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.passphrase import HINTS, LABELS, Strength, estimate


def test_an_empty_passphrase_is_too_weak_with_a_suggestion():
    strength = estimate("")
    assert strength == Strength(0, "Too weak", "seconds", HINTS["empty"])


@pytest.mark.parametrize(
    ("weaker", "stronger"),
    [
        ("sunset42", "correct horse battery staple"),
        ("blue lantern", "blue lantern meadow"),
        ("Password123!", "quiet otter mango"),
        ("aaaaaaaaaaaa", "xkqzvbtwpl"),
    ],
)
def test_longer_multi_word_passphrases_score_higher(weaker, stronger):
    assert estimate(weaker).score < estimate(stronger).score


@pytest.mark.parametrize(
    "common", ["password", "Password1", "P@ssw0rd!", "qwerty123", "123456789", "letmein"]
)
def test_common_passwords_are_too_weak(common):
    strength = estimate(common)
    assert strength.score == 0
    assert strength.label == "Too weak"
    assert strength.crack_time in {"seconds", "minutes"}


def test_four_unrelated_words_would_take_centuries():
    strength = estimate("correct horse battery staple")
    assert (strength.score, strength.label, strength.crack_time) == (4, "Strong", "centuries")
    assert strength.description == "Strong: would take centuries to guess"


def test_a_weak_description_says_how_soon_it_could_be_guessed():
    strength = estimate("sunset42")
    assert strength.description.startswith("Too weak: could be guessed in ")


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("password2024", "common"),
        ("abcdefghij", "sequence"),
        ("1234567890", "sequence"),
        ("hello hello hello", "repeat"),
        ("blue lantern", "short"),
        ("sunset river 42", "good"),
        ("quiet otter mango canyon", "strong"),
    ],
)
def test_hints_name_the_weakness(passphrase, hint):
    assert estimate(passphrase).hint == HINTS[hint]


def test_hints_are_short_and_kind():
    for hint in HINTS.values():
        assert len(hint) <= 80
        assert hint.endswith(".")
        assert "!" not in hint


def test_letters_swapped_for_numbers_add_little():
    assert estimate("Tr0ub4dor&3").score <= 1
    assert estimate("Tr0ub4dor&3").hint == HINTS["leet"]


def test_composed_and_decomposed_accents_measure_the_same():
    composed = "Été à Montréal, café"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert estimate(composed) == estimate(decomposed)


@pytest.mark.parametrize("odd", ["²00A", "ﬃﬃ", "ßßß", "١٢٣٤٥٦٧٨٩٠", "\x00" * 12, "🙂" * 11])
def test_unusual_characters_are_measured_without_error(odd):
    assert 0 <= estimate(odd).score <= 4


def test_a_very_long_paste_is_measured_quickly():
    started = time.perf_counter()
    estimate("a quiet river under the old stone bridge " * 200)
    assert time.perf_counter() - started < 0.5


@given(st.text(max_size=64))
def test_every_passphrase_gets_a_bounded_score_and_words(text):
    strength = estimate(text)
    assert 0 <= strength.score <= 4
    assert strength.label == LABELS[strength.score]
    assert strength.crack_time
    assert strength.hint in HINTS.values()


@given(st.text(min_size=1, max_size=32))
def test_adding_a_random_word_never_makes_it_weaker(text):
    assert estimate(text + " zqxjvk").score >= estimate(text).score
