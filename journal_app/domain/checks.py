"""Small validation helpers that raise ValidationError with a plain reason."""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.domain.errors import ValidationError


def in_range(name: str, value: float | None, low: float, high: float) -> None:
    """Refuse a number outside ``low..high`` (None means "not recorded" and passes)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValidationError(f"{name} must be between {low:g} and {high:g} (got {value!r}).")


def short_text(name: str, value: str, limit: int) -> None:
    """Refuse text longer than ``limit`` characters."""
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be text.")
    if len(value) > limit:
        raise ValidationError(
            f"{name} can be at most {limit:,} characters long (this one has {len(value):,}). "
            "Split it in two, or shorten it."
        )


def one_of(name: str, value: str | None, allowed: Iterable[str]) -> None:
    """Refuse a value that is not one of ``allowed`` (None passes)."""
    options = tuple(allowed)
    if value is not None and value not in options:
        raise ValidationError(f"{name} must be one of {', '.join(options)} (got {value!r}).")


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Normalise tags: trim, drop a leading '#', drop empties and case-insensitive repeats."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        tag = raw.strip().lstrip("#").strip()
        if not tag:
            continue
        short_text("A tag", tag, 40)
        key = tag.casefold()
        if key not in seen:
            seen.add(key)
            result.append(tag)
    return tuple(result)
