"""The unlocked journal in memory, written through to the vault one transaction at a time."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from journal_app.domain.clock import Clock, timestamp
from journal_app.domain.errors import NotFound, ValidationError
from journal_app.domain.records import Record
from journal_app.domain.revision import REVISIONS_KEPT, Revision
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.codec import RecordRepository

MIN_PREFIX = 4


class RecordStore:
    """Every decrypted record by id; changes reach disk before they reach memory."""

    def __init__(
        self,
        repository: RecordRepository,
        records: dict[str, Record],
        damaged: list[str],
        clock: Clock,
    ) -> None:
        self._repository = repository
        self._records = records
        self.damaged = damaged
        # Records left out because the file was tampered with, and what was done to each
        # (format 2's index names it); they are in ``damaged`` too.
        self.tampered: dict[str, Message] = {}
        self._clock = clock
        self._guard = threading.RLock()
        self.version = 0  # counts changes, so caches built from the records know when to renew
        self._revisions: dict[str, list[str]] = defaultdict(list)
        self._listeners: list[Callable[[frozenset[str]], None]] = []
        self._by_kind: dict[str, dict[str, Record]] = defaultdict(dict)
        for record in records.values():
            self._by_kind[record.kind][record.id] = record
        for record in records.values():
            if isinstance(record.data, Revision):
                self._revisions[record.data.record_id].append(record.id)

    def holding_writes(self) -> threading.RLock:
        """A lock that holds off every other write while held (a key change takes it)."""
        return self._guard

    def listen(self, listener: Callable[[frozenset[str]], None]) -> None:
        """Tell ``listener`` which record kinds changed after each commit (on that thread)."""
        self._listeners.append(listener)

    def now(self) -> str:
        return timestamp(self._clock())

    def clock(self) -> Clock:
        return self._clock

    def __len__(self) -> int:
        return len(self._records)

    def all(self) -> list[Record]:
        """Every record, as it stands now (a copy: safe while another thread writes)."""
        with self._guard:
            return list(self._records.values())

    def of_kind(self, kind: str, *, deleted: bool | None = False) -> list[Record]:
        """Records of one kind; ``deleted`` False hides Trash, True shows only it, None both."""
        with self._guard:
            records = list(self._by_kind.get(kind, {}).values())
        if deleted is None:
            return records
        return [r for r in records if r.deleted == deleted]

    def get(self, record_id: str) -> Record:
        try:
            return self._records[record_id]
        except KeyError:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Nothing in this journal has the id {record_id}."
                    ),
                    record_id=record_id,
                )
            ) from None

    def resolve(self, id_or_prefix: str, kinds: Iterable[str] | None = None) -> Record:
        """Find a record by its id or a unique beginning of it (at least 4 characters)."""
        key = id_or_prefix.strip().lower()
        wanted = set(kinds) if kinds is not None else None
        if key in self._records:
            record = self._records[key]
            if wanted is None or record.kind in wanted:
                return record
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no {options} with the id {key}."),
                    options=" or ".join(sorted(wanted)),
                    key=key,
                )
            )
        if len(key) < MIN_PREFIX:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Give at least {min_prefix} characters of the id (from 'journal-app "
                        "list').",
                    ),
                    min_prefix=MIN_PREFIX,
                )
            )
        with self._guard:
            everything = list(self._records.items())
        matches = [
            r
            for rid, r in everything
            if rid.startswith(key) and (wanted is None or r.kind in wanted)
        ]
        if not matches:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Nothing in this journal has an id starting with {key}."
                    ),
                    key=key,
                )
            )
        if len(matches) > 1:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "More than one record starts with {key}; give a few more characters.",
                    ),
                    key=key,
                )
            )
        return matches[0]

    # Changes

    def _commit(self, puts: list[Record], deletes: Iterable[str] = ()) -> None:
        deletes = list(deletes)
        with self._guard:  # a backup or merge on a worker thread, autosave on the UI thread
            kinds = {r.kind for r in puts}
            kinds.update(self._records[i].kind for i in deletes if i in self._records)
            self._commit_locked(puts, deletes)
        changed = frozenset(kinds)
        for listener in list(self._listeners):
            listener(changed)

    def _commit_locked(self, puts: list[Record], deletes: list[str]) -> None:
        self._repository.save(puts, deletes)
        for record in puts:
            old = self._records.get(record.id)
            if old is not None and old.kind != record.kind:
                self._by_kind[old.kind].pop(record.id, None)
            self._records[record.id] = record
            self._by_kind[record.kind][record.id] = record
        for record_id in deletes:
            gone = self._records.pop(record_id, None)
            if gone is not None:
                self._by_kind[gone.kind].pop(record_id, None)
        self.version += 1

    def add(self, payload: Any) -> Record:
        """Store a new record holding ``payload``."""
        record = Record.create(payload, self.now())
        self._commit([record])
        return record

    def add_many(self, payloads: Iterable[Any]) -> list[Record]:
        """Store many new records in one transaction."""
        now = self.now()
        records = [Record.create(p, now) for p in payloads]
        self._commit(records)
        return records

    def put_many(self, records: Iterable[Record]) -> None:
        """Store records built elsewhere (demo data, imports) as they are, in one transaction."""
        batch = list(records)
        self._commit(batch)
        for record in batch:
            if isinstance(record.data, Revision):
                self._revisions[record.data.record_id].append(record.id)

    def update(self, record_id: str, payload: Any, *, keep_revision: bool = True) -> Record:
        """Replace a record's payload, keeping what it was as a revision.

        ``keep_revision=False`` overwrites in place: autosave uses it for the second and
        later saves of one editing session, whose first save already kept the original.
        """
        old = self.get(record_id)
        if payload == old.data:
            return old
        now = self.now()
        new = old.revised(payload, now)
        if not keep_revision:
            self._commit([new])
            return new
        revision = Record.create(Revision(old.id, old.to_dict()), now)
        history = [self._records[i] for i in self._revisions[old.id]] + [revision]
        history.sort(key=lambda r: r.data.rev)
        pruned = [r.id for r in history[:-REVISIONS_KEPT]] if len(history) > REVISIONS_KEPT else []
        self._commit([new, revision], pruned)
        self._revisions[old.id] = [r.id for r in history if r.id not in pruned]
        return new

    def set_deleted(self, record_id: str, deleted: bool) -> Record:
        """Move a record to Trash, or bring it back."""
        old = self.get(record_id)
        if old.deleted == deleted:
            return old
        now = self.now()
        new = replace(old, updated_at=now, rev=old.rev + 1, deleted_at=now if deleted else None)
        self._commit([new])
        return new

    def purge(self, record_id: str) -> None:
        """Remove a record and its previous versions for good."""
        self.get(record_id)
        ids = [record_id, *self._revisions.pop(record_id, [])]
        self._commit([], ids)

    def revisions(self, record_id: str) -> list[Record]:
        """Previous versions of a record, newest first."""
        history = [self._records[i] for i in self._revisions.get(record_id, [])]
        return sorted(history, key=lambda r: r.data.rev, reverse=True)

    def restore_revision(self, revision_id: str) -> Record:
        """Make an earlier version current again (the current one becomes a revision)."""
        revision = self.get(revision_id)
        if not isinstance(revision.data, Revision):
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "That is not a previous version of anything.")
                )
            )
        earlier = Record.from_dict(revision.data.snapshot)
        return self.update(revision.data.record_id, earlier.data)
