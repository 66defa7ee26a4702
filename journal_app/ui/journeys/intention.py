"""Intention: guidance, guided questions, the one-sentence intention, and earlier ones."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from journal_app.domain.journey import Intention
from journal_app.services.guides import Prompt
from journal_app.ui.journeys.common import scrolling, text_box, wrapped
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card


class IntentionPane(QWidget):
    """Edits a journey's Intention; says ``edited`` on every change."""

    edited = Signal()

    def __init__(
        self, guidance: str, prompts: tuple[Prompt, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._other: dict[str, str] = {}  # answers to prompts this version doesn't know

        prompts_card, questions = card(self.tr("Finding the words"))
        questions.addWidget(wrapped(guidance))
        questions.addWidget(
            wrapped(self.tr("Every question is optional. Answer one, or all, or none."), "hint")
        )
        self.answers: dict[str, QPlainTextEdit] = {}
        for prompt in prompts:
            questions.addSpacing(6)  # a little air between one question and the next
            questions.addWidget(wrapped(prompt.text))
            box = text_box(prompt.text, lines=2)
            box.textChanged.connect(self._on_text_changed)
            questions.addWidget(box)
            self.answers[prompt.id] = box

        sentence_card, sentence = card(self.tr("My intention"))
        self.sentence = QLineEdit()
        self.sentence.setAccessibleName(self.tr("My intention, in one sentence"))
        self.sentence.setPlaceholderText(self.tr("In one sentence, in my own words"))
        self.sentence.setMaxLength(1000)
        sentence.addWidget(self.sentence)

        self.earlier_card, earlier = card(self.tr("My earlier intentions"))
        self.earlier_list = named(QLabel(wordWrap=True), "muted")
        self.earlier_list.setAccessibleName(self.tr("My earlier intentions"))
        earlier.addWidget(self.earlier_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling([prompts_card, sentence_card, self.earlier_card]))
        self.sentence.textEdited.connect(self._on_text_changed)

    def load(self, intention: Intention, earlier: list[tuple[str, str]]) -> None:
        """Show ``intention``, and ``earlier`` as (which session, sentence) pairs."""
        self._loading = True
        try:
            self.sentence.setText(intention.sentence)
            for prompt_id, box in self.answers.items():
                box.setPlainText(intention.answers.get(prompt_id, ""))
            self._other = {k: v for k, v in intention.answers.items() if k not in self.answers}
        finally:
            self._loading = False
        lines = [
            self.tr("{which}: “{sentence}”").format(which=which, sentence=text)
            for which, text in earlier
            if text.strip()
        ]
        self.earlier_list.setText("\n".join(lines))
        self.earlier_card.setVisible(bool(lines))

    def value(self) -> Intention:
        answers = {pid: box.toPlainText() for pid, box in self.answers.items()}
        kept = {pid: text for pid, text in answers.items() if text.strip()}
        return Intention(answers={**self._other, **kept}, sentence=self.sentence.text().strip())

    def written(self) -> bool:
        return bool(self.sentence.text().strip())

    def _on_text_changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()
