"""Small validation helpers that raise ValidationError with a plain reason."""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message

# ``name`` below is what is being checked, a phrase marked for translation by the caller:
# in_range(QT_TRANSLATE_NOOP("messages", "Mood"), ...). It is said at the start of a sentence.


def _named(name: Message | str) -> Message:
    return name if isinstance(name, Message) else Message(name)


def in_range(name: Message | str, value: float | None, low: float, high: float) -> None:
    """Refuse a number outside ``low..high`` (None means "not recorded" and passes)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} must be between {low:g} and {high:g} (got {value!r})."
                ),
                name=_named(name),
                low=low,
                high=high,
                value=value,
            )
        )


def short_text(name: Message | str, value: str, limit: int) -> None:
    """Refuse text longer than ``limit`` characters."""
    if not isinstance(value, str):
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("messages", "{name} must be text."), name=_named(name))
        )
    if len(value) > limit:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} can be at most {limit:,} characters long (this one has {count:,}). "
                    "Split it in two, or shorten it.",
                ),
                name=_named(name),
                limit=limit,
                count=len(value),
            )
        )


def one_of(name: Message | str, value: str | None, allowed: Iterable[str]) -> None:
    """Refuse a value that is not one of ``allowed`` (None passes)."""
    options = tuple(allowed)
    if value is not None and value not in options:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name} must be one of {options} (got {value!r})."),
                name=_named(name),
                options=", ".join(options),
                value=value,
            )
        )


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Normalise tags: trim, drop a leading '#', drop empties and case-insensitive repeats."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        tag = raw.strip().lstrip("#").strip()
        if not tag:
            continue
        short_text(QT_TRANSLATE_NOOP("messages", "A tag"), tag, 40)
        key = tag.casefold()
        if key not in seen:
            seen.add(key)
            result.append(tag)
    return tuple(result)
