"""Opening vault.db through sqlite-utils, with Afterglow's pragmas and migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.domain.errors import NOT_SAVED, IntegrityError
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.errors import OPENING, translating

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_VERSION = 2  # format 2; keyless migrations reach 1, the key moves it to 2
KEYLESS_VERSION = 1
PRIVATE_FILE = 0o600
SIDE_FILES = ("-wal", "-shm")  # SQLite's companions; they hold pages of the vault too


def _pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA busy_timeout=5000")


def make_private(path: Path) -> None:
    """Make an existing file of ours readable by its owner only (older versions made 0644)."""
    with contextlib.suppress(OSError):  # not there, or not ours: nothing to tighten
        if path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE)


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it, whatever the umask.

    SQLite makes its -wal and -shm files with the database file's mode, so they follow.
    """
    if not path.exists():
        os.close(os.open(path, os.O_RDONLY | os.O_CREAT, PRIVATE_FILE))
    make_private(path)


class VaultDatabase:
    """The vault's SQLite connection, managed through sqlite-utils.

    sqlite-utils is imported the first time a schema change or a transaction needs it.
    Reading sealed rows takes only SELECTs, and importing sqlite-utils costs about 50 ms,
    a fifth of a read-only command's time budget, so commands that only read skip it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        # What did not happen when a statement fails, for the error's message.
        self.outcome = NOT_SAVED
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        with translating(self.path, outcome=self.outcome):
            return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: all of the block is committed, or none of it.

        A full disk, a read-only folder or a permission problem, at any statement or at
        the commit, rolls the whole block back and is raised as its JournalError.
        """
        with translating(self.path, outcome=self.outcome), self.db.atomic():
            yield

    def close(self) -> None:
        self.conn.close()


def connect(path: Path, *, outcome: str = OPENING, read_only: bool = False) -> VaultDatabase:
    """Open (or create) the database at ``path`` in autocommit mode with our pragmas.

    The file and its -wal and -shm companions are made readable by their owner only.
    ``read_only`` opens an existing database for reading and refuses every write.

    Raises:
        IntegrityError: the file is not a database, or a damaged one.
        StorageProblem: the disk is full, or the folder read-only or not ours.
    """
    with translating(path, outcome=outcome):
        (make_private if read_only else _create_private)(path)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            _pragmas(conn)
            if read_only:
                # A reader shares the vault with other readers: it must never write.
                conn.execute("PRAGMA query_only=ON")
        except BaseException:
            conn.close()
            raise
    for suffix in SIDE_FILES:
        make_private(Path(f"{path}{suffix}"))
    return VaultDatabase(conn, path)


def _create_v1(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("keyslots").create(
        {"id": str, "type": str, "params": str, "wrapped": bytes}, pk="id", not_null={"type"}
    )
    # WITHOUT ROWID keeps each sealed blob with its random id; sqlite-utils cannot say it.
    db.execute("CREATE TABLE records (id TEXT PRIMARY KEY, blob BLOB NOT NULL) WITHOUT ROWID")


MIGRATIONS: list[tuple[int, Callable[[sqlite_utils.Database], None]]] = [(1, _create_v1)]


def schema_version(db: VaultDatabase) -> int:
    """Return the schema version recorded in ``meta`` (0 for an empty database)."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'")
    if found.fetchone() is None:
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: VaultDatabase) -> None:
    """Bring the schema up to date, one transaction per step."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise IntegrityError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This journal was made by a newer Afterglow. Update Afterglow to open it.",
                )
            )
        )
    for version, step in MIGRATIONS:  # up to KEYLESS_VERSION; format 2 needs the key
        if version > current:
            with db.atomic():
                step(db.db)
                db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                    [str(version)],
                )
