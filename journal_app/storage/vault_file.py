"""vault.db: meta, key slots and sealed record rows, and nothing else."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from journal_app.crypto.journal_keys import JournalKeys
from journal_app.crypto.keyslots import KeySlot
from journal_app.domain.errors import (
    NOT_SAVED,
    IntegrityError,
    JournalError,
    VaultExists,
    VaultMissing,
)
from journal_app.domain.records import new_id
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.database import (
    SCHEMA_VERSION,
    VaultDatabase,
    connect,
    migrate,
    schema_version,
)
from journal_app.storage.errors import OPENING, translating
from journal_app.storage.folders import make_private_folder, missing_message, sync_folder
from journal_app.storage.header import header_bytes
from journal_app.storage.manifest import Manifest

VAULT_NAME = "vault.db"
FORMAT_VERSION = "2"
LEGACY_FORMAT = "1"
RECORDS = "records"
MANIFEST = "manifest"
# Format 2's index parts (journal_app/storage/manifest.py); made with format 2.
CREATE_MANIFEST = (
    "CREATE TABLE IF NOT EXISTS manifest (part INTEGER PRIMARY KEY, blob BLOB NOT NULL)"
)
SlotRows = list[tuple[str, KeySlot]]
READ_MAP_BYTES = 1 << 30  # SQLite maps at most this much of the file (its own limit applies)
CREATING = QT_TRANSLATE_NOOP("messages", "the journal couldn't be created")
COPYING = QT_TRANSLATE_NOOP("messages", "the copy of the journal couldn't be written")
# Every write counts itself, so this computer can tell an older copy of the journal
# (see journal_app/services/rollback_watch.py).
CHANGES_UP = (
    "INSERT INTO meta(key, value) VALUES ('changes', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)
NEEDS_UPDATE = QT_TRANSLATE_NOOP(
    "messages",
    "This journal was made by an earlier Afterglow and needs a moment's update before it "
    "can be read. Open it in the window, or run a command that writes, then try again.",
)


def _stored_id(value: object) -> str:
    """A row's id as text, whatever a damaged row holds there."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def with_ids(slots: Iterable[KeySlot]) -> SlotRows:
    """Give each new slot its row id (the header names slots by it)."""
    return [(new_id(), slot) for slot in slots]


class VaultFile:
    """The open database of one vault. Every change is one transaction."""

    def __init__(self, db: VaultDatabase, path: Path, *, read_only: bool = False) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only
        self.vault_id = self._meta("vault_id")
        self.format = self.meta_value("format") or LEGACY_FORMAT

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return (folder / VAULT_NAME).is_file()

    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> VaultFile:
        """Open the vault in ``folder``; raise VaultMissing if there is none.

        ``read_only`` (for a reader holding the shared lock) refuses every write.
        """
        path = folder / VAULT_NAME
        if not path.is_file():
            raise VaultMissing(missing_message(folder))
        db = connect(path, read_only=read_only)
        db.outcome = OPENING
        try:
            if read_only:
                cls._check_schema(db)
            else:
                migrate(db)
            vault_file = cls(db, path, read_only=read_only)
        except BaseException:
            db.close()
            raise
        db.outcome = NOT_SAVED
        return vault_file

    @staticmethod
    def _check_schema(db: VaultDatabase) -> None:
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            migrate(db)  # says that a newer Afterglow made it

    @classmethod
    def peek_slots(cls, folder: Path) -> tuple[str, SlotRows, str | None]:
        """The vault id, key slots and header (not yet vouched for), read without the lock.

        One read transaction gives one consistent picture (slots and header agree even if
        the passphrase changes meanwhile), so the slow key derivation can run on these
        while the lock stays free for others.
        """
        vault_file = cls.open(folder, read_only=True)
        try:
            with vault_file.snapshot():
                return vault_file.vault_id, vault_file.slots(), vault_file.meta_value("header")
        finally:
            vault_file.close()

    @classmethod
    def create(
        cls, folder: Path, slots: Iterable[KeySlot], vault_id: str, keys: JournalKeys
    ) -> VaultFile:
        """Write a new format-2 vault atomically: built under a temporary name, then renamed.

        ``keys`` (from the new data key) vouch for its header and its empty index.
        """
        path = folder / VAULT_NAME
        if path.exists():
            raise VaultExists(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is already a journal in {folder}; it was left untouched."
                    ),
                    folder=folder,
                )
            )
        with translating(path, outcome=CREATING):
            cls._build(folder, path, with_ids(slots), vault_id, keys)
        return cls.open(folder)

    @classmethod
    def _build(
        cls, folder: Path, path: Path, slots: SlotRows, vault_id: str, keys: JournalKeys
    ) -> None:
        make_private_folder(folder)
        temp = folder / f".{VAULT_NAME}.{new_id()[:8]}.tmp"
        db = connect(temp, outcome=CREATING)
        db.outcome = CREATING
        try:
            migrate(db)
            header = header_bytes(vault_id, slots)
            with db.atomic():
                db.execute(CREATE_MANIFEST)
                db.conn.executemany(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("format", FORMAT_VERSION),
                        ("schema_version", str(SCHEMA_VERSION)),
                        ("header", header.decode("ascii")),
                        ("header_mac", keys.header_mac(header)),
                        ("index", Manifest.empty().mac(keys, vault_id, 0)),
                    ],
                )
                for slot_id, slot in slots:
                    cls._insert_slot(db, slot_id, slot)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode=DELETE")
        finally:
            db.close()
        try:
            temp.replace(path)
            sync_folder(folder)
        finally:
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                with contextlib.suppress(OSError):  # the first error is the one to tell
                    leftover.unlink(missing_ok=True)

    @staticmethod
    def remove(folder: Path) -> None:
        """Delete the vault files in ``folder`` (only ever for one just created)."""
        for suffix in ("", "-wal", "-shm"):
            (folder / f"{VAULT_NAME}{suffix}").unlink(missing_ok=True)

    def _meta(self, key: str) -> str:
        if schema_version(self._db) == 0:
            raise IntegrityError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The journal file is missing its {key}; it may be damaged."
                    ),
                    key=key,
                )
            )
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        if row is None:
            raise IntegrityError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The journal file is missing its {key}; it may be damaged."
                    ),
                    key=key,
                )
            )
        return str(row[0])

    # Key slots

    @staticmethod
    def _insert_slot(db: VaultDatabase, slot_id: str, slot: KeySlot) -> None:
        db.execute(
            "INSERT INTO keyslots(id, type, params, wrapped) VALUES (?, ?, ?, ?)",
            [slot_id, slot.slot_type, json.dumps(slot.params, sort_keys=True), slot.wrapped],
        )

    def slots(self) -> list[tuple[str, KeySlot]]:
        """Return every key slot with its row id."""
        rows = self._db.execute("SELECT id, type, params, wrapped FROM keyslots ORDER BY rowid")
        try:
            return [(r[0], KeySlot(r[1], json.loads(r[2]), bytes(r[3]))) for r in rows]
        except (ValueError, TypeError) as error:
            raise IntegrityError(
                Message(QT_TRANSLATE_NOOP("messages", "The journal's key slots are damaged."))
            ) from error

    # Writing inside one transaction (format 2's changes are made of these)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction for the calls inside: all of them are written, or none."""
        with self._db.atomic():
            yield

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read the calls inside from one consistent state of the file (a read transaction).

        The journal's lock already keeps writers out while it is read; this also holds if
        something else writes to the file meanwhile, so the index and the rows agree.
        """
        conn = self._db.conn
        if conn.in_transaction:
            yield
            return
        with translating(self.path, outcome=OPENING):
            conn.execute("BEGIN")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")

    def count_change(self) -> int:
        """Raise the change count by one (inside :meth:`atomic`) and return the new count."""
        self._db.execute(CHANGES_UP)
        return self.change_count()

    def put_rows(self, rows: Iterable[tuple[str, bytes]]) -> None:
        self._db.conn.executemany(
            f"INSERT OR REPLACE INTO {RECORDS}(id, blob) VALUES (?, ?)", list(rows)
        )

    def delete_rows(self, record_ids: Iterable[str]) -> None:
        self._db.conn.executemany(f"DELETE FROM {RECORDS} WHERE id = ?", [(i,) for i in record_ids])

    def put_parts(self, parts: Mapping[int, bytes]) -> None:
        self._db.execute(CREATE_MANIFEST)
        self._db.conn.executemany(
            f"INSERT OR REPLACE INTO {MANIFEST}(part, blob) VALUES (?, ?)", list(parts.items())
        )

    def set_meta(self, values: Mapping[str, str]) -> None:
        self._db.conn.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", list(values.items())
        )

    def set_slots(self, slots: SlotRows) -> None:
        """Replace every key slot (extra ones too) with ``slots``."""
        self._db.execute("DELETE FROM keyslots")
        for slot_id, slot in slots:
            self._insert_slot(self._db, slot_id, slot)

    def meta_value(self, key: str) -> str | None:
        """A value from ``meta`` as text, or None if it is missing (or not text)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row is not None and isinstance(row[0], str) else None

    def manifest_parts(self) -> dict[int, bytes]:
        """Format 2's sealed index parts by number; a part that isn't bytes is left out."""
        found = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [MANIFEST]
        ).fetchone()
        if found is None:
            return {}
        rows = self._db.execute(f"SELECT part, blob FROM {MANIFEST}")
        return {p: bytes(b) for p, b in rows if isinstance(p, int) and isinstance(b, bytes)}

    # Records

    def blobs(self) -> Iterator[tuple[str, bytes | None]]:
        """Yield every (record id, sealed blob) row; None for a blob that isn't one.

        A damaged row can hold text, a number or anything else SQLite stores; such a row
        is one damaged record, never a reason the rest can't be read.
        """
        with translating(self.path, outcome=OPENING):
            rows = self._read_all(f"SELECT id, blob FROM {RECORDS}")
        for record_id, blob in rows:
            yield _stored_id(record_id), blob if isinstance(blob, bytes) else None

    def _read_all(self, query: str) -> list[tuple[object, object]]:
        """Every row of ``query``, read through a memory map of the file (twice as fast).

        The map is on only for this read: an I/O error on a mapped file (a drive pulled
        out) is a signal SQLite can't turn into an error, so the window is kept short.
        """
        conn = self._db.conn
        conn.execute(f"PRAGMA mmap_size={READ_MAP_BYTES}")
        try:
            return conn.execute(query).fetchall()
        finally:
            conn.execute("PRAGMA mmap_size=0")

    def change_count(self) -> int:
        """How many writes this journal has had (0 if it has never counted them)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'changes'").fetchone()
        try:
            return max(0, int(row[0])) if row is not None else 0
        except (TypeError, ValueError):
            return 0  # a damaged count: the journal still opens

    def copy_to(self, path: Path) -> None:
        """Write a consistent copy of the whole database to ``path`` (new, 0600), durably.

        Built under a temporary name beside it and renamed, so a kill leaves no half copy.
        """
        make_private_folder(path.parent)
        temp = path.with_name(f".{path.name}.{new_id()[:8]}.tmp")
        with translating(path, outcome=COPYING):
            try:
                target = connect(temp, outcome=COPYING)
                try:
                    self._db.conn.backup(target.conn)
                    target.execute("PRAGMA journal_mode=DELETE")
                finally:
                    target.close()
                with temp.open("rb+") as written:
                    os.fsync(written.fileno())
                temp.replace(path)
                sync_folder(path.parent)
            finally:
                for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                    with contextlib.suppress(OSError):
                        leftover.unlink(missing_ok=True)

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_ok(self) -> bool:
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def close(self) -> None:
        # Closing flushes the WAL safely on its own; the checkpoint only tidies up, and a
        # reader leaves it to the writers.
        if not self.read_only:
            with contextlib.suppress(JournalError, sqlite3.Error):
                self.checkpoint()
        self._db.close()
