"""A mood check-in: how someone is, in a few numbers and words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Self

from journal_app.domain.checks import clean_tags, in_range, short_text
from journal_app.domain.clock import check_year, local_minutes, read_local_datetime
from journal_app.domain.records import register_kind, trusted
from journal_app.messages import QT_TRANSLATE_NOOP


@register_kind
@dataclass(frozen=True, slots=True)
class CheckIn:
    """Mood 1-10 and optional anxiety, energy, sleep, emotion words and a note."""

    KIND: ClassVar[str] = "checkin"
    SCHEMA: ClassVar[int] = 1

    at: datetime
    mood: int
    anxiety: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    emotions: tuple[str, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        in_range(QT_TRANSLATE_NOOP("messages", "Mood"), self.mood, 1, 10)
        in_range(QT_TRANSLATE_NOOP("messages", "Anxiety"), self.anxiety, 0, 10)
        in_range(QT_TRANSLATE_NOOP("messages", "Energy"), self.energy, 0, 10)
        in_range(QT_TRANSLATE_NOOP("messages", "Hours of sleep"), self.sleep_hours, 0, 24)
        in_range(QT_TRANSLATE_NOOP("messages", "Sleep quality"), self.sleep_quality, 1, 5)
        object.__setattr__(self, "emotions", clean_tags(self.emotions))
        short_text(QT_TRANSLATE_NOOP("messages", "The note"), self.note, 5000)
        check_year(self.at)

    def to_data(self) -> dict[str, Any]:
        return {
            "at": local_minutes(self.at),
            "mood": self.mood,
            "anxiety": self.anxiety,
            "energy": self.energy,
            "sleep_hours": self.sleep_hours,
            "sleep_quality": self.sleep_quality,
            "emotions": list(self.emotions),
            "note": self.note,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return trusted(
            cls,
            at=read_local_datetime(data["at"]),
            mood=data["mood"],
            anxiety=data.get("anxiety"),
            energy=data.get("energy"),
            sleep_hours=data.get("sleep_hours"),
            sleep_quality=data.get("sleep_quality"),
            emotions=tuple(data.get("emotions", ())),
            note=data.get("note", ""),
        )
