"""One questionnaire item: its wording and its answer options as radio buttons.

Arrow keys move between the options of an item (choosing as they go, like any radio
group); Tab moves on to the next item, because only one option per item is a Tab stop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from journal_app.instruments.definitions import Instrument
from journal_app.ui.mood.flow import FlowLayout

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class ItemAnswers(QWidget):
    """ "3. Feeling tired or having little energy" and its options."""

    answered = Signal()

    def __init__(
        self, number: int, text: str, instrument: Instrument, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = QLabel(f"{number}. {text}", wordWrap=True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Question {n}").format(n=number))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.options: list[QRadioButton] = []
        row = QWidget()
        flow = FlowLayout(row, spacing=16, row_spacing=2)
        for option in instrument.options:
            radio = QRadioButton(option.label)
            radio.setAccessibleName(option.label)
            radio.setAccessibleDescription(text)
            radio.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            radio.installEventFilter(self)
            self.group.addButton(radio, option.value)
            self.options.append(radio)
            flow.addWidget(radio)
        self.options[0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.question)
        layout.addWidget(row)
        self.group.idToggled.connect(self._on_group_id_toggled)

    def answer(self) -> int | None:
        """The chosen option's value, or None while unanswered."""
        return None if self.group.checkedId() == -1 else self.group.checkedId()

    def choose(self, value: int) -> None:
        self.group.button(value).setChecked(True)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for radio in self.options:
            radio.setChecked(False)
        self.group.setExclusive(True)
        self._tab_stop(self.options[0])

    def focus(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.options[0]).setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in self.options
            and event.key() in (*NEXT_KEYS, *PREVIOUS_KEYS)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            step = 1 if event.key() in NEXT_KEYS else -1
            index = self.options.index(watched)  # type: ignore[arg-type]
            target = self.options[max(0, min(len(self.options) - 1, index + step))]
            target.setChecked(True)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _tab_stop(self, stop: QRadioButton) -> None:
        for radio in self.options:
            radio.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if radio is stop else Qt.FocusPolicy.ClickFocus
            )

    def _on_group_id_toggled(self, value: int, checked: bool) -> None:
        if checked:
            self._tab_stop(self.group.button(value))  # type: ignore[arg-type]
            self.answered.emit()


class InstrumentAnswers(QWidget):
    """Every item of one questionnaire, top to bottom."""

    changed = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.items = [
            ItemAnswers(n, text, instrument) for n, text in enumerate(instrument.items, start=1)
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        for item in self.items:
            layout.addWidget(item)
            item.answered.connect(self.changed)

    def answers(self) -> list[int | None]:
        return [item.answer() for item in self.items]

    def answered_count(self) -> int:
        return sum(1 for a in self.answers() if a is not None)

    def complete(self) -> bool:
        return self.answered_count() == len(self.items)

    def clear(self) -> None:
        for item in self.items:
            item.clear()
        self.changed.emit()
