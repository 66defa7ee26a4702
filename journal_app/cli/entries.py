"""Commands for the daily journal: write, list, show, edit, delete, trash, undelete, search."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from journal_app.cli.context import CliContext, utf8_text
from journal_app.cli.output import (
    assessment_line,
    checkin_line,
    entry_line,
    entry_text,
    journey_line,
    other_line,
    short_id,
    summary,
)
from journal_app.domain.entry import Entry
from journal_app.domain.errors import InvalidText, ValidationError
from journal_app.domain.records import Record
from journal_app.services.checkins import CheckInService
from journal_app.services.journal import JournalService
from journal_app.services.search import SearchService
from journal_app.services.trash import TrashService

if TYPE_CHECKING:
    from journal_app.services.journeys import JourneyService
    from journal_app.services.vault import VaultService

HIDDEN_KINDS = ("revision", "setting")


STDIN = "The text on standard input"


def _read_text(ctx: CliContext) -> str:
    if ctx.stdin.isatty():
        ctx.say("Write your entry, then press Ctrl+D on a new line to save it.")
    try:
        return utf8_text(ctx.stdin.read(), STDIN)
    except UnicodeDecodeError:
        raise InvalidText(STDIN) from None


def _within(day: date, args: argparse.Namespace) -> bool:
    return (args.start is None or day >= args.start) and (args.end is None or day <= args.end)


def _limited(records: list[Record], n: int | None) -> list[Record]:
    if n is not None and n < 1:
        raise ValidationError("-n must be 1 or more.")
    return records[:n] if n is not None else records


def write(ctx: CliContext) -> int:
    a = ctx.args
    text = a.text if a.text is not None else _read_text(ctx)
    if not text.strip():
        raise ValidationError("An entry needs some text; there is nothing to save yet.")
    record = JournalService(ctx.unlocked()).create(
        text, day=a.date, title=a.title, tags=a.tag, private=a.private
    )
    ctx.say(f"Saved your entry for {record.data.day.isoformat()}.")
    ctx.out(record.id)
    return 0


def _print_records(ctx: CliContext, records: list[Record]) -> None:
    if ctx.args.json:
        ctx.json([summary(r) for r in records])
        return
    journeys = None
    for record in records:
        if record.kind == "entry":
            ctx.out(entry_line(record))
        elif record.kind == "checkin":
            ctx.out(checkin_line(record))
        elif record.kind == "assessment":
            ctx.out(assessment_line(record))
        elif record.kind == "journey" and record.deleted:
            ctx.out(journey_line(record))
        elif record.kind == "journey":
            journeys = journeys or _journeys(ctx.vault())
            number, total = journeys.number_in_series(record)
            ctx.out(journey_line(record, number, total))
        else:
            ctx.out(other_line(record))


def _journeys(vault: VaultService) -> JourneyService:
    """Journeys and their courses, imported only by the commands that show one."""
    from journal_app.services.journeys import JourneyService

    return JourneyService(vault)


def list_(ctx: CliContext) -> int:
    a = ctx.args
    if a.start and a.end and a.start > a.end:
        raise ValidationError("--from is after --to; swap them and try again.")
    vault = ctx.unlocked()
    if a.kind == "entry":
        records = JournalService(vault).entries(start=a.start, end=a.end, tag=a.tag)
    elif a.kind == "checkin":
        records = CheckInService(vault).checkins(start=a.start, end=a.end)[::-1]
    elif a.kind == "journey":
        records = [r for r in _journeys(vault).journeys()[::-1] if _within(r.data.when.date(), a)]
    else:
        wanted = None if a.kind == "all" else a.kind
        records = sorted(
            (
                r
                for r in vault.store.all()
                if ((wanted is None and r.kind not in HIDDEN_KINDS) or r.kind == wanted)
                and not r.deleted
                and _within(date.fromisoformat(r.created_at[:10]), a)
            ),
            key=lambda r: r.created_at,
            reverse=True,
        )
    records = _limited(records, a.n)
    _print_records(ctx, records)
    if not records and not a.json:
        ctx.say("Nothing to show yet.")
    return 0


def show(ctx: CliContext) -> int:
    record = ctx.unlocked().store.resolve(ctx.args.id)
    if record.kind == "revision":
        raise ValidationError("That id is a previous version; show the entry it belongs to.")
    if ctx.args.json:
        ctx.json(record.to_dict())
    elif isinstance(record.data, Entry):
        ctx.out(entry_text(record))
    else:
        ctx.json(record.to_dict())
    return 0


def edit(ctx: CliContext) -> int:
    a = ctx.args
    journal = JournalService(ctx.unlocked())
    record = journal.get(a.id)
    nothing_else = a.title is None and a.tag is None and a.date is None and a.private is None
    text = a.text
    if text is None and nothing_else:
        text = _read_text(ctx)
    if text is not None and not text.strip():
        raise ValidationError("The new text is empty, so the entry was left as it was.")
    updated = journal.edit(
        record.id, body=text, title=a.title, tags=a.tag, private=a.private, day=a.date
    )
    if updated.rev == record.rev:
        ctx.say("Nothing changed.")
    else:
        ctx.say("Saved. The previous version is kept.")
    ctx.out(updated.id)
    return 0


def delete(ctx: CliContext) -> int:
    record = TrashService(ctx.unlocked()).move(ctx.args.id)
    what = "That journey and its answers" if record.kind == "journey" else "That entry"
    ctx.say(
        f"{what} moved to the Trash. Bring it back any time with "
        f"'journal-app undelete {short_id(record)}'."
    )
    return 0


def undelete(ctx: CliContext) -> int:
    record = TrashService(ctx.unlocked()).restore(ctx.args.id)
    if record.kind == "journey":
        number, total = _journeys(ctx.vault()).number_in_series(record)
        ctx.say(f"Brought back from the Trash: {journey_line(record, number, total)}")
    else:
        ctx.say(f"Brought back from the Trash: {entry_line(record)}")
    return 0


def trash(ctx: CliContext) -> int:
    trash = TrashService(ctx.unlocked())
    records = trash.items(("entry",)) + trash.items(("journey",))
    _print_records(ctx, records)
    if not records and not ctx.args.json:
        ctx.say("The Trash is empty.")
    return 0


def search(ctx: CliContext) -> int:
    a = ctx.args
    _limited([], a.n)
    records = SearchService(ctx.unlocked()).search(" ".join(a.query), a.n)
    _print_records(ctx, records)
    if not records and not a.json:
        ctx.say("No entries match all of those words.")
    return 0
