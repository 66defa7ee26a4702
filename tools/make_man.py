"""Write the journal-app(1) man page from the parser: every command and every option.

    python tools/make_man.py > docs/journal-app.1      # write it again
    python tools/make_man.py --check docs/journal-app.1  # exit 1 if it is out of date
    man -l docs/journal-app.1                           # read it

The commands, options and their help come from journal_app.cli.parser, so the page
changes when they do (tests/cli/test_man_page.py fails until it is written again). The
sections around them (environment, exit status, files) are written here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from journal_app import __version__  # noqa: E402
from journal_app.cli.commands_tree import (  # noqa: E402
    Command,
    global_options,
    leaves,
    metavar,
    own_options,
    positionals,
    takes_value,
)
from journal_app.cli.parser import build_parser  # noqa: E402

PROG = "journal-app"

ENVIRONMENT = (
    ("JOURNAL_APP_DATA_DIR", "The folder that holds the journal, when --data-dir is not given."),
    (
        "JOURNAL_APP_PASSPHRASE",
        "The passphrase, when --passphrase-file is not given. Without either, journal-app "
        "asks for it without showing what you type.",
    ),
    (
        "JOURNAL_APP_NEW_PASSPHRASE",
        "The new passphrase for init, passwd and demo; without it, journal-app asks twice.",
    ),
    (
        "JOURNAL_APP_RECOVERY_KEY",
        "The recovery key, for passwd --recovery and backup verify or restore, when "
        "--recovery-key-file is not given.",
    ),
    (
        "JOURNAL_APP_BACKUP_PASSPHRASE",
        "For backup restore --merge --from-other-journal: the passphrase of the journal the "
        "backup is from; without it (or its recovery key), journal-app asks.",
    ),
)

EXIT_STATUS = (
    ("0", "Done."),
    ("1", "It failed; a message says why, and nothing was changed."),
    ("2", "The command or its input was not right."),
    ("3", "The passphrase or recovery key does not open the journal."),
    ("4", "Something stored is damaged or was tampered with; the message names it."),
    ("130", "Stopped with Ctrl-C; nothing was changed."),
)

FILES = (
    (
        "~/.local/share/Afterglow/vault.db",
        "The journal on Linux, every record sealed with AES-256-GCM (other systems use "
        "their usual application-data folder). --data-dir chooses another folder.",
    ),
    (
        "~/.local/share/Afterglow/backups/",
        "Encrypted backups, written as the window locks and closes.",
    ),
)


def escape(text: str) -> str:
    """Text as roff reads it literally: backslashes, hyphens, non-ASCII, leading dots."""
    out = []
    for char in text:
        if char == "\\":
            out.append("\\e")
        elif char == "-":
            out.append("\\-")
        elif ord(char) > 127:
            out.append(f"\\[u{ord(char):04X}]")
        else:
            out.append(char)
    line = "".join(out)
    return "\\&" + line if line[:1] in (".", "'") else line


def bold(text: str) -> str:
    return f"\\fB{escape(text)}\\fR"


def italic(text: str) -> str:
    return f"\\fI{escape(text)}\\fR"


def option_label(action: argparse.Action) -> str:
    """``--title TITLE`` in bold and italics, each spelling of the option shown."""
    names = ", ".join(bold(option) for option in action.option_strings)
    return f"{names} {italic(metavar(action))}" if takes_value(action) else names


def option_usage(action: argparse.Action) -> str:
    """How the option looks in a synopsis: ``[--tag TAG]...``, ``--out FILE``."""
    if isinstance(action, argparse.BooleanOptionalAction):
        word = "|".join(action.option_strings)
    else:
        word = max(action.option_strings, key=len)
        if takes_value(action):
            word = f"{word} {metavar(action)}"
    repeat = "..." if isinstance(action, argparse._AppendAction) else ""
    return f"{word}{repeat}" if action.required else f"[{word}]{repeat}"


def positional_usage(action: argparse.Action) -> str:
    word = metavar(action)
    return {"?": f"[{word}]", "+": f"{word}...", "*": f"[{word}...]"}.get(str(action.nargs), word)


def synopsis(command: Command) -> str:
    parts = [PROG, *command.path]
    parts += [positional_usage(action) for action in positionals(command.parser)]
    parts += [option_usage(action) for action in own_options(command.parser)]
    return " ".join(parts)


# Words for options the parser leaves without help because their name says enough there.
COMMON_HELP = {
    "--json": "print one JSON document on standard output, for scripts",
    "--from": "the first day",
    "--to": "the last day",
    "--date": "the day (or moment) it belongs to; today when left out",
    "--tag": "a tag; repeat it for more",
    "--emotion": "a feeling word; repeat it for more",
    "ID": "an id as list shows it, or its first few characters (at least four)",
    "QUERY": "words to find; an entry must contain every one, ignoring case and accents",
}


def describe(action: argparse.Action) -> str:
    """The option's help, else common words for it, else its choices."""
    if action.help and action.help != argparse.SUPPRESS:
        return action.help
    name = action.option_strings[-1] if action.option_strings else metavar(action)
    if name in COMMON_HELP:
        return COMMON_HELP[name]
    if action.choices is not None:
        return "One of: " + ", ".join(str(choice) for choice in action.choices) + "."
    return ""


def sentence(text: str, names: Iterable[object] = ()) -> str:
    """Help as a sentence: a capital first and a full stop last.

    A first word that is a name (``phq9``, ``bash``: one of ``names`` or one holding a
    digit) keeps its spelling.
    """
    first = text.split(maxsplit=1)[0].strip(",;:") if text.strip() else ""
    if (
        first
        and first not in {str(name) for name in names}
        and not any(char.isdigit() for char in first)
    ):
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def entries(actions: list[argparse.Action], label: Callable[[argparse.Action], str]) -> list[str]:
    lines: list[str] = []
    for action in actions:
        lines += [".TP", label(action)]
        text = describe(action)
        if text:
            lines.append(escape(sentence(text, action.choices or ())))
    return lines


def command_section(command: Command) -> list[str]:
    lines = [f'.SS "{escape(command.name)}"', escape(synopsis(command)), ".PP"]
    lines.append(escape(sentence(command.help)))
    lines += entries(positionals(command.parser), lambda action: italic(metavar(action)))
    lines += entries(own_options(command.parser), option_label)
    return lines


def pairs(items: tuple[tuple[str, str], ...], label: Callable[[str], str]) -> list[str]:
    lines: list[str] = []
    for name, text in items:
        lines += [".TP", label(name), escape(text)]
    return lines


def man_page() -> str:
    """The whole page, in roff with the man macros."""
    parser = build_parser()
    top = own_options(parser)
    lines = [
        '.\\" Made by tools/make_man.py from journal_app/cli/parser.py; do not edit by hand.',
        f'.TH JOURNAL\\-APP 1 "" "{PROG} {__version__}" "Afterglow"',
        ".SH NAME",
        f"{escape(PROG)} \\- Afterglow's command line: a private, encrypted journal",
        ".SH SYNOPSIS",
        f"{bold(PROG)} [{bold('--demo')}] [{italic('global options')}]",
        ".br",
        f"{bold(PROG)} {italic('COMMAND')} [{italic('options')}]",
        ".br",
        f"{bold(PROG)} {bold('--version')}",
        ".SH DESCRIPTION",
        escape(parser.description or ""),
        ".PP",
        escape(
            "Afterglow keeps journal entries, check-ins, medicine sessions (journeys) and "
            "questionnaires encrypted on this computer; nothing leaves it. It is not medical "
            "advice. The window offers the same and more; this page lists what the command "
            "line does."
        ),
        ".PP",
        escape(
            "Standard input is the private way to give words: whatever is typed as an "
            "argument can be seen by other accounts in the process list and stays in the "
            "shell's history. An ID can be shortened to its first few characters (at least "
            "four). Dates are YYYY-MM-DD, times YYYY-MM-DDTHH:MM in local time."
        ),
        ".SH OPTIONS",
        *entries(top, option_label),
        ".SH GLOBAL OPTIONS",
        escape("Every command takes these, before or after its name."),
        ".TP",
        f"{bold('-h')}, {bold('--help')}",
        escape("Show what the command does and its options, then stop."),
        *entries(global_options(parser), option_label),
        ".SH COMMANDS",
    ]
    for command in leaves(parser):
        lines += command_section(command)
    lines += [".SH ENVIRONMENT", *pairs(ENVIRONMENT, bold)]
    lines += [".SH EXIT STATUS", *pairs(EXIT_STATUS, bold)]
    lines += [".SH FILES", *pairs(FILES, italic)]
    lines += [
        ".SH SEE ALSO",
        escape(
            "The user guide (Help > User guide in the window), README.md and docs/ in the "
            "source, and journal-app COMMAND --help."
        ),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Print the page, or with --check FILE, say whether FILE is current."""
    page = man_page()
    if argv[:1] == ["--check"] and len(argv) == 2:
        current = Path(argv[1]).read_text(encoding="utf-8") if Path(argv[1]).exists() else ""
        if current == page:
            return 0
        sys.stderr.write(f"{argv[1]} is out of date: python tools/make_man.py > {argv[1]}\n")
        return 1
    if argv:
        sys.stderr.write("usage: python tools/make_man.py [--check FILE]\n")
        return 2
    sys.stdout.write(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
