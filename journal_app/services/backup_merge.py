"""Merging a checked backup's records into the journal's store; nothing local is deleted.

A backup of this journal merges by record id, the newer version winning, but never
changes what kind of record an id holds. A backup of another journal only ever adds:
its records come in with new ids (``journal_app.backup.merge_records``).
"""

from __future__ import annotations

from typing import Any, Protocol

from journal_app.backup.merge_records import (
    SINGLE_KINDS,
    as_new_records,
    check_same_journal,
)
from journal_app.domain.errors import JournalError
from journal_app.domain.records import Record
from journal_app.domain.revision import Revision
from journal_app.messages import QT_TRANSLATE_NOOP, Message

Version = tuple[int, str, str | None]

MALFORMED = QT_TRANSLATE_NOOP(
    "messages",
    "{count} record(s) in the backup weren't sound (a field missing or not what it should "
    "be), so they were left out. Everything else came in.",
)
KIND_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "{count} record(s) in the backup claim to be a different kind of record than the one "
    "with the same id here, so they were left out: {ids}.",
)
LEFT_OUT = QT_TRANSLATE_NOOP(
    "messages",
    "{count} record(s) stayed out: settings, earlier versions, and a safety plan or question "
    "list when this journal has its own.",
)


class Store(Protocol):
    """What merging needs of the record store."""

    def get(self, record_id: str) -> Record: ...
    def of_kind(self, kind: str) -> list[Record]: ...
    def put_many(self, records: list[Record]) -> None: ...
    def now(self) -> str: ...


class Counts(Protocol):
    """The report a merge fills in (``MergeReport``)."""

    added: int
    updated: int
    kept_local: int
    unchanged: int
    trashed: int
    malformed: int
    left_out: int
    kind_changed: list[str]
    warnings: list[Message]


def version(envelope: dict[str, Any]) -> Version:
    return envelope["rev"], envelope["updated_at"], envelope.get("deleted_at")


def _newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True if envelope ``a`` is a later version than ``b`` (rev, then updated_at)."""
    return (a["rev"], a["updated_at"]) > (b["rev"], b["updated_at"])


def _local(store: Store, record_id: str) -> Record | None:
    try:
        return store.get(record_id)
    except JournalError:
        return None


def _kind_clash(store: Store, record: Record) -> bool:
    """Whether the record (or the version it keeps) names an id of another kind here."""
    local = _local(store, record.id)
    if local is not None and local.kind != record.kind:
        return True
    if isinstance(record.data, Revision):
        of = _local(store, record.data.record_id)
        return of is not None and of.kind != record.data.snapshot.get("kind")
    return False


def merge_same(store: Store, raw: list[dict[str, Any]], report: Counts) -> None:
    """Merge a backup of this journal by id: newer wins, the other kept as a version."""
    checked = check_same_journal(raw)
    report.malformed = checked.malformed
    kept = {(r.data.record_id, version(r.data.snapshot)) for r in store.of_kind("revision")}
    now = store.now()
    changes: list[Record] = []
    for record in checked.records:
        if _kind_clash(store, record):
            report.kind_changed.append(record.id)
            continue
        local = _local(store, record.id)
        theirs = record.to_dict()
        if local is None:
            changes.append(record)
            report.added += 1
            continue
        mine = local.to_dict()
        if version(mine) == version(theirs):
            report.unchanged += 1
        elif _newer(theirs, mine):
            changes.append(record)
            changes.append(Record.create(Revision(record.id, mine), now))
            report.updated += 1
            report.trashed += bool(record.deleted_at and not local.deleted_at)
        else:
            report.kept_local += 1
            if (record.id, version(theirs)) not in kept:
                changes.append(Record.create(Revision(record.id, theirs), now))
    store.put_many(changes)
    _warn(report)


def merge_other(store: Store, raw: list[dict[str, Any]], report: Counts) -> None:
    """Bring another journal's sound records in as new ones; nothing here changes."""
    singles_here = {kind for kind in SINGLE_KINDS if store.of_kind(kind)}
    checked = as_new_records(raw, singles_here=singles_here)
    report.malformed, report.left_out = checked.malformed, checked.left_out
    report.added = len(checked.records)
    store.put_many(checked.records)
    _warn(report)


def _warn(report: Counts) -> None:
    if report.malformed:
        report.warnings.append(Message(MALFORMED, count=report.malformed))
    if report.kind_changed:
        shown = ", ".join(record_id[:8] for record_id in report.kind_changed[:5])
        report.warnings.append(Message(KIND_CHANGED, count=len(report.kind_changed), ids=shown))
    if report.left_out:
        report.warnings.append(Message(LEFT_OUT, count=report.left_out))
