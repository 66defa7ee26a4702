"""The plain sentences that describe backups, summaries and merges."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.backup_folder import SUFFIX
from journal_app.services.backups import BackupInfo, BackupSummary, MergeReport
from journal_app.ui.date_words import in_words
from journal_app.ui.messages import render

KINDS = (
    (
        "entry",
        QT_TRANSLATE_NOOP("Backups", "{n} entry"),
        QT_TRANSLATE_NOOP("Backups", "{n} entries"),
    ),
    (
        "checkin",
        QT_TRANSLATE_NOOP("Backups", "{n} check-in"),
        QT_TRANSLATE_NOOP("Backups", "{n} check-ins"),
    ),
    (
        "journey",
        QT_TRANSLATE_NOOP("Backups", "{n} journey"),
        QT_TRANSLATE_NOOP("Backups", "{n} journeys"),
    ),
    (
        "assessment",
        QT_TRANSLATE_NOOP("Backups", "{n} questionnaire"),
        QT_TRANSLATE_NOOP("Backups", "{n} questionnaires"),
    ),
)


def count(n: int, one: str, many: str) -> str:
    """``n`` with thousands separated, in the singular or the plural sentence."""
    template = one if n == 1 else many
    return QCoreApplication.translate("Backups", template).format(n=f"{n:,}")  # i18n: marked


def export_name(day: date) -> str:
    return f"afterglow-{day.isoformat()}{SUFFIX}"


def when(moment: datetime) -> str:
    return in_words(moment, "ddd dd MMM yyyy, HH:mm")


def size_mb(size: int) -> str:
    """Megabytes for people: "0.42 MB", "12.3 MB", never "0.00 MB"."""
    megabytes = size / 1_000_000
    if megabytes < 0.01:
        return QCoreApplication.translate("Backups", "under 0.01 MB")
    return QCoreApplication.translate("Backups", "{mb} MB").format(
        mb=f"{megabytes:.2f}" if megabytes < 1 else f"{megabytes:.1f}"
    )


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
    return QCoreApplication.translate(
        "Backups",
        "Saved an encrypted backup to {path}. It opens with your passphrase or your "
        "recovery key; keep it somewhere safe.",
    ).format(path=info.path)


def other_passphrase() -> str:
    return QCoreApplication.translate(
        "Backups",
        "This backup was made with another passphrase: from another journal, or before "
        "you changed yours. Type that passphrase, or use the recovery key.",
    )


def still_busy() -> str:
    return QCoreApplication.translate(
        "Backups", "Afterglow is still finishing the last step. Please try again in a moment."
    )


def describe_summary(summary: BackupSummary) -> str:
    """Say what a backup that opened whole holds: "Intact: 3,452 entries, …"."""
    counts = summary.counts
    parts = [count(counts.get("entry", 0), KINDS[0][1], KINDS[0][2])]
    parts += [count(counts[kind], one, many) for kind, one, many in KINDS[1:] if counts.get(kind)]
    known = {kind for kind, _, _ in KINDS}
    others = sum(n for kind, n in counts.items() if kind not in known)
    if others:
        parts.append(
            count(
                others,
                QT_TRANSLATE_NOOP("Backups", "{n} other record"),
                QT_TRANSLATE_NOOP("Backups", "{n} other records"),
            )
        )
    if summary.revisions:
        parts.append(
            count(
                summary.revisions,
                QT_TRANSLATE_NOOP("Backups", "{n} earlier version"),
                QT_TRANSLATE_NOOP("Backups", "{n} earlier versions"),
            )
        )
    text = QCoreApplication.translate("Backups", "Intact: {parts}.").format(parts=", ".join(parts))
    if summary.in_trash:
        text += " " + count(
            summary.in_trash,
            QT_TRANSLATE_NOOP("Backups", "{n} is in the Trash."),
            QT_TRANSLATE_NOOP("Backups", "{n} are in the Trash."),
        )
    made = made_on(summary.created)
    if made:
        text += " " + QCoreApplication.translate("Backups", "Made {when}.").format(when=made)
    return text


def describe_damage(message: str) -> str:
    """A damaged or unreadable backup, said gently: the journal itself is fine."""
    return QCoreApplication.translate(
        "Backups", "{message} Your journal itself is fine; try another backup."
    ).format(message=message)


def not_restored(message: str) -> str:
    """Why a backup couldn't become the journal; nothing was written."""
    return QCoreApplication.translate(
        "Backups", "{message} Nothing was saved on this computer. You can choose another backup."
    ).format(message=message)


def describe_report(report: MergeReport) -> str:
    """What a merge did, with the reassurance that nothing was deleted."""
    if not report.added and not report.updated:
        lines = [
            QCoreApplication.translate(
                "Backups", "Your journal already had everything in this backup."
            )
        ]
    else:
        lines = [QCoreApplication.translate("Backups", "Done.")]
    if report.added:
        lines.append(
            count(
                report.added,
                QT_TRANSLATE_NOOP("Backups", "{n} record came in."),
                QT_TRANSLATE_NOOP("Backups", "{n} records came in."),
            )
        )
    if report.other_journal:
        lines.append(
            QCoreApplication.translate(
                "Backups",
                "They are new records in your journal, from another journal; your settings "
                "stay as they are.",
            )
        )
    if report.updated:
        lines.append(
            count(
                report.updated,
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{n} record took the backup's newer version; the one it replaced is kept "
                    "as an earlier version.",
                ),
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{n} records took the backup's newer version; the ones they replaced are "
                    "kept as earlier versions.",
                ),
            )
        )
    if report.kept_local:
        lines.append(
            count(
                report.kept_local,
                QT_TRANSLATE_NOOP("Backups", "{n} is newer in your journal and stays as it is."),
                QT_TRANSLATE_NOOP("Backups", "{n} are newer in your journal and stay as they are."),
            )
        )
    if report.unchanged:
        lines.append(
            count(
                report.unchanged,
                QT_TRANSLATE_NOOP("Backups", "{n} was already the same."),
                QT_TRANSLATE_NOOP("Backups", "{n} were already the same."),
            )
        )
    if report.trashed:
        lines.append(
            count(
                report.trashed,
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{n} moved to the Trash, as in the backup; you can bring it back from there.",
                ),
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{n} moved to the Trash, as in the backup; you can bring them back from there.",
                ),
            )
        )
    lines.append(QCoreApplication.translate("Backups", "Nothing was deleted."))
    if report.safety_backup is not None:
        lines.append(
            QCoreApplication.translate(
                "Backups", "A copy of your journal from just before is in {folder}."
            ).format(folder=report.safety_backup.parent)
        )
    return "\n\n".join([" ".join(lines), *(render(warning) for warning in report.warnings)])
