"""How records look on the command line, as text lines and as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from journal_app.domain.assessment import Assessment
from journal_app.domain.checkin import CheckIn
from journal_app.domain.entry import Entry
from journal_app.domain.journey import Journey, SessionLog
from journal_app.domain.records import Record
from journal_app.domain.session_card import medicine_words, ordered_vitals, vital_minutes
from journal_app.domain.text import first_line, word_count
from journal_app.instruments.definitions import INSTRUMENT_IDS, instrument

SHORT_ID = 8


def short_id(record: Record) -> str:
    return record.id[:SHORT_ID]


def entry_line(record: Record) -> str:
    entry: Entry = record.data
    heading = entry.title or first_line(entry.body, 60)
    tags = "".join(f"  #{t}" if i == 0 else f" #{t}" for i, t in enumerate(entry.tags))
    marks = "  (private)" if entry.private else ""
    return f"{entry.day.isoformat()}  {short_id(record)}  {heading}{tags}{marks}"


def checkin_line(record: Record) -> str:
    c: CheckIn = record.data
    parts = [f"mood {c.mood}/10"]
    if c.anxiety is not None:
        parts.append(f"anxiety {c.anxiety}/10")
    if c.energy is not None:
        parts.append(f"energy {c.energy}/10")
    if c.sleep_hours is not None:
        parts.append(f"slept {c.sleep_hours:g} h")
    note = f"  {first_line(c.note, 50)}" if c.note else ""
    return f"{c.at.strftime('%Y-%m-%d %H:%M')}  {short_id(record)}  {', '.join(parts)}{note}"


def journey_line(record: Record, number: int | None = None, total: int | None = None) -> str:
    """One journey on a line; ``number`` and ``total`` place it in the series."""
    j: Journey = record.data
    s = j.session
    mg = s.dose_given_mg
    details = [
        d for d in (medicine_words(s), s.route, f"{mg:g} mg" if mg else None, s.setting) if d
    ]
    intention = f'  "{first_line(j.intention.sentence, 60)}"' if j.intention.sentence else ""
    state = "  (in the Trash)" if record.deleted else "" if s.start else "  (planned)"
    place = f"Session {number} of {total}" if number is not None else "Journey"
    return (
        f"{j.when.strftime('%Y-%m-%d %H:%M')}  {short_id(record)}  {place}"
        f"{'  ' + ', '.join(details) if details else ''}{state}{intention}"
    )


def assessment_line(record: Record) -> str:
    a: Assessment = record.data
    name = {"phq9": "PHQ-9", "gad7": "GAD-7", "who5": "WHO-5", "pcl5": "PCL-5"}.get(
        a.instrument, a.instrument
    )
    extra = f" ({a.extra['percent']}%)" if "percent" in a.extra else ""
    question = instrument(a.instrument).difficulty if a.instrument in INSTRUMENT_IDS else None
    difficulty = ""
    if question is not None and a.difficulty is not None:
        difficulty = f", {question.label(a.difficulty).lower()}"
    return (
        f"{a.at.strftime('%Y-%m-%d %H:%M')}  {short_id(record)}  {name} {a.total}{extra}, "
        f"{a.severity.replace('_', ' ')}{difficulty}"
    )


def other_line(record: Record) -> str:
    return f"{record.created_at[:10]}  {short_id(record)}  {record.kind}"


def summary(record: Record) -> dict[str, Any]:
    """A short JSON object for lists: the envelope without long text."""
    base: dict[str, Any] = {
        "id": record.id,
        "kind": record.kind,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "rev": record.rev,
        "deleted_at": record.deleted_at,
    }
    data = record.data
    if isinstance(data, Entry):
        base |= {
            "date": data.day.isoformat(),
            "title": data.title or first_line(data.body),
            "tags": list(data.tags),
            "private": data.private,
            "words": word_count(data.body),
        }
    elif isinstance(data, CheckIn | Journey):
        base |= {"data": data.to_data()}
    return base


def entry_text(record: Record) -> str:
    """An entry in full, for reading in a terminal."""
    entry: Entry = record.data
    lines = [entry.title or entry.day.strftime("%A %d %B %Y")]
    lines.append("=" * min(len(lines[0]), 60))
    meta = [entry.day.isoformat(), f"id {record.id}"]
    if entry.tags:
        meta.append(" ".join(f"#{t}" for t in entry.tags))
    if entry.private:
        meta.append("private")
    if record.deleted:
        meta.append("in the Trash")
    lines += ["  ·  ".join(meta), "", entry.body.rstrip()]
    return "\n".join(lines)


STEP_LABELS = {
    "0h": "+0 hours",
    "1d": "+1 day",
    "3d": "+3 days",
    "7d": "+7 days",
    "14d": "+14 days",
    "30d": "+30 days",
}
COURSE_STEP_LABELS = {
    "course-3d": "course +3 days",
    "course-14d": "course +14 days",
    "course-30d": "course +30 days",
}


def step_label(step: str) -> str:
    """ "+1 day", "week 2", "course +14 days", "month 3"."""
    if step in STEP_LABELS:
        return STEP_LABELS[step]
    if step.startswith("course-week-"):
        return f"week {step.removeprefix('course-week-')}"
    if step.startswith("month-"):
        return f"month {step.removeprefix('month-')}"
    return COURSE_STEP_LABELS.get(step, step)


def _clock(moment: datetime | None, day: datetime) -> str | None:
    """ "11:45" on the session's day, else "Mon 02 Mar 01:30"."""
    if moment is None:
        return None
    return moment.strftime("%H:%M" if moment.date() == day.date() else "%a %d %b %H:%M")


VITAL_LABELS = {"before": "Before", "40min": "40 minutes", "leaving": "Leaving"}


def session_card_facts(s: SessionLog, day: datetime) -> list[tuple[str, str | None]]:
    """The card in the order things happen: before, dosing, 40 minutes, leaving."""
    readings = [
        (vital_minutes(v, s.start), VITAL_LABELS.get(v.at, f"At {v.at}"), f"BP {v.words()}")
        for v in ordered_vitals(s)
    ]
    during: list[tuple[float, str, str | None]] = [
        (float("-inf"), "Medicine", medicine_words(s)),
        (float("-inf"), "Route", s.route),
        (float("-inf"), "Dose", s.dose_words),
    ]
    for name, moment in (("Onset", s.onset), ("Peak", s.peak), ("End", s.end)):
        if moment is not None:
            offset = (moment - s.start).total_seconds() / 60 if s.start else 0.0
            during.append((offset, name, _clock(moment, day)))
    for effect in s.side_effects:
        lifted = _clock(effect.until, day)
        text = f"{effect.words()}, {effect.severity}" + (f", until {lifted}" if lifted else "")
        during.append((float("inf"), "Side effect", text))
    before = [(label, text) for at, label, text in readings if at < 0]
    # Readings at a clock time fall among onset, peak and end; dosing facts come first.
    middle = sorted(
        [(at, 1, label, text) for at, label, text in readings if 0 <= at < float("inf")]
        + [(at, 0, label, text) for at, label, text in during],
        key=lambda item: (item[0], item[1]),
    )
    leaving = [(label, text) for at, label, text in readings if at == float("inf")]
    clear = [("Felt clear", _clock(s.clear_at, day))]
    return [*before, *((label, text) for _, _, label, text in middle), *leaving, *clear]


def journey_text(record: Record, number: int, total: int) -> str:
    """A journey in full, for reading in a terminal."""
    j: Journey = record.data
    s = j.session
    when = j.when.strftime("%A %d %B %Y, %H:%M")
    lines = [f"Session {number} of {total}: {when}" + ("" if s.start else " (planned)")]
    lines.append("=" * min(len(lines[0]), 60))
    sitter = {True: "present", False: "not present", None: None}[s.sitter_present]
    facts = [
        ("Intention", j.intention.sentence),
        ("Setting", s.setting),
        ("Provider", s.provider),
        ("Sitter", sitter),
        ("Music", s.music),
        *session_card_facts(s, j.when),
        ("Intensity", f"{s.intensity}/10" if s.intensity is not None else None),
        ("Dissociation", f"{s.dissociation}/10" if s.dissociation is not None else None),
        ("Body", s.body),
    ]
    lines += [f"{name + ':':<14}{value}" for name, value in facts if value]
    lines.append(f"{'id:':<14}{record.id}")
    if s.notes:
        lines += ["", "Notes"] + [f"  {n.at.strftime('%H:%M')}  {n.text}" for n in s.notes]
    if s.narrative:
        lines += ["", s.narrative.rstrip()]
    return "\n".join(lines)
