"""Emotion words as toggle chips, grouped heavy / steady / light, plus words of one's own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal_app.texts import load_toml
from journal_app.ui.mood.flow import FlowLayout
from journal_app.ui.mood.toggles import room_for_bold

GROUPS = ("heavy", "steady", "light")
# Chips are smaller than buttons: thirty of them should not push Save off the screen.
# Sizes only; colours stay the theme's.
CHIP_STYLE = "QPushButton#chip { padding: 3px 10px; border-radius: 12px; }"
CHIP_SIDES = 2 * 10 + 6
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


def emotion_words() -> dict[str, list[str]]:
    """The offered words by group, from resources/emotions.toml."""
    raw = load_toml("emotions.toml")
    return {group: list(raw.get(group, [])) for group in GROUPS}


def split_words(text: str) -> list[str]:
    """Words typed as "a, b, c" (empty pieces dropped)."""
    return [part.strip() for part in text.split(",") if part.strip()]


class Chip(QPushButton):
    """One feeling word; says when it takes focus and when an arrow key asks to move on.

    Overriding the two handlers (rather than filtering every event of every chip) keeps
    building the check-in card cheap: Python runs only for these two kinds of event.
    """

    focused = Signal()
    step_requested = Signal(int)  # +1 next chip, -1 previous

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in NEXT_KEYS:
            self.step_requested.emit(1)
        elif event.key() in PREVIOUS_KEYS:
            self.step_requested.emit(-1)
        else:
            super().keyPressEvent(event)


class EmotionChips(QWidget):
    """One Tab stop for all the chips: arrow keys move between them, Space toggles one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "heavy": self.tr("Heavy"),
            "steady": self.tr("Steady"),
            "light": self.tr("Light"),
        }
        self.setStyleSheet(CHIP_STYLE)
        self.chips: list[Chip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for group, words in emotion_words().items():
            layout.addWidget(QLabel(labels[group], objectName="hint"))
            row = QWidget()
            flow = FlowLayout(row)
            for word in words:
                chip = Chip(word, objectName="chip", checkable=True)
                chip.setAccessibleName(self.tr("{word} ({group})").format(word=word, group=group))
                chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                index = len(self.chips)
                chip.focused.connect(lambda index=index: self._roving_to(index))
                chip.step_requested.connect(
                    lambda step, index=index: self._move_to((index + step) % len(self.chips))
                )
                room_for_bold(chip, CHIP_SIDES)
                flow.addWidget(chip)
                self.chips.append(chip)
            layout.addWidget(row)
        self.own_words = QLineEdit()
        self.own_words.setPlaceholderText(self.tr("Other words, separated by commas"))
        self.own_words.setAccessibleName(self.tr("Your own feeling words"))
        self.own_words.setMaxLength(400)
        layout.addWidget(self.own_words)
        self._roving = 0
        self.chips[0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def words(self) -> list[str]:
        """The chosen chips, then the typed words."""
        chosen = [chip.text() for chip in self.chips if chip.isChecked()]
        return chosen + split_words(self.own_words.text())

    def set_words(self, words: list[str] | tuple[str, ...]) -> None:
        """Check the chips for ``words``; words without a chip go in the text field."""
        by_word = {chip.text().casefold(): chip for chip in self.chips}
        own = []
        for chip in self.chips:
            chip.setChecked(False)
        for word in words:
            chip = by_word.get(word.casefold())
            if chip is not None:
                chip.setChecked(True)
            else:
                own.append(word)
        self.own_words.setText(", ".join(own))

    def clear(self) -> None:
        self.set_words(())

    def _roving_to(self, index: int) -> None:
        """Make chip ``index`` the one Tab stop (a click or an arrow key moved there)."""
        self.chips[self._roving].setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._roving = index
        self.chips[index].setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _move_to(self, index: int) -> None:
        self._roving_to(index)
        self.chips[index].setFocus(Qt.FocusReason.TabFocusReason)
