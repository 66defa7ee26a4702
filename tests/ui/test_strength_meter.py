"""The strength meter with zxcvbn's count: leaked passwords read as too weak, in our words."""

from __future__ import annotations

from journal_app.domain.passphrase import HINTS
from journal_app.ui.dialogs.strength_meter import StrengthMeter


def test_a_leaked_password_of_ten_characters_shows_too_weak_with_our_hint(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("qazwsxedcrfv")  # our own rules alone called this Strong
    assert meter.bar.value() == 0
    assert meter.summary.text() == "Too weak: could be guessed in seconds"
    assert meter.advice.text() in {meter.hint_words(hint) for hint in HINTS.values()}


def test_a_band_name_and_digits_long_enough_to_use_is_weak_and_called_common(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("blink182blink")
    assert meter.bar.value() <= 1
    meter.set_passphrase("blink182!!")
    assert meter.bar.value() == 0
    assert meter.advice.text() == "Avoid common words like 'password'."
    assert meter.bar.accessibleDescription() == meter.summary.text()
