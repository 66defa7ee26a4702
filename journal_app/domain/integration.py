"""The integration schedule: steps that come due in the month after a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from journal_app.domain.clock import shifted
from journal_app.domain.journey import Journey

# Each step, and how long after the session's start it comes due. Offsets are added to
# wall-clock time, so "+1d at 10:00" stays 10:00 across a daylight-saving change.
STEPS: tuple[tuple[str, timedelta], ...] = (
    ("0h", timedelta(0)),
    ("1d", timedelta(days=1)),
    ("3d", timedelta(days=3)),
    ("7d", timedelta(days=7)),
    ("14d", timedelta(days=14)),
    ("30d", timedelta(days=30)),
)
STEP_NAMES = tuple(name for name, _ in STEPS)
LAST_STEP_OPEN = timedelta(days=7)  # the +30d step stays due for a week

UPCOMING, DUE, OVERDUE, DONE = "upcoming", "due", "overdue", "done"


@dataclass(frozen=True, slots=True)
class StepState:
    """One integration step of one journey, as it stands at a given moment."""

    step: str
    due: datetime
    until: datetime
    status: str


def answered(journey: Journey, step: str) -> bool:
    """A step is done once any of its prompts has a non-empty answer."""
    return any(answer.text.strip() for answer in journey.integration.get(step, {}).values())


def schedule(journey: Journey, now: datetime) -> list[StepState]:
    """Every step with its due time and status at ``now`` (naive local wall-clock time).

    Steps count from the session's start. A journey that is only planned, or whose
    session starts in the future, has every step upcoming: integration waits for it.
    Times past the calendar's end (a journey stored at year 9999) stop at its last minute.
    """
    start = journey.session.start or journey.planned_at
    started = journey.session.start is not None and start <= now
    states = []
    for index, (step, offset) in enumerate(STEPS):
        due = shifted(start, offset)
        until = (
            shifted(start, STEPS[index + 1][1])
            if index + 1 < len(STEPS)
            else shifted(due, LAST_STEP_OPEN)
        )
        if answered(journey, step):
            status = DONE
        elif not started or now < due:
            status = UPCOMING
        elif now < until:
            status = DUE
        else:
            status = OVERDUE
        states.append(StepState(step, due, until, status))
    return states
