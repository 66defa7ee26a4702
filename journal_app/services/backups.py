"""Backups: export, verify, restore into an empty folder or merge, and automatic copies."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from journal_app.backup.format import (
    MAX_PAYLOAD,
    BackupContents,
    encode_backup,
    open_backup,
    read_header,
    write_backup_file,
)
from journal_app.backup.import_common import Unreadable, read_bytes
from journal_app.domain.clock import parse_timestamp
from journal_app.domain.errors import JournalError, ValidationError, WrongPassphrase
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.backup_folder import (
    KEEP_LATEST,
    KEEP_WEEKS,
    SUFFIX,
    StoredBackup,
    backups_in,
    prune,
)
from journal_app.services.backup_merge import merge_other, merge_same
from journal_app.services.settings import SettingsService
from journal_app.services.vault import VaultService
from journal_app.storage.outputs import check_output_file, failed_write, make_private_folder

__all__ = [
    "KEEP_LATEST",
    "KEEP_WEEKS",
    "BackupContents",
    "BackupInfo",
    "BackupService",
    "BackupSummary",
    "MergeReport",
    "OtherJournal",
    "StoredBackup",
    "prune",
]

AUTO_FOLDER = "backups"
WRITING_BACKUP = QT_TRANSLATE_NOOP(
    "messages", "the backup couldn't be written"
)  # what did not happen, after "so"
SEQUENCE_KEY = "backup_sequence"
RESTORED_KEY = "restored_backups"  # {vault id: highest sequence restored or merged}
AUTO_DIGEST_KEY = "auto_backup_digest"
EXTRA_FOLDER_KEY = "backup_folder"
OTHER_JOURNAL = QT_TRANSLATE_NOOP(
    "messages",
    "This backup is of another journal, so it wasn't merged and nothing was changed. Its "
    "entries can come in as new entries of this journal, opened with that journal's own "
    "passphrase or recovery key; your own records and settings stay as they are.",
)
OWN_KEY_NEEDED = QT_TRANSLATE_NOOP(
    "messages",
    "This backup is of another journal: it opens only with that journal's own passphrase "
    "or recovery key.",
)


class OtherJournal(ValidationError):
    """A backup of another journal was to be merged without saying so (exit 2)."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file that was written."""

    path: Path
    size: int
    records: int
    sequence: int
    created: str


@dataclass(frozen=True)
class BackupSummary:
    """What a verified backup holds."""

    vault_id: str
    sequence: int
    created: str
    counts: dict[str, int]
    revisions: int
    in_trash: int

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.revisions


@dataclass
class MergeReport:
    """What a merge did; nothing local is ever deleted."""

    added: int = 0
    updated: int = 0
    kept_local: int = 0
    unchanged: int = 0
    trashed: int = 0
    malformed: int = 0  # records that failed validation: left out, never stored
    left_out: int = 0  # another journal's settings, earlier versions and the like
    kind_changed: list[str] = field(default_factory=list)  # ids refused: another kind here
    other_journal: bool = False  # brought in as new records
    older_than_last: bool = False
    safety_backup: Path | None = None
    warnings: list[Message] = field(default_factory=list)


def summarize(contents: BackupContents) -> BackupSummary:
    kinds = Counter(r.get("kind", "?") for r in contents.records)
    revisions = kinds.pop("revision", 0)
    kinds.pop("setting", None)
    trash = sum(1 for r in contents.records if r.get("deleted_at"))
    return BackupSummary(
        contents.vault_id, contents.sequence, contents.created, dict(kinds), revisions, trash
    )


class BackupService:
    """Backups of the unlocked journal, and restoring them."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault
        self._settings = SettingsService(vault)

    # Writing

    def export(self, path: Path, *, force: bool = False) -> BackupInfo:
        """Write a backup of every record (versions and Trash included) to ``path``.

        ``path`` must be a new file (or, with ``force``, an existing regular file) outside
        the journal's folder; anything else is refused before a byte is written.
        """
        target = check_output_file(path, journal_folder=self._vault.folder, force=force)
        return self._write(target)

    def _write(self, path: Path) -> BackupInfo:
        """Write a new backup to ``path`` whole, mode 0600, or raise leaving nothing."""
        data, info = self._encode(path)
        write_backup_file(path, data)
        return info

    def _encode(self, path: Path) -> tuple[bytes, BackupInfo]:
        """A new backup's bytes (the next sequence number), and what it will say."""
        vault = self._vault
        keys = vault.backup_keys()
        store = vault.store
        sequence = int(self._settings.get(SEQUENCE_KEY) or 0) + 1
        self._settings.set(SEQUENCE_KEY, sequence)
        records = [r.to_dict() for r in sorted(store.all(), key=lambda r: r.id)]
        created = store.now()
        data = encode_backup(
            records, vault_id=vault.vault_id, sequence=sequence, created=created, keys=keys
        )
        return data, BackupInfo(path, len(data), len(records), sequence, created)

    # Reading

    @staticmethod
    def read_file(path: Path) -> bytes:
        """Read a backup: a regular file of at most ``MAX_PAYLOAD`` bytes (never a pipe)."""
        try:
            return read_bytes(path, cap=MAX_PAYLOAD)
        except Unreadable as error:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{path} {phrase}, so it can't be a backup Afterglow made. Nothing was "
                        "changed.",
                    ),
                    path=str(path),
                    phrase=error.phrase,
                )
            ) from None

    def open(
        self, path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
    ) -> BackupContents:
        """Verify a whole backup into memory; use this unlock's key when it fits.

        A backup of another journal needs its own passphrase or recovery key: it is
        never tried with an empty one.
        """
        data = self.read_file(path)
        kek = None
        if not passphrase and recovery_code is None and self._vault.unlocked:
            header = read_header(data)
            if header.vault_id != self._vault.vault_id:
                raise WrongPassphrase(Message(OWN_KEY_NEEDED))
            kek = self._vault.backup_keys().kek
        return open_backup(data, passphrase=passphrase, kek=kek, recovery_code=recovery_code)

    def verify(
        self, path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
    ) -> BackupSummary:
        return summarize(self.open(path, passphrase=passphrase, recovery_code=recovery_code))

    # Restoring

    def restore_new(self, contents: BackupContents, *, new_passphrase: str | None = None) -> int:
        """Recreate the backed-up journal in an empty data folder, exactly; return the count.

        Opened with the passphrase, the journal keeps it (and its key settings); opened
        with the recovery key, ``new_passphrase`` becomes the passphrase.
        """
        records = [Record.from_dict(r) for r in contents.records]
        key = (contents.kek, contents.kdf) if contents.kek is not None else None
        if key is None and new_passphrase is None:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The backup was opened with the recovery key: choose a new passphrase for "
                        "the restored journal.",
                    )
                )
            )
        self._vault.create_restored(
            records,
            contents.vault_id,
            contents.recovery_public,
            key=None if new_passphrase is not None else key,
            new_passphrase=new_passphrase,
        )
        self._note_restored(contents)
        return len(records)

    def journal_of(self, path: Path) -> str:
        """The id of the journal a backup file says it is of (checked again on opening)."""
        return read_header(self.read_file(path)).vault_id

    def is_other_journal(self, contents: BackupContents) -> bool:
        """Whether an opened backup is of another journal than the unlocked one."""
        return contents.vault_id != self._vault.vault_id

    def merge(
        self,
        contents: BackupContents,
        safety_folder: Path | None = None,
        *,
        from_other_journal: bool = False,
    ) -> MergeReport:
        """Merge a checked backup into the unlocked journal in one transaction.

        A backup of this journal merges by record id: the newer version wins, the other
        is kept as a previous version, nothing local is deleted and no id changes kind.
        Another journal's is refused (OtherJournal) unless ``from_other_journal``: then
        its records come in as new ones. Records that fail validation are left out and
        counted; settings never come from a backup.
        """
        other = self.is_other_journal(contents)
        if other and not from_other_journal:
            raise OtherJournal(Message(OTHER_JOURNAL))
        report = MergeReport(other_journal=other)
        if not other:
            self._warn_if_older(contents, report)
        report.safety_backup = self.auto_backup(safety_folder, force=True)
        if other:
            merge_other(self._vault.store, contents.records, report)
        else:
            merge_same(self._vault.store, contents.records, report)
            self._note_restored(contents)
        return report

    def _warn_if_older(self, contents: BackupContents, report: MergeReport) -> None:
        restored = self._settings.get(RESTORED_KEY) or {}
        last = restored.get(contents.vault_id)
        if last is not None and contents.sequence < last:
            report.older_than_last = True
            report.warnings.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This backup (number {sequence}) is older than one you already "
                        "restored (number {last}). Newer versions in your journal still win.",
                    ),
                    sequence=contents.sequence,
                    last=last,
                )
            )

    def _note_restored(self, contents: BackupContents) -> None:
        restored = dict(self._settings.get(RESTORED_KEY) or {})
        restored[contents.vault_id] = max(contents.sequence, restored.get(contents.vault_id, 0))
        self._settings.set(RESTORED_KEY, restored)

    # Automatic backups

    def auto_folder(self) -> Path:
        return self._vault.folder / AUTO_FOLDER

    def extra_folder(self) -> Path | None:
        chosen = self._settings.get(EXTRA_FOLDER_KEY)
        return Path(chosen) if chosen else None

    def set_extra_folder(self, folder: Path | None) -> None:
        self._settings.set(EXTRA_FOLDER_KEY, str(folder) if folder else None)

    def _digest(self) -> str:
        digest = hashlib.sha256()
        for record in sorted(self._vault.store.all(), key=lambda r: r.id):
            if record.kind == "setting":
                continue
            digest.update(
                f"{record.id}:{record.rev}:{record.updated_at}:{record.deleted_at}|".encode()
            )
        return digest.hexdigest()

    def auto_backup(self, folder: Path | None = None, *, force: bool = False) -> Path | None:
        """Back up into the data folder's backups/ (and the chosen extra folder) if the
        journal changed since the last automatic backup; prune old ones. None if unchanged."""
        digest = self._digest()
        if not force and self._settings.get(AUTO_DIGEST_KEY) == digest:
            return None
        home = folder or self.auto_folder()
        extra = self.extra_folder() if folder is None else None
        if extra is not None and not extra.is_dir():
            extra = None  # a USB stick that isn't plugged in: nothing is made in its place
        try:
            make_private_folder(home)
        except OSError as error:
            raise failed_write(error, home, WRITING_BACKUP) from error
        now = parse_timestamp(self._vault.store.now())  # the journal's clock, in UTC
        target = home / _free_name(now.astimezone(), home, extra)
        data, _ = self._encode(target)
        write_backup_file(target, data)
        self._settings.set(AUTO_DIGEST_KEY, digest)
        vault_id = self._vault.vault_id
        prune(home, vault_id, now, written=target)
        if extra is not None:
            copy = extra / target.name
            try:
                write_backup_file(copy, data)  # the same backup, byte for byte
                prune(extra, vault_id, now, written=copy)
            except JournalError:
                pass  # a full or read-only USB stick must not stop the backup that did work
        return target

    def list_backups(self) -> list[tuple[Path, int, datetime]]:
        """This journal's automatic backups, newest first: (path, size, when made, local)."""
        found = backups_in(self.auto_folder(), self._vault.vault_id)
        return [(b.path, b.size, b.created.astimezone()) for b in found]


def _free_name(moment: datetime, folder: Path, extra: Path | None) -> str:
    """A new file name for a backup made at ``moment``, taken in neither folder.

    The name is for people only: pruning and listing read the header inside.
    """
    stem = "afterglow-" + moment.strftime("%Y%m%d-%H%M%S")
    for number in range(1, 1000):
        name = stem + (f"-{number}" if number > 1 else "") + SUFFIX
        if not any(os.path.lexists(place / name) for place in (folder, extra) if place):
            return name
    return f"{stem}-{os.urandom(4).hex()}{SUFFIX}"
