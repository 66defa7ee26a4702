"""A completed questionnaire (PHQ-9, GAD-7...) with its score."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Self

from journal_app.domain.checks import in_range, short_text
from journal_app.domain.clock import check_year, local_minutes, read_local_datetime
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import register_kind, trusted
from journal_app.messages import QT_TRANSLATE_NOOP, Message

EVENT_NOTE_LIMIT = 500


@register_kind
@dataclass(frozen=True, slots=True)
class Assessment:
    """The answers to one questionnaire and what they scored.

    ``difficulty`` is the unscored PHQ-9/GAD-7 question after the items (0-3, or None when
    not answered). ``event_note`` is the person's private note of the experience a PCL-5
    refers to: shown back only to them, never in the therapist summary.
    """

    KIND: ClassVar[str] = "assessment"
    SCHEMA: ClassVar[int] = 1

    instrument: str
    version: int
    at: datetime
    answers: tuple[int, ...]
    total: int
    severity: str
    flags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    difficulty: int | None = None
    event_note: str = ""

    def __post_init__(self) -> None:
        short_text(QT_TRANSLATE_NOOP("messages", "The questionnaire id"), self.instrument, 40)
        if not self.instrument:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A questionnaire result needs the questionnaire's id."
                    )
                )
            )
        if any(isinstance(a, bool) or not isinstance(a, int) for a in self.answers):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Questionnaire answers must be whole numbers.")
                )
            )
        if self.difficulty is not None and not isinstance(self.difficulty, int):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The answer about how difficult things have been is 0 to 3."
                    )
                )
            )
        in_range(
            QT_TRANSLATE_NOOP("messages", "The answer about how difficult things have been"),
            self.difficulty,
            0,
            3,
        )
        short_text(
            QT_TRANSLATE_NOOP("messages", "The note of the experience you had in mind"),
            self.event_note,
            EVENT_NOTE_LIMIT,
        )
        check_year(self.at)

    def to_data(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument,
            "version": self.version,
            "at": local_minutes(self.at),
            "answers": list(self.answers),
            "total": self.total,
            "severity": self.severity,
            "flags": list(self.flags),
            "extra": self.extra,
            "difficulty": self.difficulty,
            "event_note": self.event_note,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        # Results stored with version-1 instruments have no difficulty or event note.
        return trusted(
            cls,
            instrument=data["instrument"],
            version=data["version"],
            at=read_local_datetime(data["at"]),
            answers=tuple(data["answers"]),
            total=data["total"],
            severity=data["severity"],
            flags=tuple(data.get("flags", ())),
            extra=dict(data.get("extra", {})),
            difficulty=data.get("difficulty"),
            event_note=data.get("event_note", ""),
        )
