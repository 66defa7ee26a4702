"""A personal safety plan: six short steps, in the person's own words, for a hard moment.

The steps follow the order of safety planning (Stanley & Brown, 2012; see
docs/safety-plan.md): notice the signs, do what helps alone, be with people or places
that take the mind elsewhere, reach out to people, reach professionals and crisis lines,
make the surroundings safer. Here: the steps in order, their short headings, and the rules
for what may be stored; the window adds a sentence of guidance to each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self

from journal_app.domain.errors import ValidationError
from journal_app.domain.records import register_kind, trusted
from journal_app.messages import QT_TRANSLATE_NOOP, Message

STEPS = (
    "warning_signs",
    "coping_alone",
    "distractions",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
)
# Short headings, in plain English, for exports; the window words them with guidance.
STEP_TITLES = {
    "warning_signs": "Signs a hard time is coming",
    "coping_alone": "What I can do on my own",
    "distractions": "People and places that take my mind elsewhere",
    "people_to_ask": "People I can reach out to",
    "professionals": "Professionals and crisis lines",
    "safer_surroundings": "Making my surroundings safer",
}
MAX_STEP = 5_000  # characters per step: a few paragraphs, far more than a plan needs
# Control characters other than tab and newline: invisible, and never typed on purpose.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean_step(text: str) -> str:
    """Line breaks made plain and invisible control characters dropped; nothing else."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def check_step(number: int, text: object) -> None:
    """Refuse a step that is not text, holds broken text, or is too long."""
    if not isinstance(text, str):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Step {number} of the safety plan must be text."),
                number=number,
            )
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Step {number} of the safety plan holds characters that can't be saved. Please "
                    "type that part again.",
                ),
                number=number,
            )
        ) from None
    if len(text) > MAX_STEP:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Step {number} of the safety plan can hold up to {max_step:,} characters, and "
                    "it has {count:,}. Please shorten it a little.",
                ),
                number=number,
                max_step=MAX_STEP,
                count=len(text),
            )
        )


@register_kind
@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """The six steps, each plain text; an empty plan is one nobody has written yet."""

    KIND: ClassVar[str] = "safety_plan"
    SCHEMA: ClassVar[int] = 1

    warning_signs: str = ""
    coping_alone: str = ""
    distractions: str = ""
    people_to_ask: str = ""
    professionals: str = ""
    safer_surroundings: str = ""

    def __post_init__(self) -> None:
        for number, name in enumerate(STEPS, start=1):
            value = getattr(self, name)
            check_step(number, value)
            object.__setattr__(self, name, clean_step(value))

    @classmethod
    def from_steps(cls, steps: dict[str, str]) -> SafetyPlan:
        """A plan from ``{step name: text}``; a name that isn't a step is refused."""
        unknown = sorted(set(steps) - set(STEPS))
        if unknown:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "A safety plan has no step called {name!r}."),
                    name=unknown[0],
                )
            )
        return cls(**steps)

    def steps(self) -> dict[str, str]:
        """Every step's text by name, in the plan's order."""
        return {name: getattr(self, name) for name in STEPS}

    @property
    def empty(self) -> bool:
        return not any(text.strip() for text in self.steps().values())

    def to_data(self) -> dict[str, Any]:
        return self.steps()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        # Read back as written (authenticated by the vault); a step added by a later
        # version is ignored here and a missing one reads as empty.
        values = {f.name: data.get(f.name, "") for f in fields(cls)}
        if not all(isinstance(value, str) for value in values.values()):
            raise ValueError("a step of the safety plan is not text")
        return trusted(cls, **values)
