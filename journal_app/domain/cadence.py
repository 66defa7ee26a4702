"""When a PHQ-9 or GAD-7 is suggested: on the course's clock, never more than weekly.

Both questionnaires ask about the last two weeks, so asking every few days adds nothing
but weight. docs/cadence.md gives the reasons and sources. The rules, by calendar day:

- a **baseline** in the 7 days before session 1 of a course, when session 1 is planned
  within 7 days or started today and no result falls in those 7 days;
- **weekly** while an induction runs, **monthly** while maintenance runs;
- at the **end** of a course (the day after its last session), then **two** and **four
  weeks** after its last session;
- **every 14 days** outside a course, and a first one whenever there is none yet;
- **never** within 7 days of the last result of the same questionnaire.

A course occasion stays suggested until the course's next occasion (the last one for a
week); a result from three days before an occasion on counts for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal_app.domain.clock import shifted
from journal_app.messages import QT_TRANSLATE_NOOP

# The kinds of course, as journal_app.domain.course names them.
INDUCTION, MAINTENANCE, SINGLE = "induction", "maintenance", "single"
INSTRUMENTS = ("phq9", "gad7")  # the questionnaires with a two-week time frame
QUIET = timedelta(days=7)  # never suggested within 7 days of the last result
BASELINE = timedelta(days=7)
WEEK = timedelta(days=7)
MONTH = timedelta(days=30)
END_AFTER = timedelta(days=1)
AFTER_LAST = (timedelta(days=14), timedelta(days=28))
OUTSIDE_EVERY = timedelta(days=14)
A_WHILE = timedelta(days=21)
EARLY = timedelta(days=3)  # a result this soon before an occasion counts for it
LAST_OPEN = timedelta(days=7)  # the last occasion of a course stays suggested a week
COURSE_GAP_DAYS = 21

BASELINE_WHY = QT_TRANSLATE_NOOP("messages", "A starting point before your first session")
FIRST_WHY = QT_TRANSLATE_NOOP("messages", "A starting point, whenever you're ready")
WEEKLY_WHY = QT_TRANSLATE_NOOP("messages", "Once a week during your course")
MONTHLY_WHY = QT_TRANSLATE_NOOP("messages", "Once a month during maintenance")
END_WHY = QT_TRANSLATE_NOOP("messages", "The end of your course")
SINGLE_END_WHY = QT_TRANSLATE_NOOP("messages", "After your session")
AFTER_LAST_WHY = (
    QT_TRANSLATE_NOOP("messages", "Two weeks after your last session"),
    QT_TRANSLATE_NOOP("messages", "Four weeks after your last session"),
)
SINGLE_AFTER_WHY = (
    QT_TRANSLATE_NOOP("messages", "Two weeks after your session"),
    QT_TRANSLATE_NOOP("messages", "Four weeks after your session"),
)
TWO_WEEKS_WHY = QT_TRANSLATE_NOOP("messages", "Two weeks since your last one")
A_WHILE_WHY = QT_TRANSLATE_NOOP("messages", "It has been a while since your last one")


@dataclass(frozen=True, slots=True)
class CourseTimes:
    """What the cadence needs of one course: its kind and when its sessions are.

    ``starts`` are the started sessions in order, ``planned`` those not yet started.
    """

    kind: str
    starts: tuple[datetime, ...] = ()
    planned: tuple[datetime, ...] = ()
    ended: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A questionnaire that could be taken now, since which day, and why, in a few words."""

    instrument: str
    due: date
    why: str


@dataclass(frozen=True, slots=True)
class _Occasion:
    day: date
    until: date  # the last day it is still suggested
    why: str


def suggestions(
    results: Mapping[str, Sequence[date]],
    courses: Sequence[CourseTimes],
    now: datetime,
    instruments: Sequence[str] = INSTRUMENTS,
) -> list[Suggestion]:
    """What is suggested at ``now``: at most one suggestion per questionnaire, in order.

    ``results`` are the days of past results per questionnaire (any order).
    """
    today = now.date()
    found = []
    for instrument in instruments:
        days = sorted(day for day in results.get(instrument, ()) if day <= today)
        suggestion = _suggestion(instrument, days, courses, now)
        if suggestion is not None:
            found.append(suggestion)
    return found


def _suggestion(
    instrument: str, days: Sequence[date], courses: Sequence[CourseTimes], now: datetime
) -> Suggestion | None:
    today = now.date()
    last = days[-1] if days else None
    if last is not None and today < shifted(last, QUIET):
        return None  # the hard rule: nothing within 7 days of the last result
    quiet_until = shifted(last, QUIET) if last is not None else date.min
    for course in courses:
        first = _baseline_day(course, now)
        if first is not None and not any(shifted(first, -BASELINE) <= d <= first for d in days):
            return Suggestion(instrument, max(shifted(first, -BASELINE), quiet_until), BASELINE_WHY)
    live = [
        occasion
        for course in courses
        for occasion in _occasions(course, now)
        if occasion.day <= today <= occasion.until
    ]
    if live:
        occasion = max(live, key=lambda o: o.day)
        if last is None or last < shifted(occasion.day, -EARLY):
            return Suggestion(instrument, max(occasion.day, quiet_until), occasion.why)
        return None
    if last is None:
        return Suggestion(instrument, today, FIRST_WHY)
    if any(_covers(course, now) for course in courses):
        return None
    if today >= shifted(last, OUTSIDE_EVERY):
        why = A_WHILE_WHY if today >= shifted(last, A_WHILE) else TWO_WEEKS_WHY
        return Suggestion(instrument, shifted(last, OUTSIDE_EVERY), why)
    return None


def _started(course: CourseTimes, now: datetime) -> list[date]:
    return sorted(start.date() for start in course.starts if start <= now)


def _upcoming(course: CourseTimes, now: datetime) -> list[date]:
    """Days of sessions still to come (a start logged ahead of time counts as planned)."""
    later = [*course.planned, *(start for start in course.starts if start > now)]
    return sorted(moment.date() for moment in later if moment.date() >= now.date())


def _baseline_day(course: CourseTimes, now: datetime) -> date | None:
    """Session 1's day, if a baseline could be taken for it today."""
    today = now.date()
    started = _started(course, now)
    if started:
        return started[0] if started[0] == today else None
    upcoming = _upcoming(course, now)
    if upcoming and upcoming[0] <= shifted(today, BASELINE):
        return upcoming[0]
    return None


def _occasions(course: CourseTimes, now: datetime) -> list[_Occasion]:
    """The course's own occasions, in order, each suggested until the next one."""
    started = _started(course, now)
    if not started:
        return []
    first, last = started[0], started[-1]
    today = now.date()
    runs_until = last if course.ended else max([today, *_upcoming(course, now)])
    days: list[tuple[date, str]] = []
    if course.kind in (INDUCTION, MAINTENANCE):
        step, why = (WEEK, WEEKLY_WHY) if course.kind == INDUCTION else (MONTH, MONTHLY_WHY)
        # Only the latest one by today and the one after it can be suggested now.
        latest = max(1, (min(today, runs_until) - first).days // step.days)
        for number in (latest, latest + 1):
            if (day := shifted(first, step * number)) <= runs_until:
                days.append((day, why))
    if course.ended:
        single = course.kind == SINGLE
        days.append((shifted(last, END_AFTER), SINGLE_END_WHY if single else END_WHY))
        for offset, why in zip(
            AFTER_LAST, SINGLE_AFTER_WHY if single else AFTER_LAST_WHY, strict=True
        ):
            days.append((shifted(last, offset), why))
    days.sort(key=lambda pair: pair[0])
    occasions = []
    for index, (day, why) in enumerate(days):
        if index + 1 < len(days):
            until = shifted(days[index + 1][0], timedelta(days=-1))
        else:
            until = shifted(day, LAST_OPEN - timedelta(days=1))
        occasions.append(_Occasion(day, max(day, until), why))
    return occasions


def _covers(course: CourseTimes, now: datetime) -> bool:
    """Whether today falls in the course's time: from its baseline week to its last occasion."""
    today = now.date()
    if _baseline_day(course, now) is not None:
        return True
    started = _started(course, now)
    if not started or today < shifted(started[0], -BASELINE):
        return False
    if not course.ended:
        return True
    occasions = _occasions(course, now)
    return bool(occasions) and today <= occasions[-1].until


def group_by_gap(
    starts: Sequence[datetime], planned: Sequence[datetime] = (), gap_days: int = COURSE_GAP_DAYS
) -> list[CourseTimes]:
    """Group sessions into courses: one within ``gap_days`` of the last joins its course.

    A course of one session is ``single``, of more an ``induction``; it has ended when
    none of its sessions is still planned.
    """
    gap = timedelta(days=gap_days)
    sessions = sorted([(s, True) for s in starts] + [(p, False) for p in planned])
    groups: list[list[tuple[datetime, bool]]] = []
    for moment, started in sessions:
        if groups and moment <= shifted(groups[-1][-1][0], gap):
            groups[-1].append((moment, started))
        else:
            groups.append([(moment, started)])
    return [
        CourseTimes(
            kind=SINGLE if len(group) == 1 else INDUCTION,
            starts=tuple(m for m, started in group if started),
            planned=tuple(m for m, started in group if not started),
            ended=all(started for _, started in group),
        )
        for group in groups
    ]
