"""Feeling words by keyboard: a Tab stop per group, arrows, Home/End and type-ahead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from journal_app.ui.mood.chips import EmotionChips, emotion_words
from tests.ui.windows import show_in_window


@pytest.fixture
def chips(qtbot, theme) -> Iterator[EmotionChips]:
    holder = QWidget()
    before = QLineEdit()
    made = EmotionChips()
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(made)
    window = show_in_window(qtbot, holder, (640, 600), active=True)
    before.setFocus()
    yield made
    window.close()


def press(qtbot, *keys: str | Qt.Key) -> None:
    for key in keys:
        target = QApplication.focusWidget()
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def focused_word() -> str:
    return QApplication.focusWidget().text()


def test_each_group_is_one_tab_stop(qtbot, chips):
    firsts = [words[0] for words in emotion_words().values()]
    seen = []
    for _ in firsts:
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused_word())
    assert seen == firsts
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chips.own_words


def test_arrows_home_and_end_move_and_space_chooses(qtbot, chips):
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Right, Qt.Key.Key_Down)
    assert focused_word() == "sad"
    press(qtbot, Qt.Key.Key_Space)
    assert chips.words() == ["sad"]
    press(qtbot, Qt.Key.Key_End)
    assert focused_word() == chips.chips[-1].text()
    press(qtbot, Qt.Key.Key_Right)  # the last word stays the last
    assert focused_word() == chips.chips[-1].text()
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Left)
    assert focused_word() == chips.chips[0].text()


def test_arrows_carry_on_into_the_next_group_which_remembers_its_place(qtbot, chips):
    heavy = emotion_words()["heavy"]
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Home)
    for _ in heavy:
        press(qtbot, Qt.Key.Key_Right)
    assert focused_word() == emotion_words()["steady"][0]
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    place = focused_word()
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused_word() == heavy[-1]  # the heavy group's stop is where it was left
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_word() == place


def test_typing_the_start_of_a_word_jumps_to_it(qtbot, chips):
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "gr")
    assert focused_word() == "grateful"
    chips._typing.invalidate()  # as if a second had passed
    press(qtbot, "c")
    assert focused_word() == "connected"
    press(qtbot, "c")  # the same letter again: the next word with it
    assert focused_word() != "connected"
    assert focused_word().startswith("c")


def test_a_letter_no_word_starts_with_stays_put(qtbot, chips):
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "z")
    assert focused_word() == chips.chips[0].text()


def test_every_chip_has_a_name_with_its_group(chips):
    assert chips.chips[0].accessibleName() == f"{chips.chips[0].text()} (Heavy)"
    names = [chip.parentWidget().accessibleName() for chip in (g[0] for g in chips.groups)]
    assert names == ["Heavy feelings", "Steady feelings", "Light feelings"]
