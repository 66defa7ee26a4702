"""Importers: jrnl, Day One and Markdown samples, bad input, and Afterglow's own JSON."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.backup.exports import export_json
from journal_app.backup.imports import (
    missing_records,
    new_entries,
    parse_afterglow_json,
    parse_dayone,
    parse_jrnl,
    parse_markdown,
)
from journal_app.domain.entry import Entry
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.domain.revision import Setting

SAMPLES = Path(__file__).parent / "samples"
NOW = "2026-03-14T18:30:00.000Z"


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def jrnl_file(tmp_path: Path, entries: list[object]) -> Path:
    return write_json(tmp_path / "jrnl.json", {"tags": {}, "entries": entries})


def dayone_file(tmp_path: Path, entries: list[object]) -> Path:
    return write_json(
        tmp_path / "Journal.json", {"metadata": {"version": "1.0"}, "entries": entries}
    )


def reasons(result) -> dict[str, str]:
    return {s.where: s.reason for s in result.skipped}


# jrnl


def test_jrnl_sample_keeps_dates_titles_tags_and_unicode():
    result = parse_jrnl(SAMPLES / "jrnl.json")
    assert len(result.entries) == 5
    assert result.skipped == []
    first, cafe, _, gratitude, circle = result.entries
    assert first.day == date(2024, 2, 27)
    assert first.title == "Preparation call with Dr. Reyes."
    assert first.tags == ("kap", "prep")  # the @ is dropped
    assert cafe.title == "Café after the session ☕."
    assert "日本語" in cafe.body and "🌅" in cafe.body
    assert gratitude.tags == ("gratitude",)  # the # of a tagsymbols="#" journal too
    assert circle.day == date(2024, 3, 4)


def test_jrnl_starred_entry_gets_a_starred_tag():
    cafe = parse_jrnl(SAMPLES / "jrnl.json").entries[1]
    assert cafe.tags == ("kap", "integration", "starred")


def test_jrnl_entry_with_an_empty_body_uses_the_title_as_its_text():
    sleep = parse_jrnl(SAMPLES / "jrnl.json").entries[2]
    assert sleep.body == "Slept nine hours @sleep"
    assert sleep.title == ""


def test_jrnl_bad_entries_are_skipped_with_reasons_and_the_rest_imported(tmp_path):
    good = {"title": "Fine.", "body": "A fine day.", "date": "2024-03-01", "tags": []}
    path = jrnl_file(
        tmp_path,
        [
            good,
            {**good, "date": "2024-02-30"},
            {**good, "date": None},
            "not an entry",
            {**good, "tags": "@kap"},
            {**good, "tags": ["@" + "x" * 41]},
            {**good, "title": "", "body": "   "},
        ],
    )
    result = parse_jrnl(path)
    assert len(result.entries) == 1
    why = reasons(result)
    assert why["jrnl.json, entry 2"] == "its date '2024-02-30' isn't a real date (YYYY-MM-DD)"
    assert why["jrnl.json, entry 3"] == "it has no date"
    assert "isn't an entry" in why["jrnl.json, entry 4"]
    assert "tags" in why["jrnl.json, entry 5 (2024-03-01)"]
    assert "at most 40 characters" in why["jrnl.json, entry 6 (2024-03-01)"]
    assert "needs some text" in why["jrnl.json, entry 7 (2024-03-01)"]


def test_a_title_too_long_for_a_title_joins_the_body(tmp_path):
    long = "I kept writing without a full stop " * 10
    path = jrnl_file(tmp_path, [{"title": long, "body": "Then more.", "date": "2024-03-01"}])
    (entry,) = parse_jrnl(path).entries
    assert entry.title == ""
    assert entry.body == f"{long.strip()}\n\nThen more."


# Day One


def test_dayone_zip_and_bare_json_give_the_same_entries():
    from_zip = parse_dayone(SAMPLES / "dayone.zip")
    bare = parse_dayone(SAMPLES / "dayone" / "Journal.json")
    assert from_zip.entries == bare.entries
    assert len(from_zip.entries) == 5
    assert from_zip.skipped == bare.skipped


def test_dayone_day_is_the_writers_local_day_across_midnight():
    days = [e.day for e in parse_dayone(SAMPLES / "dayone.zip").entries]
    # 09:30Z in London; 06:30Z is 22:30 the day before in Los Angeles; 20:15Z is 05:15
    # the next day in Tokyo; no time zone means UTC.
    assert days == [
        date(2024, 3, 1),
        date(2024, 3, 1),
        date(2024, 3, 3),
        date(2024, 3, 4),
        date(2024, 3, 5),
    ]


def test_dayone_heading_becomes_the_title_and_tags_are_kept():
    morning, travel, tokyo, *_ = parse_dayone(SAMPLES / "dayone.zip").entries
    assert morning.title == "Morning after"
    assert morning.body.startswith("Woke up before the alarm.")
    assert morning.tags == ("integration", "morning", "starred")
    assert travel.title == "" and travel.tags == ("travel",)
    assert tokyo.title == "朝の散歩"


def test_dayone_photos_are_left_out_with_a_reason_and_the_text_kept():
    result = parse_dayone(SAMPLES / "dayone.zip")
    why = reasons(result)
    assert why["Journal.json, entry 4 (2024-03-04)"] == "photos are not imported; the text is"
    assert (
        why["Journal.json, entry 6 (2024-03-06)"] == "it has only photos, which can't be imported"
    )
    walk = result.entries[3]
    assert "dayone-moment" not in walk.body
    assert walk.body == "Walk by the river.\n\nThe light on the water did the thing it does."


def test_dayone_unknown_time_zone_uses_utc_and_says_so(tmp_path):
    path = dayone_file(
        tmp_path,
        [{"creationDate": "2024-03-01T23:30:00Z", "timeZone": "Mars/Olympus", "text": "Hi"}],
    )
    result = parse_dayone(path)
    assert result.entries[0].day == date(2024, 3, 1)
    assert "'Mars/Olympus' is unknown" in result.notes[0].text


def test_dayone_entry_with_a_bad_date_or_no_text_is_skipped(tmp_path):
    path = dayone_file(
        tmp_path,
        [
            {"creationDate": "2024-03-01T09:00:00Z", "text": "Kept."},
            {"creationDate": "yesterday", "text": "Lost date."},
            {"creationDate": "2024-03-01T09:00:00Z", "text": ""},
        ],
    )
    result = parse_dayone(path)
    assert [e.body for e in result.entries] == ["Kept."]
    why = reasons(result)
    assert why["Journal.json, entry 2"] == "its date 'yesterday' isn't a real date (YYYY-MM-DD)"
    assert "no text" in why["Journal.json, entry 3 (2024-03-01)"]


def test_dayone_zip_without_a_journal_fails_naming_the_file(tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/a.jpeg", b"\xff\xd8")
    with pytest.raises(ValidationError, match=r"export\.zip .*no Journal\.json"):
        parse_dayone(path)


# Markdown


@pytest.fixture
def markdown_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(SAMPLES / "markdown", folder)
    stamp = datetime(2023, 11, 5, 12, 0).timestamp()
    os.utime(folder / "obsidian" / "Undated thoughts.md", (stamp, stamp))
    return folder


def test_markdown_sample_reads_front_matter_headings_and_file_names(markdown_folder):
    result = parse_markdown(markdown_folder)
    morning, circle, gratitude, undated = result.entries
    assert (morning.day, morning.title) == (date(2024, 3, 1), "Morning after: the quiet")
    assert morning.tags == ("integration", "body scan")
    assert morning.private is True and morning.mood == 6
    assert morning.body.endswith("- breathe\n- drink water")
    assert (circle.day, circle.title) == (date(2024, 3, 4), "Integration circle")
    assert circle.body.startswith("Shared the napkin line.")
    assert (gratitude.day, gratitude.title) == (date(2024, 3, 6), "It's okay to rest")
    assert gratitude.tags == ("gratitude", "rest")
    assert "Ünïcödé" in gratitude.body
    assert undated.tags == ("dreams", "kap")


def test_markdown_without_a_date_uses_the_file_time_and_says_so(markdown_folder):
    result = parse_markdown(markdown_folder)
    assert result.entries[3].day == date(2023, 11, 5)
    (note,) = result.notes
    assert note.where == "obsidian/Undated thoughts.md"
    assert "last changed (2023-11-05)" in note.text


def test_markdown_skips_empty_non_utf8_hidden_and_undated_files_with_reasons(markdown_folder):
    why = reasons(parse_markdown(markdown_folder))
    assert why == {
        ".trash/deleted-note.md": "it is hidden (its name or folder starts with a dot)",
        "2024-02-30-not-a-day.md": "the date 2024-02-30 in its name isn't a real date",
        "bad-front-matter-date.md": "its date '2024-13-01' isn't a real date (YYYY-MM-DD)",
        "empty.md": "it is empty",
        "latin1.md": "it isn't UTF-8 text; save it as UTF-8 and import it again",
    }


def test_markdown_with_windows_line_endings_and_a_bom(tmp_path):
    text = "---\r\ntitle: Hello\r\ndate: 2024-01-02\r\ntags: a, b\r\n---\r\n\r\nBody\r\n"
    (tmp_path / "x.md").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (entry,) = parse_markdown(tmp_path).entries
    assert (entry.title, entry.day, entry.tags, entry.body) == (
        "Hello",
        date(2024, 1, 2),
        ("a", "b"),
        "Body",
    )


def test_markdown_heading_only_file_keeps_the_heading_as_text(tmp_path):
    (tmp_path / "2024-05-01.md").write_text("# Just a heading\n", encoding="utf-8")
    (entry,) = parse_markdown(tmp_path).entries
    assert (entry.title, entry.body) == ("", "Just a heading")


def test_markdown_path_that_is_a_file_fails(tmp_path):
    path = tmp_path / "one.md"
    path.write_text("text", encoding="utf-8")
    with pytest.raises(ValidationError, match="is a file; give the folder"):
        parse_markdown(path)


# Whole-file failures


@pytest.mark.parametrize("parse", [parse_jrnl, parse_dayone, parse_markdown, parse_afterglow_json])
def test_a_missing_path_fails_naming_it(tmp_path, parse):
    missing = tmp_path / "nowhere.json"
    with pytest.raises(ValidationError, match=r"nowhere\.json.*nothing was imported") as caught:
        parse(missing)
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("parse", [parse_jrnl, parse_dayone, parse_afterglow_json])
def test_a_file_that_is_not_json_fails_naming_it(tmp_path, parse):
    path = tmp_path / "notes.json"
    path.write_text("2024-03-01 09:00 This is a jrnl text file, not JSON.\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"notes\.json isn't valid JSON \(line 1"):
        parse(path)


@pytest.mark.parametrize("parse", [parse_jrnl, parse_dayone])
@pytest.mark.parametrize("document", [[], {"entries": {"a": 1}}, {"tags": {}}, "text"])
def test_json_of_the_wrong_shape_fails(tmp_path, parse, document):
    path = write_json(tmp_path / "odd.json", document)
    with pytest.raises(ValidationError, match=r"odd\.json doesn't look like .* \"entries\" list"):
        parse(path)


def test_binary_junk_is_refused_as_not_json(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    with pytest.raises(ValidationError, match="isn't a JSON file"):
        parse_jrnl(path)


# Speed


def test_ten_thousand_entries_parse_well_under_a_second(tmp_path):
    entries = [
        {"title": f"Day {i}.", "body": f"Text {i} @kap", "date": "2024-03-01", "tags": ["@kap"]}
        for i in range(10_000)
    ]
    path = jrnl_file(tmp_path, entries)
    start = time.perf_counter()
    result = parse_jrnl(path)
    assert time.perf_counter() - start < 0.5
    assert len(result.entries) == 10_000
    dayone = dayone_file(
        tmp_path,
        [
            {"creationDate": "2024-03-01T23:30:00Z", "timeZone": "Europe/Berlin", "text": "Hi"}
            for _ in range(10_000)
        ],
    )
    start = time.perf_counter()
    assert len(parse_dayone(dayone).entries) == 10_000
    assert time.perf_counter() - start < 0.5


# Duplicates


def test_new_entries_leaves_out_what_the_journal_already_has():
    a = Entry("Walk.", date(2024, 3, 1), title="A")
    b = Entry("Soup.", date(2024, 3, 2))
    fresh, already = new_entries([a, b], [Entry("Walk.\n", date(2024, 3, 1), title="A")])
    assert fresh == [b]
    assert already == 1


# Afterglow's own JSON


def exported(tmp_path: Path, records: list[Record]) -> Path:
    path = tmp_path / "export.json"
    export_json(records, path, exported=NOW)
    return path


def test_afterglow_json_reads_back_what_was_exported(tmp_path):
    records = [Record.create(Entry("Hello", date(2024, 3, 1), tags=("a",)), NOW)]
    read = parse_afterglow_json(exported(tmp_path, records))
    assert read.records == records
    assert read.skipped == []
    assert read.settings == 0


def edited_export(tmp_path: Path, change) -> Path:
    path = exported(tmp_path, [Record.create(Entry("Hello", date(2024, 3, 1)), NOW)])
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    return write_json(path, document)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="jrnl"), "doesn't look like an Afterglow JSON export"),
        (lambda d: d.update(version=2), "written by a newer Afterglow"),
        (lambda d: d.update(records={}), '"records" list'),
    ],
)
def test_afterglow_json_that_is_not_an_export_fails_as_a_whole(tmp_path, change, message):
    path = edited_export(tmp_path, change)
    with pytest.raises(ValidationError, match=message):
        parse_afterglow_json(path)


@pytest.mark.parametrize(
    ("change", "where", "reason"),
    [
        (lambda r: r.update(id="../../etc"), "record 2 (entry)", "id isn't 32 hex"),
        (lambda r: r["data"].update(body=""), "record 2 (entry)", "needs some text"),
        (lambda r: r["data"].update(date="2024-02-30"), "record 2 (entry)", "can't be read"),
        (lambda r: r.pop("rev"), "record 2 (entry)", "can't be read"),
        (lambda r: r["data"].update(body="\ud800"), "record 2 (entry)", "isn't valid Unicode"),
        (lambda r: r.update(id="a" * 32), "record 2 (entry)", "repeats the id"),
        (lambda r: r.update(kind="revision"), "record 2", "earlier versions"),
        (lambda r: r.update(kind="future-kind"), "record 2", "'future-kind' are not imported"),
        (lambda r: r.pop("kind"), "record 2", "what kind of record"),
    ],
)
def test_afterglow_json_skips_a_bad_record_with_its_reason_and_keeps_the_rest(
    tmp_path, change, where, reason
):
    good = Record.create(Entry("Hello", date(2024, 3, 1)), NOW, record_id="a" * 32)
    other = Record.create(Entry("Again", date(2024, 3, 2)), NOW, record_id="b" * 32)
    path = exported(tmp_path, [good, other])
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["records"][1])
    write_json(path, document)
    read = parse_afterglow_json(path)
    assert read.records == [good]
    ((skipped_where, skipped_reason),) = [(s.where, s.reason) for s in read.skipped]
    assert skipped_where == f"export.json, {where}"
    assert reason in skipped_reason


def test_missing_records_keeps_what_is_there_by_id_and_never_brings_settings():
    entry = Record.create(Entry("Hello", date(2024, 3, 1)), NOW)
    setting = Record.create(Setting("auto_lock_minutes", 0), NOW)
    new = Record.create(Entry("New", date(2024, 3, 2)), NOW)
    assert missing_records([entry, setting, new], [entry]) == [new]
