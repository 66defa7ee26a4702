"""Checklists and prompts for journeys, read from resources/ (original text, stable ids)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from journal_app.domain.course_schedule import step_kind
from journal_app.domain.integration import STEP_NAMES
from journal_app.texts import load_toml

# What a checklist item may be tagged with. The routes are the session log's, and
# "subcutaneous" and "lozenge" besides; a tag outside these is a mistake in the file.
CHECKLIST_SETTINGS = ("clinic", "home")
CHECKLIST_ROUTES = ("IV", "IM", "sublingual", "intranasal", "oral", "subcutaneous", "lozenge")


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One reminder; ``settings`` and ``routes`` narrow where it applies (empty: everywhere)."""

    id: str
    text: str
    hint: str = ""
    settings: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()

    def applies(self, setting: str | None = None, route: str | None = None) -> bool:
        """Whether this item is meant for a session in ``setting`` by ``route``.

        Only what is known narrows the list: an unset setting or route, or the setting
        "other", leaves every item of that kind in, so nothing is hidden by a guess.
        """
        if self.settings and setting in CHECKLIST_SETTINGS and setting not in self.settings:
            return False
        return not (self.routes and route is not None and route not in self.routes)


@dataclass(frozen=True, slots=True)
class Prompt:
    """An integration or intention prompt; ``note`` is a line shown with it, if any."""

    id: str
    text: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class IntegrationStep:
    """One integration step, a session's or a course's: what it is for, and its prompts."""

    step: str
    title: str
    intro: str
    prompts: tuple[Prompt, ...]


def _tags(raw: dict[str, Any], key: str, known: tuple[str, ...]) -> tuple[str, ...]:
    tags = tuple(str(tag) for tag in raw.get(key, ()))
    unknown = [tag for tag in tags if tag not in known]
    if unknown:
        raise ValueError(
            f"Checklist item {raw['id']!r}: {key} {unknown} must be among {', '.join(known)}."
        )
    return tags


def _items(raw: list[dict[str, Any]]) -> tuple[ChecklistItem, ...]:
    return tuple(
        ChecklistItem(
            i["id"],
            i["text"],
            i.get("hint", ""),
            _tags(i, "settings", CHECKLIST_SETTINGS),
            _tags(i, "routes", CHECKLIST_ROUTES),
        )
        for i in raw
    )


def _prompts(raw: list[dict[str, Any]]) -> tuple[Prompt, ...]:
    return tuple(Prompt(p["id"], p["text"], str(p.get("note", "")).strip()) for p in raw)


@cache
def preparation_checklist() -> tuple[ChecklistItem, ...]:
    """Every preparation item, whatever the setting and route (see ``preparation_items``)."""
    return _items(load_toml("checklists/preparation.toml")["items"])


@cache
def aftercare_checklist() -> tuple[ChecklistItem, ...]:
    """Every aftercare item, whatever the setting and route (see ``aftercare_items``)."""
    return _items(load_toml("checklists/aftercare.toml")["items"])


def preparation_items(
    setting: str | None = None, route: str | None = None
) -> tuple[ChecklistItem, ...]:
    """The preparation items meant for a session in ``setting`` by ``route``, in order."""
    return tuple(i for i in preparation_checklist() if i.applies(setting, route))


def aftercare_items(
    setting: str | None = None, route: str | None = None
) -> tuple[ChecklistItem, ...]:
    """The aftercare items meant for a session in ``setting`` by ``route``, in order."""
    return tuple(i for i in aftercare_checklist() if i.applies(setting, route))


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
