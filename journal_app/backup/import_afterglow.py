"""Records from Afterglow's own plaintext JSON export, checked before anything is stored.

Only what a person wrote comes in: entries, check-ins, journeys, questionnaires, the
safety plan, weekly checks and the questions for the prescriber. Settings are never
imported (a crafted "export" must not turn auto-lock off or send backups elsewhere); they
are counted and said to be left out. Earlier versions (revisions) and kinds this Afterglow
doesn't know are left out too, each with its reason.

A file that is not a regular file of at most 64 MiB, not JSON, or not an Afterglow export
stops the whole import. A record that can't be read (a field missing, a date out of range,
an id seen before) is skipped with its place and reason, and the rest come in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.backup.exports import EXPORT_FORMAT, EXPORT_VERSION
from journal_app.backup.import_common import (
    BROKEN_TEXT,
    ENTRY_ERRORS,
    Skipped,
    existing_path,
    load_json,
    read_bytes,
    storable,
    unreadable_reason,
    wrong_shape,
)
from journal_app.domain.clock import parse_timestamp
from journal_app.domain.errors import IntegrityError, ValidationError
from journal_app.domain.records import Record, UnknownPayload
from journal_app.messages import QT_TRANSLATE_NOOP, Message

IMPORTED_KINDS = frozenset(
    {"entry", "checkin", "journey", "course", "assessment", "safety_plan"}
    | {"weekly_check", "prescriber_questions"}
)
SETTING = "setting"
ID_PATTERN = re.compile(r"[0-9a-f]{32}")


@dataclass(slots=True)
class RecordsRead:
    """The records of an export that may come in, and what was left out and why."""

    records: list[Record] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    settings: int = 0  # setting records left out: settings are never imported


def envelope_problem(record: Record) -> str | None:
    if not isinstance(record.id, str) or not ID_PATTERN.fullmatch(record.id):
        return "its id isn't 32 hex digits"
    if isinstance(record.rev, bool) or not isinstance(record.rev, int) or record.rev < 1:
        return "its revision number isn't a whole number from 1 up"
    if isinstance(record.schema, bool) or not isinstance(record.schema, int):
        return "its schema isn't a whole number"
    stamps = [record.created_at, record.updated_at]
    if record.deleted_at is not None:
        stamps.append(record.deleted_at)
    for stamp in stamps:
        try:
            if not isinstance(stamp, str):
                raise ValueError
            parse_timestamp(stamp)
        except ValueError:
            return f"its timestamp {stamp!r} isn't a date and time"
    return None


def _kind_problem(raw: Any) -> str | None:
    """Why a record of this kind is left out, before its contents are even read."""
    kind = raw.get("kind") if isinstance(raw, dict) else None
    if kind in IMPORTED_KINDS:
        return None
    if kind == "revision":
        return "earlier versions of a record are not imported"
    if isinstance(kind, str) and kind:
        return f"records of the kind {kind!r} are not imported"
    return "it can't be read: it says nothing about what kind of record it is"


def checked_record(raw: Any) -> tuple[Record | None, str]:
    """Rebuild one record, validating its payload as if it were typed in anew.

    Returns the record, or None and the reason it was left out.
    """
    try:
        record = Record.from_dict(raw)
    except IntegrityError:
        return None, "it can't be read (a field is missing or has the wrong type)"
    problem = envelope_problem(record)
    if problem:
        return None, problem
    payload = record.data
    if isinstance(payload, UnknownPayload) or not dataclasses.is_dataclass(payload):
        return None, f"records of the kind {record.kind!r} are not imported"
    try:
        dataclasses.replace(payload)  # type: ignore[type-var]  # runs __post_init__ checks
    except (ValidationError, TypeError, ValueError) as error:
        return None, str(error) or "its contents aren't valid"
    if not storable(record.to_dict()):
        return None, BROKEN_TEXT
    return record, ""


def _header(data: Any, name: str) -> list[Any]:
    """The export's records list, after its format and version are checked."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise wrong_shape(name, "an Afterglow JSON export", f'"format": "{EXPORT_FORMAT}"')
    version = data.get("version")
    if version != EXPORT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > 1
        if newer:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{name} was written by a newer Afterglow (export version {version}); update "
                "Afterglow to import it. Nothing was imported.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{name} has an export version Afterglow doesn't know ({version!r}). "
                "Nothing was imported.",
            )
        raise ValidationError(Message(template, name=name, version=version))
    raw_records = data.get("records")
    if not isinstance(raw_records, list):
        raise wrong_shape(name, "an Afterglow JSON export", 'a "records" list')
    return raw_records


def parse_afterglow_json(path: Path | str) -> RecordsRead:
    """Read an Afterglow JSON export back into the records that may be imported.

    Raises:
        ValidationError: the file as a whole can't be read as an Afterglow export.
    """
    source = existing_path(Path(path))
    raw_records = _header(load_json(read_bytes(source), str(source)), str(source))
    read = RecordsRead()
    seen: set[str] = set()
    for number, raw in enumerate(raw_records, 1):
        where = f"{source.name}, record {number}"
        if isinstance(raw, dict) and raw.get("kind") == SETTING:
            read.settings += 1
            continue
        problem = _kind_problem(raw)
        if problem:
            read.skipped.append(Skipped(where, problem))
            continue
        where = f"{where} ({raw['kind']})"
        try:
            record, problem = checked_record(raw)
        except ENTRY_ERRORS as error:  # one odd record never stops the others
            record, problem = None, unreadable_reason(error)
        if record is None:
            read.skipped.append(Skipped(where, problem))
        elif record.id in seen:
            read.skipped.append(Skipped(where, f"it repeats the id {record.id} seen before"))
        else:
            seen.add(record.id)
            read.records.append(record)
    return read


def missing_records(records: Iterable[Record], existing: Iterable[Record]) -> list[Record]:
    """The records of the kinds imported that the journal lacks, by id.

    A record already here, in any state, wins: an import never replaces anything.
    """
    have = {record.id for record in existing}
    return [r for r in records if r.kind in IMPORTED_KINDS and r.id not in have]
