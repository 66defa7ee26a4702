"""journal-app report: the therapist summary as a PDF, from the command line."""

from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.cli.report import NOT_ENCRYPTED
from journal_app.domain.errors import DiskFull
from journal_app.reports import pdf
from journal_app.reports.layout import FOOTER

# The clock in tests/conftest.py says 2026-03-14: by default, 13 February to 14 March.
DEFAULT_RANGE = "13 February – 14 March 2026"


def text_of(path: Path) -> str:
    pages = PdfReader(path).pages
    return " ".join(
        unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in pages)).split()
    )


@pytest.fixture
def journal(initialised, write_entry):
    """Entries around the default 30 days, one private, a session and a check-in."""
    write_entry("Too early to include: FALCON.", "--date", "2026-02-12")
    write_entry("The first day of the summary: PLOVER.", "--date", "2026-02-13")
    write_entry("A walk by the river: KESTREL.", "--date", "2026-03-10", "--title", "River")
    write_entry("Only for me: OSPREY.", "--date", "2026-03-11", "--private")
    for args in (
        ("checkin", "--mood", "6", "--sleep-hours", "7", "--date", "2026-03-12"),
        ("journey", "add", "--date", "2026-03-05T10:00", "--intention", "Meet the tired part"),
        ("assess", "phq9", "--answers", "1,1,1,1,1,1,1,1,0", "--date", "2026-03-13"),
    ):
        assert initialised(*args).code == 0
    return initialised


def test_by_default_the_last_30_days_without_entries(journal, tmp_path):
    out = tmp_path / "summary.pdf"
    result = journal("report", "--out", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == str(out)
    assert f"Wrote the summary for {DEFAULT_RANGE} to {out}" in result.err
    text = text_of(out)
    assert "Journal summary" in text and DEFAULT_RANGE in text
    assert "Page 1 of" in text and FOOTER in text
    assert "Meet the tired part" in text and "At a glance" in text
    assert not any(word in text for word in ("PLOVER", "KESTREL", "OSPREY", "Journal entries"))
    assert "private" not in text.lower()


def test_it_says_the_pdf_is_not_encrypted(journal, tmp_path):
    result = journal("report", "--out", str(tmp_path / "summary.pdf"))
    assert NOT_ENCRYPTED in result.err
    assert NOT_ENCRYPTED not in result.out


def test_entries_includes_the_periods_entries_but_not_private_ones(journal, tmp_path):
    out = tmp_path / "summary.pdf"
    assert journal("report", "--out", str(out), "--entries").code == 0
    text = text_of(out)
    assert "PLOVER" in text and "KESTREL" in text
    assert "FALCON" not in text  # the day before the range
    assert "OSPREY" not in text and "private" not in text.lower()


def test_private_entries_only_when_asked(journal, tmp_path):
    out = tmp_path / "summary.pdf"
    assert journal("report", "--out", str(out), "--entries", "--include-private").code == 0
    assert "OSPREY" in text_of(out)


def test_entry_picks_entries_one_by_one_by_a_start_of_their_id(journal, tmp_path, list_json):
    ids = {e["title"]: e["id"] for e in list_json()}
    private = next(i for title, i in ids.items() if "OSPREY" in title)
    out = tmp_path / "summary.pdf"
    result = journal(
        "report", "--out", str(out), "--entry", ids["River"][:8], "--entry", private[:10]
    )
    assert result.code == 0, result.err
    text = text_of(out)
    assert "KESTREL" in text and "OSPREY" in text  # a private entry may be picked by name
    assert "PLOVER" not in text


def test_an_entry_outside_the_days_is_refused_and_nothing_written(journal, tmp_path, list_json):
    [falcon] = [e["id"] for e in list_json() if "FALCON" in e["title"]]
    out = tmp_path / "summary.pdf"
    result = journal("report", "--out", str(out), "--entry", falcon)
    assert result.code != 0
    assert "outside the summary's days" in result.err
    assert not out.exists()


def test_no_entries_cannot_go_with_entries(journal, tmp_path):
    result = journal("report", "--out", str(tmp_path / "s.pdf"), "--no-entries", "--entries")
    assert result.code != 0 and "--no-entries" in result.err


def test_no_entries_leaves_them_all_out(journal, tmp_path):
    out = tmp_path / "summary.pdf"
    result = journal("report", "--out", str(out), "--no-entries", "--include-private")
    assert result.code == 0, result.err
    text = text_of(out)
    assert not any(word in text for word in ("PLOVER", "KESTREL", "OSPREY", "Journal entries"))
    assert "Meet the tired part" in text


def test_self_harm_answers_are_in_unless_left_out(journal, tmp_path):
    assess = ("assess", "phq9", "--answers", "1,1,1,1,1,1,1,1,2", "--date", "2026-03-14")
    assert journal(*assess).code == 0
    out = tmp_path / "summary.pdf"
    assert journal("report", "--out", str(out)).code == 0
    text = text_of(out)
    assert "PHQ-9 item 9 “More than half the days” on Sat 14 Mar 2026" in text
    assert "Item 9: Not at all" in text
    left_out = tmp_path / "without.pdf"
    assert journal("report", "--out", str(left_out), "--no-self-harm-answers").code == 0
    text = text_of(left_out)
    assert "item 9" not in text.lower() and "More than half the days" not in text
    assert "10 of 27" in text


def test_from_and_to_choose_the_days(journal, tmp_path):
    out = tmp_path / "summary.pdf"
    result = journal(
        "report", "--out", str(out), "--from", "2026-03-10", "--to", "2026-03-10", "--entries"
    )
    assert result.code == 0, result.err
    text = text_of(out)
    assert "10 March 2026" in text and "KESTREL" in text and "PLOVER" not in text


def test_from_after_to_is_refused_before_the_passphrase(cli, tmp_path):
    out = tmp_path / "summary.pdf"
    result = cli(
        "report", "--out", str(out), "--from", "2026-03-10", "--to", "2026-03-01", passphrase=None
    )  # asking would fail the test
    assert result.code == 2
    assert "comes after" in result.err
    assert not out.exists()


def test_a_start_in_the_future_is_refused_too(cli, tmp_path):
    result = cli(
        "report", "--out", str(tmp_path / "s.pdf"), "--from", "2026-04-01", passphrase=None
    )
    assert result.code == 2


def test_a_bad_date_is_a_usage_error(cli, tmp_path):
    result = cli("report", "--out", str(tmp_path / "s.pdf"), "--from", "14/03/2026")
    assert result.code == 2 and "YYYY-MM-DD" in result.err


def test_an_empty_period_gives_a_kind_page(journal, tmp_path):
    out = tmp_path / "quiet.pdf"
    result = journal("report", "--out", str(out), "--from", "2025-01-01", "--to", "2025-01-31")
    assert result.code == 0, result.err
    text = text_of(out)
    assert "Nothing was written in this period." in text and "Page 1 of 1" in text


def test_an_existing_file_is_kept_without_force(journal, tmp_path):
    out = tmp_path / "summary.pdf"
    out.write_text("my own notes")
    result = journal("report", "--out", str(out), passphrase=None)  # refused before asking
    assert result.code == 2
    assert "already exists" in result.err and "--force" in result.err
    assert out.read_text() == "my own notes"
    forced = journal("report", "--out", str(out), "--force")
    assert forced.code == 0, forced.err
    assert out.read_bytes().startswith(b"%PDF")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_missing_folder_fails_with_nothing_written(journal, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    out = tmp_path / "a-file" / "summary.pdf"
    result = journal("report", "--out", str(out), passphrase=None)
    assert result.code == 2
    assert "a-file is a file, not a folder" in result.err
    assert "Traceback" not in result.err


def test_a_failed_write_leaves_nothing_half_written(journal, tmp_path, monkeypatch):
    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(os, "fsync", full_disk)  # as a disk that fills while flushing
    result = journal("report", "--out", str(folder / "summary.pdf"))
    assert result.code == 1
    assert str(DiskFull(outcome=pdf.NOT_WRITTEN)) in result.err
    assert "Wrote" not in result.err
    assert leftovers(folder) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_without_permission_fails_with_nothing_written(journal, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = journal("report", "--out", str(folder / "summary.pdf"))
    finally:
        folder.chmod(0o700)
    assert result.code == 1
    assert f"Afterglow isn't allowed to write to {folder}" in result.err
    assert leftovers(folder) == []


def test_the_folder_path_itself_is_refused(journal, tmp_path):
    result = journal("report", "--out", str(tmp_path), passphrase=None)
    assert result.code == 2 and "is a folder" in result.err
