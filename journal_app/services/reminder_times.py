"""What is coming up, for reminders and the calendar: integration steps and questionnaires.

Only moments and stable keys leave here, never what a step or a questionnaire is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from journal_app.domain.cadence import INSTRUMENTS, suggestions
from journal_app.domain.course_schedule import DUE, UPCOMING, is_course_step
from journal_app.services.assessments import AssessmentService
from journal_app.services.journeys import DueStep, JourneyService

# Settings keys shared by the window's reminders and the calendar.
ENABLED = "reminders_enabled"
QUIET_FROM = "quiet_hours_from"
QUIET_UNTIL = "quiet_hours_until"
REMINDED = "reminded_steps"
HINTS = "questionnaire_hints"
CHECKIN_ON = "checkin_reminder"
CHECKIN_AT = "checkin_reminder_at"
CHECKIN_REMINDED = "checkin_reminded_on"
QUESTIONNAIRE_AT = time(10, 0)  # a questionnaire day's reminder, moved out of quiet hours
LONGEST_LOOK_AHEAD = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class UpcomingStep:
    """An integration step and when it falls due; ``key`` is what reminders remember."""

    key: str
    due: datetime


def step_key(owner: str, step: str) -> str:
    """What was reminded of: a session's step by journey id, a course's by course id."""
    return f"{owner}:{step}"


def reminder_key(due: DueStep) -> str:
    """The key of a step that is due now.

    A course step comes with the course's latest journey, which changes as sessions are
    added; keyed by the course it is announced once all the same.
    """
    owner = due.course.id if due.course is not None and is_course_step(due.state.step) else None
    return step_key(owner or due.journey.id, due.state.step)


def upcoming_steps(
    journeys: JourneyService, now: datetime, until: datetime, *, open_too: bool = False
) -> list[UpcomingStep]:
    """Steps falling due after ``now`` up to ``until``, soonest first.

    ``open_too`` adds the steps due at ``now`` (their moment is ``now``).
    """
    found: dict[str, UpcomingStep] = {}
    if open_too:
        for due in journeys.due(now):
            if due.state.status == DUE:
                found[reminder_key(due)] = UpcomingStep(reminder_key(due), now)
    courses = journeys.courses
    for view in courses.courses():
        if view.last is not None and view.last < now - LONGEST_LOOK_AHEAD:
            continue  # long over: nothing of it is still to come
        for state in courses.steps(view, now):
            if state.status != UPCOMING or not now < state.due <= until:
                continue
            owner = state.journey_id if state.journey_id is not None else view.id
            key = step_key(owner, state.step)
            found.setdefault(key, UpcomingStep(key, state.due))
    return sorted(found.values(), key=lambda s: (s.due, s.key))


def questionnaire_days(
    journeys: JourneyService, assessments: AssessmentService, now: datetime, until: date
) -> list[date]:
    """Days from today to ``until`` when a PHQ-9 or GAD-7 would be suggested.

    Each suggestion is counted as taken on its day, so the cadence goes on as it would for
    someone who takes them when asked.
    """
    results = {i: [r.data.at.date() for r in assessments.history(i)] for i in INSTRUMENTS}
    days: list[date] = []
    day = now.date()
    while day <= until:
        moment = now if day == now.date() else datetime.combine(day, QUESTIONNAIRE_AT)
        found = suggestions(results, journeys.courses.course_times(moment), moment)
        if found:
            days.append(day)
            for suggestion in found:
                results.setdefault(suggestion.instrument, []).append(day)
        day += timedelta(days=1)
    return days
