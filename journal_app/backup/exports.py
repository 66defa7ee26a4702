"""Plaintext exports: the whole journal as one JSON document, or a folder of Markdown.

Neither is encrypted; the command line says so before writing. Both are written beside
their destination first and moved into place whole, so an interrupted export leaves either
the old file or the new one, never half of one. They never replace anything unasked, and
a folder only if an earlier Afterglow export made it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from journal_app.backup.export_care import care_files
from journal_app.domain.assessment import Assessment
from journal_app.domain.checkin import CheckIn
from journal_app.domain.clock import timestamp, utc_now
from journal_app.domain.entry import Entry
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.domain.safety_plan import STEP_TITLES, SafetyPlan
from journal_app.domain.text import first_line, fold
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.storage.outputs import (
    OutputRefused,
    check_output_file,
    check_parent_folder,
    failed_write,
    fsync_folder,
    refuse_journal_folder,
    write_new_private,
    write_private_file,
)

EXPORT_FORMAT = "afterglow-export"
EXPORT_VERSION = 1
MARKER = ".afterglow-export"
JOURNEYS_FILE = "journeys.md"
CHECKINS_FILE = "checkins.csv"
ASSESSMENTS_FILE = "assessments.csv"
SAFETY_PLAN_FILE = "safety-plan.md"
NOT_EXPORTED = ("revision",)  # earlier versions stay in the vault and its backups
SLUG_LENGTH = 60
_WORD = re.compile(r"\w+")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "messages", "the export couldn't be written"
)  # what did not happen, after "so"


# Refusals are the same as for every file Afterglow writes (storage.outputs).
ExportRefused = OutputRefused


# Safe writing


@contextmanager
def _writing(folder: Path) -> Iterator[None]:
    """Turn a failed write into a message that says what happened and what to do."""
    try:
        yield
    except OSError as error:
        raise failed_write(error, folder / "export", NOT_WRITTEN) from error


def _scratch(path: Path, ending: str) -> Path:
    return path.with_name(f".{path.name}.{os.urandom(4).hex()}.{ending}")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a private temporary file beside ``path``, then move it into place."""
    write_private_file(path, data, outcome=NOT_WRITTEN)


def check_file_target(
    path: Path, *, force: bool = False, journal_folder: Path | None = None
) -> Path:
    """Refuse a folder, a device, the journal's own folder, or a file unless ``force``."""
    return check_output_file(path, journal_folder=journal_folder, force=force)


def check_folder_target(
    folder: Path, *, force: bool = False, journal_folder: Path | None = None
) -> None:
    """Refuse a file, and a folder with anything in it unless it is an earlier export."""
    refuse_journal_folder(folder, journal_folder)
    check_parent_folder(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportRefused(f"{folder} is a file; give a new or empty folder for the export.")
    if not folder.exists() or not any(folder.iterdir()):
        return
    if not (folder / MARKER).is_file():
        raise ExportRefused(
            f"{folder} already has files in it and was left untouched. Choose a new or empty "
            "folder (Afterglow only ever replaces a folder it exported itself)."
        )
    if not force:
        raise ExportRefused(
            f"{folder} holds an earlier export and was left untouched. Choose another folder, "
            "or add --force to replace it."
        )


# JSON


def export_json(
    records: Iterable[Record],
    path: Path | str,
    *,
    exported: str | None = None,
    force: bool = False,
    journal_folder: Path | None = None,
) -> int:
    """Write every record but revisions as one JSON document; return how many."""
    target = check_file_target(Path(path), force=force, journal_folder=journal_folder)
    kept = [r.to_dict() for r in records if r.kind not in NOT_EXPORTED]
    kept.sort(key=lambda r: (r["kind"], r["created_at"], r["id"]))
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported": exported or timestamp(utc_now()),
        "records": kept,
    }
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    write_atomically(target, text.encode())
    return len(kept)


# Markdown


def slug(text: str) -> str:
    """A file-name-safe form of a title: folded words joined by dashes."""
    result = ""
    for word in _WORD.findall(fold(text)):
        longer = f"{result}-{word}" if result else word
        if len(longer) > SLUG_LENGTH:
            break
        result = longer
    return result or "entry"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def entry_markdown(entry: Entry) -> str:
    """One entry as a Markdown file with front matter."""
    lines = [
        "---",
        f"title: {_quoted(entry.title)}",
        f"date: {entry.day.isoformat()}",
        f"tags: [{', '.join(_quoted(t) for t in entry.tags)}]",
        f"private: {'true' if entry.private else 'false'}",
    ]
    if entry.mood is not None:
        lines.append(f"mood: {entry.mood}")
    return "\n".join([*lines, "---", "", entry.body.strip(), ""])


def _entry_files(entries: list[Record]) -> dict[str, str]:
    files: dict[str, str] = {}
    taken: set[str] = set()  # case-insensitive disks would merge "A.md" and "a.md"
    for record in sorted(entries, key=lambda r: (r.data.day, r.created_at, r.id)):
        entry: Entry = record.data
        stem = f"{entry.day.isoformat()}-{slug(entry.title or first_line(entry.body, 80))}"
        name, number = f"{stem}.md", 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem}-{number}.md"
        taken.add(name.casefold())
        files[name] = entry_markdown(entry)
    return files


def _minutes(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def _item(label: str, value: object) -> list[str]:
    if value is None or value == "" or value == ():
        return []
    return [f"- **{label}:** {str(value).strip().replace(chr(10), chr(10) + '  ')}"]


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"### {title}", "", *lines, ""] if lines else []


def journey_markdown(journey: Journey) -> list[str]:
    """One journey as a section of ``journeys.md``."""
    s = journey.session
    details = [d for d in (s.route, s.dose_words, s.setting) if d]
    heading = f"## {_minutes(journey.when)}" + (f" — {', '.join(details)}" if details else "")
    sitter = None if s.sitter_present is None else ("yes" if s.sitter_present else "no")
    session = [
        *_item("Planned for", "" if s.start else _minutes(journey.planned_at)),
        *_item("Provider", s.provider),
        *_item("Sitter present", sitter),
        *_item("Music", s.music),
        *_item("Onset", _minutes(s.onset)),
        *_item("Peak", _minutes(s.peak)),
        *_item("End", _minutes(s.end)),
        *_item("Intensity", None if s.intensity is None else f"{s.intensity}/10"),
        *_item("Dissociation", None if s.dissociation is None else f"{s.dissociation}/10"),
        *_item("Body", s.body),
    ]
    intention = _item("Intention", journey.intention.sentence) + [
        line for key, text in journey.intention.answers.items() for line in _item(key, text)
    ]
    prep = journey.preparation
    preparation = [
        *_item("Checked", ", ".join(prep.checked)),
        *[line for key, text in prep.screening.items() for line in _item(key, text)],
        *[line for key, text in prep.custom_items for line in _item(f"Own item {key}", text)],
    ]
    integration = [
        line
        for step, answers in journey.integration.items()
        for pid, answer in answers.items()
        for line in _item(f"{step} · {pid}{' ★' if answer.starred else ''}", answer.text)
    ]
    return [
        heading,
        "",
        *session,
        "",
        *_section("Intention", intention),
        *_section("The experience", [s.narrative.strip()] if s.narrative.strip() else []),
        *_section("Notes", [f"- {n.at:%H:%M} {n.text}" for n in s.notes]),
        *_section("Preparation", preparation),
        *_section("Aftercare", _item("Done", ", ".join(journey.aftercare))),
        *_section("Integration", integration),
    ]


def _journeys_text(journeys: list[Record]) -> str:
    lines = ["# Journeys", ""]
    for record in sorted(journeys, key=lambda r: (r.data.when, r.id)):
        lines += journey_markdown(record.data)
    if len(lines) == 2:
        lines.append("No journeys yet.")
    return "\n".join(lines).rstrip() + "\n"


def _csv(header: list[str], rows: Iterable[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return out.getvalue()


def _checkins_csv(records: list[Record]) -> str:
    items: list[CheckIn] = sorted((r.data for r in records), key=lambda c: c.at)
    header = ["at", "mood", "anxiety", "energy", "sleep_hours", "sleep_quality", "emotions", "note"]
    return _csv(
        header,
        (
            [
                *(_minutes(c.at), c.mood, c.anxiety, c.energy, c.sleep_hours, c.sleep_quality),
                *("; ".join(c.emotions), c.note),
            ]
            for c in items
        ),
    )


def _assessments_csv(records: list[Record]) -> str:
    items: list[Assessment] = sorted((r.data for r in records), key=lambda a: a.at)
    header = ["at", "instrument", "version", "total", "severity", "answers", "flags"]
    return _csv(
        header,
        (
            [
                *(_minutes(a.at), a.instrument, a.version, a.total, a.severity),
                *(" ".join(str(n) for n in a.answers), "; ".join(a.flags)),
            ]
            for a in items
        ),
    )


def safety_plan_markdown(plan: SafetyPlan) -> str:
    """The safety plan as one Markdown page: the six steps in order, empty ones too."""
    lines = ["# My safety plan", ""]
    for number, (name, text) in enumerate(plan.steps().items(), start=1):
        lines += [f"## {number}. {STEP_TITLES[name]}", "", text.strip() or "(empty)", ""]
    return "\n".join(lines).rstrip() + "\n"


def _safety_plan_file(plans: list[Record]) -> dict[str, str]:
    if not plans:
        return {}
    newest = max(plans, key=lambda r: (r.updated_at, r.rev, r.id))
    return {SAFETY_PLAN_FILE: safety_plan_markdown(newest.data)}


def markdown_files(records: Iterable[Record], exported: str) -> dict[str, str]:
    """Every file of a Markdown export by name: entries, journeys, check-ins, assessments,
    and the safety plan if there is one."""
    by_kind: dict[str, list[Record]] = {}
    for record in records:
        if not record.deleted:  # the Trash stays behind; the JSON export carries it
            by_kind.setdefault(record.kind, []).append(record)
    others: list[tuple[str, str, Callable[[list[Record]], str]]] = [
        (JOURNEYS_FILE, "journey", _journeys_text),
        (CHECKINS_FILE, "checkin", _checkins_csv),
        (ASSESSMENTS_FILE, "assessment", _assessments_csv),
    ]
    files = _entry_files(by_kind.get("entry", []))
    for name, kind, render in others:
        files[name] = render(by_kind.get(kind, []))
    files.update(_safety_plan_file(by_kind.get(SafetyPlan.KIND, [])))
    files.update(care_files(by_kind))  # weekly checks and questions for the prescriber
    files[MARKER] = (
        f"Written by Afterglow's Markdown export at {exported}.\n"
        "This folder is NOT encrypted: anyone with it can read your journal.\n"
    )
    return files


def export_markdown(
    records: Iterable[Record],
    folder: Path | str,
    *,
    exported: str | None = None,
    force: bool = False,
    journal_folder: Path | None = None,
) -> dict[str, int]:
    """Write the journal as a folder of Markdown and CSV files; return counts by kind."""
    target = Path(folder).expanduser().absolute()
    check_folder_target(target, force=force, journal_folder=journal_folder)
    records = list(records)
    files = markdown_files(records, exported or timestamp(utc_now()))
    temp = _scratch(target, "tmp")
    with _writing(target.parent):
        temp.mkdir(mode=0o700)
        try:
            for name, text in files.items():
                write_new_private(temp / name, text.encode())
            fsync_folder(temp)
            _move_into_place(temp, target)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        fsync_folder(target.parent)
    counts = {"entry": 0, "journey": 0, "checkin": 0, "assessment": 0}
    for record in records:
        if record.kind in counts and not record.deleted:
            counts[record.kind] += 1
    return counts


def _move_into_place(temp: Path, target: Path) -> None:
    if not target.exists():
        temp.rename(target)
        return
    if not any(target.iterdir()):
        target.rmdir()
        temp.rename(target)
        return
    old = _scratch(target, "old")  # an earlier export, replaced on request
    target.rename(old)
    try:
        temp.rename(target)
    except BaseException:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
