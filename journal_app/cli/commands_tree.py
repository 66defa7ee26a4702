"""The parser read as a tree of commands: what completions, the man page and tests list.

argparse keeps its subcommands and groups in private attributes; they have been stable
since Python 3.2 and this is the one place that reads them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass

GLOBAL_GROUP = "global options"


@dataclass(frozen=True)
class Command:
    """One command or action, such as ``write`` or ``journey add``; the top has no path."""

    path: tuple[str, ...]
    parser: argparse.ArgumentParser
    help: str

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def actions(self) -> list[str]:
        """The names of its own subcommands (``journey`` has ``add``, ``list``...)."""
        sub = subcommands(self.parser)
        return list(sub.choices) if sub is not None else []


def subcommands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    """The parser's subcommands, if it has any."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = (), help_text: str = ""
) -> Iterator[Command]:
    """Every command under ``parser``, the parser itself first, in the parser's order."""
    yield Command(path, parser, help_text or (parser.description or ""))
    sub = subcommands(parser)
    if sub is None:
        return
    helps = {choice.dest: choice.help or "" for choice in sub._choices_actions}
    for name, child in sub.choices.items():
        yield from walk(child, (*path, name), helps.get(name, ""))


def leaves(parser: argparse.ArgumentParser) -> list[Command]:
    """The commands that run something: ``write``, ``journey add``, never ``journey``."""
    return [command for command in walk(parser) if command.path and not command.actions]


def global_options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The options every command takes (``--data-dir`` and the rest)."""
    for group in parser._action_groups:
        if group.title == GLOBAL_GROUP:
            return list(group._group_actions)
    return []


def own_options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Options of this command alone: neither ``--help`` nor the global ones."""
    shared = {action.dest for action in global_options(parser)}
    return [
        action
        for action in parser._actions
        if action.option_strings
        and action.dest not in shared
        and not isinstance(action, argparse._HelpAction)
    ]


def positionals(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Its positional arguments, subcommands left out."""
    return [
        action
        for action in parser._actions
        if not action.option_strings and not isinstance(action, argparse._SubParsersAction)
    ]


def takes_value(action: argparse.Action) -> bool:
    """Whether the option is followed by a value (``--title T``, not ``--json``)."""
    return action.nargs != 0


def metavar(action: argparse.Action) -> str:
    """The word shown for the option's value, as ``--help`` shows it."""
    if isinstance(action.metavar, str):
        return action.metavar
    if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
        return "|".join(str(choice) for choice in action.choices)
    return action.dest.upper()


def path_kind(action: argparse.Action) -> str | None:
    """'dir' or 'file' when the value names a place on disk, else None."""
    if not takes_value(action):
        return None
    word = metavar(action)
    if "DIR" in word:
        return "dir"
    if "FILE" in word or "PATH" in word:
        return "file"
    return None
