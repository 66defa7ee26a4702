"""Upcoming integration steps and questionnaires as an iCalendar (.ics) file (RFC 5545).

For reminders when Afterglow is closed: a calendar app imports the file and reminds at
each moment. Every event says the same few kind words and nothing private: no journal
text, no medicine, no questionnaire's name, not even "session". Events are marked
private and free time, move out of quiet hours, and keep their UID from one export to the
next, so importing a newer file updates the events instead of doubling them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal_app.domain.errors import ValidationError
from journal_app.domain.reminders import after_quiet_hours, clock_time
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.bundle import Services
from journal_app.services.outputs import check_output_file, write_private_file
from journal_app.services.reminder_times import (
    HINTS,
    QUESTIONNAIRE_AT,
    QUIET_FROM,
    QUIET_UNTIL,
    questionnaire_days,
    upcoming_steps,
)

DEFAULT_DAYS = 60
MAX_DAYS = 366
LENGTH = timedelta(minutes=15)
FOLD_AT = 75  # octets per line, CRLF not counted (RFC 5545, 3.1)
STEP, QUESTIONNAIRE = "step", "questionnaire"


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """The only words in the file; the window passes them translated."""

    title: str = "Afterglow: a moment for reflection"
    step: str = "A few gentle questions are waiting in Afterglow, whenever you are ready."
    questionnaire: str = "A short check-in questionnaire is waiting in Afterglow, if you like."


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One reminder: a stable id, its local wall-clock start and what kind it is."""

    uid: str
    start: datetime
    kind: str


def _uid(key: str) -> str:
    # A digest, so no journal id (nor anything else of the journal) is in the file.
    return hashlib.sha256(f"afterglow-calendar:{key}".encode()).hexdigest()[:32] + "@afterglow"


def check_days(days: int) -> int:
    """Refuse a look-ahead outside 1..366 days."""
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Choose between 1 and {most} days ahead (not {days})."
                ),
                most=MAX_DAYS,
                days=days,
            )
        )
    return days


def calendar_events(
    services: Services, now: datetime, days: int = DEFAULT_DAYS
) -> list[CalendarEvent]:
    """What is coming in the next ``days`` days, soonest first, out of quiet hours."""
    check_days(days)
    settings = services.settings
    quiet = clock_time(settings.get(QUIET_FROM)), clock_time(settings.get(QUIET_UNTIL))
    until = now + timedelta(days=days)
    events = [
        CalendarEvent(_uid(step.key), after_quiet_hours(step.due, *quiet), STEP)
        for step in upcoming_steps(services.journeys, now, until)
    ]
    if settings.get(HINTS):
        for day in questionnaire_days(services.journeys, services.assessments, now, until.date()):
            start = after_quiet_hours(datetime.combine(day, QUESTIONNAIRE_AT), *quiet)
            if start > now:
                events.append(CalendarEvent(_uid(f"questionnaire:{day}"), start, QUESTIONNAIRE))
    return sorted(events, key=lambda e: (e.start, e.uid))


# The file


def escape_text(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped; controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c == "\n" or c == "\t" or (ord(c) >= 0x20 and c != "\x7f"))
    for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(plain, escaped)
    return text


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a character."""
    parts: list[str] = []
    current, size, limit = "", 0, FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, FOLD_AT - 1  # the leading space takes one
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")  # floating: the same wall-clock time anywhere


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_text(
    events: Iterable[CalendarEvent], stamp: datetime, words: CalendarWords | None = None
) -> str:
    """The whole calendar as text with CRLF line ends (``stamp``: an aware time of export)."""
    words = words or CalendarWords()
    title = escape_text(words.title)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Afterglow//Afterglow journal//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        about = words.step if event.kind == STEP else words.questionnaire
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{_utc(stamp)}",
            f"DTSTART:{_local(event.start)}",
            f"DTEND:{_local(event.start + LENGTH)}",
            f"SUMMARY:{title}",
            f"DESCRIPTION:{escape_text(about)}",
            "CLASS:PRIVATE",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{title}",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(
    path: Path,
    text: str,
    *,
    journal_folder: Path | None,
    force: bool = False,
) -> Path:
    """Write the calendar at ``path`` (never in the journal's folder); return where."""
    target = check_output_file(path, journal_folder=journal_folder, force=force)
    write_private_file(target, text.encode("utf-8"))
    return target


def export_calendar(
    services: Services,
    path: Path,
    *,
    days: int = DEFAULT_DAYS,
    force: bool = False,
    now: datetime | None = None,
    words: CalendarWords | None = None,
) -> tuple[Path, int]:
    """Write the next ``days`` days' reminders to ``path``; return where and how many."""
    check_days(days)
    target = check_output_file(path, journal_folder=services.vault.folder, force=force)
    moment = now or services.journeys.now()
    events = calendar_events(services, moment, days)
    stamp = services.vault.store.clock()()
    write_private_file(target, ics_text(events, stamp, words).encode("utf-8"))
    return target, len(events)
