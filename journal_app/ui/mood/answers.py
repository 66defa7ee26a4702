"""One questionnaire item: its wording and its answer options as radio buttons.

Arrow keys move between the options of an item (choosing as they go, like any radio
group); Tab moves on to the next item, because only one option per item is a Tab stop.
After the items come the optional parts some forms have: the PHQ-9/GAD-7 question about
how difficult things have been, which may be left unanswered, and, before the PCL-5
items, a private note of the experience the answers refer to.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.assessment import EVENT_NOTE_LIMIT
from journal_app.instruments.definitions import Instrument, Option
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.named import named

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class ItemAnswers(QWidget):
    """ "3. Feeling tired or having little energy" and its options."""

    answered = Signal()

    def __init__(
        self,
        question: str,
        options: Sequence[Option],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = QLabel(question, wordWrap=True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.options: list[QRadioButton] = []
        row = QWidget()
        flow = FlowLayout(row, spacing=16, row_spacing=2)
        for option in options:
            radio = QRadioButton(option.label)
            radio.setAccessibleName(option.label)
            radio.setAccessibleDescription(question)
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

    def tab_stop(self) -> QRadioButton:
        """The one option Tab lands on: the chosen one, else the first."""
        checked = self.group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else self.options[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in self.options
            and event.key() in (*NEXT_KEYS, *PREVIOUS_KEYS)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            step = 1 if event.key() in NEXT_KEYS else -1
            index = self.options.index(watched)
            target = self.options[max(0, min(len(self.options) - 1, index + step))]
            target.setChecked(True)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _tab_stop(self, stop: QAbstractButton) -> None:
        for radio in self.options:
            radio.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if radio is stop else Qt.FocusPolicy.ClickFocus
            )

    def _on_group_id_toggled(self, value: int, checked: bool) -> None:
        if checked:
            self._tab_stop(self.group.button(value))
            self.answered.emit()


class DifficultyAnswer(QWidget):
    """The optional PHQ-9/GAD-7 question after the items, which can be left or cleared."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert instrument.difficulty is not None
        self.item = ItemAnswers(
            instrument.difficulty.question,
            instrument.difficulty.options,
            self.tr("How difficult these problems have made things (optional)"),
        )
        self.optional = named(
            QLabel(
                self.tr("Optional: you can leave this one, and it doesn't change the score."),
                wordWrap=True,
            ),
            "hint",
        )
        self.clear_button = named(QPushButton(self.tr("Leave this one out")), "link")
        self.clear_button.setAccessibleName(self.tr("Clear the answer about how difficult"))
        self.clear_button.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.optional, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.item)
        layout.addLayout(row)
        self.item.answered.connect(self._on_item_answered)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def answer(self) -> int | None:
        return self.item.answer()

    def clear(self) -> None:
        self.item.clear()
        self.clear_button.hide()

    def _on_item_answered(self) -> None:
        self.clear_button.show()

    def _on_clear_button_clicked(self) -> None:
        self.clear()
        self.item.focus()


class InstrumentAnswers(QWidget):
    """Every item of one questionnaire, top to bottom, with its optional parts."""

    changed = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.event_field: QLineEdit | None = None
        self.difficulty: DifficultyAnswer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        if instrument.asks_event:
            # Private to the person: shown in their own history, never in the summary.
            self.event_field = QLineEdit(maxLength=EVENT_NOTE_LIMIT)
            self.event_field.setPlaceholderText(self.tr("A few words are enough"))
            self.event_field.setAccessibleName(
                self.tr("The experience I had in mind (optional, only for you)")
            )
            label = QLabel(
                self.tr("The experience I had in mind (optional, only for you)"), wordWrap=True
            )
            label.setBuddy(self.event_field)
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addWidget(label)
            box.addWidget(self.event_field)
            layout.addLayout(box)
        self.items = [
            ItemAnswers(f"{n}. {text}", instrument.options, self.tr("Question {n}").format(n=n))
            for n, text in enumerate(instrument.items, start=1)
        ]
        for item in self.items:
            layout.addWidget(item)
            item.answered.connect(self.changed)
        if instrument.difficulty is not None:
            self.difficulty = DifficultyAnswer(instrument)
            layout.addWidget(self.difficulty)

    def answers(self) -> list[int | None]:
        return [item.answer() for item in self.items]

    def answered_count(self) -> int:
        return sum(1 for a in self.answers() if a is not None)

    def complete(self) -> bool:
        """Every item answered (the optional parts may be left)."""
        return self.answered_count() == len(self.items)

    def difficulty_answer(self) -> int | None:
        return self.difficulty.answer() if self.difficulty is not None else None

    def event_note(self) -> str:
        return self.event_field.text().strip() if self.event_field is not None else ""

    def last_widgets(self) -> list[QWidget]:
        """The Tab stops after the last item, in order (the optional difficulty question)."""
        if self.difficulty is None:
            return []
        return [*self.difficulty.item.options, self.difficulty.clear_button]

    def clear(self) -> None:
        for item in self.items:
            item.clear()
        if self.difficulty is not None:
            self.difficulty.clear()
        if self.event_field is not None:
            self.event_field.clear()
        self.changed.emit()
