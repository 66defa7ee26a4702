"""A course of treatment: the journeys that belong together, and its own reflections.

Ketamine treatment comes in courses (an induction of about six sessions over two to
three weeks, maintenance boosters every few weeks); a psychedelic session is often a
course of one. The rules that group journeys and schedule integration are in
:mod:`journal_app.domain.course_schedule`; docs/integration.md says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from journal_app.domain.checks import in_range, one_of
from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Answer
from journal_app.domain.records import register_kind, trusted
from journal_app.messages import QT_TRANSLATE_NOOP, Message

INDUCTION, MAINTENANCE, SINGLE = "induction", "maintenance", "single"
COURSE_KINDS = (INDUCTION, MAINTENANCE, SINGLE)
MAX_PLANNED = 50


@register_kind
@dataclass(frozen=True, slots=True)
class Course:
    """A course: its kind (None: from the number of sessions), planned length, reflections.

    ``integration`` holds the answers to the course's own steps (``course-week-1``,
    ``course-3d``, ``month-2``...), shaped as a journey's: step -> prompt id -> answer.
    """

    KIND: ClassVar[str] = "course"
    SCHEMA: ClassVar[int] = 1

    kind: str | None = None
    planned: int | None = None
    integration: dict[str, dict[str, Answer]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        one_of(QT_TRANSLATE_NOOP("messages", "The kind of course"), self.kind, COURSE_KINDS)
        if self.planned is not None and not isinstance(self.planned, int):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The planned number of sessions must be a whole number."
                    )
                )
            )
        in_range(
            QT_TRANSLATE_NOOP("messages", "The planned number of sessions"),
            self.planned,
            1,
            MAX_PLANNED,
        )

    def kind_for(self, sessions: int) -> str:
        """The kind chosen, else single for one session and induction for more."""
        if self.kind is not None:
            return self.kind
        return SINGLE if sessions <= 1 else INDUCTION

    def to_data(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "planned": self.planned,
            "integration": {
                step: {pid: answer.to_data() for pid, answer in answers.items()}
                for step, answers in self.integration.items()
            },
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return trusted(
            cls,
            kind=data.get("kind"),
            planned=data.get("planned"),
            integration={
                step: {pid: Answer.from_data(a) for pid, a in answers.items()}
                for step, answers in data.get("integration", {}).items()
            },
        )
