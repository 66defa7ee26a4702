"""A daily journal entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Self

from journal_app.domain.checks import clean_tags, in_range, short_text
from journal_app.domain.clock import check_year, read_date
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import register_kind, trusted
from journal_app.messages import QT_TRANSLATE_NOOP, Message

MAX_BODY = 1_000_000


@register_kind
@dataclass(frozen=True, slots=True)
class Entry:
    """Markdown text written on a given day, with optional title, tags and mood."""

    KIND: ClassVar[str] = "entry"
    SCHEMA: ClassVar[int] = 1

    body: str
    day: date
    title: str = ""
    tags: tuple[str, ...] = ()
    private: bool = False
    prompt_id: str | None = None
    mood: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.body, str) or not self.body.strip():
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "An entry needs some text; there is nothing to save yet."
                    )
                )
            )
        short_text(QT_TRANSLATE_NOOP("messages", "The entry"), self.body, MAX_BODY)
        short_text(QT_TRANSLATE_NOOP("messages", "A title"), self.title, 200)
        object.__setattr__(self, "tags", clean_tags(self.tags))
        in_range(QT_TRANSLATE_NOOP("messages", "Mood"), self.mood, 1, 10)
        check_year(self.day)

    def to_data(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "date": self.day.isoformat(),
            "title": self.title,
            "tags": list(self.tags),
            "private": self.private,
            "prompt_id": self.prompt_id,
            "mood": self.mood,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return trusted(
            cls,
            body=data["body"],
            day=read_date(data["date"]),
            title=data.get("title", ""),
            tags=tuple(data.get("tags", ())),
            private=bool(data.get("private", False)),
            prompt_id=data.get("prompt_id"),
            mood=data.get("mood"),
        )
