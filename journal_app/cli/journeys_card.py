"""The session card on the command line: journey edit, journey vitals, journey effect."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from journal_app.cli.context import CliContext
from journal_app.cli.journey_args import SESSION_FIELDS
from journal_app.cli.output import journey_line
from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import SessionLog, SideEffect, Vital
from journal_app.domain.records import Record
from journal_app.domain.session_card import side_effect_key
from journal_app.services.journeys import JourneyService

DOSE_FORMS = ("dose_mg", "devices", "dose_mg_per_kg")
NOTHING_TO_CHANGE = (
    "Nothing to change: give at least one detail, for example --clear-at 11:45 or "
    "--medicine ketamine. See 'journal-app journey edit --help'."
)


def card_time(value: datetime | time | None, day: date) -> datetime | None:
    """A moment from --clear-at or --until: a bare clock time falls on the session's day."""
    if isinstance(value, time):
        return datetime.combine(day, value)
    return value


def new_session(args: argparse.Namespace, when: datetime) -> SessionLog:
    """The session log for ``journey add``, checked before the journal is opened."""
    fields = {name: getattr(args, name) for name in SESSION_FIELDS}
    log = SessionLog(**fields, clear_at=card_time(args.clear_at, when.date()))
    # Times are checked against the start here, before the passphrase is asked for.
    replace(log, start=when)
    return log


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {name: getattr(args, name) for name in SESSION_FIELDS if getattr(args, name) is not None}


def _check_alone(given: dict[str, Any], clear_at: datetime | time | None) -> None:
    """Refuse what is wrong on its own (a range, a dose given two ways) before unlocking."""
    probe = dict(given)
    if probe.get("medicine") == "other" and "medicine_name" not in given:
        probe["medicine_name"] = "other"  # the journal may already hold its name
    if "medicine_name" in given and "medicine" not in given:
        probe["medicine"] = "other"  # the journal may already hold the medicine
    if isinstance(clear_at, datetime):
        probe["clear_at"] = clear_at
    SessionLog(**probe)


def _merged(old: SessionLog, given: dict[str, Any], clear_at: datetime | None) -> SessionLog:
    """The old log with the given details; a dose given anew replaces the dose given before."""
    changes = dict(given)
    if "medicine" in given and "medicine_name" not in given and given["medicine"] != old.medicine:
        changes["medicine_name"] = ""
    if any(form in given for form in DOSE_FORMS):
        changes |= {form: None for form in DOSE_FORMS if form not in given}
    if clear_at is not None:
        changes["clear_at"] = clear_at
    return replace(old, **changes)


def _report(ctx: CliContext, journeys: JourneyService, record: Record, message: str) -> int:
    if ctx.args.json:
        ctx.json(record.to_dict())
        return 0
    ctx.say(message)
    number, total = journeys.number_in_series(record)
    ctx.out(journey_line(record, number, total))
    return 0


def journey_edit(ctx: CliContext) -> int:
    """Change a session's details and card; the previous version is kept."""
    a = ctx.args
    given = _given(a)
    if not given and a.clear_at is None:
        raise ValidationError(NOTHING_TO_CHANGE)
    _check_alone(given, a.clear_at)
    journeys = JourneyService(ctx.unlocked())
    record = journeys.get(a.id)
    old: SessionLog = record.data.session
    log = _merged(old, given, card_time(a.clear_at, record.data.when.date()))
    record = journeys.edit_session(record.id, log)
    return _report(ctx, journeys, record, "Session saved. The previous version is kept.")


def journey_vitals(ctx: CliContext) -> int:
    """Add one blood-pressure reading to a session's card."""
    a = ctx.args
    systolic, diastolic = a.bp
    vital = Vital(a.at, systolic, diastolic, a.pulse)  # checked before unlocking
    journeys = JourneyService(ctx.unlocked())
    record = journeys.add_vital(a.id, vital)
    return _report(ctx, journeys, record, f"Reading saved: {vital.words()} ({vital.when_words()}).")


def journey_effect(ctx: CliContext) -> int:
    """Add a side effect to a session's card, or change the one of that name."""
    a = ctx.args
    name = side_effect_key(a.name)
    early = a.until if isinstance(a.until, datetime) else None
    SideEffect(name, a.severity, early)  # checked before unlocking
    journeys = JourneyService(ctx.unlocked())
    record = journeys.get(a.id)
    effect = SideEffect(name, a.severity, card_time(a.until, record.data.when.date()))
    record = journeys.set_side_effect(record.id, effect)
    lifted = f", lifted {effect.until:%H:%M}" if effect.until else ""
    return _report(ctx, journeys, record, f"Saved: {effect.words()}, {effect.severity}{lifted}.")
