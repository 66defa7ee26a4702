"""Dates from 1900 to 2199 on every command; a journal with older dates still opens."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE
from tests.old_journal import CHECKIN_ID, ENTRY_ID, JOURNEY_ID, write_old_records

INSIDE = ["1900-01-01", "2199-12-31"]
OUTSIDE = ["1899-12-31", "2200-01-01"]
ZEROS = ",".join(["0"] * 9)


def _commands(day: str) -> dict[str, tuple[str, ...]]:
    return {
        "entry": ("write", "A day at the edge", "--date", day),
        "checkin": ("checkin", "--mood", "5", "--date", f"{day}T09:00"),
        "assessment": ("assess", "phq9", "--answers", ZEROS, "--date", day),
        "journey": ("journey", "add", "--date", f"{day}T10:00"),
    }


@pytest.mark.parametrize("day", OUTSIDE)
@pytest.mark.parametrize("kind", ["entry", "checkin", "assessment", "journey"])
def test_a_date_outside_the_range_exits_2_and_stores_nothing(initialised, list_json, kind, day):
    result = initialised(*_commands(day)[kind])
    assert result.code == 2
    assert f"Please give a date between 1900 and 2199 (this one is {day})." in result.err
    assert "Traceback" not in result.err
    assert list_json("--kind", "all") == []


@pytest.mark.parametrize("day", INSIDE)
@pytest.mark.parametrize("kind", ["entry", "checkin", "assessment", "journey"])
def test_the_first_and_last_days_of_the_range_are_stored(initialised, list_json, kind, day):
    result = initialised(*_commands(day)[kind])
    assert result.code == 0, result.err
    [listed] = list_json("--kind", kind)
    data = json.loads(initialised("show", listed["id"], "--json").out)["data"]
    assert (data.get("date") or data.get("at") or data["planned_at"]).startswith(day)


@pytest.mark.parametrize(
    "args",
    [
        ("journey", "add", "--date", "2026-03-01T10:00", "--end", "2200-01-01T10:00"),
        ("list", "--from", "1899-12-31"),
        ("report", "--out", "summary.pdf", "--to", "2200-01-01"),
    ],
)
def test_other_dates_on_the_command_line_keep_to_the_range(initialised, args):
    result = initialised(*args)
    assert result.code == 2
    assert "Please give a date between 1900 and 2199" in result.err


def test_journey_add_far_in_the_future_is_refused_and_due_still_works(initialised):
    assert initialised("journey", "add", "--date", "9999-12-20T10:00").code == 2
    assert initialised("journey", "due").code == 0


@pytest.fixture
def old_journal(make_vault, initialised):
    """The CLI runner over a journal holding records written the old way."""
    vault = make_vault()
    vault.unlock(PASSPHRASE)
    write_old_records(vault)
    return initialised


def test_a_journal_with_old_dates_opens_and_lists_them(old_journal):
    checkins = old_journal("list", "--kind", "checkin", "--json")
    assert checkins.code == 0, checkins.err
    [checkin] = json.loads(checkins.out)
    assert checkin["id"] == CHECKIN_ID and checkin["data"]["at"] == "0999-06-01T12:00"
    text = old_journal("list", "--kind", "checkin")
    assert text.code == 0 and "999-06-01 12:00" in text.out and "mood 4/10" in text.out
    entries = old_journal("list", "--json")
    assert [e["id"] for e in json.loads(entries.out)] == [ENTRY_ID]
    everything = old_journal("list", "--kind", "all", "--json")
    assert everything.code == 0 and len(json.loads(everything.out)) == 5


def test_a_journey_stored_at_year_9999_lists_and_is_not_due(old_journal):
    listed = old_journal("journey", "list")
    assert listed.code == 0, listed.err
    assert "9999-12-20 10:00" in listed.out and "999-06-02 10:00" in listed.out
    due = old_journal("journey", "due", "--json")
    assert due.code == 0, due.err
    assert json.loads(due.out) == []
    steps = old_journal("journey", "steps", JOURNEY_ID[:8], "--json")
    assert steps.code == 0, steps.err
    assert {s["status"] for s in json.loads(steps.out)} == {"upcoming"}
    assert old_journal("journey", "show", JOURNEY_ID[:8]).code == 0


def test_old_records_are_in_exports_and_backups(old_journal, tmp_path):
    assert old_journal("mood", "stats").code == 0
    assert old_journal("export", "--format", "json", "--out", str(tmp_path / "all.json")).code == 0
    exported = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert {CHECKIN_ID, JOURNEY_ID, ENTRY_ID} <= {r["id"] for r in exported["records"]}
    backup = tmp_path / "old.journal-backup"
    assert old_journal("backup", "export", str(backup)).code == 0
    verified = old_journal("backup", "verify", str(backup))
    assert verified.code == 0, verified.err


def test_imports_bring_in_the_edges_and_name_the_entries_left_out(initialised, tmp_path):
    entries = [{"date": day, "title": "", "body": f"jrnl {day}"} for day in INSIDE + OUTSIDE]
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    folder = tmp_path / "notes"
    folder.mkdir()
    for day in INSIDE + OUTSIDE:
        (folder / f"{day}.md").write_text(f"markdown {day}", encoding="utf-8")
    for fmt, path in (("jrnl", jrnl), ("markdown", folder)):
        result = initialised("import", fmt, str(path))
        assert result.code == 0, result.err
        assert "Imported 2 entries. Skipped 2:" in result.out
        for day in OUTSIDE:
            assert f"its date {day} is outside the years Afterglow keeps (1900 to 2199)" in (
                result.out
            )
    listed = json.loads(initialised("list", "--json").out)
    assert sorted(e["date"] for e in listed) == sorted(INSIDE * 2)


def test_importing_an_export_skips_a_record_dated_outside(initialised, tmp_path):
    record = {
        "id": "b" * 32,
        "kind": "checkin",
        "schema": 1,
        "created_at": "2026-03-14T18:30:00.000Z",
        "updated_at": "2026-03-14T18:30:00.000Z",
        "rev": 1,
        "deleted_at": None,
        "data": {"at": "2200-01-01T09:00", "mood": 5},
    }
    document = {"format": "afterglow-export", "version": 1, "records": [record]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = initialised("import", "json", str(path))
    assert result.code == 0, result.err
    assert "Please give a date between 1900 and 2199 (this one is 2200-01-01)" in result.out
    assert result.out.startswith("Restored 0 records")
    assert json.loads(initialised("list", "--json", "--kind", "all").out) == []
