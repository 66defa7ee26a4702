"""Records from a backup, checked before a merge may store any of them.

A backup's authentication proves who wrote it, not that what it holds is sound: a backup
of another journal may come from anyone who knows its passphrase. So every record is
rebuilt and validated as if it were typed in anew (the same checks as ``import json``),
and one that fails is skipped and counted, never stored: a bad record must not be able to
break search, ``show`` or the exports.

Records of another journal come in as new records with new ids, their links to each
other (a journey's course, a weekly check's course) carried over to the new ids.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from journal_app.backup.import_afterglow import (
    IMPORTED_KINDS,
    checked_record,
    envelope_problem,
)
from journal_app.backup.import_common import ENTRY_ERRORS
from journal_app.domain.errors import IntegrityError
from journal_app.domain.records import Record, UnknownPayload, new_id
from journal_app.domain.revision import Revision

SETTING = "setting"
REVISION = "revision"
# Kinds a journal holds once: another journal's would quietly take the place of yours.
SINGLE_KINDS = frozenset({"safety_plan", "prescriber_questions"})
LINKED_FIELDS = {"journey": "course_id", "weekly_check": "course_id"}
_ERRORS = (*ENTRY_ERRORS, IntegrityError)


@dataclass(slots=True)
class CheckedBackup:
    """The records of a backup that may be merged, and how many were left out."""

    records: list[Record] = field(default_factory=list)
    malformed: int = 0  # failed validation: skipped, never stored
    left_out: int = 0  # settings, earlier versions, kinds not brought in


def _checked_revision(raw: dict[str, Any]) -> Record | None:
    """An earlier version is sound when its envelope is and its snapshot is a sound record."""
    try:
        record = Record.from_dict(raw)
    except _ERRORS:
        return None
    payload = record.data
    if not isinstance(payload, Revision) or not isinstance(payload.record_id, str):
        return None
    snapshot = payload.snapshot
    if not isinstance(snapshot, dict) or snapshot.get("id") != payload.record_id:
        return None
    if snapshot.get("kind") not in IMPORTED_KINDS:
        return None
    if envelope_problem(record):
        return None
    try:
        inner, _ = checked_record(snapshot)
    except _ERRORS:
        return None
    return record if inner is not None else None


def check_one(raw: Any) -> Record | None:
    """The record rebuilt and validated, or None when it must not be stored.

    Kinds this version doesn't know are kept untouched (a newer Afterglow's records of
    the same journal), as long as their envelope is sound.
    """
    if not isinstance(raw, dict):
        return None
    kind = raw.get("kind")
    if kind == REVISION:
        return _checked_revision(raw)
    try:
        if kind in IMPORTED_KINDS:
            record, _ = checked_record(raw)
            return record
        record = Record.from_dict(raw)
    except _ERRORS:
        return None
    if not isinstance(record.data, UnknownPayload) or not isinstance(kind, str):
        return None
    return None if envelope_problem(record) else record


def _is_setting(raw: Any) -> bool:
    """A preference, or an earlier version of one: settings never come from a backup."""
    if not isinstance(raw, dict):
        return False
    data = raw.get("data")
    snapshot = data.get("snapshot") if isinstance(data, dict) else None
    inner = snapshot.get("kind") if isinstance(snapshot, dict) else None
    return raw.get("kind") == SETTING or (raw.get("kind") == REVISION and inner == SETTING)


def check_same_journal(raw_records: Iterable[Any]) -> CheckedBackup:
    """Every record of a backup of this journal that is sound; settings left out."""
    checked = CheckedBackup()
    for raw in raw_records:
        if _is_setting(raw):
            checked.left_out += 1
            continue
        record = check_one(raw)
        if record is None:
            checked.malformed += 1
        else:
            checked.records.append(record)
    return checked


def as_new_records(raw_records: Iterable[Any], *, singles_here: set[str]) -> CheckedBackup:
    """Another journal's sound records, each with a new id and its links remapped.

    Only the latest version comes in: earlier versions, settings, kinds this version
    doesn't know and a safety plan or question list when this journal has its own are
    left out and counted.
    """
    checked = CheckedBackup()
    sound: list[Record] = []
    for raw in raw_records:
        kind = raw.get("kind") if isinstance(raw, dict) else None
        if kind not in IMPORTED_KINDS or kind in singles_here:
            checked.left_out += 1
            continue
        try:
            record, _ = checked_record(raw)
        except _ERRORS:
            record = None
        if record is None:
            checked.malformed += 1
        else:
            sound.append(record)
    new_ids = {record.id: new_id() for record in sound}
    for record in sound:
        checked.records.append(_renamed(record, new_ids))
    return checked


def _renamed(record: Record, new_ids: dict[str, str]) -> Record:
    payload = record.data
    link = LINKED_FIELDS.get(record.kind)
    if link is not None:
        old = getattr(payload, link)
        payload = dataclasses.replace(payload, **{link: new_ids.get(old, "")})
    return dataclasses.replace(record, id=new_ids[record.id], rev=1, data=payload)
