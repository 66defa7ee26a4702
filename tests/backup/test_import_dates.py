"""Every importer keeps to the years 1900 to 2199 and says which entries it left out."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.backup.exports import export_json
from journal_app.backup.imports import (
    parse_afterglow_json,
    parse_dayone,
    parse_jrnl,
    parse_markdown,
)
from tests.old_journal import raw_record

DAYS = ["1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01"]
KEPT = [date(1900, 1, 1), date(2199, 12, 31)]
OUTSIDE = "is outside the years Afterglow keeps (1900 to 2199)"


def _write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def _skipped(result) -> dict[str, str]:
    return {s.where: s.reason for s in result.skipped}


def test_jrnl_keeps_the_edges_and_skips_the_days_outside(tmp_path):
    entries = [{"date": day, "time": "09:00", "title": "", "body": f"On {day}"} for day in DAYS]
    result = parse_jrnl(_write(tmp_path / "jrnl.json", {"tags": {}, "entries": entries}))
    assert [e.day for e in result.entries] == KEPT
    assert _skipped(result) == {
        "jrnl.json, entry 1 (1899-12-31)": f"its date 1899-12-31 {OUTSIDE}; "
        "correct it in the source to bring it in",
        "jrnl.json, entry 4 (2200-01-01)": f"its date 2200-01-01 {OUTSIDE}; "
        "correct it in the source to bring it in",
    }


def test_markdown_keeps_the_edges_from_front_matter_and_file_names(tmp_path):
    for number, day in enumerate(DAYS):
        (tmp_path / f"{day}.md").write_text(f"Named {day}", encoding="utf-8")
        (tmp_path / f"note-{number}.md").write_text(
            f"---\ndate: {day}\n---\nDated {day}", encoding="utf-8"
        )
    result = parse_markdown(tmp_path)
    assert sorted(e.day for e in result.entries) == sorted(KEPT * 2)
    skipped = _skipped(result)
    assert set(skipped) == {"1899-12-31.md", "2200-01-01.md", "note-0.md", "note-3.md"}
    assert all(OUTSIDE in reason for reason in skipped.values())


def test_dayone_skips_dates_outside_even_at_the_calendars_ends(tmp_path):
    entries = [{"creationDate": f"{day}T12:00:00Z", "timeZone": "UTC", "text": day} for day in DAYS]
    entries += [
        {"creationDate": "9999-12-31T23:30:00Z", "timeZone": "Pacific/Kiritimati", "text": "a"},
        {"creationDate": "0001-01-01T00:30:00Z", "timeZone": "America/New_York", "text": "b"},
    ]
    result = parse_dayone(_write(tmp_path / "Journal.json", {"entries": entries}))
    assert [e.day for e in result.entries] == KEPT
    reasons = [s.reason for s in result.skipped]
    assert len(reasons) == 4 and all(OUTSIDE in reason for reason in reasons)


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("entry", {"body": "Too early", "date": "1899-12-31"}),
        ("checkin", {"at": "2200-01-01T09:00", "mood": 5}),
        ("journey", {"planned_at": "2026-03-01T10:00", "session": {"end": "2200-01-01T10:00"}}),
        ("checkin", {"at": "999-06-01T12:00", "mood": 5}),  # as earlier versions wrote it
    ],
)
def test_afterglow_json_skips_a_record_outside_the_range_by_name(tmp_path, kind, data):
    records = [raw_record("b" * 32, kind, data)]
    path = tmp_path / "export.json"
    export_json(records, path, exported="2026-03-14T18:30:00.000Z")
    read = parse_afterglow_json(path)
    assert read.records == []
    assert "between 1900 and 2199" in _skipped(read)[f"export.json, record 1 ({kind})"]


def test_afterglow_json_takes_the_first_and_last_minutes_of_the_range(tmp_path):
    records = [
        raw_record("b" * 32, "checkin", {"at": "1900-01-01T00:00", "mood": 5}),
        raw_record("c" * 32, "journey", {"planned_at": "2199-12-31T23:59"}),
    ]
    path = tmp_path / "export.json"
    export_json(records, path, exported="2026-03-14T18:30:00.000Z")
    read = parse_afterglow_json(path).records
    assert [r.data.at if r.kind == "checkin" else r.data.planned_at for r in read] == [
        datetime(1900, 1, 1, 0, 0),
        datetime(2199, 12, 31, 23, 59),
    ]
