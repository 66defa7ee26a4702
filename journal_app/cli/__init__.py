"""The ``journal-app`` command line. Qt is imported only when the window is opened."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

from journal_app.cli.context import CliContext
from journal_app.cli.parser import build_parser
from journal_app.domain.errors import JournalError, storage_problem
from journal_app.hardening import harden_process


def _debug(message: str, *values: object, exc_info: bool = False) -> None:
    """Log for --debug; logging (7 ms to import) loads only when debugging asked for it."""
    if "logging" in sys.modules:
        import logging

        logging.getLogger("journal_app").debug(message, *values, exc_info=exc_info)


UNEXPECTED = (
    "Something went wrong inside Afterglow and the command stopped. Your journal file is "
    "safe: every change is saved whole or not at all. Run it again with --debug to see "
    "the details."
)
INTERRUPTED = "Stopped. Nothing was changed."
INTERRUPTED_EXIT = 130  # 128 + SIGINT, as shells report a Ctrl-C


# Each command and the module.function that runs it; only that module is imported, so
# a quick command such as `search` does not pay for the others' imports.
HANDLERS = {
    "init": "vaultcmds.init",
    "passwd": "vaultcmds.passwd",
    "demo": "vaultcmds.demo",
    "help-now": "helpnow.help_now",  # never opens the journal: works locked and without one
    "completion": "completion.completion",  # prints a script; never opens the journal
    "write": "entries.write",
    "list": "entries.list_",
    "show": "entries.show",
    "edit": "entries.edit",
    "delete": "entries.delete",
    "trash": "entries.trash",
    "undelete": "entries.undelete",
    "search": "entries.search",
    "checkin": "records.checkin",
    "assess": "records.assess",
    "journey add": "records.journey_add",
    "journey list": "records.journey_list",
    "journey show": "records.journey_show",
    "journey steps": "records.journey_steps",
    "journey edit": "journeys_card.journey_edit",
    "journey vitals": "journeys_card.journey_vitals",
    "journey effect": "journeys_card.journey_effect",
    "journey due": "records.journey_due",
    "course list": "courses.course_list",
    "course show": "courses.course_show",
    "course set": "courses.course_set",
    "course move": "courses.course_move",
    "mood stats": "mood.mood_stats",
    "report": "report.report",
    "weekly-check": "care.weekly_check",
    "questions": "care.questions",
    "sitter-card": "sitter.sitter_card",
    "calendar": "calendar_cmd.calendar",
    "backup export": "backupcmds.export",
    "backup verify": "backupcmds.verify",
    "backup restore": "backupcmds.restore",
    "import": "transfer.import_",
    "export": "transfer.export",
    "desktop install": "desktop.install",  # menu files only; never opens the journal
    "desktop uninstall": "desktop.uninstall",
}
# Commands that only read: they share the journal with each other (not with a writer).
READ_ONLY = frozenset(
    {
        "list",
        "show",
        "trash",
        "search",
        "mood stats",
        "journey list",
        "journey show",
        "journey steps",
        "journey due",
        "course list",
        "course show",
        "report",
        "sitter-card",
        "calendar",
        "export",
    }
)


def _handler(name: str) -> Callable[[CliContext], int]:
    module, function = HANDLERS[name].split(".")
    loaded = importlib.import_module(f"journal_app.cli.{module}")
    handler: Callable[[CliContext], int] = getattr(loaded, function)
    return handler


def _open_window(ctx: CliContext) -> int:
    from journal_app.app import run  # Qt is imported only here, for the window

    return run(ctx.folder, demo=bool(ctx.args.demo))


def main(argv: Sequence[str] | None = None, **context: Any) -> int:
    """Run one command and return its exit code (0 ok, 1 failed, 2 usage, 3, 4, 130)."""
    harden_process()  # before anything is read: no core dumps, no tracing, private files
    ctx = CliContext(**context)
    try:
        return _main(ctx, argv)
    except KeyboardInterrupt:
        # Ctrl-C at any moment: every change is one transaction, so none was half made.
        ctx.say(INTERRUPTED)
        return INTERRUPTED_EXIT


def _main(ctx: CliContext, argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        with redirect_stdout(ctx.stdout), redirect_stderr(ctx.stderr):
            args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    ctx.args = args
    if args.debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, stream=ctx.stderr, format="%(name)s: %(message)s")
    try:
        ctx.check_folder()  # an empty --data-dir is a usage error before anything runs
    except JournalError as error:
        ctx.say(str(error))
        return error.exit_code
    if args.command is None:
        return _open_window(ctx)
    action = getattr(args, f"{args.command}_command", None)  # "journey add", "mood stats"
    name = f"{args.command} {action}" if action else args.command
    _debug("running %s", name)
    ctx.read_only = name in READ_ONLY
    try:
        return _handler(name)(ctx)
    except JournalError as error:
        if args.debug:
            _debug("failed", exc_info=True)
        ctx.say(str(error))
        return error.exit_code
    except BrokenPipeError:
        # The reader (say, `head`) stopped early. Quietly let go of standard output.
        if ctx.stdout is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        ctx.say(INTERRUPTED)
        return INTERRUPTED_EXIT
    except Exception as error:
        # A full, read-only or forbidden folder met outside storage still gets its words.
        found = storage_problem(error, error.filename) if isinstance(error, OSError) else None
        if found is not None and not args.debug:
            ctx.say(str(found))
            return found.exit_code
        if args.debug:
            raise
        ctx.say(UNEXPECTED)
        return 1
    finally:
        ctx.close()
