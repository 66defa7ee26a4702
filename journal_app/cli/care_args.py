"""The options of ``weekly-check`` and ``questions``.

Apart from their handlers (care.py), so building the parser imports no services.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from journal_app.cli.arg_types import SEEN
from journal_app.domain.weekly_check import QUESTIONS

YES_NO = ("yes", "no")


def option_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_care_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``weekly-check`` and ``questions`` through the parser's ``command`` helper."""
    p = command("weekly-check", "a short, optional check during a course (answer what you like)")
    for item in QUESTIONS:
        p.add_argument(option_name(item.name), choices=YES_NO, help=item.question)
    p.add_argument("--note", default="", metavar="TEXT", help=f"a short note; {SEEN}")
    p.add_argument("--json", action="store_true")
    p = command("questions", "your questions for your prescriber, and ones suggested from the log")
    p.add_argument("--add", metavar="TEXT", help=f"add a question of your own; {SEEN}")
    p.add_argument("--json", action="store_true")
