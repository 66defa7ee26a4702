"""Emotion words as toggle chips, grouped heavy / steady / light, plus words of one's own.

Each group is one Tab stop, so the words are three Tabs across, not thirty-three; inside,
arrow keys move from word to word (on into the next group), Home and End go to the first
and last word, typing the start of a word jumps to it, and Space chooses it.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal_app.texts import load_toml
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.mood.toggles import room_for_bold
from journal_app.ui.named import named

GROUPS = ("heavy", "steady", "light")
# Chips are smaller than buttons: thirty of them should not push Save off the screen.
# Sizes only; colours stay the theme's.
CHIP_STYLE = "QPushButton#chip { padding: 3px 10px; border-radius: 12px; }"
CHIP_SIDES = 2 * 10 + 6
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
TYPE_AHEAD_MS = 1000  # letters typed closer together than this make one search


def emotion_words() -> dict[str, list[str]]:
    """The offered words by group, from resources/emotions.toml."""
    raw = load_toml("emotions.toml")
    return {group: list(raw.get(group, [])) for group in GROUPS}


def split_words(text: str) -> list[str]:
    """Words typed as "a, b, c" (empty pieces dropped)."""
    return [part.strip() for part in text.split(",") if part.strip()]


class Chip(QPushButton):
    """One feeling word; says when it takes focus and which moving keys it was given.

    Overriding the two handlers (rather than filtering every event of every chip) keeps
    building the check-in card cheap: Python runs only for these two kinds of event.
    """

    focused = Signal()
    step_requested = Signal(int)  # +1 next chip, -1 previous
    end_requested = Signal(int)  # -1 Home (the first word), +1 End (the last)
    letter_typed = Signal(str)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if key in NEXT_KEYS:
            self.step_requested.emit(1)
        elif key in PREVIOUS_KEYS:
            self.step_requested.emit(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.end_requested.emit(-1 if key == Qt.Key.Key_Home else 1)
        elif plain and len(text) == 1 and text.isalpha():
            self.letter_typed.emit(text)
        else:
            super().keyPressEvent(event)


class EmotionChips(QWidget):
    """The words in three groups, each one Tab stop; arrows, Home, End and letters move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "heavy": self.tr("Heavy"),
            "steady": self.tr("Steady"),
            "light": self.tr("Light"),
        }
        group_names = {
            "heavy": self.tr("Heavy feelings"),
            "steady": self.tr("Steady feelings"),
            "light": self.tr("Light feelings"),
        }
        self.setStyleSheet(CHIP_STYLE)
        self.chips: list[Chip] = []
        self.groups: list[list[Chip]] = []
        self._group_of: list[int] = []
        self._typed = ""
        self._typing = QElapsedTimer()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for group, words in emotion_words().items():
            if not words:
                continue
            layout.addWidget(named(QLabel(labels[group]), "hint"))
            row = QWidget()
            row.setAccessibleName(group_names[group])
            flow = FlowLayout(row)
            members: list[Chip] = []
            for word in words:
                chip = named(Chip(word), "chip")
                chip.setCheckable(True)
                chip.setAccessibleName(
                    self.tr("{word} ({group})").format(word=word, group=labels[group])
                )
                chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                index = len(self.chips)
                chip.focused.connect(lambda index=index: self._roving_to(index))
                chip.step_requested.connect(
                    lambda step, index=index: self._move_to(
                        min(max(index + step, 0), len(self.chips) - 1)
                    )
                )
                chip.end_requested.connect(
                    lambda end: self._move_to(0 if end < 0 else len(self.chips) - 1)
                )
                chip.letter_typed.connect(lambda letter, index=index: self._seek(index, letter))
                room_for_bold(chip, CHIP_SIDES)
                flow.addWidget(chip)
                self.chips.append(chip)
                self._group_of.append(len(self.groups))
                members.append(chip)
            self.groups.append(members)
            layout.addWidget(row)
        self.own_words = QLineEdit()
        self.own_words.setPlaceholderText(self.tr("Other words, separated by commas"))
        self.own_words.setAccessibleName(self.tr("Your own feeling words"))
        self.own_words.setMaxLength(400)
        layout.addWidget(self.own_words)
        self._roving = [0] * len(self.groups)  # each group's Tab stop, as a chip index
        first = 0
        for group_index, members in enumerate(self.groups):
            self._roving[group_index] = first
            members[0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            first += len(members)
        if self.chips:
            self.setFocusProxy(self.chips[0])

    def words(self) -> list[str]:
        """The chosen chips, then the typed words."""
        chosen = [chip.text() for chip in self.chips if chip.isChecked()]
        return chosen + split_words(self.own_words.text())

    def set_words(self, words: list[str] | tuple[str, ...]) -> None:
        """Check the chips for ``words``; words without a chip go in the text field."""
        by_word = {chip.text().casefold(): chip for chip in self.chips}
        own: list[str] = []
        for chip in self.chips:
            chip.setChecked(False)
        for word in words:
            match = by_word.get(word.casefold())
            if match is not None:
                match.setChecked(True)
            else:
                own.append(word)
        self.own_words.setText(", ".join(own))

    def clear(self) -> None:
        self.set_words(())

    def _roving_to(self, index: int) -> None:
        """Make chip ``index`` its group's Tab stop (a click or a key moved there)."""
        group = self._group_of[index]
        self.chips[self._roving[group]].setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._roving[group] = index
        self.chips[index].setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _move_to(self, index: int) -> None:
        self._roving_to(index)
        self.chips[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _seek(self, index: int, letter: str) -> None:
        """Go to the next word starting with what was typed (type-ahead, as in lists)."""
        if not self._typing.isValid() or self._typing.elapsed() > TYPE_AHEAD_MS:
            self._typed = ""
        self._typing.start()
        self._typed += letter.casefold()
        # One letter again and again steps through the words with it; more letters refine.
        repeat = len(set(self._typed)) == 1
        wanted = self._typed[0] if repeat else self._typed
        count = len(self.chips)
        start = index + 1 if repeat else index
        for step in range(count):
            candidate = (start + step) % count
            if self.chips[candidate].text().casefold().startswith(wanted):
                self._move_to(candidate)
                return
