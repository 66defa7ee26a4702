"""Daily prompts from resources/prompts/daily.toml, dealt like cards so none repeat soon."""

from __future__ import annotations

import random
from typing import NamedTuple

from journal_app.texts import load_toml

PROMPTS_FILE = "prompts/daily.toml"


class Prompt(NamedTuple):
    """One journaling prompt with its stable id."""

    id: str
    text: str


def load_prompts(name: str = PROMPTS_FILE) -> list[Prompt]:
    """Read the prompts in ``resources/<name>``."""
    return [Prompt(str(p["id"]), str(p["text"]).strip()) for p in load_toml(name)["prompts"]]


def quoted(prompt: Prompt) -> str:
    """The prompt as the markdown quote that opens an entry."""
    return f"> {prompt.text}\n\n"


class PromptDeck:
    """Deals every prompt once, in a shuffled order, before dealing any again."""

    def __init__(self, prompts: list[Prompt], rng: random.Random | None = None) -> None:
        self._prompts = list(prompts)
        self._by_id = {p.id: p for p in self._prompts}
        self._rng = rng or random.Random()
        self._pile: list[Prompt] = []
        self._last: Prompt | None = None

    def find(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def draw(self) -> Prompt | None:
        """The next prompt, or None if there are none at all."""
        if not self._prompts:
            return None
        if not self._pile:
            self._pile = list(self._prompts)
            self._rng.shuffle(self._pile)
            if len(self._pile) > 1 and self._pile[-1] == self._last:
                self._pile.insert(0, self._pile.pop())  # never the same one twice in a row
        self._last = self._pile.pop()
        return self._last
