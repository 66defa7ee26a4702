"""The summary's "Questions for my prescriber": the person's own open questions, and the
weekly-check answers worth mentioning in the period. Pure data, no Qt.

Only what the person put on their list is printed: suggestions they have not kept are
theirs to consider, never the summary's to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal_app.domain.weekly_check import WeeklyCheck
from journal_app.services.bundle import Services

MAX_QUESTIONS = 4  # beyond this, the first on the list are printed and the rest counted
QUESTION_CHARS = 160  # a longer question is shortened, ending with "…"
MAX_DAYS = 2  # each weekly-check line gives its newest days; earlier ones are counted
ASIDE = " — worth mentioning to my prescriber."  # the section's heading says it already


@dataclass(frozen=True)
class Mention:
    """A weekly-check line worth mentioning, with the newest days it was given."""

    text: str
    days: tuple[date, ...]  # oldest first
    earlier: int = 0  # days before those, counted


@dataclass(frozen=True)
class PrescriberNotes:
    questions: tuple[str, ...] = ()
    questions_left_out: int = 0
    mentions: tuple[Mention, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.questions or self.mentions)


def _shortened(text: str) -> str:
    if len(text) <= QUESTION_CHARS:
        return text
    cut = text[:QUESTION_CHARS].rsplit(" ", 1)[0] or text[:QUESTION_CHARS]
    return cut.rstrip(" ,;:.") + "\u00a0…"


def _mention_text(line: str) -> str:
    return line.removesuffix(ASIDE) + ("." if line.endswith(ASIDE) else "")


def prescriber_notes(services: Services, start: date, end: date) -> PrescriberNotes:
    """The open questions on the person's list, and the period's weekly-check lines."""
    open_ = [item.text for item in services.questions.items() if not item.done]
    # The same answer week after week is one line with its days: the page stays short.
    days: dict[str, list[date]] = {}
    for record in services.weekly_check.checks():
        check = record.data
        if isinstance(check, WeeklyCheck) and start <= check.at.date() <= end:
            for line in check.worth_mentioning():
                days.setdefault(_mention_text(line), []).append(check.at.date())
    return PrescriberNotes(
        questions=tuple(_shortened(text) for text in open_[:MAX_QUESTIONS]),
        questions_left_out=max(0, len(open_) - MAX_QUESTIONS),
        mentions=tuple(
            Mention(text, tuple(found[-MAX_DAYS:]), max(0, len(found) - MAX_DAYS))
            for text, found in days.items()
        ),
    )
