"""course list | show | set | move: the courses journeys belong to."""

from __future__ import annotations

from typing import Any

from journal_app.cli.context import CliContext
from journal_app.cli.output import step_label
from journal_app.domain.clock import local_minutes
from journal_app.domain.course_schedule import CourseStep
from journal_app.services.courses import CourseView
from journal_app.services.journeys import JourneyService

KIND_WORDS = {"induction": "Induction", "maintenance": "Maintenance", "single": "Single session"}


def course_json(view: CourseView) -> dict[str, Any]:
    return {
        "id": view.id,
        "kind": view.kind,
        "planned": view.planned,
        "journeys": [r.id for r in view.journeys],
        "first": local_minutes(view.first) if view.first else None,
        "last": local_minutes(view.last) if view.last else None,
    }


def step_json(view: CourseView, state: CourseStep) -> dict[str, Any]:
    return {
        "course_id": view.id,
        "journey_id": state.journey_id,
        "step": state.step,
        "due": local_minutes(state.due),
        "status": state.status,
    }


def course_line(view: CourseView) -> str:
    """ "a1b2c3d4  Induction  6 of 6 sessions  2026-03-01 – 2026-03-15"."""
    count = len(view.journeys)
    planned = max(view.planned or 0, count)
    of = f"{count} of {planned}" if view.planned else str(count)
    noun = "session" if planned == 1 else "sessions"
    first = view.first.date().isoformat() if view.first else "?"
    last = view.last.date().isoformat() if view.last else "?"
    span = first if first == last else f"{first} – {last}"
    return f"{view.id[:8]}  {KIND_WORDS[view.kind]:<14}  {of} {noun:<8}  {span}"


def course_list(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    views = journeys.courses.courses()
    if ctx.args.json:
        ctx.json([course_json(v) for v in views])
        return 0
    for view in views:
        ctx.out(course_line(view))
    if not views:
        ctx.say("No courses yet. A course begins with your first journey.")
    return 0


def course_show(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    view = journeys.courses.get(ctx.args.id)
    steps = journeys.courses.steps(view, journeys.now())
    if ctx.args.json:
        ctx.json({**course_json(view), "steps": [step_json(view, s) for s in steps]})
        return 0
    ctx.out(course_line(view))
    numbers = {r.id: n for n, r in enumerate(view.journeys, start=1)}
    for record in view.journeys:
        n, of = view.number(record.id)
        ctx.out(f"  Session {n} of {of}  {record.id[:8]}  {local_minutes(record.data.when)}")
    ctx.out("Integration")
    for state in steps:
        where = f"session {numbers[state.journey_id]}" if state.journey_id else "course"
        due = state.due.strftime("%a %d %b %Y %H:%M")
        ctx.out(f"  {where:<10} {step_label(state.step):<15} {due}  {state.status}")
    return 0


def course_set(ctx: CliContext) -> int:
    a = ctx.args
    if a.kind is None and a.planned is None:
        ctx.say("Say what to change: --kind induction|maintenance|single or --planned N.")
        return 2
    journeys = JourneyService(ctx.unlocked())
    view = journeys.courses.set(a.id, kind=a.kind, planned=a.planned)
    if a.json:
        ctx.json(course_json(view))
        return 0
    ctx.say("Course changed.")
    ctx.out(course_line(view))
    return 0


def course_move(ctx: CliContext) -> int:
    journeys = JourneyService(ctx.unlocked())
    view = journeys.courses.move(ctx.args.journey, ctx.args.course)
    if ctx.args.json:
        ctx.json(course_json(view))
        return 0
    ctx.say("Journey moved.")
    ctx.out(course_line(view))
    return 0
