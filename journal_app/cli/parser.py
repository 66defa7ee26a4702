"""The argparse definition of ``journal-app``: commands, options and their checks."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from journal_app import __version__
from journal_app.cli.arg_types import SEEN, STDIN_ADVICE, checked
from journal_app.cli.care_args import add_care_commands
from journal_app.cli.journey_args import add_card_commands, add_session_options
from journal_app.domain.clock import parse_date, parse_local_datetime
from journal_app.domain.course import COURSE_KINDS, MAX_PLANNED

KIND_CHOICES = ("entry", "checkin", "journey", "assessment", "all")
IMPORT_FORMATS = ("jrnl", "dayone", "markdown", "json")
EXPORT_FORMATS = ("json", "markdown")
SHELLS = ("bash", "zsh", "fish")

# Whatever is typed on the command line is visible to other accounts (the process list,
# /proc) and stays in the shell's history; standard input, a file or a prompt is neither.
RECOVERY_KEY_FILE = (
    "open it with the recovery key on the first line of FILE (or set $JOURNAL_APP_RECOVERY_KEY)"
)
RECOVERY_KEY_TEXT = (
    f"open it with the recovery key KEY; {SEEN}, so prefer --recovery-key-file or "
    "$JOURNAL_APP_RECOVERY_KEY"
)


class FriendlyParser(argparse.ArgumentParser):
    """argparse with a gentler closing line on usage errors (exit code stays 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\nSee '{self.prog} --help' for what it can do.\n")


def day_or_time(text: str) -> date | datetime:
    """Accept YYYY-MM-DD or YYYY-MM-DDTHH:MM."""
    return parse_local_datetime(text) if len(text) > 10 else parse_date(text)


DATE = checked(parse_date)
WHEN = checked(day_or_time)
CLOCK_TIME = checked(parse_local_datetime)


def _globals(parser: argparse.ArgumentParser, default: object) -> None:
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="the folder that holds the journal (also $JOURNAL_APP_DATA_DIR)",
    )
    group.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from the first line of FILE",
    )
    group.add_argument(
        "--skip-damaged",
        action="store_true",
        default=default,
        help="carry on when some records are damaged, leaving them out",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default,
        help="show tracebacks and debug logging (never journal text)",
    )


def program_name() -> str:
    """``afterglow`` when started as the window's command, else ``journal-app``."""
    started_as = sys.argv[0].rsplit("/", 1)[-1].rsplit("\\", 1)[-1] if sys.argv else ""
    return "afterglow" if started_as.lower().startswith("afterglow") else "journal-app"


def build_parser() -> argparse.ArgumentParser:
    """Build the whole command line."""
    parser = FriendlyParser(
        prog=program_name(),
        description="Afterglow: a private, encrypted journal for psychedelic-assisted therapy. "
        "With no command, the window opens.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="show the version and stop",
    )
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo journal")
    _globals(parser, None)
    common = FriendlyParser(add_help=False)
    _globals(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=FriendlyParser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    command("init", "create a new journal and show its recovery key once")

    p = command("help-now", "who you can reach right now (no journal or passphrase needed)")
    p.add_argument(
        "--region",
        metavar="CODE",
        help="whose lines to show: us, ca, uk, ie, au, nz, de, fr, nl, es or elsewhere "
        "(your computer's region when left out)",
    )
    p.add_argument("--json", action="store_true")

    p = command("write", "write an entry (TEXT, or from standard input)")
    p.add_argument(
        "text",
        nargs="?",
        metavar="TEXT",
        help="the entry; leave it out to type or pipe it on standard input, which keeps "
        "your words out of shell history and the process list",
    )
    p.add_argument("--title", default="", help=f"a title; {STDIN_ADVICE}")
    p.add_argument("--tag", action="append", default=[], metavar="TAG")
    p.add_argument("--date", type=DATE, metavar="YYYY-MM-DD")
    p.add_argument("--private", action="store_true", help="keep out of summaries")

    p = command("list", "list entries (or other records), newest first")
    p.add_argument("--kind", choices=KIND_CHOICES, default="entry")
    p.add_argument("--from", dest="start", type=DATE, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=DATE, metavar="YYYY-MM-DD")
    p.add_argument("--tag")
    p.add_argument("-n", type=int, metavar="N", help="show at most N")
    p.add_argument("--json", action="store_true")

    p = command("show", "show one record in full")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")

    p = command("edit", "change an entry; the previous version is kept")
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--text",
        help="the new text; leave it out to read standard input, which keeps your words out of "
        f"shell history and the process list ({SEEN})",
    )
    p.add_argument("--title", help=f"a new title; {STDIN_ADVICE}")
    p.add_argument("--tag", action="append", metavar="TAG", help="replaces the tags")
    p.add_argument("--date", type=DATE, metavar="YYYY-MM-DD")
    p.add_argument("--private", action=argparse.BooleanOptionalAction, default=None)

    p = command("delete", "move an entry or a journey to the Trash")
    p.add_argument("id", metavar="ID")
    p = command("trash", "list what is in the Trash")
    p.add_argument("--json", action="store_true")
    p = command("undelete", "bring an entry or a journey back from the Trash")
    p.add_argument("id", metavar="ID")

    p = command("search", "find entries containing every word, newest first")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("-n", type=int, metavar="N", help="show at most N")
    p.add_argument("--json", action="store_true")

    p = command("checkin", "record how you are (mood 1-10 and more)")
    p.add_argument("--mood", type=int, required=True, metavar="1-10")
    p.add_argument("--anxiety", type=int, metavar="0-10")
    p.add_argument("--energy", type=int, metavar="0-10")
    p.add_argument("--sleep-hours", type=float, metavar="H")
    p.add_argument("--sleep-quality", type=int, metavar="1-5")
    p.add_argument("--emotion", action="append", default=[], metavar="WORD")
    p.add_argument("--note", default="", help=f"a short note; {STDIN_ADVICE}")
    p.add_argument("--date", type=WHEN, metavar="YYYY-MM-DD[THH:MM]")
    p.add_argument("--json", action="store_true")

    p = command(
        "assess",
        "answer a questionnaire (phq9, gad7, who5, pcl5) and store the score; "
        "`assess due` lists the ones suggested now",
    )
    p.add_argument("instrument", metavar="INSTRUMENT", help="phq9, gad7, who5 or pcl5, or due")
    p.add_argument(
        "--answers",
        metavar="a,b,...",
        help="needed to answer one: one number per question, in order, separated by commas",
    )
    p.add_argument(
        "--difficulty",
        type=int,
        metavar="0-3",
        help="PHQ-9 and GAD-7 only, optional: how difficult these problems have made things, "
        "from 0 (not difficult at all) to 3 (extremely difficult); not added to the score",
    )
    p.add_argument(
        "--event",
        default="",
        metavar="TEXT",
        help="PCL-5 only, optional: a private note of the experience you had in mind, never "
        f"in the summary; {SEEN}",
    )
    p.add_argument("--date", type=WHEN, metavar="YYYY-MM-DD[THH:MM]")
    p.add_argument("--json", action="store_true")

    p = command("backup", "encrypted backups: export, verify, restore")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", parser_class=FriendlyParser)
    bsub.required = True
    bp = bsub.add_parser("export", help="write an encrypted backup file", parents=[common])
    bp.add_argument("file", metavar="FILE", help="a new file, outside the journal's own folder")
    bp.add_argument("--force", action="store_true", help="replace FILE if it exists")
    bp = bsub.add_parser("verify", help="check a backup from end to end", parents=[common])
    bp.add_argument("file", metavar="FILE")
    bp.add_argument("--recovery-key-file", metavar="FILE", help=RECOVERY_KEY_FILE)
    bp = bsub.add_parser(
        "restore",
        help="restore into an empty folder, or --merge into this journal",
        parents=[common],
    )
    bp.add_argument("file", metavar="FILE")
    bp.add_argument("--merge", action="store_true", help="merge into the journal here")
    bp.add_argument(
        "--from-other-journal",
        action="store_true",
        help="with --merge: bring another journal's backup in as new records "
        "(asks for that journal's passphrase)",
    )
    key = bp.add_mutually_exclusive_group()
    key.add_argument("--recovery-key-file", metavar="FILE", help=RECOVERY_KEY_FILE)
    key.add_argument("--recovery-key", metavar="KEY", help=RECOVERY_KEY_TEXT)

    p = command("journey", "plan, log and list medicine sessions")
    jsub = p.add_subparsers(dest="journey_command", metavar="ACTION", parser_class=FriendlyParser)
    jsub.required = True
    jp = jsub.add_parser("add", help="plan or log a session", parents=[common])
    jp.add_argument(
        "--date",
        type=WHEN,
        required=True,
        metavar="YYYY-MM-DD[THH:MM]",
        help="when it starts (a future date plans it)",
    )
    add_session_options(jp, edit=False)
    jp.add_argument("--intention", default="", help=f"your intention; {STDIN_ADVICE}")
    jp.add_argument(
        "--notes",
        default="",
        help=f"a first note, stamped with the start time; {STDIN_ADVICE}",
    )
    jp.add_argument(
        "--course",
        metavar="ID|new",
        help="the course it belongs to, or 'new' (default: the course of a session in the "
        "21 days before, else a new one)",
    )
    jp.add_argument("--json", action="store_true")
    for action, text in (
        ("show", "show one journey in full"),
        ("steps", "its integration steps and when they are due"),
    ):
        jp = jsub.add_parser(action, help=text, parents=[common])
        jp.add_argument("id", metavar="ID")
        jp.add_argument("--json", action="store_true")
    add_card_commands(jsub, common)
    jp = jsub.add_parser("due", help="integration steps due now, across journeys", parents=[common])
    jp.add_argument("--json", action="store_true")
    jp = jsub.add_parser("list", help="list journeys in order", parents=[common])
    jp.add_argument("--json", action="store_true")

    p = command("course", "courses of sessions: list, show, and change kind or length")
    csub = p.add_subparsers(dest="course_command", metavar="ACTION", parser_class=FriendlyParser)
    csub.required = True
    cp = csub.add_parser("list", help="every course, oldest first", parents=[common])
    cp.add_argument("--json", action="store_true")
    cp = csub.add_parser("show", help="one course, its sessions and its steps", parents=[common])
    cp.add_argument("id", metavar="ID")
    cp.add_argument("--json", action="store_true")
    cp = csub.add_parser("set", help="change a course's kind or planned sessions", parents=[common])
    cp.add_argument("id", metavar="ID")
    cp.add_argument("--kind", choices=COURSE_KINDS)
    cp.add_argument("--planned", type=int, metavar=f"1-{MAX_PLANNED}")
    cp.add_argument("--json", action="store_true")
    cp = csub.add_parser(
        "move", help="move a journey to another course, or 'new'", parents=[common]
    )
    cp.add_argument("journey", metavar="JOURNEY_ID")
    cp.add_argument("course", metavar="COURSE_ID|new")
    cp.add_argument("--json", action="store_true")

    p = command("mood", "figures from your check-ins, sessions and questionnaires")
    msub = p.add_subparsers(dest="mood_command", metavar="ACTION", parser_class=FriendlyParser)
    msub.required = True
    mp = msub.add_parser(
        "stats", help="averages, before and after sessions, questionnaire change", parents=[common]
    )
    mp.add_argument("--from", dest="start", type=DATE, metavar="YYYY-MM-DD")
    mp.add_argument("--to", dest="end", type=DATE, metavar="YYYY-MM-DD")
    mp.add_argument("--json", action="store_true")

    p = command("import", "bring in entries from jrnl, Day One, Markdown or an Afterglow export")
    p.add_argument(
        "format",
        choices=IMPORT_FORMATS,
        metavar="FORMAT",
        help="jrnl (its JSON export), dayone (its JSON zip), markdown (a folder) or json "
        "(Afterglow's own export: restores missing records)",
    )
    p.add_argument("path", metavar="PATH", help="the export file, or the Markdown folder")

    p = command("export", "write the journal out as plain, unencrypted JSON or Markdown")
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="a new file (json) or folder, outside the journal's own folder",
    )
    p.add_argument(
        "--force", action="store_true", help="replace an existing file or an earlier export"
    )

    p = command("report", "write a summary for your therapist as a PDF (last 30 days)")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        help="where to write the PDF (a new file, outside the journal's own folder)",
    )
    p.add_argument(
        "--from",
        dest="start",
        type=DATE,
        metavar="YYYY-MM-DD",
        help="first day (29 days before --to)",
    )
    p.add_argument("--to", dest="end", type=DATE, metavar="YYYY-MM-DD", help="last day (today)")
    p.add_argument(
        "--entries",
        action="store_true",
        help="include the journal entries of the period (by default none are included)",
    )
    p.add_argument(
        "--entry",
        dest="entry_ids",
        action="append",
        default=[],
        metavar="ID",
        help="include this entry (an id or a unique start of one; repeat for more)",
    )
    p.add_argument(
        "--no-entries", action="store_true", help="include no journal entries (the default)"
    )
    p.add_argument(
        "--include-private",
        action="store_true",
        help="with --entries: include entries marked private too",
    )
    p.add_argument(
        "--no-self-harm-answers",
        action="store_true",
        help="leave out your answers to the PHQ-9 question about self-harm (item 9)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")

    p = command("sitter-card", "print a one-page card for the person who sits with you at home")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--clinic-phone", metavar="NUMBER", help="the clinic's number for this card")
    p.add_argument("--region", metavar="CODE", help="whose emergency number (as for help-now)")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")

    p = command("calendar", "save the coming reminders as a calendar file (.ics)")
    p.add_argument("--out", required=True, metavar="FILE.ics", help="where to write the file")
    p.add_argument("--days", type=int, default=60, metavar="N", help="how far ahead (60)")
    p.add_argument("--force", action="store_true", help="replace FILE.ics if it exists")

    add_care_commands(command)

    p = command("desktop", "add Afterglow to your desktop's menu, or take it out again")
    dsub = p.add_subparsers(dest="desktop_command", metavar="ACTION", parser_class=FriendlyParser)
    dsub.required = True
    dsub.add_parser("install", help="add the launcher and icons to the menu", parents=[common])
    dsub.add_parser("uninstall", help="take them out of the menu again", parents=[common])

    p = command("passwd", "change the passphrase, or make a new recovery key")
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--recovery",
        action="store_true",
        help="open with the recovery key instead (from --recovery-key-file, "
        "$JOURNAL_APP_RECOVERY_KEY or a prompt)",
    )
    how.add_argument(
        "--new-recovery-key",
        action="store_true",
        help="keep the passphrase, and replace the recovery key with a new one, shown once; "
        "the old key then opens neither this journal nor backups made from now on",
    )
    p.add_argument("--recovery-key-file", metavar="FILE", help="read the recovery key from FILE")

    p = command("demo", "fill the data folder with a sample journal")
    p.add_argument("--years", type=int, default=1, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    p = command("completion", "print a tab-completion script for bash, zsh or fish")
    p.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
    return parser
