"""The README's command table and option table say what the parser does, both ways."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from journal_app.cli.commands_tree import Command, global_options, own_options, walk
from journal_app.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PARSER = build_parser()
# Every command that runs something, and the top (`journal-app [--demo]`, `--version`).
COMMANDS = {
    command.name: command for command in walk(PARSER) if not command.actions or not command.path
}
OPTION = re.compile(r"(?<![\w-])--?[a-z][a-z0-9-]*")
# `journey edit ID [the session options of journey add, each only if given]`
SAME_AS = re.compile(r"the session options of ([a-z -]+?),")


def section(title: str) -> str:
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.M | re.S)
    assert found is not None, f"README has no section '{title}'"
    return found.group(1)


def command_lines() -> list[str]:
    """Each entry of the command block, its continuation lines joined on."""
    block = re.search(r"^```\n(.*?)^```", section("The command line"), re.M | re.S)
    assert block is not None
    entries: list[str] = []
    for line in block.group(1).splitlines():
        if line.startswith("journal-app"):
            entries.append(line)
        elif line.strip():
            assert entries, f"a continuation line with no command before it: {line!r}"
            entries[-1] += " " + line.strip()
    return entries


def readme_table() -> dict[str, str]:
    """README command name -> what the README writes for it (usage and description)."""
    table: dict[str, str] = {}
    for entry in command_lines():
        for piece in re.split(r"\s+\|\s+", entry.removeprefix("journal-app").strip()):
            piece = re.sub(r"\|\s+", "|", piece)  # a choice list broken across lines
            words = piece.split()
            name = words[0] if words and not words[0].startswith(("[", "-")) else ""
            if name and len(words) > 1 and f"{name} {words[1]}" in COMMANDS:
                name = f"{name} {words[1]}"
            # `assess due` and `assess phq9|...` are two lines for one command.
            table[name] = f"{table[name]} {piece}" if name in table else piece
    return table


TABLE = readme_table()


def described(name: str) -> str:
    """What the README says of a command, with the options it borrows from another."""
    text = TABLE[name]
    same = SAME_AS.search(text)
    return f"{text} {TABLE[same.group(1)]}" if same else text


def options_of(command: Command) -> set[str]:
    return {option for action in own_options(command.parser) for option in action.option_strings}


def test_every_command_in_the_parser_is_in_the_readme_and_no_other():
    assert sorted(set(COMMANDS) - set(TABLE)) == [], "in the parser, missing from the README"
    assert sorted(set(TABLE) - set(COMMANDS)) == [], "in the README, not in the parser"


def test_every_option_of_every_command_is_in_its_readme_line():
    missing = {
        name: sorted(
            option
            for option in options_of(command)
            if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", described(name))
        )
        for name, command in COMMANDS.items()
    }
    assert {name: found for name, found in missing.items() if found} == {}


def test_the_readme_names_no_option_a_command_does_not_have():
    shared = {option for action in global_options(PARSER) for option in action.option_strings}
    unknown = {
        name: sorted(set(OPTION.findall(TABLE[name])) - options_of(command) - shared)
        for name, command in COMMANDS.items()
    }
    assert {name: found for name, found in unknown.items() if found} == {}


def test_choices_written_in_the_readme_are_the_parser_choices():
    wrong = []
    for name, command in COMMANDS.items():
        for action in own_options(command.parser):
            if action.choices is None or isinstance(action, argparse.BooleanOptionalAction):
                continue
            for option in action.option_strings:
                for written in re.findall(rf"{re.escape(option)} ([\w|]+\|[\w|]+)", TABLE[name]):
                    if set(written.split("|")) != {str(choice) for choice in action.choices}:
                        wrong.append(f"{name} {option} {written}")
    assert wrong == []


def test_the_options_table_is_the_parser_global_options():
    rows = re.findall(r"^\| `(--[a-z-]+)[^`]*` \|", section("The command line"), re.M)
    parser_options = [action.option_strings[0] for action in global_options(PARSER)]
    assert rows == parser_options


def test_the_check_itself_catches_a_missing_and_an_invented_command(monkeypatch):
    monkeypatch.delitem(TABLE, "write")
    monkeypatch.setitem(TABLE, "levitate", "levitate [--high]")
    assert "write" in set(COMMANDS) - set(TABLE)
    assert "levitate" in set(TABLE) - set(COMMANDS)
