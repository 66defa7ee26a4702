"""The check-in form: one key or click saves the mood, details add to that same check-in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.domain.errors import DiskFull
from journal_app.ui.mood.checkin_form import CheckInForm, clock_text
from tests.ui.windows import show_in_window


def show_active(qtbot, widget: QWidget) -> QWidget:
    """Show ``widget`` in an active window, so keyboard focus behaves as for a person."""
    return show_in_window(qtbot, widget, (640, 1000), active=True)


def press(qtbot, *keys: str | Qt.Key) -> None:
    """Type into whatever has focus, one key (or run of characters) at a time."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.fixture
def make_form(qtbot, unlocked, theme) -> Iterator:
    windows: list[QWidget] = []

    def make(**options: object) -> CheckInForm:
        made = CheckInForm(unlocked, **options)  # type: ignore[arg-type]
        windows.append(show_active(qtbot, made))
        made.setFocus()
        return made

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def form(make_form) -> CheckInForm:
    return make_form()


@pytest.fixture
def folded(make_form) -> CheckInForm:
    return make_form(details_folded=True)


def moods(unlocked) -> list[int]:
    return [r.data.mood for r in unlocked.checkins.checkins()]


def test_the_first_control_is_the_mood_row(form):
    assert form.mood.isAncestorOf(focused())
    assert [c.text() for c in form.mood.choices] == [str(n) for n in range(1, 11)]
    assert form.mood.choices[6].accessibleName() == "Mood 7 of 10"
    assert (form.mood.low_word.text(), form.mood.high_word.text()) == ("Very low", "Very good")


@pytest.mark.parametrize(("key", "mood"), [("1", 1), ("7", 7), ("9", 9), ("0", 10)])
def test_a_single_key_saves_that_mood(qtbot, form, unlocked, key, mood):
    with qtbot.waitSignal(form.saved) as saved:
        press(qtbot, key)
    [record] = unlocked.checkins.checkins()
    assert saved.args == [record.id]
    checkin = record.data
    assert checkin.mood == mood
    assert (checkin.anxiety, checkin.energy, checkin.sleep_hours, checkin.sleep_quality) == (
        None,
        None,
        None,
        None,
    )
    assert form.thanks.text() == (f"Saved at {clock_text(checkin.at)}. Thank you.")
    assert form.mood.choices[mood - 1].isChecked()


def test_the_number_pad_saves_too(qtbot, form, unlocked):
    qtbot.keyClick(focused(), Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    assert moods(unlocked) == [4]


def test_a_click_saves(qtbot, form, unlocked):
    qtbot.mouseClick(form.mood.choices[2], Qt.MouseButton.LeftButton)
    assert moods(unlocked) == [3]


def test_arrows_move_and_enter_or_space_picks(qtbot, form, unlocked):
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert focused() is form.mood.choices[2]
    assert unlocked.checkins.checkins() == []  # moving is not choosing
    press(qtbot, Qt.Key.Key_End, Qt.Key.Key_Left)
    assert focused() is form.mood.choices[8]
    press(qtbot, Qt.Key.Key_Return)
    assert moods(unlocked) == [9]
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Space)
    assert moods(unlocked) == [1]  # the same check-in, changed


def test_the_row_is_one_tab_stop_and_one_tab_reaches_add_more(qtbot, folded):
    assert not folded.more.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is folded.more_toggle
    press(qtbot, Qt.Key.Key_Return)
    assert folded.more.isVisible()
    assert folded.anxiety.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab)
    assert folded.mood.isAncestorOf(focused())


def test_details_after_the_quick_save_change_that_same_checkin(qtbot, folded, unlocked):
    press(qtbot, "6")
    [first] = unlocked.checkins.checkins()
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Space)  # "Add more"
    press(qtbot, "3", Qt.Key.Key_Tab)  # anxiety
    press(qtbot, "1", "0", Qt.Key.Key_Tab)  # energy 10
    press(qtbot, "7.5", Qt.Key.Key_Tab)  # hours of sleep
    press(qtbot, "4", Qt.Key.Key_Tab)  # sleep quality
    assert focused() is folded.chips.chips[0]
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # past the other groups
    assert focused() is folded.chips.own_words
    press(qtbot, "wobbly, brave", Qt.Key.Key_Tab, "after the walk", Qt.Key.Key_Return)
    [record] = unlocked.checkins.checkins()
    assert record.id == first.id  # not a second check-in
    checkin = record.data
    assert (checkin.mood, checkin.anxiety, checkin.energy) == (6, 3, 10)
    assert (checkin.sleep_hours, checkin.sleep_quality) == (7.5, 4)
    assert checkin.emotions == ("tired", "sad", "wobbly", "brave")
    assert checkin.note == "after the walk"
    assert checkin.at == first.data.at
    assert unlocked.vault.store.revisions(record.id) == []  # completed, not edited
    assert folded.save_button.text() == "Save details"


def test_details_can_come_before_the_mood(qtbot, form, unlocked):
    form.anxiety.set_number(2)
    form.note.setText("before the mood")
    form.mood.choices[4].click()
    [record] = unlocked.checkins.checkins()
    assert (record.data.mood, record.data.anxiety, record.data.note) == (5, 2, "before the mood")


def test_saving_details_without_a_mood_asks_for_one_kindly(qtbot, form, unlocked):
    form.anxiety.set_number(4)
    form.save_button.click()
    assert unlocked.checkins.checkins() == []
    assert form.problem.isVisible()
    assert "Choose your mood" in form.problem.text()
    assert form.anxiety.number() == 4


def test_a_full_disk_keeps_every_choice_and_says_so(qtbot, form, unlocked, monkeypatch):
    def full(*_: object, **__: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(unlocked.checkins, "add", full)
    form.note.setText("kept")
    press(qtbot, "8")
    assert form.problem.isVisible()
    assert form.problem.text().startswith("The disk is full")
    assert "still here" in form.problem.text()
    assert form.thanks.text() == "Not saved"
    assert (form.mood.number(), form.note.text()) == (8, "kept")
    monkeypatch.undo()
    form.save_button.click()  # space again: the same choices save
    assert [(r.data.mood, r.data.note) for r in unlocked.checkins.checkins()] == [(8, "kept")]
    assert not form.problem.isVisible()


def test_a_failed_update_keeps_the_details(qtbot, form, unlocked, monkeypatch):
    press(qtbot, "5")

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(unlocked.checkins, "update", broken)
    form.note.setText("words to keep")
    form.save_button.click()
    assert form.problem.text().startswith("Saving didn't work just now.")
    assert "database" not in form.problem.text()
    assert form.note.text() == "words to keep"
    assert form.unsaved()


def test_a_refusal_from_the_journal_is_shown_kindly(qtbot, form, unlocked):
    form.chips.own_words.setText("x" * 41)
    form.mood.choices[4].click()
    assert unlocked.checkins.checkins() == []
    assert form.problem.text().startswith("That didn't save:")
    assert "40 characters" in form.problem.text()
    assert form.chips.own_words.text() == "x" * 41  # nothing typed is lost


def test_undo_moves_the_checkin_just_saved_to_the_trash(qtbot, form, unlocked):
    press(qtbot, "2")
    [record] = unlocked.checkins.checkins()
    assert form.undo_button.isVisible()
    with qtbot.waitSignal(form.undone):
        form.undo_button.click()
    assert unlocked.checkins.checkins() == []
    assert unlocked.vault.store.get(record.id).deleted  # in the Trash, not gone
    assert form.mood.number() is None
    assert "Trash" in form.thanks.text()
    assert not form.undo_button.isVisible()


def test_add_another_starts_a_second_checkin(qtbot, form, unlocked):
    press(qtbot, "4")
    form.another_button.click()
    assert form.mood.number() is None
    assert form.mood.isAncestorOf(focused())
    press(qtbot, "8")
    assert moods(unlocked) == [4, 8]


def test_other_scales_are_bounded_and_labelled(form):
    form.anxiety.set_number(11)
    form.energy.set_number(99)
    form.sleep_quality.set_number(6)
    form.sleep_hours.set_hours(30)
    assert (form.anxiety.number(), form.energy.number()) == (10, 10)
    assert (form.sleep_quality.number(), form.sleep_hours.hours()) == (5, 24)
    assert form.anxiety.choices[0].accessibleName() == "Anxiety 0 of 10"
    assert form.sleep_quality.choices[-1].accessibleName() == "Sleep quality 5 of 5"
    assert (form.energy.low_word.text(), form.energy.high_word.text()) == ("None", "Plenty")
    assert (form.sleep_quality.low_word.text(), form.sleep_quality.high_word.text()) == (
        "Poor",
        "Good",
    )


def test_an_optional_scale_can_be_taken_back(qtbot, form):
    form.anxiety.choices[3].click()
    assert form.anxiety.number() == 3
    form.anxiety.choices[3].click()  # a second click on the chosen number
    assert form.anxiety.number() is None
    form.anxiety.choices[5].setFocus()
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Backspace)
    assert form.anxiety.number() is None


def test_zero_on_a_zero_to_ten_scale_is_zero(qtbot, form):
    form.energy.setFocus()
    press(qtbot, "0")
    assert form.energy.number() == 0
    press(qtbot, "1", "0")
    assert form.energy.number() == 10
    press(qtbot, "7")
    form.sleep_quality.setFocus()
    press(qtbot, "9")  # out of range: refused
    assert form.sleep_quality.number() is None
    assert form.energy.number() == 7


def test_sleep_hours_go_in_half_hours(qtbot, form):
    form.sleep_hours.setFocus()
    press(qtbot, "7.3", Qt.Key.Key_Tab)
    assert form.sleep_hours.hours() == 7.5
    assert form.sleep_hours.text() == "7.5 h"


def test_an_earlier_checkin_changes_on_save_and_keeps_its_history(qtbot, form, unlocked):
    record = unlocked.checkins.add(4, note="then")
    form.edit(record)
    assert form.editing_label.isVisible()
    assert form.save_button.text() == "Save changes"
    assert not form.undo_button.isVisible()  # undo is only for a check-in just made
    form.mood.choices[6].click()
    assert unlocked.checkins.checkins()[0].data.mood == 4  # not yet: the change is saved whole
    form.note.setText("now")
    form.save_button.click()
    [changed] = unlocked.checkins.checkins()
    assert changed.id == record.id
    assert (changed.data.mood, changed.data.note, changed.data.at) == (7, "now", record.data.at)
    assert len(unlocked.vault.store.revisions(record.id)) == 1
    assert form.thanks.text() == "Changes saved."
    assert form.editing is None  # back to a new check-in
    assert not form.editing_label.isVisible()


def test_stop_editing_leaves_an_earlier_checkin_alone(qtbot, form, unlocked):
    record = unlocked.checkins.add(4)
    form.edit(record)
    form.mood.choices[8].click()
    form.cancel_button.click()
    assert unlocked.checkins.checkins()[0].data.mood == 4
    assert form.editing is None


def test_feeling_words_fold_away_with_the_details(qtbot, folded):
    assert not folded.chips.isVisible()
    assert folded.more_toggle.text() == "Add more"
    folded.more_toggle.click()
    assert folded.chips.isVisible()
    assert folded.more_toggle.text() == "Fewer details"
    folded.more_toggle.click()
    assert not folded.chips.isVisible()


def test_folded_details_are_built_only_when_opened_and_keep_their_tab_place(qtbot, folded):
    """Today builds the details on "Add more": unlocking stays quick, and Tab still walks
    from "Add another" through the details to the Save button."""
    assert folded._details is None
    assert folded.values()["anxiety"] is None and not folded.unsaved()
    folded.reset()  # clearing nothing builds nothing
    assert folded._details is None
    folded.unfold()
    assert folded._details is not None
    folded.note.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is folded.save_button
