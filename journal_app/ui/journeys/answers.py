"""One integration step: its title and intro, and a text box and a star per prompt."""

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
from journal_app.ui.journeys.common import scrolling, text_box, wrapped
from journal_app.ui.pages.layout import card


class StepForm(QWidget):
    """Answers to one step's prompts; at +30d, the first capture beside them."""

    answer_edited = Signal(str, str)  # step, prompt id
    star_toggled = Signal(str, str, bool)  # step, prompt id, starred

    def __init__(
        self,
        step: IntegrationStep,
        capture: IntegrationStep | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step.step
        self._loading = False
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.stars: dict[str, QPushButton] = {}

        answers_card, answers = card(step.title)
        self.status = QLabel(objectName="muted")
        self.status.setAccessibleName(self.tr("When this step is due"))
        answers.addWidget(self.status)
        answers.addWidget(wrapped(step.intro, "hint"))
        for prompt in step.prompts:
            self._add_prompt(answers, prompt)

        self.capture_card: QWidget | None = None
        self.capture_text: QLabel | None = None
        self._capture_prompts = capture.prompts if capture else ()
        if capture is None:
            body: QWidget = answers_card
        else:
            self.capture_card, first = card(self.tr("My first capture"))
            first.addWidget(
                wrapped(self.tr("What I wrote right after the session, to read beside."), "hint")
            )
            self.capture_text = wrapped("")
            self.capture_text.setAccessibleName(self.tr("My first capture"))
            self.capture_text.setTextFormat(Qt.TextFormat.PlainText)
            first.addWidget(self.capture_text)
            first.addStretch(1)
            body = QWidget()
            side_by_side = QHBoxLayout(body)
            side_by_side.setContentsMargins(0, 0, 0, 0)
            side_by_side.setSpacing(14)
            side_by_side.addWidget(self.capture_card, 1)
            side_by_side.addWidget(answers_card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling([body]))

    def _add_prompt(self, answers: QVBoxLayout, prompt: Prompt) -> None:
        answers.addWidget(wrapped(prompt.text))
        box = text_box(prompt.text, lines=3)
        star = QPushButton(objectName="link", checkable=True)
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
        """Fill the first-capture column with the +0h answers ``texts``."""
        if self.capture_text is None:
            return
        parts = [
            f"{prompt.text}\n{texts[prompt.id].strip()}"
            for prompt in self._capture_prompts
            if texts.get(prompt.id, "").strip()
        ]
        self.capture_text.setText(
            "\n\n".join(parts) or self.tr("Nothing was written right after this session.")
        )

    def _show_star(self, star: QPushButton) -> None:
        star.setText(
            self.tr("★ Carrying this forward") if star.isChecked() else self.tr("☆ Carry this forward")
        )

    def _on_box_text_changed(self, prompt_id: str) -> None:
        star = self.stars[prompt_id]
        star.setEnabled(bool(self.boxes[prompt_id].toPlainText().strip()) or star.isChecked())
        if not self._loading:
            self.answer_edited.emit(self.step, prompt_id)

    def _on_star_toggled(self, prompt_id: str, on: bool) -> None:
        self._show_star(self.stars[prompt_id])
        if not self._loading:
            self.star_toggled.emit(self.step, prompt_id, on)
