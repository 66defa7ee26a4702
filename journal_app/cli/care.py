"""``weekly-check`` and ``questions``: the weekly check, and questions for my prescriber.

Imported only when one of them runs (their options are in care_args.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from journal_app.cli.care_args import option_name
from journal_app.cli.context import CliContext
from journal_app.domain.clock import local_minutes
from journal_app.domain.errors import ValidationError
from journal_app.domain.questions import QuestionItem, Suggestion
from journal_app.domain.records import Record
from journal_app.domain.weekly_check import INTRO, QUESTIONS, WeeklyCheck
from journal_app.services.questions import QuestionsService
from journal_app.services.weekly_check import WeeklyCheckService

_CHECKING = datetime(2000, 1, 1)  # any valid moment, to check the answers before unlocking


def _answer(value: str | None) -> bool | None:
    return None if value is None else value == "yes"


def _asked() -> str:
    lines = [INTRO, "Nothing was saved: answer at least one question, for example:"]
    lines += [f"  {option_name(q.name) + ' yes|no':<20}  {q.question}" for q in QUESTIONS]
    return "\n".join(lines)


def check_json(record: Record, suggested: list[Suggestion]) -> dict[str, Any]:
    check: WeeklyCheck = record.data
    return {
        "id": record.id,
        "at": local_minutes(check.at),
        "answers": check.answers(),
        "note": check.note,
        "course_id": check.course_id or None,
        "worth_mentioning": list(check.worth_mentioning()),
        "suggested": [s.to_json() for s in suggested],
    }


def weekly_check(ctx: CliContext) -> int:
    a = ctx.args
    answers = {q.name: _answer(getattr(a, q.name)) for q in QUESTIONS}
    # Refused before the passphrase is asked for, and before anything is written.
    if not WeeklyCheck.from_answers(_CHECKING, answers, a.note).answered:
        raise ValidationError(_asked())
    vault = ctx.unlocked()
    questions = QuestionsService(vault)
    before = {s.key for s in questions.suggestions()}
    record = WeeklyCheckService(vault).record(
        bladder=answers["bladder"],
        unreal=answers["unreal"],
        memory=answers["memory"],
        extra_dose=answers["extra_dose"],
        note=a.note,
    )
    added = [s for s in questions.suggestions() if s.key not in before]
    if a.json:
        ctx.json(check_json(record, added))
        return 0
    ctx.say("Weekly check saved. Thank you for taking a moment for it.")
    if added:
        ctx.out("Added to the suggestions for your prescriber:")
        for suggestion in added:
            ctx.out(f"  - {suggestion.text}")
        ctx.say("See the whole list with 'journal-app questions'.")
    elif not record.data.yes():
        ctx.say("Nothing new to mention this week.")
    return 0


def questions_json(items: tuple[QuestionItem, ...], suggested: list[Suggestion]) -> dict[str, Any]:
    return {
        "items": [item.to_data() for item in items],
        "suggested": [s.to_json() for s in suggested],
    }


def questions(ctx: CliContext) -> int:
    a = ctx.args
    if a.add is not None:
        QuestionItem(a.add)  # refused before the passphrase is asked for
    service = QuestionsService(ctx.unlocked())
    if a.add is not None:
        service.add(a.add)
        ctx.say("Added to your questions for your prescriber.")
    items, suggested = service.items(), service.suggestions()
    if a.json:
        ctx.json(questions_json(items, suggested))
        return 0
    ctx.out("Questions for my prescriber")
    for number, item in enumerate(items, start=1):
        ctx.out(f"  {number}. [{'x' if item.done else ' '}] {item.text}")
    if not items:
        ctx.out('  None of your own yet. Add one with --add "…".')
    if suggested:
        ctx.out("")
        ctx.out("Suggested from what you logged")
        for suggestion in suggested:
            ctx.out(f"  - {suggestion.text}")
            ctx.out(f"    {suggestion.why}")
    return 0
