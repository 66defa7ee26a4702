"""Plaintext exports: the JSON document, the Markdown folder, and never replacing unasked."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from journal_app.backup.exports import (
    MARKER,
    ExportRefused,
    entry_markdown,
    export_json,
    export_markdown,
    slug,
)
from journal_app.backup.imports import parse_afterglow_json, parse_markdown
from journal_app.domain.assessment import Assessment
from journal_app.domain.checkin import CheckIn
from journal_app.domain.entry import Entry
from journal_app.domain.errors import DiskFull, ReadOnlyStorage, StorageProblem
from journal_app.domain.journey import Answer, Intention, Journey, SessionLog, TimedNote
from journal_app.domain.records import Record
from journal_app.domain.revision import Revision, Setting
from journal_app.storage.codec import canonical_json

NOW = "2026-03-14T18:30:00.000Z"
LATER = "2026-03-15T08:00:00.000Z"


@pytest.fixture
def records() -> list[Record]:
    """One of every kind, a private entry, an entry in the Trash, and a revision."""
    entry = Record.create(
        Entry("Woke early.\n\nFelt light.", date(2024, 3, 1), title="Morning after", tags=("kap",)),
        NOW,
    )
    private = Record.create(
        Entry("Only for me. Ünïcode ☕", date(2024, 3, 1), tags=("a", "b c"), private=True, mood=4),
        NOW,
    )
    trashed = replace(
        Record.create(Entry("Thrown away", date(2024, 3, 2)), NOW), deleted_at=LATER, rev=2
    )
    start = datetime(2024, 3, 1, 10, 0)
    journey = Record.create(
        Journey(
            planned_at=start,
            intention=Intention(sentence="Meet the grief gently"),
            session=SessionLog(
                start=start,
                route="IM",
                dose_mg=60.0,
                setting="clinic",
                provider="Dr. Reyes",
                intensity=7,
                narrative="A long hallway of light.",
                notes=(TimedNote(datetime(2024, 3, 1, 10, 20), "Music swelled"),),
            ),
            integration={"1d": {"body": Answer("Tired but open", starred=True)}},
        ),
        NOW,
    )
    checkin = Record.create(
        CheckIn(datetime(2024, 3, 1, 20, 0), 6, anxiety=3, emotions=("calm", "tender")), NOW
    )
    assessment = Record.create(
        Assessment("phq9", 1, datetime(2024, 3, 1, 9, 0), (1,) * 9, 9, "mild"), NOW
    )
    setting = Record.create(Setting("region", "uk"), NOW)
    revision = Record.create(Revision(entry.id, entry.to_dict()), NOW)
    return [entry, private, trashed, journey, checkin, assessment, setting, revision]


# JSON


def test_json_export_holds_every_record_but_revisions(tmp_path, records):
    path = tmp_path / "journal.json"
    count = export_json(records, path, exported=NOW)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "afterglow-export"
    assert document["version"] == 1
    assert document["exported"] == NOW
    kinds = sorted(r["kind"] for r in document["records"])
    assert kinds == ["assessment", "checkin", "entry", "entry", "entry", "journey", "setting"]
    assert count == 7


def test_json_export_reads_back_to_the_same_records(tmp_path, records):
    path = tmp_path / "journal.json"
    export_json(records, path, exported=NOW)
    back = {r.id: canonical_json(r.to_dict()) for r in parse_afterglow_json(path).records}
    wanted = {
        r.id: canonical_json(r.to_dict()) for r in records if r.kind not in ("revision", "setting")
    }
    assert back == wanted


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_json_export_is_readable_only_by_its_owner(tmp_path, records):
    path = tmp_path / "journal.json"
    export_json(records, path, exported=NOW)
    assert path.stat().st_mode & 0o777 == 0o600


def test_json_export_never_replaces_a_file_unasked(tmp_path, records):
    path = tmp_path / "journal.json"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportRefused, match="already exists and was left untouched") as caught:
        export_json(records, path)
    assert caught.value.exit_code == 2  # refused before anything was written
    assert path.read_text(encoding="utf-8") == "keep me"
    export_json(records, path, force=True)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "afterglow-export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.json"]  # no temp files


def test_json_export_refuses_a_folder_or_a_missing_parent(tmp_path, records):
    with pytest.raises(ExportRefused, match="is a folder"):
        export_json(records, tmp_path, force=True)
    with pytest.raises(ExportRefused, match="doesn't exist"):
        export_json(records, tmp_path / "no" / "such.json")


# Markdown


def test_markdown_export_writes_one_file_per_entry_and_the_rest(tmp_path, records):
    folder = tmp_path / "export"
    counts = export_markdown(records, folder, exported=NOW)
    assert counts == {"entry": 2, "journey": 1, "checkin": 1, "assessment": 1}
    assert sorted(p.name for p in folder.iterdir()) == [
        MARKER,
        "2024-03-01-morning-after.md",
        "2024-03-01-only-for-me-unicode.md",
        "assessments.csv",
        "checkins.csv",
        "journeys.md",
    ]


def test_markdown_entry_file_has_front_matter(tmp_path, records):
    folder = tmp_path / "export"
    export_markdown(records, folder, exported=NOW)
    text = (folder / "2024-03-01-only-for-me-unicode.md").read_text(encoding="utf-8")
    assert text == (
        "---\n"
        'title: ""\n'
        "date: 2024-03-01\n"
        'tags: ["a", "b c"]\n'
        "private: true\n"
        "mood: 4\n"
        "---\n"
        "\n"
        "Only for me. Ünïcode ☕\n"
    )


def test_markdown_journeys_and_checkins(tmp_path, records):
    folder = tmp_path / "export"
    export_markdown(records, folder, exported=NOW)
    journeys = (folder / "journeys.md").read_text(encoding="utf-8")
    assert "## 2024-03-01 10:00 — IM, 60 mg, clinic" in journeys
    assert "- **Intention:** Meet the grief gently" in journeys
    assert "- 10:20 Music swelled" in journeys
    assert "- **1d · body ★:** Tired but open" in journeys
    rows = list(csv.DictReader(io.StringIO((folder / "checkins.csv").read_text("utf-8"))))
    assert rows == [
        {
            "at": "2024-03-01 20:00",
            "mood": "6",
            "anxiety": "3",
            "energy": "",
            "sleep_hours": "",
            "sleep_quality": "",
            "emotions": "calm; tender",
            "note": "",
        }
    ]


def test_markdown_export_reads_back_as_the_same_entries(tmp_path, records):
    folder = tmp_path / "export"
    export_markdown(records, folder, exported=NOW)
    result = parse_markdown(folder)
    live = [r.data for r in records if r.kind == "entry" and not r.deleted]
    assert result.entries == live
    assert [s.where for s in result.skipped] == ["journeys.md"]


def test_markdown_names_that_clash_are_numbered(tmp_path):
    same = [
        Record.create(Entry(f"Text {i}", date(2024, 1, 1), title="Same"), NOW) for i in range(3)
    ]
    folder = tmp_path / "export"
    export_markdown(same, folder, exported=NOW)
    names = sorted(p.name for p in folder.glob("*.md"))
    assert names == [
        "2024-01-01-same-2.md",
        "2024-01-01-same-3.md",
        "2024-01-01-same.md",
        "journeys.md",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Morning after: the quiet!", "morning-after-the-quiet"),
        ("Café ☕ au lait", "cafe-au-lait"),
        ("朝の散歩", "朝の散歩"),
        ("../../etc/passwd", "etc-passwd"),
        ("???", "entry"),
        ("word " * 30, "-".join(["word"] * 12)),
    ],
)
def test_slug(title, expected):
    assert slug(title) == expected


def test_entry_markdown_quotes_titles_safely():
    text = entry_markdown(Entry("Body", date(2024, 1, 1), title='He said: "stay"'))
    assert 'title: "He said: \\"stay\\""' in text


def test_markdown_export_refuses_a_folder_with_other_files_even_with_force(tmp_path, records):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "taxes.txt").write_text("mine", encoding="utf-8")
    for force in (False, True):
        with pytest.raises(ExportRefused, match="already has files in it"):
            export_markdown(records, folder, force=force)
    assert [p.name for p in folder.iterdir()] == ["taxes.txt"]


def test_markdown_export_uses_an_empty_folder(tmp_path, records):
    folder = tmp_path / "empty"
    folder.mkdir()
    export_markdown(records, folder)
    assert (folder / "journeys.md").is_file()


def test_markdown_export_replaces_an_earlier_export_only_with_force(tmp_path, records):
    folder = tmp_path / "export"
    export_markdown(records, folder)
    with pytest.raises(ExportRefused, match="holds an earlier export"):
        export_markdown(records[:1], folder)
    assert len(list(folder.glob("2024-*.md"))) == 2
    export_markdown(records[:1], folder, force=True)
    assert [p.name for p in folder.glob("2024-*.md")] == ["2024-03-01-morning-after.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export"]  # nothing left over


def test_markdown_export_refuses_a_file(tmp_path, records):
    path = tmp_path / "file.md"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ExportRefused, match="is a file"):
        export_markdown(records, path, force=True)
    assert path.read_text(encoding="utf-8") == "x"


# A full or read-only disk


def refuse_with(monkeypatch, number: int) -> None:
    def refuse(fd: int) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr("journal_app.backup.exports.os.fsync", refuse)


def test_json_export_on_a_full_disk_says_so_and_leaves_nothing(tmp_path, records, monkeypatch):
    refuse_with(monkeypatch, errno.ENOSPC)
    with pytest.raises(DiskFull, match="The disk is full, so the export couldn't be written"):
        export_json(records, tmp_path / "journal.json")
    assert list(tmp_path.iterdir()) == []


def test_markdown_export_to_a_read_only_disk_names_the_folder(tmp_path, records, monkeypatch):
    refuse_with(monkeypatch, errno.EROFS)
    with pytest.raises(ReadOnlyStorage, match="is read-only, so the export couldn't be written"):
        export_markdown(records, tmp_path / "notes")
    assert list(tmp_path.iterdir()) == []


def test_another_failed_export_still_says_where_and_why(tmp_path, records, monkeypatch):
    refuse_with(monkeypatch, errno.ENAMETOOLONG)
    expected = re.escape(
        f"Couldn't write to {tmp_path} (File name too long), so the export couldn't be written."
    )
    with pytest.raises(StorageProblem, match=expected):
        export_json(records, tmp_path / "journal.json")
