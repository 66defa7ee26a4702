"""Earlier reflections: answers to steps a session no longer has, kept and shown as written.

A journey that joined a course keeps only "Right after" and "+1 day" of its own; what
was written at +3 days (say) before that stays in the journal and is read here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal_app.domain.integration import step_order
from journal_app.domain.journey import Answer, Journey
from journal_app.services.guides import integration_prompt, integration_step
from journal_app.ui.journeys.common import scrolling, wrapped
from journal_app.ui.journeys.describe import step_label
from journal_app.ui.pages.layout import card

STEP = "earlier"  # the name the Integration pane gives this page


def earlier_steps(journey: Journey, current: set[str]) -> list[str]:
    """Steps with something written that are not among ``current``, in step order."""
    return sorted(
        (
            step
            for step, answers in journey.integration.items()
            if step not in current and any(a.text.strip() or a.starred for a in answers.values())
        ),
        key=step_order,
    )


class EarlierReflections(QWidget):
    """Read-only: each earlier step's title, and its prompts with what was written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = STEP
        self.cards: dict[str, QWidget] = {}
        self._column = QVBoxLayout()
        intro = wrapped(
            self.tr(
                "What you wrote at steps this session no longer has, since it became part "
                "of a course. It's all kept, just as you wrote it."
            ),
            "hint",
        )
        holder = QWidget()
        holder.setLayout(self._column)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling([intro, holder]))

    def load(self, journey: Journey, steps: list[str]) -> None:
        """Show the answers of ``journey`` to ``steps``."""
        while self._column.count():
            item = self._column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = {}
        for step in steps:
            frame = self._card(step, journey.integration.get(step, {}))
            self._column.addWidget(frame)
            self.cards[step] = frame

    def _card(self, step: str, answers: dict[str, Answer]) -> QWidget:
        try:
            title = integration_step(step).title
        except KeyError:
            title = ""
        heading = f"{step_label(step)} · {title}" if title else step_label(step)
        frame, layout = card(heading)
        for prompt_id, answer in answers.items():
            if not (answer.text.strip() or answer.starred):
                continue
            prompt = integration_prompt(prompt_id)
            if prompt is not None:
                layout.addWidget(wrapped(prompt.text, "muted"))
            text = answer.text.strip()
            if answer.starred:
                text = self.tr("★ {text}").format(text=text)
            label: QLabel = wrapped(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(prompt.text if prompt is not None else heading)
            layout.addWidget(label)
        return frame
