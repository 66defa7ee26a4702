"""Today's weekly check during a course, and the line that opens the questions list."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.domain.weekly_check import INTRO, MAX_NOTE, QUESTIONS
from journal_app.messages import phrase
from journal_app.services.bundle import Services
from journal_app.services.weekly_check import EVERY
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card, paragraph

DISMISSED_KEY = "weekly_check_dismissed"  # the day "Not this week" was chosen


class YesNo(QWidget):
    """Two toggles, Yes and No; nothing chosen at first, and a second click clears."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QPushButton(self.tr("Yes"))
        self.no = QPushButton(self.tr("No"))
        self.yes.setCheckable(True)
        self.no.setCheckable(True)
        self.yes.setAccessibleName(self.tr("Yes: {label}").format(label=label))
        self.no.setAccessibleName(self.tr("No: {label}").format(label=label))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for button in (self.yes, self.no):
            button.setAutoDefault(False)
            button.setMinimumWidth(56)
            row.addWidget(button)
        self.yes.toggled.connect(self._on_yes_toggled)
        self.no.toggled.connect(self._on_no_toggled)

    def _on_yes_toggled(self, on: bool) -> None:
        if on:
            self.no.setChecked(False)

    def _on_no_toggled(self, on: bool) -> None:
        if on:
            self.yes.setChecked(False)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def clear(self) -> None:
        self.yes.setChecked(False)
        self.no.setChecked(False)


class WeeklyCheckCard(QWidget):
    """ "A quick weekly check": four optional yes/no questions and a note, while due."""

    saved = Signal(str)  # the check's record id
    questions_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._thanked = False
        frame, layout = card(self.tr("A quick weekly check"))
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(8)
        form.addWidget(paragraph(render(phrase(INTRO)), "muted"))
        self.answers: dict[str, YesNo] = {}
        for item in QUESTIONS:
            choice = YesNo(render(phrase(item.label)))
            text = paragraph(render(phrase(item.question)))
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(text, 1)
            row.addWidget(choice)
            form.addLayout(row)
            self.answers[item.name] = choice
        self.note = QLineEdit(maxLength=MAX_NOTE)
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        self.note.setAccessibleName(self.tr("A note for this week's check"))
        form.addWidget(self.note)
        self.problem = message_label(self.tr("Save problem"))
        form.addWidget(self.problem)
        self.save_button = named(QPushButton(self.tr("Save")), "primary")
        self.save_button.setAccessibleName(self.tr("Save this week's check"))
        self.save_button.setAutoDefault(False)
        self.dismiss_button = named(QPushButton(self.tr("Not this week")), "link")
        self.dismiss_button.setAccessibleName(self.tr("Hide the weekly check until next week"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        form.addLayout(buttons)

        self.thanks = QWidget()
        thanks = QHBoxLayout(self.thanks)
        thanks.setContentsMargins(0, 0, 0, 0)
        self.thanks_label = paragraph("")
        self.thanks_label.setAccessibleName(self.tr("Weekly check saved"))
        self.see_button = named(QPushButton(self.tr("See the list…")), "link")
        self.see_button.setAccessibleName(self.tr("Open your questions for your prescriber"))
        thanks.addWidget(self.thanks_label, 1)
        thanks.addWidget(self.see_button)
        self.thanks.setVisible(False)

        layout.addWidget(self.form)
        layout.addWidget(self.thanks)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setFocusProxy(self.answers[QUESTIONS[0].name].yes)

        self.note.returnPressed.connect(self._on_save_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.see_button.clicked.connect(self.questions_requested)

    def _now(self) -> datetime:
        return self._services.weekly_check.now()

    def _dismissed_lately(self, today: date) -> bool:
        value = self._services.settings.get(DISMISSED_KEY)
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return False
        return day is not None and today - day < EVERY

    def refresh(self) -> None:
        """Show the check while it is due and not put off; the thanks stay until settled."""
        if self._thanked:
            self.setVisible(True)
            return
        now = self._now()
        try:
            due = self._services.weekly_check.due(now) and not self._dismissed_lately(now.date())
        except JournalError:
            due = False  # never stand in the way of Today
        self.setVisible(due)

    def settle(self) -> None:
        """The person left Today: the thanks have been seen, so the card can go."""
        if self._thanked:
            self._thanked = False
            self.thanks.setVisible(False)
            self.form.setVisible(True)
            self.refresh()

    def _on_save_button_clicked(self) -> None:
        answers = {name: choice.answer() for name, choice in self.answers.items()}
        try:
            record = self._services.weekly_check.record(None, **answers, note=self.note.text())
        except JournalError as error:
            show_message(self.problem, render(error))  # the answers and note stay as they are
            return
        show_message(self.problem, "")
        words = self.tr("Thank you. Saved for this week.")
        if any(answers.values()):
            words += " " + self.tr("Added to your questions for your prescriber.")
        self.thanks_label.setText(words)
        self.see_button.setVisible(any(answers.values()))
        for choice in self.answers.values():
            choice.clear()
        self.note.clear()
        self._thanked = True
        self.form.setVisible(False)
        self.thanks.setVisible(True)
        show_message(self.thanks_label, words)  # read out, as the form it replaces goes
        if self.see_button.isVisibleTo(self):
            self.see_button.setFocus()
        self.saved.emit(record.id)

    def _on_dismiss_button_clicked(self) -> None:
        try:
            self._services.settings.set(DISMISSED_KEY, self._now().date().isoformat())
        except JournalError as error:
            show_message(self.problem, render(error))
            return
        self.hide()


class QuestionsLine(QWidget):
    """ "Questions for my prescriber…" with how many are on the list, always on Today."""

    open_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.button = QPushButton(self.tr("Questions for my prescriber…"))
        self.button.setAccessibleName(self.tr("Questions for my prescriber"))
        self.count = named(QLabel(), "muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.count, 1)
        self.setFocusProxy(self.button)
        self.button.clicked.connect(self.open_requested)

    def refresh(self) -> None:
        """Say how many of the person's own questions are still to ask."""
        try:
            waiting = sum(1 for item in self._services.questions.items() if not item.done)
        except JournalError:
            waiting = 0
        words = self.tr("{n} on your list").format(n=waiting) if waiting else ""
        self.count.setText(words)
        self.button.setAccessibleDescription(words)
