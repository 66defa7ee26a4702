"""The Markdown export's files for the weekly checks and the questions for the prescriber."""

from __future__ import annotations

import csv
import io

from journal_app.domain.questions import PrescriberQuestions
from journal_app.domain.records import Record
from journal_app.domain.weekly_check import QUESTION_NAMES, WeeklyCheck

WEEKLY_CHECKS_FILE = "weekly-checks.csv"
QUESTIONS_FILE = "questions-for-my-prescriber.md"


def _answer(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def weekly_checks_csv(records: list[Record]) -> str:
    """Every weekly check, oldest first: when, each answer (yes, no or empty), the note."""
    checks: list[WeeklyCheck] = sorted((r.data for r in records), key=lambda c: c.at)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["at", *QUESTION_NAMES, "note"])
    for check in checks:
        answers = [_answer(value) for value in check.answers().values()]
        writer.writerow([check.at.strftime("%Y-%m-%d %H:%M"), *answers, check.note])
    return out.getvalue()


def questions_markdown(questions: PrescriberQuestions) -> str:
    """The person's own questions as a Markdown checklist (suggestions are not stored)."""
    lines = ["# Questions for my prescriber", ""]
    lines += [f"- [{'x' if item.done else ' '}] {item.text}" for item in questions.items]
    if not questions.items:
        lines.append("No questions yet.")
    return "\n".join(lines) + "\n"


def care_files(by_kind: dict[str, list[Record]]) -> dict[str, str]:
    """The files for the kinds present: weekly checks, and the newest list of questions."""
    files: dict[str, str] = {}
    checks = by_kind.get(WeeklyCheck.KIND, [])
    if checks:
        files[WEEKLY_CHECKS_FILE] = weekly_checks_csv(checks)
    lists = by_kind.get(PrescriberQuestions.KIND, [])
    if lists:
        newest = max(lists, key=lambda r: (r.updated_at, r.rev, r.id))
        files[QUESTIONS_FILE] = questions_markdown(newest.data)
    return files
