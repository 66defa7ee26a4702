"""Checklists and prompts for journeys, read from resources/ (original text, stable ids)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from journal_app.domain.course_schedule import step_kind
from journal_app.domain.integration import STEP_NAMES
from journal_app.texts import load_toml


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    text: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class IntegrationStep:
    """One integration step, a session's or a course's: what it is for, and its prompts."""

    step: str
    title: str
    intro: str
    prompts: tuple[Prompt, ...]


def _items(raw: list[dict[str, Any]]) -> tuple[ChecklistItem, ...]:
    return tuple(ChecklistItem(i["id"], i["text"], i.get("hint", "")) for i in raw)


def _prompts(raw: list[dict[str, Any]]) -> tuple[Prompt, ...]:
    return tuple(Prompt(p["id"], p["text"]) for p in raw)


@cache
def preparation_checklist() -> tuple[ChecklistItem, ...]:
    return _items(load_toml("checklists/preparation.toml")["items"])


@cache
def aftercare_checklist() -> tuple[ChecklistItem, ...]:
    return _items(load_toml("checklists/aftercare.toml")["items"])


@cache
def intention_prompts() -> tuple[Prompt, ...]:
    return _prompts(load_toml("prompts/intention.toml")["prompts"])


def intention_guidance() -> str:
    return str(load_toml("prompts/intention.toml")["guidance"]).strip()


NUMBER = re.compile(r"[1-9][0-9]*")
COURSE_STEP_KINDS = ("course-week", "course-3d", "course-14d", "course-30d", "month")


def _integration_raw() -> dict[str, dict[str, Any]]:
    return {s["step"]: s for s in load_toml("prompts/integration.toml")["steps"]}


def _step(name: str, title: str, raw: dict[str, Any]) -> IntegrationStep:
    return IntegrationStep(name, title, raw["intro"].strip(), _prompts(raw["prompts"]))


@cache
def integration_steps() -> tuple[IntegrationStep, ...]:
    """A session's six steps in order (+0h, +1d, +3d, +7d, +14d, +30d)."""
    raw = _integration_raw()
    return tuple(_step(step, raw[step]["title"], raw[step]) for step in STEP_NAMES)


@cache
def course_steps() -> tuple[IntegrationStep, ...]:
    """A course's own steps, unnumbered: weekly, the three after it ends, and monthly."""
    raw = _integration_raw()
    return tuple(_step(kind, raw[kind]["title"], raw[kind]) for kind in COURSE_STEP_KINDS)


def _number(step: str, kind: str) -> int | None:
    """The N of a numbered step ("course-week-2" -> 2); None for the bare kind."""
    if step == kind:
        return None
    suffix = step.removeprefix(f"{kind}-")
    if suffix == step or not NUMBER.fullmatch(suffix):
        raise KeyError(f"No integration step is called {step!r}.")
    return int(suffix)


@cache
def integration_step(step: str) -> IntegrationStep:
    """Any step by its run-time name: "1d", "course-3d", "course-week-2", "month-3"...

    A numbered step uses the prompts of its kind and a numbered title ("Week 2 of the
    course"); its ``step`` stays the name asked for. Unknown names raise ``KeyError``.
    """
    kind = step_kind(step)
    raw = _integration_raw().get(kind)
    if raw is None:
        raise KeyError(f"No integration step is called {step!r}.")
    number = _number(step, kind)
    if number is None:
        return _step(step, raw["title"], raw)
    return _step(step, str(raw["numbered_title"]).format(n=number), raw)


@cache
def integration_prompt(prompt_id: str) -> Prompt | None:
    """The prompt with this id, from any step (ids are unique across the file)."""
    for step in (*integration_steps(), *course_steps()):
        for prompt in step.prompts:
            if prompt.id == prompt_id:
                return prompt
    return None
