"""A check-in scale as a row of numbered choices, words at both ends; one key or click picks.

Each choice is a button a screen reader names ("Mood 7 of 10"). The row is one Tab stop
(the chosen number, else the first); arrow keys, Home and End move between the choices,
Enter or Space picks the one with focus, and a digit picks that number at once. On a
0-10 scale "1" then "0" makes 10; on the mood scale (1-10) "0" alone is 10.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from journal_app.ui.named import named

# Sizes only, so ten or eleven choices fit the narrowest column; colours stay the theme's.
CHOICE_STYLE = "QPushButton#scaleChoice { padding: 5px 2px; min-width: 0px; }"
CHOICE_SIDES = 14  # padding and border around the number
PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
# Modifiers a plain digit may arrive with (the number pad; Shift on some layouts).
PLAIN = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier


class ScaleChoice(QPushButton):
    """One number on the scale; hands its keys to the row."""

    focused = Signal()

    def __init__(self, number: int, row: ScaleRow) -> None:
        super().__init__(str(number))
        self.setObjectName("scaleChoice")
        self.setCheckable(True)
        self.number = number
        self._row = row

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._row.handle_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)


class ScaleRow(QWidget):
    """Whole numbers from ``low`` to ``high``; ``picked`` says when a person chose one.

    ``optional`` rows may be left empty: Backspace or a click on the chosen number clears
    them. ``picked`` carries the number, or -1 when the choice was cleared.
    """

    picked = Signal(int)

    def __init__(
        self,
        low: int,
        high: int,
        *,
        title: str,
        ends: tuple[str, str],
        name: str,
        optional: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.optional = optional
        self._number: int | None = None
        self._after_one = False  # the last key in this row was "1" (so "0" makes 10)
        self._roving = 0
        self.setAccessibleName(name)
        self.setStyleSheet(CHOICE_STYLE)
        self.title = QLabel(title)
        self.choices: list[ScaleChoice] = []
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for number in range(low, high + 1):
            choice = ScaleChoice(number, self)
            choice.setAccessibleName(
                self.tr("{scale} {n} of {most}").format(scale=title, n=number, most=high)
            )
            choice.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            index = len(self.choices)
            choice.focused.connect(lambda index=index: self._roving_to(index))
            choice.clicked.connect(lambda _=False, index=index: self._on_choice_clicked(index))
            buttons.addWidget(choice)
            self.choices.append(choice)
        self.choices[0].setAccessibleDescription(ends[0])
        self.choices[-1].setAccessibleDescription(ends[1])
        self.low_word = named(QLabel(ends[0]), "hint")
        self.high_word = named(QLabel(ends[1]), "hint")
        self.high_word.setAlignment(Qt.AlignmentFlag.AlignRight)
        words = QHBoxLayout()
        words.addWidget(self.low_word)
        words.addStretch(1)
        words.addWidget(self.high_word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(words)
        self._fit_numbers()
        self._roving_to(0)

    def number(self) -> int | None:
        """The chosen number, or None when nothing is chosen."""
        return self._number

    def set_number(self, number: int | None) -> None:
        """Show ``number`` as chosen (None: nothing chosen); out-of-range numbers are held in."""
        if number is not None:
            number = min(max(number, self.low), self.high)
        self._number = number
        for choice in self.choices:
            choice.setChecked(choice.number == number)
        if number is not None and not self.has_focus():
            self._roving_to(number - self.low)

    def clear_value(self) -> None:
        self.set_number(None)

    def choice_with_focus(self) -> ScaleChoice | None:
        return next((choice for choice in self.choices if choice.hasFocus()), None)

    def has_focus(self) -> bool:
        """Whether one of the choices has the keyboard focus."""
        return self.choice_with_focus() is not None

    def handle_key(self, choice: ScaleChoice, event: QKeyEvent) -> bool:
        """Act on a key pressed on ``choice``; False lets the button have it."""
        key = event.key()
        text = event.text()
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~PLAIN:
            self._on_digit(int(text))
            return True
        self._after_one = False
        index = self.choices.index(choice)
        if key in PICK_KEYS:
            self._pick(choice.number)
        elif key in NEXT_KEYS:
            self._move_to(min(index + 1, len(self.choices) - 1))
        elif key in PREVIOUS_KEYS:
            self._move_to(max(index - 1, 0))
        elif key == Qt.Key.Key_Home:
            self._move_to(0)
        elif key == Qt.Key.Key_End:
            self._move_to(len(self.choices) - 1)
        elif key in CLEAR_KEYS and self.optional:
            self._pick(None)
        else:
            return False
        return True

    def _on_digit(self, digit: int) -> None:
        wanted = digit
        if digit == 0 and (self.low == 1 or self._after_one) and self.high >= 10:
            wanted = 10
        self._after_one = digit == 1
        if self.low <= wanted <= self.high:
            self._pick(wanted)
            self._move_to(wanted - self.low)

    def _on_choice_clicked(self, index: int) -> None:
        number = self.choices[index].number
        self._after_one = False
        if number == self._number and self.optional:
            self._pick(None)  # a second click on the chosen number takes it back
        else:
            self._pick(number)

    def _pick(self, number: int | None) -> None:
        self.set_number(number)
        self.picked.emit(-1 if number is None else number)

    def _roving_to(self, index: int) -> None:
        """Make choice ``index`` the row's one Tab stop (a click or an arrow moved there)."""
        self.choices[self._roving].setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._roving = index
        self.choices[index].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.choices[index])

    def _move_to(self, index: int) -> None:
        self._roving_to(index)
        self.choices[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_numbers(self) -> None:
        """Keep every choice wide enough for its number in bold, as a chosen one is drawn."""
        for choice in self.choices:
            choice.ensurePolished()
            font = choice.font()
            font.setBold(True)
            width = QFontMetrics(font).horizontalAdvance(str(self.high)) + CHOICE_SIDES
            choice.setMinimumWidth(width)
