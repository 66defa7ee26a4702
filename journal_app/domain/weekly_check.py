"""A weekly check during a course: four short, optional questions and a note.

Repeated ketamine treatment can bring bladder changes, a feeling of unreality that
lingers, and memory or concentration trouble; at home, a dose can be taken outside the
plan. The check asks about each once a week while a course runs (docs/prescriber-questions.md).
A "yes" is never a diagnosis: it becomes a line worth mentioning to the prescriber.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Self

from journal_app.domain.checks import short_text
from journal_app.domain.clock import check_year, local_minutes, read_local_datetime
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import register_kind, trusted
from journal_app.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class WeeklyQuestion:
    """One question of the check, in our own words, and what a "yes" adds to the list."""

    name: str
    label: str  # a few words, for lists and the command line
    question: str  # as it is asked
    worth_mentioning: str  # the line a "yes" adds to the questions for the prescriber


QUESTIONS = (
    WeeklyQuestion(
        "bladder",
        QT_TRANSLATE_NOOP("messages", "Bladder changes"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Any bladder changes this week — going more often, needing to go in a hurry, "
            "pain when you go, or blood?",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "I noticed bladder changes (going more often, urgency, pain or blood) this week "
            "— worth mentioning to my prescriber.",
        ),
    ),
    WeeklyQuestion(
        "unreal",
        QT_TRANSLATE_NOOP("messages", "Feeling unreal"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Has a feeling of being unreal, or of the world seeming unreal, stayed with you "
            "and not lifted?",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "A feeling of being unreal stayed with me this week and hadn't lifted "
            "— worth mentioning to my prescriber.",
        ),
    ),
    WeeklyQuestion(
        "memory",
        QT_TRANSLATE_NOOP("messages", "Memory or concentration"),
        QT_TRANSLATE_NOOP(
            "messages", "More trouble than usual with memory or concentration this week?"
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "I had more trouble than usual with memory or concentration this week "
            "— worth mentioning to my prescriber.",
        ),
    ),
    WeeklyQuestion(
        "extra_dose",
        QT_TRANSLATE_NOOP("messages", "A dose outside the plan"),
        QT_TRANSLATE_NOOP(
            "messages",
            "If you're treated at home: did you take any dose outside your plan this week?",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "I took a dose outside my plan this week — worth mentioning to my prescriber.",
        ),
    ),
)
QUESTION_NAMES = tuple(q.name for q in QUESTIONS)
MAX_NOTE = 1000
INTRO = QT_TRANSLATE_NOOP(
    "messages", "A short check for this week. Answer what you like and skip the rest."
)


def question(name: str) -> WeeklyQuestion:
    """The question called ``name``."""
    for item in QUESTIONS:
        if item.name == name:
            return item
    raise ValidationError(
        Message(
            QT_TRANSLATE_NOOP("messages", "The weekly check has no question called {name!r}."),
            name=name,
        )
    )


def _check_answer(name: str, value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The answer to “{label}” must be yes, no, or left out."
                ),
                label=question(name).label,
            )
        )


@register_kind
@dataclass(frozen=True, slots=True)
class WeeklyCheck:
    """Four answers (True yes, False no, None skipped), a short note, and when."""

    KIND: ClassVar[str] = "weekly_check"
    SCHEMA: ClassVar[int] = 1

    at: datetime
    bladder: bool | None = None
    unreal: bool | None = None
    memory: bool | None = None
    extra_dose: bool | None = None
    note: str = ""
    course_id: str = ""  # the course running when it was answered ("" if none)

    def __post_init__(self) -> None:
        if not isinstance(self.at, datetime):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The weekly check needs the date and time it was answered."
                    )
                )
            )
        check_year(self.at)
        for name in QUESTION_NAMES:
            _check_answer(name, getattr(self, name))
        short_text(QT_TRANSLATE_NOOP("messages", "The note"), self.note, MAX_NOTE)
        if not isinstance(self.course_id, str):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The course of a weekly check must be its id.")
                )
            )

    @classmethod
    def from_answers(
        cls, at: datetime, answers: Mapping[str, bool | None], note: str = "", course_id: str = ""
    ) -> WeeklyCheck:
        """A check from ``{question name: answer}``; a name that isn't a question is refused."""
        unknown = sorted(set(answers) - set(QUESTION_NAMES))
        if unknown:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The weekly check has no question called {name!r}."
                    ),
                    name=unknown[0],
                )
            )
        return cls(
            at,
            bladder=answers.get("bladder"),
            unreal=answers.get("unreal"),
            memory=answers.get("memory"),
            extra_dose=answers.get("extra_dose"),
            note=note,
            course_id=course_id,
        )

    def answers(self) -> dict[str, bool | None]:
        """Every answer by question name, in the check's order."""
        return {name: getattr(self, name) for name in QUESTION_NAMES}

    @property
    def answered(self) -> bool:
        """Whether any question was answered or a note written."""
        return any(v is not None for v in self.answers().values()) or bool(self.note.strip())

    def yes(self) -> tuple[WeeklyQuestion, ...]:
        """The questions answered "yes", in order."""
        return tuple(q for q in QUESTIONS if getattr(self, q.name) is True)

    def worth_mentioning(self) -> tuple[str, ...]:
        """A line worth mentioning to the prescriber for each "yes"."""
        return tuple(q.worth_mentioning for q in self.yes())

    def to_data(self) -> dict[str, Any]:
        return {
            "at": local_minutes(self.at),
            **self.answers(),
            "note": self.note,
            "course_id": self.course_id,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        answers = {name: data.get(name) for name in QUESTION_NAMES}
        if not all(v is None or isinstance(v, bool) for v in answers.values()):
            raise ValueError("a weekly-check answer is not yes, no or empty")
        note, course_id = data.get("note", ""), data.get("course_id", "")
        if not isinstance(note, str) or not isinstance(course_id, str):
            raise ValueError("a weekly check's note or course is not text")
        return trusted(
            cls,
            at=read_local_datetime(data["at"]),
            **answers,
            note=note,
            course_id=course_id,
        )
