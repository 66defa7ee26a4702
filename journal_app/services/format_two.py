"""Moving a format-1 journal to format 2, at its first unlock by a writer.

A copy of the journal exactly as it was is written first, into its backups folder; then
every record is re-sealed and the header and index are written, in one transaction. A
kill at any moment leaves the format-1 journal (and perhaps its finished copy) or the
format-2 one, never a mix (docs/vault-format.md, "Moving to format 2").
"""

from __future__ import annotations

from pathlib import Path

from journal_app.domain.clock import Clock
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.storage.codec import Loaded, RecordRepository, check_legacy_slots
from journal_app.storage.vault_file import VaultFile

MOVED = QT_TRANSLATE_NOOP(
    "messages",
    "Afterglow moved this journal to its newer, safer file format (format 2). A copy of the "
    "journal as it was is kept at {path}; you can delete it once you're happy that "
    "everything is here.",
)
COPY_FOLDER = "backups"  # beside the automatic backups, which an older Afterglow can't use


def copy_name(now: str) -> str:
    """``before-format-2-20261206T014500Z.vault.db`` from an ISO UTC time."""
    stamp = now[:19].replace("-", "").replace(":", "")
    return f"before-format-2-{stamp}Z.vault.db"


def move_to_format_two(
    vault_file: VaultFile, repository: RecordRepository, loaded: Loaded, clock: Clock
) -> Path:
    """Copy the format-1 journal aside, then move it to format 2 in one transaction.

    Returns where the copy of the format-1 journal is.

    Raises:
        IntegrityError: the journal holds key slots Afterglow never makes (nothing is
            written then, not even the copy).
        StorageProblem: the copy or the move couldn't be written (the journal is left
            in format 1, whole).
    """
    check_legacy_slots(vault_file.slots())
    copy = vault_file.path.parent / COPY_FOLDER / copy_name(clock().isoformat())
    vault_file.copy_to(copy)
    repository.move_to_format_two(loaded)
    return copy
