"""The check-in form: quick by keyboard, bounded scales, feeling words, kind refusals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.ui.mood.checkin_form import CheckInForm
from tests.ui.windows import show_in_window


def show_active(qtbot, widget: QWidget) -> QWidget:
    """Show ``widget`` in an active window, so keyboard focus behaves as for a person."""
    return show_in_window(qtbot, widget, (640, 900), active=True)


def press(qtbot, *keys: str | Qt.Key) -> None:
    """Type into whatever has focus, one key (or run of characters) at a time."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


@pytest.fixture
def form(qtbot, unlocked, theme) -> Iterator[CheckInForm]:
    made = CheckInForm(unlocked)
    window = show_active(qtbot, made)
    made.setFocus()
    yield made
    window.close()


def test_focus_starts_on_mood(form):
    assert form.mood.hasFocus()


def test_a_digit_and_enter_save_a_quick_checkin(qtbot, form, unlocked):
    with qtbot.waitSignal(form.saved) as saved:
        press(qtbot, "7", Qt.Key.Key_Return)
    [record] = unlocked.checkins.checkins()
    assert saved.args == [record.id]
    checkin = record.data
    assert checkin.mood == 7
    assert (checkin.anxiety, checkin.energy, checkin.sleep_hours, checkin.sleep_quality) == (
        None,
        None,
        None,
        None,
    )
    assert checkin.emotions == ()
    assert "Thank you" in form.thanks.text()
    assert form.mood.number() is None  # the form is ready for the next one
    assert form.mood.hasFocus()


def test_every_field_by_keyboard_alone(qtbot, form, unlocked):
    press(qtbot, "1", "0", Qt.Key.Key_Tab)  # mood 10
    press(qtbot, "3", Qt.Key.Key_Tab)  # anxiety
    press(qtbot, "0", Qt.Key.Key_Tab)  # energy 0 is an answer, not "nothing"
    press(qtbot, "7.5", Qt.Key.Key_Tab)  # hours of sleep
    press(qtbot, "4", Qt.Key.Key_Tab)  # sleep quality
    assert QApplication.focusWidget() is form.chips.chips[0]
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)  # one Tab leaves all the chips
    assert QApplication.focusWidget() is form.chips.own_words
    press(qtbot, "wobbly, brave", Qt.Key.Key_Tab, "after the walk", Qt.Key.Key_Return)
    [record] = unlocked.checkins.checkins()
    checkin = record.data
    assert (checkin.mood, checkin.anxiety, checkin.energy) == (10, 3, 0)
    assert (checkin.sleep_hours, checkin.sleep_quality) == (7.5, 4)
    assert checkin.emotions == ("tired", "sad", "wobbly", "brave")
    assert checkin.note == "after the walk"


def test_chips_and_own_words_are_saved(qtbot, form, unlocked):
    by_word = {chip.text(): chip for chip in form.chips.chips}
    by_word["hopeful"].click()
    by_word["tender"].click()
    form.chips.own_words.setText("  seen , ,steady-ish ")
    form.mood.set_number(6)
    form.save_button.click()
    assert unlocked.checkins.checkins()[0].data.emotions == (
        "tender",
        "hopeful",
        "seen",
        "steady-ish",
    )


@pytest.mark.parametrize("typed", ["0", "11"])
def test_mood_cannot_be_0_or_11(qtbot, form, typed):
    press(qtbot, typed)
    assert form.mood.number() in (None, 1)
    form.mood.setValue(11)
    assert form.mood.number() == 10
    form.mood.setValue(-5)
    assert form.mood.number() is None


def test_saving_without_a_mood_asks_for_one_kindly(qtbot, form, unlocked):
    press(qtbot, "0", Qt.Key.Key_Return)
    assert unlocked.checkins.checkins() == []
    assert form.problem.isVisible()
    assert "Choose your mood" in form.problem.text()


def test_a_refusal_from_the_journal_is_shown_kindly(qtbot, form, unlocked):
    form.mood.set_number(5)
    form.chips.own_words.setText("x" * 41)
    form.save_button.click()
    assert unlocked.checkins.checkins() == []
    assert form.problem.text().startswith("That didn't save:")
    assert "40 characters" in form.problem.text()
    assert form.chips.own_words.text() == "x" * 41  # nothing typed is lost


def test_other_scales_are_bounded_too(form):
    form.anxiety.setValue(11)
    form.energy.setValue(99)
    form.sleep_quality.setValue(6)
    form.sleep_hours.set_hours(30)
    assert (form.anxiety.number(), form.energy.number()) == (10, 10)
    assert (form.sleep_quality.number(), form.sleep_hours.hours()) == (5, 24)


def test_sleep_hours_go_in_half_hours(qtbot, form):
    form.sleep_hours.setFocus()
    press(qtbot, "7.3", Qt.Key.Key_Tab)
    assert form.sleep_hours.hours() == 7.5
    assert form.sleep_hours.text() == "7.5 h"


def test_several_checkins_a_day(qtbot, form, unlocked):
    for digit in "468":
        press(qtbot, digit, Qt.Key.Key_Return)
    assert [r.data.mood for r in unlocked.checkins.checkins()] == [4, 6, 8]


def test_feeling_words_can_fold_away(qtbot, unlocked, theme):
    folded = CheckInForm(unlocked, words_folded=True)
    window = show_active(qtbot, folded)
    assert not folded.chips.isVisible()
    folded.words_toggle.click()
    assert folded.chips.isVisible()
    assert not folded.words_toggle.isVisible()
    window.close()
