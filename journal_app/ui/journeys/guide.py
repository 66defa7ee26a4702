"""The checklists and prompts a journey is walked through, read once from resources/."""

from __future__ import annotations

from dataclasses import dataclass

from journal_app.services import guides
from journal_app.services.guides import ChecklistItem, IntegrationStep, Prompt


@dataclass(frozen=True)
class Guides:
    """Everything the step panes show that is not the person's own words."""

    preparation: tuple[ChecklistItem, ...]
    aftercare: tuple[ChecklistItem, ...]
    guidance: str
    intention: tuple[Prompt, ...]
    integration: tuple[IntegrationStep, ...]

    @classmethod
    def load(cls) -> Guides:
        return cls(
            guides.preparation_checklist(),
            guides.aftercare_checklist(),
            guides.intention_guidance(),
            guides.intention_prompts(),
            guides.integration_steps(),
        )
