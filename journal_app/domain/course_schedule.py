"""Integration steps on the course's clock: per session, per course, folded, never stacked.

Pure and wall-clock: offsets are added to local times, so "+1 day at 10:00" stays 10:00
across a daylight-saving change. docs/integration.md gives the reasons for each rule.

- ``single`` (a course of one session): ``0h 1d 3d 7d 14d 30d`` after the session.
- ``induction``: ``0h`` and ``1d`` after each session; a weekly reflection while the
  course runs (``course-week-1`` to ``-3``); after its last session ``course-3d``,
  ``course-14d`` and ``course-30d``. The course has ended once no session is still
  planned and the planned number (if any) has started, or when 21 days pass with no
  session; until then the after-course steps wait (upcoming).
- ``maintenance``: ``0h`` and ``1d`` after each session and a monthly reflection
  (``month-1``, ``month-2``...) while boosters continue.
- ``0h`` falls due when the session's logged end is reached, or two hours after its start
  when no end is logged: never while it runs.
- **Fold, don't stack**: a session's step that is not done when the next session of the
  course starts is *folded* into that session (carried forward, never overdue). A course
  step not done when the next course step falls due is folded into it. And of a course's
  open (due or overdue) steps only the three newest stay open; older ones fold (and come
  back, oldest last, as newer ones are answered).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from journal_app.domain.clock import shifted
from journal_app.domain.course import INDUCTION, MAINTENANCE, SINGLE

UPCOMING, DUE, OVERDUE, DONE, FOLDED = "upcoming", "due", "overdue", "done", "folded"
OPEN = (DUE, OVERDUE)
SINGLE_STEPS = (
    ("0h", timedelta(0)),
    ("1d", timedelta(days=1)),
    ("3d", timedelta(days=3)),
    ("7d", timedelta(days=7)),
    ("14d", timedelta(days=14)),
    ("30d", timedelta(days=30)),
)
COURSE_SESSION_STEPS = (("0h", timedelta(0)), ("1d", timedelta(days=1)))
AFTER_COURSE = (("course-3d", 3), ("course-14d", 14), ("course-30d", 30))
SESSION_STEP_NAMES = tuple(name for name, _ in SINGLE_STEPS)
CAPTURE_WAIT = timedelta(hours=2)  # 0h without a logged end: two hours after the start
LAST_STEP_OPEN = timedelta(days=7)  # the last step stays due for a week
SESSION_STEP_OPEN = timedelta(days=2)  # a course session's 1d step stays due two days
MAX_WEEKS = 3  # weekly reflections in an induction (about six sessions in two-three weeks)
MONTH = timedelta(days=30)
BOOSTERS_GAP = timedelta(days=42)  # maintenance goes on while boosters come within 6 weeks
COURSE_ENDS_AFTER = timedelta(days=21)  # no session for 21 days: the course has ended
MAX_OPEN = 3


@dataclass(frozen=True, slots=True)
class Session:
    """What the schedule needs of one journey of the course."""

    journey_id: str
    start: datetime | None  # None: planned, not started
    planned_at: datetime
    end: datetime | None = None
    answered: frozenset[str] = frozenset()  # steps with any answer

    @property
    def when(self) -> datetime:
        return self.start or self.planned_at


@dataclass(frozen=True, slots=True)
class CourseStep:
    """One step as it stands at a moment: a session's (``journey_id``) or the course's."""

    step: str
    journey_id: str | None
    due: datetime
    until: datetime
    status: str
    folded_into: str | None = None  # the journey a session step was carried into


def is_course_step(step: str) -> bool:
    return step.startswith(("course-", "month-"))


def step_kind(step: str) -> str:
    """The prompts a step uses: "course-week-2" -> "course-week", "month-3" -> "month"."""
    if step.startswith("course-week-"):
        return "course-week"
    if step.startswith("month-"):
        return "month"
    return step


def _status(done: bool, started: bool, now: datetime, due: datetime, until: datetime) -> str:
    if done:
        return DONE
    if not started or now < due:
        return UPCOMING
    return DUE if now < until else OVERDUE


def _capture_due(session: Session, start: datetime) -> datetime:
    if session.end is not None and session.end > start:
        return session.end
    return shifted(start, CAPTURE_WAIT)


def session_steps(
    kind: str,
    session: Session,
    next_start: datetime | None,
    now: datetime,
    next_id: str | None = None,
) -> list[CourseStep]:
    """One session's own steps at ``now``.

    ``next_start`` is when the course's next session started (``next_id`` names it): once
    it has, every step of this session not done is folded into it.
    """
    plan = SINGLE_STEPS if kind == SINGLE else COURSE_SESSION_STEPS
    start = session.when
    started = session.start is not None and session.start <= now
    carried = started and next_start is not None and next_start <= now
    steps = []
    for index, (name, offset) in enumerate(plan):
        due = _capture_due(session, start) if name == "0h" else shifted(start, offset)
        if index + 1 < len(plan):
            until = shifted(start, plan[index + 1][1])
        else:
            until = shifted(due, LAST_STEP_OPEN if kind == SINGLE else SESSION_STEP_OPEN)
        until = max(until, shifted(due, timedelta(hours=1)))
        done = name in session.answered
        if carried and not done:
            steps.append(CourseStep(name, session.journey_id, due, until, FOLDED, next_id))
        else:
            status = _status(done, started, now, due, until)
            steps.append(CourseStep(name, session.journey_id, due, until, status))
    return steps


def _course_end(sessions: Sequence[Session], planned: int | None, now: datetime) -> datetime | None:
    """When the course ended (None: it still runs).

    At its last session once no session is still planned and the planned number (if any)
    has started; whatever is planned, 21 days after its last session.
    """
    starts = sorted(s.start for s in sessions if s.start is not None and s.start <= now)
    if not starts:
        return None
    pending = any(s.start is None or s.start > now for s in sessions)
    if not pending and (planned is None or len(starts) >= planned):
        return starts[-1]
    silence = shifted(starts[-1], COURSE_ENDS_AFTER)
    return silence if now >= silence else None


def course_ended(sessions: Sequence[Session], planned: int | None, now: datetime) -> bool:
    """True once the course has ended (see :func:`_course_end`)."""
    return _course_end(sessions, planned, now) is not None


def _chained(
    timed: list[tuple[str, datetime]], answered: frozenset[str], now: datetime, live: bool
) -> list[CourseStep]:
    """Course steps in order of due time, each open until the next falls due, then folded."""
    timed = sorted(timed, key=lambda named: named[1])
    steps = []
    for index, (name, due) in enumerate(timed):
        later = timed[index + 1][1] if index + 1 < len(timed) else None
        until = later if later is not None else shifted(due, LAST_STEP_OPEN)
        status = _status(name in answered, live, now, due, until)
        if status == OVERDUE and later is not None:
            status = FOLDED  # carried into the next reflection, which has fallen due
        steps.append(CourseStep(name, None, due, until, status))
    return steps


def course_level_steps(
    kind: str,
    sessions: Sequence[Session],
    answered: frozenset[str],
    now: datetime,
    planned: int | None = None,
) -> list[CourseStep]:
    """The course's own reflections (none for a single session), in order of due time."""
    starts = sorted(s.start for s in sessions if s.start is not None and s.start <= now)
    if kind == SINGLE or not starts:
        return []
    first, last = starts[0], starts[-1]
    live: list[tuple[str, datetime]] = []
    waiting: list[tuple[str, datetime]] = []  # after-course steps of a course still running
    if kind == INDUCTION:
        end = _course_end(sessions, planned, now)
        for week in range(1, MAX_WEEKS + 1):
            due = shifted(first, timedelta(days=7 * week))
            if end is None or due <= end:
                live.append((f"course-week-{week}", due))
        after = [(name, shifted(last, timedelta(days=days))) for name, days in AFTER_COURSE]
        (waiting if end is None else live).extend(after)
    elif kind == MAINTENANCE:
        month = 1
        while (due := shifted(first, MONTH * month)) <= shifted(last, BOOSTERS_GAP):
            live.append((f"month-{month}", due))
            month += 1
            if due == datetime.max:
                break
    return _chained(live, answered, now, True) + _chained(waiting, answered, now, False)


def limit_open(steps: Iterable[CourseStep], at_most: int = MAX_OPEN) -> list[CourseStep]:
    """Fold all but the ``at_most`` newest open steps: nobody faces a pile."""
    steps = list(steps)
    open_at = sorted(
        (i for i, s in enumerate(steps) if s.status in OPEN), key=lambda i: steps[i].due
    )
    fold = set(open_at[: max(0, len(open_at) - at_most)])
    return [replace(s, status=FOLDED) if i in fold else s for i, s in enumerate(steps)]


def course_schedule(
    kind: str,
    sessions: Sequence[Session],
    answered: frozenset[str],
    now: datetime,
    planned: int | None = None,
    *,
    cap: bool = True,
) -> list[CourseStep]:
    """Every step of a course at ``now``: each session's (in order), then the course's own.

    ``sessions`` are the course's journeys; ``answered`` the course steps with an answer.
    A folded session step names the journey it was carried into: the next session that
    has started (a planned one never started is passed over).
    """
    ordered = sorted(sessions, key=lambda s: s.when)
    steps: list[CourseStep] = []
    for index, session in enumerate(ordered):
        following = next(
            (s for s in ordered[index + 1 :] if s.start is not None and s.start <= now), None
        )
        if following is None:
            steps += session_steps(kind, session, None, now)
        else:
            steps += session_steps(kind, session, following.start, now, following.journey_id)
    steps += course_level_steps(kind, ordered, answered, now, planned)
    return limit_open(steps) if cap else steps
