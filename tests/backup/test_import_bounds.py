"""Every input is bounded: regular files only, size caps, bounded unpacking, one bad entry."""

from __future__ import annotations

import io
import json
import os
import struct
import time
import tracemalloc
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest

from journal_app.backup import format as backup_format
from journal_app.backup import import_markdown
from journal_app.backup.exports import export_json
from journal_app.backup.format import BackupError, encode_backup, open_backup, unpack_budget
from journal_app.backup.import_common import MAX_FILE, MAX_UNPACKED, Unreadable, read_capped
from journal_app.backup.imports import (
    parse_afterglow_json,
    parse_dayone,
    parse_jrnl,
    parse_markdown,
)
from journal_app.domain.entry import Entry
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.domain.revision import Setting
from tests.backup.test_format import KEYS, PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and links as on POSIX")
NOW = "2026-03-14T18:30:00.000Z"
GOOD = {"title": "Fine.", "body": "A fine day.", "date": "2024-03-01", "tags": []}
PARSERS = [parse_jrnl, parse_dayone, parse_afterglow_json]
MIB = 1024 * 1024


def reasons(result) -> dict[str, str]:
    return {s.where: s.reason for s in result.skipped}


def entry_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def sparse(path: Path, size: int) -> Path:
    """A file that says it is ``size`` bytes long without using the disk for them."""
    with path.open("wb") as file:
        file.truncate(size)
    return path


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A Markdown folder with one ordinary entry in it."""
    folder = tmp_path / "notes"
    folder.mkdir()
    entry_file(folder, "2024-03-01.md", "# Walk\n\nA long walk by the river.\n")
    return folder


# Regular files only


@posix_only
def test_a_fifo_in_a_markdown_folder_is_skipped_at_once_and_the_rest_imported(notes):
    os.mkfifo(notes / "pipe.md")  # nobody ever writes to it: opening it blocking would hang
    start = time.perf_counter()
    result = parse_markdown(notes)
    assert time.perf_counter() - start < 5
    assert [e.title for e in result.entries] == ["Walk"]
    assert reasons(result) == {"pipe.md": "it is a pipe (FIFO), not a regular file"}


@posix_only
@pytest.mark.parametrize("parse", PARSERS)
def test_a_fifo_given_as_the_file_is_refused_at_once_naming_it(tmp_path, parse):
    pipe = tmp_path / "journal.json"
    os.mkfifo(pipe)
    with pytest.raises(ValidationError, match=r"journal\.json is a pipe \(FIFO\), not a regular"):
        parse(pipe)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("parse", PARSERS)
def test_a_device_given_as_the_file_is_refused_without_reading_it(parse):
    with pytest.raises(ValidationError, match=r"/dev/zero is a device, not a regular file"):
        parse(Path("/dev/zero"))


@posix_only
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_markdown_link_to_dev_zero_is_skipped(notes):
    (notes / "zero.md").symlink_to("/dev/zero")
    result = parse_markdown(notes)
    assert len(result.entries) == 1
    assert "link to something outside the folder" in reasons(result)["zero.md"]


@posix_only
def test_a_markdown_link_to_a_file_outside_the_folder_is_never_read(notes, tmp_path):
    secret = entry_file(tmp_path, "secret.txt", "root:$6$not-for-the-journal\n")
    (notes / "shadow.md").symlink_to(secret)
    sub = notes / "deeper"
    sub.mkdir()
    (sub / "up.md").symlink_to("../../secret.txt")
    result = parse_markdown(notes)
    assert not any("not-for-the-journal" in e.body for e in result.entries)
    why = reasons(result)
    assert "outside the folder" in why["shadow.md"]
    assert "outside the folder" in why["deeper/up.md"]


@posix_only
def test_a_markdown_link_inside_the_folder_is_read_once(notes):
    (notes / "again.md").symlink_to("2024-03-01.md")
    (notes / "linked").symlink_to(notes, target_is_directory=True)
    result = parse_markdown(notes)
    assert [e.title for e in result.entries] == ["Walk"]
    why = reasons(result)
    assert why["again.md"] == "it is the same file as 2024-03-01.md, read already"
    assert why["linked"] == "it is a link to a folder, which isn't followed"


@posix_only
def test_a_broken_markdown_link_is_skipped(notes):
    (notes / "gone.md").symlink_to("nowhere.md")
    assert reasons(parse_markdown(notes)) == {"gone.md": "it is a link that leads nowhere"}


# Size caps


@pytest.mark.parametrize("parse", PARSERS)
def test_an_export_file_over_64_mib_is_refused_before_it_is_read(tmp_path, parse):
    big = sparse(tmp_path / "huge.json", MAX_FILE + 1)
    with pytest.raises(ValidationError, match=r"huge\.json is larger than 64 MiB"):
        parse(big)


def test_reading_stops_at_the_cap_whatever_the_size_said(tmp_path):
    small = entry_file(tmp_path, "small.json", "{}")
    info = small.stat()  # says 2 bytes, but the stream goes on (as a special file's would)
    with pytest.raises(Unreadable, match="larger than 1,000 bytes"):
        read_capped(io.BytesIO(b"x" * 5000), info, small, 1000)
    assert read_capped(io.BytesIO(b"x" * 1000), info, small, 1000) == b"x" * 1000


def test_a_markdown_file_over_4_mib_is_skipped_and_the_rest_imported(notes):
    sparse(notes / "huge.md", 4 * MIB + 1)
    result = parse_markdown(notes)
    assert len(result.entries) == 1
    assert reasons(result)["huge.md"].startswith("it is larger than 4 MiB")


def test_a_markdown_entry_of_the_longest_size_still_fits(tmp_path):
    entry_file(tmp_path, "2024-03-01.md", "é" * 1_000_000)  # 2 MB of UTF-8
    (entry,) = parse_markdown(tmp_path).entries
    assert len(entry.body) == 1_000_000


def test_past_the_folder_budget_the_rest_are_skipped(notes, monkeypatch):
    monkeypatch.setattr(import_markdown, "MAX_MARKDOWN_TOTAL", 100)
    entry_file(notes, "2024-03-02.md", "More words than the budget leaves room for. " * 3)
    result = parse_markdown(notes)
    assert len(result.entries) == 1
    assert "as much as one import takes" in reasons(result)["2024-03-02.md"]


def test_a_folder_with_too_many_markdown_files_is_refused(notes, monkeypatch):
    monkeypatch.setattr(import_markdown, "MAX_MARKDOWN_FILES", 3)
    for day in range(2, 6):
        entry_file(notes, f"2024-03-0{day}.md", "Words.")
    with pytest.raises(ValidationError, match="more than 3 Markdown files"):
        parse_markdown(notes)


# Day One zips


def zipped(path: Path, members: dict[str, int]) -> Path:
    """A zip whose JSON members are valid Day One files padded with ``size`` spaces each."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, size in members.items():
            with archive.open(name, "w", force_zip64=True) as member:
                member.write(b'{"entries": []}')
                for _ in range(size // MIB):
                    member.write(b" " * MIB)
    return path


def test_a_day_one_zip_bomb_is_refused_without_unpacking_it(tmp_path):
    bomb = zipped(tmp_path / "export.zip", {"Journal.json": MAX_UNPACKED + MIB})
    assert bomb.stat().st_size < MIB
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match="would unpack to more than 64 MiB"):
            parse_dayone(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MIB


def test_journal_files_in_a_zip_count_together(tmp_path):
    half = MAX_UNPACKED // 2
    bomb = zipped(tmp_path / "export.zip", {"a/Journal.json": half, "b/Work.json": half})
    with pytest.raises(ValidationError, match="would unpack to more than 64 MiB"):
        parse_dayone(bomb)


def test_a_zip_that_lies_about_its_sizes_is_still_read_within_bounds(tmp_path):
    bomb = bytearray(zipped(tmp_path / "export.zip", {"Journal.json": 200 * MIB}).read_bytes())
    central = bomb.index(b"PK\x01\x02")
    struct.pack_into("<I", bomb, central + 24, 1000)  # "unpacks to 1,000 bytes"
    lying = tmp_path / "lying.zip"
    lying.write_bytes(bytes(bomb))
    tracemalloc.start()
    try:
        result = parse_dayone(lying)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MIB
    assert result.entries == []
    assert "couldn't be unpacked" in reasons(result)["Journal.json"]


# Backups


@pytest.fixture(scope="module")
def deflated_zeros() -> bytes:
    """256 MiB of zeros as one zlib stream of about 260 KB."""
    packer = zlib.compressobj(9)
    zeros = bytes(MIB)
    return b"".join([packer.compress(zeros) for _ in range(256)] + [packer.flush()])


def test_the_unpack_budget_has_a_floor_a_ratio_and_a_ceiling():
    assert unpack_budget(0) == 64 * MIB
    assert unpack_budget(MIB) == 100 * MIB
    assert unpack_budget(100 * MIB) == 1024 * MIB


def test_a_decompression_bomb_backup_is_refused_plainly(monkeypatch, deflated_zeros):
    with monkeypatch.context() as patch:
        patch.setattr(backup_format.zlib, "compress", lambda data, level: deflated_zeros)
        bomb = encode_backup(
            [], vault_id="0" * 32, sequence=1, created=NOW, keys=KEYS
        )  # a real backup around a payload that unpacks to 256 MiB
    assert len(bomb) < MIB
    tracemalloc.start()
    try:
        with pytest.raises(BackupError) as caught:
            open_backup(bomb, kek=KEYS.kek)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value) == (
        "This backup would unpack to more than 64 MiB; it may be damaged or not a real "
        "backup, so it was not opened."
    )
    assert peak < 100 * MIB


def test_a_real_backup_that_packs_very_small_still_opens():
    records = [
        {"id": f"{i:032x}", "kind": "entry", "data": {"body": "x" * 1_000_000}} for i in range(5)
    ]  # 5 MB that pack far smaller than the ratio allows; the floor covers them
    data = encode_backup(records, vault_id="0" * 32, sequence=1, created=NOW, keys=KEYS)
    assert open_backup(data, passphrase=PASSPHRASE).records == records


# One bad entry


def test_one_jrnl_entry_with_broken_text_is_skipped_and_the_rest_imported(tmp_path):
    path = tmp_path / "jrnl.json"
    entries = [GOOD, {**GOOD, "body": "half a character \ud83d"}, {**GOOD, "title": "Two."}]
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    result = parse_jrnl(path)
    assert [e.title for e in result.entries] == ["Fine.", "Two."]
    assert "isn't valid Unicode" in reasons(result)["jrnl.json, entry 2 (2024-03-01)"]


def test_one_day_one_entry_with_broken_text_is_skipped_and_the_rest_imported(tmp_path):
    path = tmp_path / "Journal.json"
    good = {"creationDate": "2024-03-01T09:00:00Z", "text": "Morning."}
    entries = [good, {**good, "text": "\udc00"}, {**good, "tags": ["\ud800"]}, good]
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    result = parse_dayone(path)
    assert len(result.entries) == 2
    assert sorted(reasons(result)) == [
        "Journal.json, entry 2 (2024-03-01)",
        "Journal.json, entry 3 (2024-03-01)",
    ]


@pytest.mark.parametrize("parse", PARSERS)
def test_json_nested_absurdly_deep_is_refused_plainly(tmp_path, parse):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000, encoding="utf-8")
    with pytest.raises(ValidationError, match="nested far deeper"):
        parse(path)


# Settings never come in


def test_afterglow_json_leaves_out_every_setting_and_counts_them(tmp_path):
    entry = Record.create(Entry("Hello", date(2024, 3, 1)), NOW)
    settings = [
        Record.create(Setting("auto_lock_minutes", 0), NOW),
        Record.create(Setting("backup_folder", "/tmp/elsewhere"), NOW),
        Record.create(Setting("reminders_enabled", False), NOW),
    ]
    path = tmp_path / "export.json"
    export_json([entry, *settings], path, exported=NOW)
    read = parse_afterglow_json(path)
    assert read.records == [entry]
    assert read.settings == 3
    assert read.skipped == []


def test_the_decrypt_tool_refuses_a_decompression_bomb_too(monkeypatch, deflated_zeros, tmp_path):
    from tests.backup.test_decrypt_tool import run

    with monkeypatch.context() as patch:
        patch.setattr(backup_format.zlib, "compress", lambda data, level: deflated_zeros)
        bomb = encode_backup([], vault_id="0" * 32, sequence=1, created=NOW, keys=KEYS)
    path = tmp_path / "bomb.journal-backup"
    path.write_bytes(bomb)
    result = run(path, passphrase=PASSPHRASE)
    assert result.returncode == 4
    assert b"would unpack to more than 64 MiB" in result.stderr
