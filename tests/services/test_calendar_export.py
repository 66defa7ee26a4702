"""The .ics file of coming reminders: valid RFC 5545, read back, and nothing private in it."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from journal_app.domain.errors import StorageProblem, ValidationError
from journal_app.services.bundle import Services
from journal_app.services.calendar_export import (
    QUESTIONNAIRE,
    STEP,
    CalendarEvent,
    CalendarWords,
    calendar_events,
    escape_text,
    export_calendar,
    fold,
    ics_text,
)
from journal_app.services.outputs import OutputRefused
from journal_app.services.reminder_times import HINTS, QUIET_FROM, QUIET_UNTIL

NOW = datetime(2026, 3, 14, 12, 0)
SESSION = datetime(2026, 3, 13, 10, 0)
STAMP = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
PRIVATE = ("ketamine", "esketamine", "56 mg", "my secret intention", "grief about dad")


@pytest.fixture
def services(vault) -> Services:
    built = Services.over(vault)
    built.journeys.add(SESSION, intention="My secret intention", notes="Esketamine 56 mg")
    built.journal.create("Grief about dad, after the ketamine session.", title="Ketamine")
    return built


def parsed(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events_of(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def test_the_file_reads_back_with_every_step_and_questionnaire_to_come(services):
    events = calendar_events(services, NOW, 60)
    text = ics_text(events, STAMP)
    calendar = parsed(text)
    found = events_of(calendar)
    assert len(found) == len(events) > 0
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    starts = [e.decoded("DTSTART") for e in found]
    # The single session's steps after "now": 3 days, 7, 14 and 30 days after it.
    for days in (3, 7, 14, 30):
        assert SESSION + timedelta(days=days) in starts
    assert all(start > NOW for start in starts)
    assert {e.kind for e in events} == {STEP, QUESTIONNAIRE}
    for event in found:
        assert str(event["SUMMARY"]) == "Afterglow: a moment for reflection"
        assert event["CLASS"] == "PRIVATE" and event["TRANSP"] == "TRANSPARENT"
        assert event.decoded("DTSTAMP") == STAMP
        assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=15)
        assert [a["ACTION"] for a in event.walk("VALARM")] == ["DISPLAY"]
    assert len({str(e["UID"]) for e in found}) == len(found)


def test_nothing_private_is_in_the_file(services):
    text = ics_text(calendar_events(services, NOW, 60), STAMP).lower()
    for word in (*PRIVATE, "session", "phq", "gad", "depress", "anxiety", "dose"):
        assert word not in text
    for record in services.vault.store.of_kind("journey"):
        assert record.id not in text  # the UIDs are digests, not the journal's ids


def test_the_same_step_keeps_its_uid_from_one_export_to_the_next(services):
    first = {e.start: e.uid for e in calendar_events(services, NOW, 60)}
    later = {e.start: e.uid for e in calendar_events(services, NOW + timedelta(days=5), 60)}
    shared = set(first) & set(later)
    assert shared and all(first[s] == later[s] for s in shared)


def test_questionnaires_are_left_out_when_their_suggestions_are_off(services):
    services.settings.set(HINTS, False)
    assert {e.kind for e in calendar_events(services, NOW, 60)} == {STEP}


def test_a_step_in_quiet_hours_moves_to_their_end(services):
    services.settings.set(QUIET_FROM, "09:00")
    services.settings.set(QUIET_UNTIL, "11:00")
    steps = [e for e in calendar_events(services, NOW, 60) if e.kind == STEP]
    assert steps and all(e.start.time().isoformat() == "11:00:00" for e in steps)


def test_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character():
    words = CalendarWords(title="Afterglow: " + "ein Moment für dich, ünd Ruhe; " * 6)
    event = CalendarEvent("x@afterglow", datetime(2026, 4, 1, 10, 0), STEP)
    text = ics_text([event], STAMP, words)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no character was cut in two
    assert any(line.startswith(b" ") for line in lines)
    title = events_of(parsed(text))[0]["SUMMARY"]
    assert str(title) == words.title


def test_fold_leaves_a_short_line_alone_and_keeps_every_octet():
    assert fold("SUMMARY:short") == "SUMMARY:short"
    long = "DESCRIPTION:" + "é" * 100
    assert fold(long).replace("\r\n ", "") == long


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a, b; c\\d", "a\\, b\\; c\\\\d"),
        ("one\r\ntwo\nthree", "one\\ntwo\\nthree"),
        ("bell\x07 and\x00 nul", "bell and nul"),
    ],
)
def test_text_is_escaped_as_rfc_5545_asks(text, escaped):
    assert escape_text(text) == escaped


def test_hostile_words_cannot_add_a_property(services):
    words = CalendarWords(title="Hi\r\nATTENDEE:mailto:x@example.com", step="a;b,c\\")
    text = ics_text(calendar_events(services, NOW, 60), STAMP, words)
    for event in events_of(parsed(text)):
        assert "ATTENDEE" not in event
    assert str(events_of(parsed(text))[0]["SUMMARY"]) == "Hi\nATTENDEE:mailto:x@example.com"


def test_export_writes_a_private_file_and_counts_the_events(services, tmp_path):
    target, count = export_calendar(services, tmp_path / "r.ics", now=NOW)
    assert target == tmp_path / "r.ics" and count == len(events_of(parsed(target.read_text())))
    assert target.stat().st_mode & 0o777 == 0o600


def test_export_refuses_the_journals_own_folder_and_an_existing_file(services, tmp_path):
    with pytest.raises(OutputRefused, match="journal's folder"):
        export_calendar(services, services.vault.folder / "r.ics", now=NOW)
    existing = tmp_path / "r.ics"
    existing.write_text("mine")
    with pytest.raises(OutputRefused, match="already exists"):
        export_calendar(services, existing, now=NOW)
    assert existing.read_text() == "mine"
    export_calendar(services, existing, now=NOW, force=True)
    assert existing.read_text().startswith("BEGIN:VCALENDAR")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_that_refuses_writing_leaves_nothing_behind(services, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageProblem):
            export_calendar(services, folder / "r.ics", now=NOW)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_disk_that_refuses_the_write_leaves_nothing_behind(services, tmp_path, monkeypatch):
    def full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("journal_app.storage.outputs.os.write", full)
    with pytest.raises(StorageProblem):
        export_calendar(services, tmp_path / "r.ics", now=NOW)
    assert list(tmp_path.glob("*r.ics*")) == []


@pytest.mark.parametrize("days", [0, -1, 367])
def test_a_look_ahead_out_of_range_is_refused(services, days):
    with pytest.raises(ValidationError):
        calendar_events(services, NOW, days)


def test_an_empty_journal_gives_only_a_first_questionnaire(vault):
    events = calendar_events(Services.over(vault), NOW, 60)
    assert [e.kind for e in events][:1] in ([QUESTIONNAIRE], [])
    assert all(e.kind == QUESTIONNAIRE for e in events)


def test_questionnaire_days_follow_the_two_week_cadence_without_a_course(vault):
    services = Services.over(vault)
    services.assessments.take("phq9", [0] * 9, at=datetime(2026, 3, 10, 9, 0))
    services.assessments.take("gad7", [0] * 7, at=datetime(2026, 3, 10, 9, 0))
    days = [e.start.date() for e in calendar_events(services, NOW, 60)]
    assert days == [date(2026, 3, 24), date(2026, 4, 7), date(2026, 4, 21), date(2026, 5, 5)]


def test_a_calendar_file_is_not_written_over_a_folder(services, tmp_path: Path):
    with pytest.raises(OutputRefused):
        export_calendar(services, tmp_path, now=NOW, force=True)
