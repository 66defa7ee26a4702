"""Records from Afterglow's own plaintext JSON export, checked before anything is stored.

Unlike the other importers this one is all or nothing: the file is the journal itself, so
a record that can't be read stops the import with the file and the record's place named,
rather than leaving a partial copy that looks complete.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from journal_app.backup.exports import EXPORT_FORMAT, EXPORT_VERSION
from journal_app.backup.import_common import existing_path, load_json, read_bytes, wrong_shape
from journal_app.domain.clock import parse_timestamp
from journal_app.domain.errors import IntegrityError, ValidationError
from journal_app.domain.records import Record, UnknownPayload

_ID = re.compile(r"[0-9a-f]{32}")


def _envelope_problem(record: Record) -> str | None:
    if not isinstance(record.id, str) or not _ID.fullmatch(record.id):
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


def _checked(raw: Any, name: str, number: int) -> Record:
    """Rebuild one record, validating its payload as if it were typed in anew."""
    where = f"{name}, record {number}"
    try:
        record = Record.from_dict(raw)
    except IntegrityError:
        raise ValidationError(
            f"{where} can't be read (a field is missing or has the wrong type). "
            "Nothing was imported."
        ) from None
    problem = _envelope_problem(record)
    if problem:
        raise ValidationError(f"{where} can't be imported: {problem}. Nothing was imported.")
    payload = record.data
    if dataclasses.is_dataclass(payload) and not isinstance(payload, UnknownPayload):
        try:
            dataclasses.replace(payload)  # type: ignore[type-var]  # runs __post_init__ checks
        except (ValidationError, TypeError, ValueError) as error:
            raise ValidationError(
                f"{where} ({record.kind}) can't be imported: {error} Nothing was imported."
            ) from None
    return record


def parse_afterglow_json(path: Path | str) -> list[Record]:
    """Read an Afterglow JSON export back into records, or raise ValidationError."""
    source = existing_path(Path(path))
    name = str(source)
    data = load_json(read_bytes(source), name)
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise wrong_shape(name, "an Afterglow JSON export", f'"format": "{EXPORT_FORMAT}"')
    version = data.get("version")
    if version != EXPORT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > 1
        raise ValidationError(
            f"{name} was written by a newer Afterglow (export version {version}); update "
            "Afterglow to import it. Nothing was imported."
            if newer
            else f"{name} has an export version Afterglow doesn't know ({version!r}). "
            "Nothing was imported."
        )
    raw_records = data.get("records")
    if not isinstance(raw_records, list):
        raise wrong_shape(name, "an Afterglow JSON export", 'a "records" list')
    records: list[Record] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_records, 1):
        record = _checked(raw, name, number)
        if record.id in seen:
            raise ValidationError(
                f"{name}, record {number} repeats the id {record.id}. Nothing was imported."
            )
        seen.add(record.id)
        records.append(record)
    return records


def missing_records(records: list[Record], existing: Iterable[Record]) -> list[Record]:
    """The records the journal lacks: by id, and for settings also by key.

    A journal keeps one setting per key; restoring another record for a key it already
    has would leave two, so the one already there wins, like every other record.
    """
    have_ids: set[str] = set()
    have_keys: set[str] = set()
    for record in existing:
        have_ids.add(record.id)
        if record.kind == "setting":
            have_keys.add(record.data.key)
    return [
        r
        for r in records
        if r.id not in have_ids and not (r.kind == "setting" and r.data.key in have_keys)
    ]
