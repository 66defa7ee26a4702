"""A journal as earlier versions left it: dates outside today's range, years unpadded."""

from __future__ import annotations

from typing import Any

from journal_app.domain.records import Record, UnknownPayload
from journal_app.services.vault import VaultService

STAMP = "2025-11-02T09:00:00.000Z"
CHECKIN_ID = "c" * 32
JOURNEY_ID = "f" * 32
LOGGED_JOURNEY_ID = "d" * 32
ASSESSMENT_ID = "a" * 32
ENTRY_ID = "e" * 32

# Payloads exactly as earlier versions stored them: strftime("%Y") wrote year 999 as "999",
# and nothing stopped a journey planned for year 9999.
OLD_PAYLOADS: dict[str, tuple[str, dict[str, Any]]] = {
    CHECKIN_ID: (
        "checkin",
        {"at": "999-06-01T12:00", "mood": 4, "anxiety": 3, "emotions": ["calm"], "note": "old"},
    ),
    JOURNEY_ID: (
        "journey",
        {
            "planned_at": "9999-12-20T10:00",
            "intention": {"answers": {}, "sentence": "Far ahead"},
            "session": {"start": "9999-12-20T10:00", "notes": []},
        },
    ),
    LOGGED_JOURNEY_ID: (
        "journey",
        {
            "planned_at": "999-06-02T10:00",
            "session": {
                "start": "999-06-02T10:00",
                "end": "999-06-02T12:00",
                "notes": [{"at": "999-06-02T10:20", "text": "warm light"}],
            },
        },
    ),
    ASSESSMENT_ID: (
        "assessment",
        {
            "instrument": "phq9",
            "version": 1,
            "at": "999-06-01T12:30",
            "answers": [1, 1, 0, 0, 0, 0, 0, 0, 0],
            "total": 2,
            "severity": "minimal",
        },
    ),
    ENTRY_ID: ("entry", {"body": "An entry from long ago", "date": "0999-06-01"}),
}


def raw_record(record_id: str, kind: str, data: dict[str, Any]) -> Record:
    """A record whose payload is written as given, bypassing every check of today's rules."""
    return Record(record_id, kind, 1, STAMP, STAMP, 1, None, UnknownPayload(kind, 1, data))


def write_old_records(vault: VaultService) -> None:
    """Store the old payloads in an unlocked vault through the record store, then lock it."""
    vault.store.put_many(raw_record(rid, kind, data) for rid, (kind, data) in OLD_PAYLOADS.items())
    vault.lock()
