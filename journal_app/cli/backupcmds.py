"""backup export / verify / restore."""

from __future__ import annotations

from pathlib import Path

from journal_app.cli.context import CliContext, utf8_text
from journal_app.domain.errors import JournalError, ValidationError, VaultExists
from journal_app.messages import Message
from journal_app.services.backups import (
    OTHER_JOURNAL,
    BackupService,
    BackupSummary,
    MergeReport,
    OtherJournal,
)
from journal_app.services.outputs import check_output_file

NAMES = {
    "entry": "entries",
    "checkin": "check-ins",
    "journey": "journeys",
    "assessment": "questionnaires",
}


def _require_file(path: Path) -> None:
    """Say so at once if there is no backup file there (before asking for anything)."""
    if not path.is_file():
        raise JournalError(f"Couldn't read {path}: there is no file there.")


def _holds(summary: BackupSummary) -> str:
    parts = [f"{summary.counts.get(kind, 0):,} {name}" for kind, name in NAMES.items()]
    extra = f"; {summary.revisions:,} previous versions; {summary.in_trash:,} in the Trash"
    return ", ".join(parts) + extra


def export(ctx: CliContext) -> int:
    a = ctx.args
    force = a.force
    # Refused before the passphrase is asked for; checked again just before writing.
    path = check_output_file(Path(a.file), journal_folder=ctx.folder, force=force)
    info = BackupService(ctx.unlocked()).export(path, force=force)
    ctx.say(
        f"Backup written to {info.path} ({info.size / 1_000_000:.1f} MB, {info.records:,} "
        f"records). It is encrypted: your passphrase or your recovery key opens it."
    )
    return 0


def verify(ctx: CliContext) -> int:
    path = Path(ctx.args.file).expanduser()
    service = BackupService(ctx.vault())
    _require_file(path)  # a missing file is reported before any prompt
    if ctx.args.recovery_key_file:
        summary = service.verify(path, recovery_code=ctx.recovery_key())
    else:
        summary = service.verify(path, passphrase=ctx.passphrase())
    ctx.out(
        f"This backup is intact. Made {summary.created[:16].replace('T', ' ')} UTC, "
        f"backup number {summary.sequence}."
    )
    ctx.out(f"It holds {_holds(summary)}.")
    return 0


OTHER_JOURNAL_HINT = (
    "To bring its entries in as new entries of this journal, add --from-other-journal: "
    "you'll be asked for that journal's own passphrase (or give its recovery key)."
)


def _report_merge(ctx: CliContext, report: MergeReport) -> None:
    for warning in report.warnings:
        ctx.say(str(warning))
    if report.safety_backup is not None:
        ctx.say(f"Your journal as it was is saved first, in {report.safety_backup}.")
    if report.other_journal:
        ctx.say(
            f"Brought in {report.added:,} record{'' if report.added == 1 else 's'} from the "
            "other journal as new records of this one. Nothing here was changed or deleted, "
            "and your settings stay as they are."
        )
        return
    ctx.say(
        f"Merged: {report.added} added, {report.updated} updated from the backup, "
        f"{report.kept_local} kept as they are here (newer), {report.unchanged} already the "
        f"same. Nothing was deleted; {report.trashed} moved to the Trash as in the backup."
    )


# Another journal's backup opens with that journal's passphrase (scripts set it here).
BACKUP_PASSPHRASE_ENV = "JOURNAL_APP_BACKUP_PASSPHRASE"


def restore(ctx: CliContext) -> int:
    a = ctx.args
    path = Path(a.file).expanduser()
    if a.from_other_journal and not a.merge:
        raise ValidationError(
            "--from-other-journal goes with --merge: it adds another journal's entries to "
            "yours as new ones. Nothing was changed."
        )
    vault = ctx.vault()
    service = BackupService(vault)
    _require_file(path)
    key = a.recovery_key or (ctx.recovery_key() if a.recovery_key_file else None)
    if vault.exists():
        if not a.merge:
            raise VaultExists(
                f"There is already a journal in {vault.folder}. Add --merge to merge the "
                "backup into it (nothing is deleted), or restore into an empty folder with "
                "--data-dir."
            )
        _merge(ctx, service, path, key)
        return 0
    if key:
        contents = service.open(path, recovery_code=key)
        count = service.restore_new(contents, new_passphrase=ctx.new_passphrase())
    else:
        contents = service.open(path, passphrase=ctx.passphrase())
        count = service.restore_new(contents)
    ctx.say(f"Your journal is restored in {vault.folder}: {count:,} records, all checked.")
    return 0


def _merge(ctx: CliContext, service: BackupService, path: Path, key: str | None) -> None:
    """Merge into the unlocked journal; another journal's backup only when asked for."""
    own_id = ctx.unlocked().vault_id
    other = service.journal_of(path) != own_id
    if other and not ctx.args.from_other_journal:
        raise OtherJournal(f"{Message(OTHER_JOURNAL)} {OTHER_JOURNAL_HINT}")
    if other and key is None:
        given = ctx.env.get(BACKUP_PASSPHRASE_ENV)
        if given:
            passphrase = utf8_text(given, BACKUP_PASSPHRASE_ENV)
        else:
            asked = ctx.prompt("Passphrase of the journal this backup is from: ")
            passphrase = utf8_text(asked, "The passphrase")
        contents = service.open(path, passphrase=passphrase)
    else:
        contents = service.open(path, recovery_code=key)
    _report_merge(ctx, service.merge(contents, from_other_journal=ctx.args.from_other_journal))
