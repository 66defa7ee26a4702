"""journal-app calendar: the coming reminders as a private .ics file."""

from __future__ import annotations

import stat

import icalendar

from tests.conftest import PASSPHRASE


def test_it_writes_the_coming_steps_as_a_calendar(initialised, tmp_path):
    added = initialised("journey", "add", "--date", "2026-03-13", "--intention", "Ketamine secret")
    assert added.code == 0, added.err
    out = tmp_path / "reminders.ics"
    result = initialised("calendar", "--out", str(out), "--days", "30")
    assert result.code == 0, result.err
    assert result.out.strip() == str(out)
    assert "for the next 30 days" in result.err and "nothing from your journal" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "ketamine" not in text.lower() and "secret" not in text.lower()
    events = list(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    assert events and f"Wrote {len(events)} reminders" in result.err


def test_it_refuses_the_journals_folder_and_an_existing_file_before_the_passphrase(
    initialised, data_dir, tmp_path
):
    inside = initialised("calendar", "--out", str(data_dir / "r.ics"), passphrase=None)
    assert inside.code == 2 and "journal's folder" in inside.err
    existing = tmp_path / "r.ics"
    existing.write_text("mine")
    again = initialised("calendar", "--out", str(existing), passphrase=None)
    assert again.code == 2 and "--force" in again.err
    assert existing.read_text() == "mine"
    forced = initialised("calendar", "--out", str(existing), "--force", passphrase=PASSPHRASE)
    assert forced.code == 0, forced.err


def test_a_look_ahead_out_of_range_is_a_usage_error(initialised, tmp_path):
    result = initialised("calendar", "--out", str(tmp_path / "r.ics"), "--days", "0")
    assert result.code == 2 and "between 1 and 366" in result.err
    assert not (tmp_path / "r.ics").exists()
