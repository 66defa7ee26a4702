"""Notice when a journal is older than the one this computer last opened.

Rolling the whole of ``vault.db`` back to an older copy cannot be told from the file
alone. So each computer keeps, outside the journal, the highest change count it has
seen for each journal: a hash of the journal's id and a number, nothing else. A journal
whose count is lower than that is an older copy (restored by hand, or swapped).

The warning never blocks. The count of an older copy becomes the new mark once the
person has been told and carries on (a change is saved, or the journal is locked), so
the warning shows once for each older copy (again only if Afterglow stopped before).

Every step is best effort: a missing, damaged or unwritable file means no warning and
no crash, never a journal that won't open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from pathlib import Path

from journal_app.messages import QT_TRANSLATE_NOOP, Message

FILE_NAME = "seen-journals.json"
MAX_FILE_BYTES = 64 * 1024  # a few hundred journals; anything larger is not ours
MAX_JOURNALS = 200
MAX_COUNT = 2**63 - 1
OLDER_COPY = QT_TRANSLATE_NOOP(
    "messages",
    "This journal looks older than the one this computer last opened. If you didn't "
    "restore an older copy on purpose, look for the newer one before writing more.",
)


def journal_key(vault_id: str) -> str:
    """The journal's id, hashed, so the file names no journal."""
    return hashlib.sha256(b"afterglow-seen\x00" + vault_id.encode("utf-8")).hexdigest()[:32]


class RollbackWatch:
    """The highest change count this computer has seen, per journal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writing = threading.Lock()  # saves on a worker thread and the window's

    @classmethod
    def in_folder(cls, folder: Path) -> RollbackWatch:
        """The watch kept in ``folder`` (the state folder, see journal_app/paths.py)."""
        return cls(folder / FILE_NAME)

    def _read(self) -> dict[str, int]:
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES:
                return {}
            raw = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        seen = raw.get("seen") if isinstance(raw, dict) else None
        if not isinstance(seen, dict):
            return {}
        return {
            key: count
            for key, count in seen.items()
            if isinstance(key, str) and type(count) is int and 0 <= count <= MAX_COUNT
        }

    def seen(self, vault_id: str) -> int | None:
        """The highest count remembered for this journal, or None."""
        return self._read().get(journal_key(vault_id))

    def check(self, vault_id: str, count: int) -> Message | None:
        """A kind warning if ``count`` is lower than what this computer last saw."""
        seen = self.seen(vault_id)
        if seen is not None and count < seen:
            return Message(OLDER_COPY)
        return None

    def remember(self, vault_id: str, count: int, *, durable: bool = False) -> None:
        """Keep ``count`` as this journal's mark (a failure to write is ignored)."""
        with self._writing:
            self._remember(vault_id, count, durable=durable)

    def _remember(self, vault_id: str, count: int, *, durable: bool) -> None:
        seen = self._read()
        key = journal_key(vault_id)
        if seen.get(key) == count:
            return
        seen.pop(key, None)
        seen[key] = count  # the newest last, so the oldest go first when there are many
        while len(seen) > MAX_JOURNALS:
            seen.pop(next(iter(seen)))
        with contextlib.suppress(OSError):
            self._write({"version": 1, "seen": seen}, durable=durable)

    def _write(self, content: object, *, durable: bool) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.tmp")
        try:
            with temp.open("w", encoding="utf-8") as file:
                json.dump(content, file)
                if durable:
                    file.flush()
                    os.fsync(file.fileno())
            temp.replace(self.path)
        finally:
            temp.unlink(missing_ok=True)
