"""mood stats: descriptive figures from check-ins, sessions and questionnaires."""

from __future__ import annotations

from typing import Any

from journal_app.cli.context import CliContext
from journal_app.instruments.definitions import instrument
from journal_app.services.measurement import Measure
from journal_app.services.measurement_words import sentences
from journal_app.services.mood import MoodService, check_range

JOURNEYS_SHOWN = 3
NO_CHECKINS = "No check-ins here yet. Add one with 'journal-app checkin --mood N'."


def mood_stats(ctx: CliContext) -> int:
    a = ctx.args
    check_range(a.start, a.end)  # before asking for the passphrase
    mood = MoodService(ctx.unlocked())
    stats = mood.stats(a.start, a.end)
    if a.json:
        ctx.json(stats)
        return 0
    for line in summary_lines(stats, mood.questionnaire_changes(a.start, a.end)):
        ctx.out(line)
    return 0


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _signed(value: float) -> str:
    return f"{value:+.1f}".removesuffix(".0")


def _heading(span: dict[str, str | None]) -> str:
    start, end = span["from"], span["to"]
    if start and end:
        return f"Mood from {start} to {end}"
    if start:
        return f"Mood since {start}"
    if end:
        return f"Mood up to {end}"
    return "Mood, from all your check-ins"


def _averages(checkins: dict[str, Any]) -> list[str]:
    mood = checkins["mood"]
    if mood["mean"] is None:
        return [NO_CHECKINS]
    days = checkins["days"]
    lines = [
        f"Average mood {_number(mood['mean'])} out of 10 over {days} "
        f"day{'s' if days != 1 else ''}; lowest {_number(mood['min'])}, "
        f"highest {_number(mood['max'])}."
    ]
    others = [
        f"{label} {_number(checkins[key]['mean'])}{unit}"
        for key, label, unit in (
            ("anxiety", "anxiety", " of 10"),
            ("energy", "energy", " of 10"),
            ("sleep_hours", "sleep", " hours"),
        )
        if checkins[key]["mean"] is not None
    ]
    if others:
        lines.append("Average " + ", ".join(others) + ".")
    return lines


def _window(window: dict[str, Any]) -> str:
    return "no check-ins" if window["mean"] is None else _number(window["mean"])


def _journeys(journeys: list[dict[str, Any]]) -> list[str]:
    if not journeys:
        return []
    lines = ["Around your sessions (average mood, the 7 days before and after):"]
    for effect in journeys[-JOURNEYS_SHOWN:]:
        change = effect["change_7d"]
        moved = f" ({_signed(change)})" if change is not None else ""
        month = effect["after_30d"]
        later = f"; {_number(month['mean'])} over 30 days" if month["mean"] is not None else ""
        lines.append(
            f"  {effect['date']}: {_window(effect['before_7d'])} before, "
            f"{_window(effect['after_7d'])} after{moved}{later}"
        )
    return lines


def _questionnaire(found: Measure) -> list[str]:
    said = sentences(found, instrument(found.instrument).name)
    return said[:1] + [f"  {line}" for line in said[1:]]


def _strength(r: float) -> str:
    size = abs(r)
    if size < 0.1:
        return "no clear link"
    return "a weak link" if size < 0.3 else "a moderate link" if size < 0.5 else "a strong link"


def _sleep(found: dict[str, Any] | None) -> list[str]:
    if found is None:
        return ["Sleep and mood: fewer than 14 days have both, so there is nothing to compare yet."]
    rested, short = found["mood_rested"], found["mood_short"]
    hours = _number(found["threshold_hours"])
    if rested["mean"] is not None and short["mean"] is not None:
        line = (
            f"On days after {hours} hours of sleep or more, mood averaged "
            f"{_number(rested['mean'])}; after less, {_number(short['mean'])}."
        )
    elif rested["mean"] is not None:
        line = f"You slept {hours} hours or more every time; mood averaged {_window(rested)}."
    else:
        line = f"You slept under {hours} hours every time; mood averaged {_window(short)}."
    lines = [line]
    r = found["r"]
    if r is None:
        lines.append("Sleep or mood stayed the same throughout, so there is no link to measure.")
    elif abs(r) < 0.1:
        lines.append(f"Sleep and mood showed no clear link (r = {r:.2f}, {found['n']} days).")
    else:
        together = "better" if r > 0 else "lower"
        lines.append(
            f"More sleep tended to go with {together} mood: {_strength(r)} "
            f"(r = {r:.2f}, {found['n']} days)."
        )
    return lines


def summary_lines(stats: dict[str, Any], changes: dict[str, Measure]) -> list[str]:
    """A few plain lines for a person reading in a terminal."""
    lines = [_heading(stats["range"])]
    lines += _averages(stats["checkins"])
    lines += _journeys(stats["journeys"])
    for found in changes.values():
        lines += _questionnaire(found)
    if stats["checkins"]["count"]:
        lines += _sleep(stats["sleep_mood"])
    lines.append(stats["note"])
    return lines
