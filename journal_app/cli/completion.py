"""``journal-app completion SHELL``: a tab-completion script made from the parser itself.

bash and zsh come from shtab, which builds both from an argparse parser (zsh with each
command's description) and is small, dependency-free and well kept; it has no fish, so
the fish script is written here from the same parser. Either way a new command or
option completes as soon as it is in the parser: nothing is listed twice by hand.
"""

from __future__ import annotations

import argparse

from journal_app.cli.commands_tree import Command, path_kind, subcommands, takes_value, walk
from journal_app.cli.context import CliContext
from journal_app.cli.parser import build_parser

PROG = "journal-app"

FISH_HEADER = """\
# fish completion for journal-app, made by `journal-app completion fish`.
# Save it as ~/.config/fish/completions/journal-app.fish

function __journal_app_typed --description 'The journal-app command typed so far'
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l found
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $token
            case {value_options}
                set skip 1
            case '-*'
            case '*'
                set -a found $token
                if test (count $found) -ge 2; or not contains -- $found[1] {groups}
                    break
                end
        end
    end
    printf '%s\\n' $found
end

function __journal_app_at --description 'Whether exactly this command has been typed'
    set -l typed (__journal_app_typed)
    test "$typed" = "$argv"
end

complete -c journal-app -f
"""


NO_SHTAB = (
    "Completion for {shell} needs the shtab package, which is missing from this "
    "installation. Install it with 'pip install shtab' beside Afterglow, or use "
    "'journal-app completion fish'."
)


def completion(ctx: CliContext) -> int:
    """Print the completion script for the shell asked for."""
    shell: str = ctx.args.shell
    try:
        text = script(shell)
    except ImportError:
        ctx.say(NO_SHTAB.format(shell=shell))
        return 1
    ctx.stdout.write(text)
    return 0


def script(shell: str) -> str:
    """The completion script for bash, zsh or fish.

    Raises:
        ImportError: shtab, which writes the bash and zsh scripts, is not installed.
    """
    parser = build_parser()
    if shell == "fish":
        return fish_script(parser)
    import shtab  # only here: every other command starts without it

    _mark_paths(parser, shtab.FILE, shtab.DIRECTORY)
    text: str = shtab.complete(parser, shell=shell)
    return text


def _mark_paths(parser: argparse.ArgumentParser, file: object, folder: object) -> None:
    """Tell shtab which values are files or folders, so Tab offers them."""
    for command in walk(parser):
        for action in command.parser._actions:
            kind = path_kind(action)
            if kind is not None:
                action.complete = folder if kind == "dir" else file  # type: ignore[attr-defined]


def fish_quote(text: str) -> str:
    """``text`` as one single-quoted fish word."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_script(parser: argparse.ArgumentParser) -> str:
    """The fish completion script: helper functions, then one ``complete`` per choice."""
    commands = list(walk(parser))
    groups = [command.name for command in commands if len(command.path) == 1 and command.actions]
    value_options = sorted(
        {
            option
            for command in commands
            if command.actions or not command.path
            for action in command.parser._actions
            if takes_value(action)
            for option in action.option_strings
        }
    )
    lines = [FISH_HEADER.format(value_options=" ".join(value_options), groups=" ".join(groups))]
    for command in commands:
        lines.extend(_fish_command(command))
    return "\n".join(lines) + "\n"


def _fish_command(command: Command) -> list[str]:
    at = " ".join(("__journal_app_at", *command.path))
    start = f"complete -c {PROG} -n {fish_quote(at)}"
    lines = [f"\n# {command.name or PROG}"]
    sub = subcommands(command.parser)
    if sub is not None:
        helps = {choice.dest: choice.help or "" for choice in sub._choices_actions}
        lines.extend(
            f"{start} -a {name} -d {fish_quote(_short(helps.get(name, '')))}"
            for name in sub.choices
        )
    for action in command.parser._actions:
        if action is sub:
            continue
        if action.option_strings:
            lines.append(f"{start} {_fish_option(action)}")
        elif path_kind(action) is not None:
            lines.append(f"{start} -F")
        elif action.choices is not None:
            words = " ".join(str(choice) for choice in action.choices)
            lines.append(f"{start} -a {fish_quote(words)}")
    return lines


def _fish_option(action: argparse.Action) -> str:
    names = [
        f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
        for option in action.option_strings
    ]
    kind = path_kind(action)
    if kind == "dir":
        names.append("-x -a '(__fish_complete_directories)'")
    elif kind == "file":
        names.append("-r -F")
    elif action.choices is not None:
        names.append("-x -a " + fish_quote(" ".join(str(choice) for choice in action.choices)))
    elif takes_value(action):
        names.append("-x")
    if action.help and action.help != argparse.SUPPRESS:
        names.append("-d " + fish_quote(_short(action.help)))
    return " ".join(names)


def _short(text: str) -> str:
    """One line of help, as a completion menu shows it."""
    return " ".join(text.replace("%%", "%").split())
