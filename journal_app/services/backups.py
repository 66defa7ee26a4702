"""Backups: export, verify, restore into an empty folder or merge, and automatic copies."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

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
from journal_app.domain.errors import JournalError, ValidationError
from journal_app.domain.records import Record
from journal_app.domain.revision import Revision
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.backup_folder import (
    KEEP_LATEST,
    KEEP_WEEKS,
    SUFFIX,
    StoredBackup,
    backups_in,
    prune,
)
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


def _newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True if envelope ``a`` is a later version than ``b`` (rev, then updated_at)."""
    return (a["rev"], a["updated_at"]) > (b["rev"], b["updated_at"])


def _version(envelope: dict[str, Any]) -> tuple[int, str, str | None]:
    return envelope["rev"], envelope["updated_at"], envelope.get("deleted_at")


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
        """Verify a whole backup into memory; use this unlock's key when it fits."""
        data = self.read_file(path)
        kek = None
        if passphrase is None and recovery_code is None and self._vault.unlocked:
            header = read_header(data)
            if header.vault_id == self._vault.vault_id:
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

    def merge(self, contents: BackupContents, safety_folder: Path | None = None) -> MergeReport:
        """Merge by record id into the unlocked journal: the newer version wins, the other
        is kept as a previous version, nothing local is deleted. One transaction."""
        store = self._vault.store
        report = MergeReport()
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
        report.safety_backup = self.auto_backup(safety_folder, force=True)
        snapshots = self._kept_versions()
        now = store.now()
        changes: list[Record] = []
        for envelope in contents.records:
            record_id = envelope["id"]
            if envelope.get("kind") == "setting":
                continue  # preferences stay as they are on this computer
            try:
                local = store.get(record_id)
            except JournalError:
                changes.append(Record.from_dict(envelope))
                report.added += 1
                continue
            mine = local.to_dict()
            if _version(mine) == _version(envelope):
                report.unchanged += 1
            elif _newer(envelope, mine):
                changes.append(Record.from_dict(envelope))
                changes.append(Record.create(Revision(record_id, mine), now))
                report.updated += 1
                report.trashed += bool(envelope.get("deleted_at") and not mine.get("deleted_at"))
            else:
                report.kept_local += 1
                if (record_id, _version(envelope)) not in snapshots:
                    changes.append(Record.create(Revision(record_id, envelope), now))
        store.put_many(changes)
        self._note_restored(contents)
        return report

    def _kept_versions(self) -> set[tuple[str, tuple[int, str, str | None]]]:
        return {
            (r.data.record_id, _version(r.data.snapshot))
            for r in self._vault.store.of_kind("revision")
        }

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
