"""Spin boxes for check-in scales: a number key sets the value, and "not given" is allowed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

NOT_GIVEN = "—"
# Modifiers a plain digit may arrive with (the number pad; Shift on some layouts).
_PLAIN = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier


class ScaleSpinBox(QSpinBox):
    """Whole numbers from ``low`` to ``high``; one below ``low`` means "not given".

    A digit key sets the value at once ("1" then "0" makes 10), so a quick check-in is
    one key per scale; a digit out of range is refused. Backspace clears the value.
    """

    def __init__(self, low: int, high: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low = low
        self.setRange(low - 1, high)
        self.setSpecialValueText(NOT_GIVEN)
        self.setAccessibleName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(84)
        self.clear_value()

    def number(self) -> int | None:
        """The chosen number, or None when nothing is chosen."""
        return None if self.value() < self.low else self.value()

    def set_number(self, number: int | None) -> None:
        self.setValue(self.minimum() if number is None else number)

    def clear_value(self) -> None:
        self.setValue(self.minimum())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit() and len(text) == 1 and not event.modifiers() & ~_PLAIN:
            self._on_digit(int(text))
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.clear_value()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_digit(self, digit: int) -> None:
        wanted = digit
        if self.value() == 1 and digit == 0 and self.maximum() >= 10:
            wanted = 10
        if self.low <= wanted <= self.maximum():
            self.setValue(wanted)
        self.selectAll()


class HoursSpinBox(QSpinBox):
    """Hours of sleep, 0 to 24 in half hours ("7.5"); one step below 0 means "not given".

    A QSpinBox counting half hours, so it looks like the other scales.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, 48)
        self.setSpecialValueText(NOT_GIVEN)
        self.setAccessibleName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(84)
        self.clear_value()

    def hours(self) -> float | None:
        """The hours given, or None."""
        return None if self.value() < 0 else self.value() / 2

    def set_hours(self, hours: float | None) -> None:
        self.setValue(self.minimum() if hours is None else round(hours * 2))

    def clear_value(self) -> None:
        self.setValue(self.minimum())

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return f"{value / 2:g}"

    def valueFromText(self, text: str) -> int:  # noqa: N802
        number = _hours(self._bare(text))
        return self.minimum() if number is None else round(number * 2)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        bare = self._bare(text)
        if bare in ("", NOT_GIVEN):
            return QValidator.State.Intermediate, text, pos
        number = _hours(bare)
        if number is None:
            return QValidator.State.Invalid, text, pos
        if not 0 <= number <= 24:
            return QValidator.State.Invalid, text, pos
        whole = number * 2 == int(number * 2)
        state = QValidator.State.Acceptable if whole else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        number = _hours(self._bare(text))
        return text if number is None else self.textFromValue(round(number * 2))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete:
            self.clear_value()
            event.accept()
            return
        if event.text().isdigit() and self.value() == self.minimum():
            self.lineEdit().setText(self.suffix())  # typing replaces the "not given" dash
            self.lineEdit().setCursorPosition(0)
        super().keyPressEvent(event)

    def _bare(self, text: str) -> str:
        return text.removesuffix(self.suffix()).strip()


def _hours(text: str) -> float | None:
    """ "7.5" or "7,5" as a number; None if it is not one."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
