"""Checklists and prompts for journeys, read from resources/ (original text, stable ids)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

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
    """One step of the month after a session: what it is for, and its prompts."""

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


@cache
def integration_steps() -> tuple[IntegrationStep, ...]:
    """The six steps in order (+0h, +1d, +3d, +7d, +14d, +30d)."""
    raw = {s["step"]: s for s in load_toml("prompts/integration.toml")["steps"]}
    return tuple(
        IntegrationStep(
            step, raw[step]["title"], raw[step]["intro"].strip(), _prompts(raw[step]["prompts"])
        )
        for step in STEP_NAMES
    )


def integration_step(step: str) -> IntegrationStep:
    return next(s for s in integration_steps() if s.step == step)
