"""A journey's integration steps, for code that looks at one journey on its own.

The schedule proper runs on the course's clock (:mod:`journal_app.domain.course_schedule`);
this module keeps the names the rest of the code reads, and the schedule of a journey
taken alone (a course of one session).
"""

from __future__ import annotations

from datetime import datetime

from journal_app.domain.course import SINGLE
from journal_app.domain.course_schedule import (
    DONE,
    DUE,
    FOLDED,
    OVERDUE,
    SESSION_STEP_NAMES,
    UPCOMING,
    CourseStep,
    Session,
    session_steps,
)
from journal_app.domain.journey import Journey

STEP_NAMES = SESSION_STEP_NAMES
StepState = CourseStep

__all__ = [
    "DONE",
    "DUE",
    "FOLDED",
    "OVERDUE",
    "STEP_NAMES",
    "UPCOMING",
    "StepState",
    "answered",
    "schedule",
    "step_order",
]


def answered(journey: Journey, step: str) -> bool:
    """A step is done once any of its prompts has a non-empty answer."""
    return any(answer.text.strip() for answer in journey.integration.get(step, {}).values())


def step_order(step: str) -> int:
    """Where a session step comes among the six; others (earlier reflections) after."""
    return STEP_NAMES.index(step) if step in STEP_NAMES else len(STEP_NAMES)


def schedule(journey: Journey, now: datetime, journey_id: str = "") -> list[CourseStep]:
    """The six steps of a journey taken alone (a course of one session) at ``now``."""
    done = frozenset(step for step in journey.integration if answered(journey, step))
    session = Session(
        journey_id, journey.session.start, journey.planned_at, journey.session.end, done
    )
    return session_steps(SINGLE, session, None, now)
