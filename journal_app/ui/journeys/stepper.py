"""The row of five step buttons over a journey, each with a small state; free to move.

Where the five names and states don't fit side by side (a small screen, large text),
the bar turns compact: the chosen step keeps its name and state, the others show their
number. Each button keeps its whole text, which is its tooltip and what a screen reader
reads, whatever is drawn.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QStyle, QStylePainter, QWidget

from journal_app.ui.elide import ElidedButton, text_width
from journal_app.ui.text_width import scaled

STEPS = ("preparation", "intention", "session", "aftercare", "integration")
SPACING = 6
NARROWEST = 100  # a step button in the full bar is never narrower than this
NUMBER_WIDTH = 44  # a numbered step in the compact bar, at the usual text size
NAMED_AT_MOST = 240  # the named step of the compact bar asks no more (longer words: "…")


class StepButton(ElidedButton):
    """A step's button: its name and state, or only its number when the bar is compact."""

    def __init__(self, text: str, number: int) -> None:
        super().__init__(text, checkable=True)
        self.number = number
        self._short = ""  # drawn instead of the text when set

    def set_short(self, short: bool) -> None:
        """Draw only the step's number (True) or its name and state (False)."""
        self._short = str(self.number) if short else ""
        self.updateGeometry()
        self.update()

    def shown_text(self) -> str:
        return self._short or self.text()

    def needed_width(self, text: str | None = None) -> int:
        """Room for ``text`` (what is drawn, by default) in bold, with the button's padding."""
        self.ensurePolished()  # the style sheet's font, not the default one
        shown = self.shown_text() if text is None else text
        padding = super().sizeHint().width() - text_width(self.text(), self.fontMetrics())
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the chosen step is drawn bold
        return text_width(shown, QFontMetrics(bold)) + padding + 4

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(self.needed_width(), hint.height()) if self._short else hint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._short:
            super().paintEvent(event)
            return
        option = self._option()
        option.text = self._short
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class StepBar(QWidget):
    """Says ``step_chosen(name)`` when the person picks a step; never forces an order."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = {
            "preparation": self.tr("Preparation"),
            "intention": self.tr("Intention"),
            "session": self.tr("Session"),
            "aftercare": self.tr("Aftercare"),
            "integration": self.tr("Integration"),
        }
        self._states = dict.fromkeys(STEPS, "")
        self._compact = False
        self.buttons: dict[str, StepButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        for number, step in enumerate(STEPS, start=1):
            button = StepButton(self._titles[step], number)
            button.clicked.connect(partial(self._on_step_button_clicked, step))
            self._layout.addWidget(button, 1)
            self.buttons[step] = button
            self._describe(step)
        self.set_current(STEPS[0])

    def set_state(self, step: str, state: str) -> None:
        """Show ``state`` (like "7 of 12") under the step's name."""
        self._states[step] = state
        self._describe(step)
        self._arrange()

    def _describe(self, step: str) -> None:
        """The button's whole text, its tooltip and the name a screen reader reads."""
        title, state = self._titles[step], self._states[step]
        button = self.buttons[step]
        button.setText(f"{title}\n{state}" if state else title)
        button.setAccessibleName(f"{title}: {state}" if state else title)
        button.setToolTip(
            self.tr("{title}: {state} (Alt+{n})").format(title=title, state=state, n=button.number)
            if state
            else self.tr("{title} (Alt+{n})").format(title=title, n=button.number)
        )

    def compact(self) -> bool:
        """True while the other steps show only their numbers."""
        return self._compact

    def current(self) -> str:
        return next(step for step, button in self.buttons.items() if button.isChecked())

    def set_current(self, step: str) -> None:
        """Mark ``step`` as the one shown (no group: so Tab visits every button)."""
        for name, button in self.buttons.items():
            button.setChecked(name == step)
        self._arrange()

    def choose(self, step: str) -> None:
        """Select ``step`` as if the person clicked it."""
        if step != self.current():
            self.set_current(step)
            self.step_chosen.emit(step)

    def step_by(self, delta: int) -> None:
        """Go ``delta`` steps along, stopping at either end."""
        index = STEPS.index(self.current()) + delta
        self.choose(STEPS[max(0, min(index, len(STEPS) - 1))])

    # Fitting

    def _full_width(self) -> int:
        widths = [max(NARROWEST, b.needed_width(b.text())) for b in self.buttons.values()]
        return sum(widths) + SPACING * (len(widths) - 1)

    def _compact_width(self, current: str | None) -> int:
        """The compact bar with ``current`` named (None: whichever step needs the most)."""
        named = [current] if current is not None else list(STEPS)
        widest = max(self._named_width(self.buttons[s]) for s in named)
        others = sum(
            max(NUMBER_WIDTH, b.needed_width(str(b.number)))
            for s, b in self.buttons.items()
            if s != (current or STEPS[0])
        )
        return widest + others + SPACING * (len(STEPS) - 1)

    def _named_width(self, button: StepButton) -> int:
        """The named step in the compact bar: its words, or "…" past a limit."""
        return min(button.needed_width(button.text()), scaled(NAMED_AT_MOST, button.font()))

    def _arrange(self) -> None:
        """Full names where they fit, else compact; each button as wide as its words."""
        if not self.buttons:
            return
        checked = [s for s, b in self.buttons.items() if b.isChecked()]
        current = checked[0] if checked else STEPS[0]
        self._compact = self.width() < self._full_width()
        for index, (step, button) in enumerate(self.buttons.items()):
            short = self._compact and step != current
            button.set_short(short)
            if short:
                button.setMinimumWidth(max(NUMBER_WIDTH, button.needed_width()))
            elif self._compact:
                button.setMinimumWidth(self._named_width(button))
            else:
                button.setMinimumWidth(max(NARROWEST, button.needed_width()))
            self._layout.setStretch(index, 0 if short else 1)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._full_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The compact bar: it never makes the window wider than a small screen."""
        return QSize(self._compact_width(None), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if (self.width() < self._full_width()) != self._compact:
            self._arrange()

    def _on_step_button_clicked(self, step: str, _: bool = False) -> None:
        self.set_current(step)
        self.step_chosen.emit(step)
