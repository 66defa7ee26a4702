"""calendar: the coming reminders as an .ics file, for a calendar app to remind from."""

from __future__ import annotations

from pathlib import Path

from journal_app.cli.context import CliContext
from journal_app.services.bundle import Services
from journal_app.services.calendar_export import check_days, export_calendar
from journal_app.services.outputs import check_output_file

NOTHING_PRIVATE = (
    "Each event says only \u201cAfterglow: a moment for reflection\u201d: nothing from your "
    "journal. Open the file with your calendar app to add them."
)


def calendar(ctx: CliContext) -> int:
    a = ctx.args
    days = check_days(a.days)  # everything given is checked before the passphrase is asked
    check_output_file(Path(a.out), journal_folder=ctx.folder, force=a.force)
    services = Services.over(ctx.unlocked())
    target, count = export_calendar(services, Path(a.out), days=days, force=a.force)
    ctx.out(str(target))
    noun = "reminder" if count == 1 else "reminders"
    ctx.say(f"Wrote {count} {noun} for the next {days} days to {target}.")
    ctx.say(NOTHING_PRIVATE)
    return 0
