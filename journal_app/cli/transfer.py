"""Commands that move writing in and out: import (jrnl, Day One, Markdown, JSON) and export."""

from __future__ import annotations

from pathlib import Path

from journal_app.backup.exports import (
    check_file_target,
    check_folder_target,
    export_json,
    export_markdown,
)
from journal_app.backup.imports import (
    ImportResult,
    Skipped,
    missing_records,
    new_entries,
    parse_afterglow_json,
    parse_dayone,
    parse_jrnl,
    parse_markdown,
)
from journal_app.cli.context import CliContext

PLAINTEXT_WARNING = (
    "This export is NOT encrypted: anyone with the file can read your journal. "
    "Keep it somewhere private."
)
PARSERS = {"jrnl": parse_jrnl, "dayone": parse_dayone, "markdown": parse_markdown}
SHOWN = 20  # reasons listed one by one; the rest are counted


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def _were(count: int) -> str:
    return f"{count} {'was' if count == 1 else 'were'}"


def _list_skipped(ctx: CliContext, skipped: list[Skipped]) -> None:
    for item in skipped[:SHOWN]:
        ctx.out(f"  {item.where}: {item.reason}")
    if len(skipped) > SHOWN:
        ctx.out(f"  ...and {len(skipped) - SHOWN} more.")


def _report(ctx: CliContext, result: ImportResult, added: int, already: int) -> None:
    line = f"Imported {_plural(added, 'entry', 'entries')}."
    if already:
        line += f" {_were(already)} already in your journal and not added again."
    if result.skipped:
        line += f" Skipped {len(result.skipped)}:"
    ctx.out(line)
    _list_skipped(ctx, result.skipped)
    if result.notes:
        ctx.out(f"Worth a look ({len(result.notes)}):")
        for note in result.notes[:SHOWN]:
            ctx.out(f"  {note.where}: {note.text}")
        if len(result.notes) > SHOWN:
            ctx.out(f"  ...and {len(result.notes) - SHOWN} more.")


def _import_json(ctx: CliContext, path: Path) -> int:
    read = parse_afterglow_json(path)  # all read and checked before the vault is opened
    store = ctx.unlocked().store
    missing = missing_records(read.records, store.all())
    if missing:
        store.put_many(missing)  # one transaction; records already here are never replaced
    ctx.out(
        f"Restored {_plural(len(missing), 'record')} this journal didn't have. "
        f"{_were(len(read.records) - len(missing))} already here and left as they were."
    )
    if read.settings:
        ctx.out(
            f"{_plural(read.settings, 'setting')} {'was' if read.settings == 1 else 'were'} "
            "left out: settings are never imported."
        )
    if read.skipped:
        ctx.out(f"Skipped {len(read.skipped)}:")
        _list_skipped(ctx, read.skipped)
    return 0


def import_(ctx: CliContext) -> int:
    a = ctx.args
    path = Path(a.path).expanduser()
    if a.format == "json":
        return _import_json(ctx, path)
    result = PARSERS[a.format](path)  # files are read whole before the vault is opened
    store = ctx.unlocked().store
    existing = [r.data for r in store.of_kind("entry", deleted=None)]
    fresh, already = new_entries(result.entries, existing)
    if fresh:
        store.add_many(fresh)  # one transaction: all of them or none
    _report(ctx, result, len(fresh), already)
    return 0


def export(ctx: CliContext) -> int:
    a = ctx.args
    ctx.say(PLAINTEXT_WARNING)
    target = Path(a.out).expanduser().absolute()
    journal_folder = ctx.folder
    # Checked before the passphrase is asked for, and again just before writing.
    if a.format == "json":
        check_file_target(target, force=a.force, journal_folder=journal_folder)
    else:
        check_folder_target(target, force=a.force, journal_folder=journal_folder)
    store = ctx.unlocked().store
    now, force = store.now(), a.force
    if a.format == "json":
        count = export_json(
            store.all(), target, exported=now, force=force, journal_folder=journal_folder
        )
        ctx.say(f"Exported {_plural(count, 'record')} to {target}.")
    else:
        counts = export_markdown(
            store.all(), target, exported=now, force=force, journal_folder=journal_folder
        )
        ctx.say(
            f"Exported {_plural(counts['entry'], 'entry', 'entries')}, "
            f"{_plural(counts['journey'], 'journey')}, {_plural(counts['checkin'], 'check-in')} "
            f"and {_plural(counts['assessment'], 'questionnaire')} to {target}."
        )
    return 0
