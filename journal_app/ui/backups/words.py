"""The plain sentences that describe backups, summaries and merges."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from journal_app.services.backups import SUFFIX, BackupInfo, BackupSummary, MergeReport

CONTEXT = "Backups"
KINDS = (
    ("entry", "{n} entry", "{n} entries"),
    ("checkin", "{n} check-in", "{n} check-ins"),
    ("journey", "{n} journey", "{n} journeys"),
    ("assessment", "{n} questionnaire", "{n} questionnaires"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def count(n: int, one: str, many: str) -> str:
    """``n`` with thousands separated, in the singular or the plural sentence."""
    return tr(one if n == 1 else many).format(n=f"{n:,}")


def export_name(day: date) -> str:
    return f"afterglow-{day.isoformat()}{SUFFIX}"


def when(moment: datetime) -> str:
    return moment.strftime("%a %d %b %Y, %H:%M")


def size_mb(size: int) -> str:
    """Megabytes for people: "0.42 MB", "12.3 MB", never "0.00 MB"."""
    megabytes = size / 1_000_000
    if megabytes < 0.01:
        return tr("under 0.01 MB")
    return tr("{mb} MB").format(mb=f"{megabytes:.2f}" if megabytes < 1 else f"{megabytes:.1f}")


def made_on(created: str) -> str:
    """When the backup was made ("Sat 14 Mar 2026, 18:30"), in local time."""
    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return when(moment)


def export_done(info: BackupInfo) -> str:
    return tr(
        "Saved an encrypted backup to {path}. It opens with your passphrase or your "
        "recovery key; keep it somewhere safe."
    ).format(path=info.path)


def other_passphrase() -> str:
    return tr(
        "This backup was made with another passphrase: from another journal, or before "
        "you changed yours. Type that passphrase, or use the recovery key."
    )


def still_busy() -> str:
    return tr("Afterglow is still finishing the last step. Please try again in a moment.")


def describe_summary(summary: BackupSummary) -> str:
    """Say what a backup that opened whole holds: "Intact: 3,452 entries, …"."""
    counts = summary.counts
    parts = [count(counts.get("entry", 0), KINDS[0][1], KINDS[0][2])]
    parts += [count(counts[kind], one, many) for kind, one, many in KINDS[1:] if counts.get(kind)]
    known = {kind for kind, _, _ in KINDS}
    others = sum(n for kind, n in counts.items() if kind not in known)
    if others:
        parts.append(count(others, "{n} other record", "{n} other records"))
    if summary.revisions:
        parts.append(count(summary.revisions, "{n} earlier version", "{n} earlier versions"))
    text = tr("Intact: {parts}.").format(parts=", ".join(parts))
    if summary.in_trash:
        text += " " + count(summary.in_trash, "{n} is in the Trash.", "{n} are in the Trash.")
    made = made_on(summary.created)
    if made:
        text += " " + tr("Made {when}.").format(when=made)
    return text


def describe_damage(message: str) -> str:
    """A damaged or unreadable backup, said gently: the journal itself is fine."""
    return tr("{message} Your journal itself is fine; try another backup.").format(message=message)


def not_restored(message: str) -> str:
    """Why a backup couldn't become the journal; nothing was written."""
    return tr(
        "{message} Nothing was saved on this computer. You can choose another backup."
    ).format(message=message)


def describe_report(report: MergeReport) -> str:
    """What a merge did, with the reassurance that nothing was deleted."""
    if not report.added and not report.updated:
        lines = [tr("Your journal already had everything in this backup.")]
    else:
        lines = [tr("Done.")]
    if report.added:
        lines.append(count(report.added, "{n} record came in.", "{n} records came in."))
    if report.updated:
        lines.append(
            count(
                report.updated,
                "{n} record took the backup's newer version; the one it replaced is kept "
                "as an earlier version.",
                "{n} records took the backup's newer version; the ones they replaced are "
                "kept as earlier versions.",
            )
        )
    if report.kept_local:
        lines.append(
            count(
                report.kept_local,
                "{n} is newer in your journal and stays as it is.",
                "{n} are newer in your journal and stay as they are.",
            )
        )
    if report.unchanged:
        lines.append(
            count(report.unchanged, "{n} was already the same.", "{n} were already the same.")
        )
    if report.trashed:
        lines.append(
            count(
                report.trashed,
                "{n} moved to the Trash, as in the backup; you can bring it back from there.",
                "{n} moved to the Trash, as in the backup; you can bring them back from there.",
            )
        )
    lines.append(tr("Nothing was deleted."))
    if report.safety_backup is not None:
        lines.append(
            tr("A copy of your journal from just before is in {folder}.").format(
                folder=report.safety_backup.parent
            )
        )
    return "\n\n".join([" ".join(lines), *report.warnings])
