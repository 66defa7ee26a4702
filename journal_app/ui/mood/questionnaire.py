"""Taking a questionnaire: PHQ-9, GAD-7, WHO-5 or PCL-5, with its exact wording and options.

Submit waits until every item is answered; the PHQ-9/GAD-7 question about how difficult
things have been and the PCL-5 note of the experience in mind are optional. The result says
what the total means, and that it is a self-report, not a diagnosis. An answer above 0 to
PHQ-9 item 9 opens the crisis lines right after, gently; a WHO-5 answer of 0 or 1 to any
statement adds a kind sentence (the "low_item" flag).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import ValidationError
from journal_app.instruments.definitions import Instrument, all_instruments, instrument
from journal_app.instruments.scoring import Score
from journal_app.services.bundle import Services
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.messages import render
from journal_app.ui.mood.answers import InstrumentAnswers
from journal_app.ui.mood.describe import NOT_A_DIAGNOSIS, result_text
from journal_app.ui.named import named

RISK_FLAG = "item9"


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = named(QLabel(text, wordWrap=True), name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class QuestionnaireForm(QWidget):
    """Pick a questionnaire, answer every item, submit, read the result."""

    taken = Signal(str)  # the stored result's record id
    instrument_changed = Signal(str)  # the questionnaire now shown

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pages: dict[str, InstrumentAnswers] = {}
        self.last_score: Score | None = None

        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Questionnaire"))
        for each in all_instruments():
            self.picker.addItem(each.name, each.id)
        self.title = _wrapped(name="sectionTitle")
        self.about = _wrapped(name="hint")
        self.time_frame = _wrapped()
        self.time_frame.setAccessibleName(self.tr("What the questions ask about"))
        self.instruction = _wrapped()
        self.instruction.setAccessibleName(self.tr("How to read the answers"))
        self.items_area = QVBoxLayout()
        self.items_area.setContentsMargins(0, 6, 0, 6)
        self.submit_button = named(QPushButton(self.tr("See my result")), "primary")
        self.submit_button.setAccessibleName(self.tr("Submit the answers and see the result"))
        self.progress = named(QLabel(), "hint")
        self.problem = message_label(self.tr("Why the answers were not saved"))
        self.source = _wrapped(name="muted")
        self.source.setAccessibleName(self.tr("Source and licence"))
        self.source.setProperty("textSize", "small")  # app.qss: smaller than body text

        self.result = named(QFrame(), "banner")
        self.result.setAccessibleName(self.tr("Your result"))
        self.result_label = _wrapped(name="sectionTitle")
        self.result_note = _wrapped(self.tr(NOT_A_DIAGNOSIS))  # i18n: marked
        self.difficulty_note = _wrapped()
        self.difficulty_note.setAccessibleName(self.tr("How difficult, as you answered"))
        self.flag_note = _wrapped()
        self.flag_note.setAccessibleName(self.tr("Something worth noticing"))
        self.risk_note = _wrapped(
            self.tr(
                "You said thoughts of being better off dead, or of hurting yourself, have "
                "come up. You don't have to hold that alone. Please tell your care team, "
                "or reach someone now."
            )
        )
        self.crisis_button = named(QPushButton(self.tr("Who I can reach now")), "link")
        self.crisis_button.setAccessibleName(self.tr("Show crisis lines"))
        self.again_button = QPushButton(self.tr("Take it again"))
        self.again_button.setAccessibleName(self.tr("Clear the answers and take it again"))
        result_layout = QVBoxLayout(self.result)
        result_layout.setContentsMargins(6, 6, 6, 6)
        for note in (
            self.result_label,
            self.difficulty_note,
            self.flag_note,
            self.result_note,
            self.risk_note,
        ):
            result_layout.addWidget(note)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.crisis_button)
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.again_button)
        result_layout.addLayout(result_buttons)
        self.result.hide()

        picker_row = QHBoxLayout()
        picker_row.addWidget(QLabel(self.tr("Questionnaire")))
        picker_row.addWidget(self.picker)
        picker_row.addStretch(1)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.submit_button)
        submit_row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(picker_row)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addWidget(self.result)
        layout.addWidget(self.time_frame)
        layout.addWidget(self.instruction)
        layout.addLayout(self.items_area)
        layout.addWidget(self.problem)
        layout.addLayout(submit_row)
        layout.addWidget(self.source)

        self.picker.currentIndexChanged.connect(self._on_picker_current_index_changed)
        self.submit_button.clicked.connect(self.submit)
        self.again_button.clicked.connect(self._on_again_button_clicked)
        self.crisis_button.clicked.connect(self._on_crisis_button_clicked)
        self._show(self.picker.currentData())

    @property
    def instrument(self) -> Instrument:
        return instrument(self.picker.currentData())

    @property
    def answers(self) -> InstrumentAnswers:
        """The items of the questionnaire now shown."""
        return self._pages[self.instrument.id]

    def choose(self, instrument_id: str) -> None:
        """Show the questionnaire ``instrument_id`` (phq9, gad7, who5, pcl5)."""
        self.picker.setCurrentIndex(self.picker.findData(instrument(instrument_id).id))

    def focus_first_item(self) -> None:
        self.answers.items[0].focus()

    def submit(self) -> None:
        """Score and store the answers, then show what they mean."""
        page = self.answers
        if not page.complete():
            return
        answers = [a for a in page.answers() if a is not None]
        try:
            record, score = self._services.assessments.take(
                page.instrument.id,
                answers,
                difficulty=page.difficulty_answer(),
                event_note=page.event_note(),
            )
        except ValidationError as error:
            show_message(self.problem, render(error))
            return
        show_message(self.problem, "")
        self.last_score = score
        page.clear()  # stored: coming back to this questionnaire starts afresh
        self._show_result(page.instrument, score)
        self.taken.emit(record.id)
        if RISK_FLAG in score.flags:
            CrisisDialog.show_for(self, self._services)

    def _show(self, instrument_id: str) -> None:
        chosen = instrument(instrument_id)
        if chosen.id not in self._pages:
            page = InstrumentAnswers(chosen)
            page.changed.connect(self._on_answers_changed)
            self.items_area.addWidget(page)
            # Tab from the last item goes on through the optional question, if any, to
            # Submit (only one option per item is a stop).
            previous: QWidget = page.items[-1].options[-1]
            for widget in (*page.last_widgets(), self.submit_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget
            self._pages[chosen.id] = page
        for each_id, page in self._pages.items():
            page.setVisible(each_id == chosen.id)
        self.title.setText(chosen.title)
        self.about.setText(chosen.about)
        self.time_frame.setText(chosen.time_frame)
        self.instruction.setText(chosen.instruction)
        self.source.setText(
            self.tr("Source: {source} Licence: {licence}").format(
                source=chosen.source, licence=chosen.licence
            )
        )
        self._set_result_shown(False)
        self._on_answers_changed()

    def _show_result(self, chosen: Instrument, score: Score) -> None:
        self.result_label.setText(result_text(chosen, score))
        question = chosen.difficulty
        self.difficulty_note.setVisible(question is not None and score.difficulty is not None)
        if question is not None and score.difficulty is not None:
            self.difficulty_note.setText(
                self.tr("How difficult these problems have made things: {answer}.").format(
                    answer=question.label(score.difficulty)
                )
            )
        notes = [f.note for f in chosen.flags if f.note and f.id in score.flags]
        self.flag_note.setText("\n".join(notes))
        self.flag_note.setVisible(bool(notes))
        risk = RISK_FLAG in score.flags
        self.risk_note.setVisible(risk)
        self.crisis_button.setVisible(risk)
        self._set_result_shown(True)
        self.again_button.setFocus()

    def _set_result_shown(self, shown: bool) -> None:
        """While a result shows, the answered items and Submit step aside."""
        self.result.setVisible(shown)
        for widget in (self.time_frame, self.submit_button, self.progress, self.answers):
            widget.setVisible(not shown)
        self.instruction.setVisible(not shown and bool(self.instrument.instruction))

    def _on_answers_changed(self) -> None:
        page = self.answers
        total = len(page.items)
        done = page.answered_count()
        self.submit_button.setEnabled(done == total)
        self.progress.setText(
            self.tr("All {n} answered.").format(n=total)
            if done == total
            else self.tr("{done} of {n} answered").format(done=done, n=total)
        )

    def _on_picker_current_index_changed(self, _: int) -> None:
        self._show(self.picker.currentData())
        self.instrument_changed.emit(self.instrument.id)

    def _on_again_button_clicked(self) -> None:
        self.answers.clear()
        self._set_result_shown(False)
        self.focus_first_item()

    def _on_crisis_button_clicked(self) -> None:
        CrisisDialog.show_for(self, self._services)
