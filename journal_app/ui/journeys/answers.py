"""One integration step: its title and intro, and a text box and a star per prompt.

At +30 days (and a course's 30 days after) the first captures stand beside the answers;
after a session of an induction or maintenance course, +1 day also asks for a mood.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.journey import Answer
from journal_app.services.guides import IntegrationStep, Prompt
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.journeys.common import scrolling, text_box, wrapped
from journal_app.ui.mood.spin import ScaleSpinBox
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card


class StepForm(QWidget):
    """Answers to one step's prompts; at +30d, the first capture beside them."""

    answer_edited = Signal(str, str)  # step, prompt id
    star_toggled = Signal(str, str, bool)  # step, prompt id, starred
    mood_chosen = Signal(int)  # "Mood today", when the person adds it

    def __init__(
        self,
        step: IntegrationStep,
        capture: IntegrationStep | None = None,
        parent: QWidget | None = None,
        *,
        mood: bool = False,
    ) -> None:
        super().__init__(parent)
        self.step = step.step
        self._loading = False
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.stars: dict[str, QPushButton] = {}
        self.mood: ScaleSpinBox | None = None

        answers_card, answers = card(step.title)
        self.status = named(QLabel(wordWrap=True), "muted")
        self.status.setAccessibleName(self.tr("When this step is due"))
        answers.addWidget(self.status)
        answers.addWidget(wrapped(step.intro, "hint"))
        if mood:
            self._add_mood(answers)
        for prompt in step.prompts:
            self._add_prompt(answers, prompt)

        self.capture_card: QWidget | None = None
        self.capture: QVBoxLayout | None = None
        self._capture_prompts = capture.prompts if capture else ()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if capture is not None:  # in its own column, so it stays in view beside the answers
            course = step.step == "course-30d"
            title = (
                self.tr("My first and latest captures") if course else self.tr("My first capture")
            )
            hint = (
                self.tr("What I wrote right after the first and the last session, to read beside.")
                if course
                else self.tr("What I wrote right after the session, to read beside.")
            )
            self.capture_card, self.capture = card(title)
            self.capture.addWidget(wrapped(hint, "hint"))
            layout.addWidget(scrolling([self.capture_card]), 1)
        layout.addWidget(scrolling([answers_card]), 1)

    def _add_mood(self, answers: QVBoxLayout) -> None:
        """ "Mood today (1–10)": saved as a check-in, for the chart, only when added."""
        self.mood = ScaleSpinBox(1, 10, self.tr("Mood today, from 1 to 10"))
        self.mood_button = QPushButton(self.tr("Add to my mood chart"))
        self.mood_button.setAccessibleName(self.tr("Add this mood to my mood chart"))
        self.mood_button.setEnabled(False)
        self.mood_note = named(QLabel(wordWrap=True), "hint")
        self.mood_note.setAccessibleName(self.tr("Mood saved"))
        self.mood_note.hide()
        row = QWidget()
        flow = FlowLayout(row, spacing=10)  # the button goes under the box if narrow
        for widget in (QLabel(self.tr("Mood today (1–10)")), self.mood, self.mood_button):
            flow.add(widget)
        answers.addWidget(row)
        answers.addWidget(self.mood_note)
        self.mood.valueChanged.connect(self._on_mood_value_changed)
        self.mood_button.clicked.connect(self._on_mood_button_clicked)

    def mood_saved(self, text: str) -> None:
        """Say the mood was saved (or why not)."""
        self.mood_note.setText(text)
        self.mood_note.show()

    def _add_prompt(self, answers: QVBoxLayout, prompt: Prompt) -> None:
        answers.addWidget(wrapped(prompt.text))
        if prompt.note:  # a fixed line that goes with the prompt (who to reach, and when)
            answers.addWidget(wrapped(prompt.note, "hint"))
        box = text_box(prompt.text, lines=3)
        star = named(QPushButton(), "link")
        star.setCheckable(True)
        star.setAccessibleName(self.tr("Carry this forward: {prompt}").format(prompt=prompt.text))
        star.setToolTip(self.tr("Star this answer as an insight to carry forward"))
        star.setEnabled(False)
        self._show_star(star)
        box.textChanged.connect(lambda: self._on_box_text_changed(prompt.id))
        star.toggled.connect(lambda on: self._on_star_toggled(prompt.id, on))
        answers.addWidget(box)
        answers.addWidget(star, 0, Qt.AlignmentFlag.AlignRight)
        self.boxes[prompt.id] = box
        self.stars[prompt.id] = star

    def load(self, answers: dict[str, Answer]) -> None:
        """Show saved ``answers`` (no signals for this)."""
        self._loading = True
        try:
            for prompt_id, box in self.boxes.items():
                answer = answers.get(prompt_id)
                box.setPlainText(answer.text if answer else "")
                star = self.stars[prompt_id]
                star.setChecked(bool(answer and answer.starred))
                star.setEnabled(bool(answer and (answer.text.strip() or answer.starred)))
                self._show_star(star)
        finally:
            self._loading = False

    def texts(self) -> dict[str, str]:
        return {prompt_id: box.toPlainText() for prompt_id, box in self.boxes.items()}

    def show_capture(self, texts: dict[str, str]) -> None:
        """Fill the first-capture column with the +0h answers ``texts`` (read-only)."""
        self.show_captures([("", texts)])

    def show_captures(self, sections: list[tuple[str, dict[str, str]]]) -> None:
        """Fill the capture column with (heading, +0h answers) sections (read-only)."""
        if self.capture is None:
            return
        while self.capture.count() > 2:  # keep the title and the hint
            item = self.capture.takeAt(2)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for heading, texts in sections:
            if heading:
                self.capture.addWidget(wrapped(heading, "sectionTitle"))
            shown = [p for p in self._capture_prompts if texts.get(p.id, "").strip()]
            for prompt in shown:
                question = wrapped(prompt.text, "muted")
                answer = wrapped(texts[prompt.id].strip())
                answer.setTextFormat(Qt.TextFormat.PlainText)
                answer.setAccessibleName(prompt.text)
                answer.setContentsMargins(0, 0, 0, 8)
                self.capture.addWidget(question)
                self.capture.addWidget(answer)
            if not shown:
                self.capture.addWidget(
                    wrapped(self.tr("Nothing was written right after this session."), "muted")
                )
        for index in range(2, self.capture.count()):
            item = self.capture.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.show()

    def _show_star(self, star: QPushButton) -> None:
        star.setText(
            self.tr("★ Carrying this forward")
            if star.isChecked()
            else self.tr("☆ Carry this forward")
        )

    def _on_box_text_changed(self, prompt_id: str) -> None:
        star = self.stars[prompt_id]
        star.setEnabled(bool(self.boxes[prompt_id].toPlainText().strip()) or star.isChecked())
        if not self._loading:
            self.answer_edited.emit(self.step, prompt_id)

    def _on_mood_value_changed(self, _: int) -> None:
        assert self.mood is not None
        self.mood_button.setEnabled(self.mood.number() is not None)

    def _on_mood_button_clicked(self) -> None:
        number = self.mood.number() if self.mood is not None else None
        if number is not None:
            self.mood_chosen.emit(number)
            self.mood_button.setEnabled(False)

    def _on_star_toggled(self, prompt_id: str, on: bool) -> None:
        self._show_star(self.stars[prompt_id])
        if not self._loading:
            self.star_toggled.emit(self.step, prompt_id, on)
