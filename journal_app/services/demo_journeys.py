"""The demo's journeys in courses: prepared, intended, logged and integrated, as a person might.

The story: an induction of six IV sessions in two weeks, then maintenance boosters every
four to six weeks up to two days ago, with the next booster planned. Steps whose time
has passed are answered (now and then one is skipped); the newest are left open, so
Today has something due.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from journal_app.domain.clock import timestamp
from journal_app.domain.course import INDUCTION, MAINTENANCE, Course
from journal_app.domain.course_schedule import CourseStep, Session, course_schedule
from journal_app.domain.journey import (
    Answer,
    Intention,
    Journey,
    Preparation,
    SessionLog,
    TimedNote,
)
from journal_app.domain.records import Record
from journal_app.services.guides import (
    aftercare_checklist,
    integration_step,
    intention_prompts,
    preparation_checklist,
)

DOSES = {"IM": (45, 95, 5), "IV": (35, 70, 5), "sublingual": (200, 400, 50)}
INDUCTION_DAYS = (0, 2, 5, 7, 10, 14)  # six IV sessions in two weeks
BOOSTER_GAP = (28, 42)  # maintenance: every four to six weeks
LAST_BOOSTER_AGO = 2  # days: its next-day step is due as the demo opens
SKIP = 0.08  # a step now and then left unanswered (folded into the next session)

MakeRecord = Callable[[Any, datetime], Record]


@dataclass(frozen=True, slots=True)
class PlannedCourse:
    """A course of the demo story: its kind, planned length, and session days."""

    kind: str
    days: tuple[int, ...]  # sessions held, as day numbers from the demo's first day
    planned: int | None = None
    ahead: int | None = None  # the day of a session still to come (planned, not held)


TREATMENT_YEARS = 3


def plan_courses(rng: random.Random, days: int) -> list[PlannedCourse]:
    """The demo's courses over ``days`` days: an induction, then maintenance to today."""
    # Treatment begins at most three years ago: a long journal has years of entries before
    # it, as people often do, and stays near the benchmarks' ~40 journeys (DESIGN.md).
    first = max(min(45, days // 4), days - TREATMENT_YEARS * 365)
    induction = tuple(first + offset for offset in INDUCTION_DAYS)
    boosters = _booster_days(rng, induction[-1], days - 1 - LAST_BOOSTER_AGO)
    ahead = boosters[-1] + rng.randint(*BOOSTER_GAP)
    return [
        PlannedCourse(INDUCTION, induction, planned=len(induction)),
        PlannedCourse(MAINTENANCE, tuple(boosters), ahead=ahead),
    ]


def session_days(courses: list[PlannedCourse]) -> list[int]:
    """Every session held, in order: what moods, check-ins and questionnaires follow."""
    return sorted(day for course in courses for day in course.days)


def _booster_days(rng: random.Random, after: int, last: int) -> list[int]:
    """Boosters four to six weeks apart from day ``after``, the last on day ``last``."""
    low, high = BOOSTER_GAP
    span = last - after
    count = max(1, -(-span // high), min(round(span / ((low + high) / 2)), span // low))
    gaps = [low] * count
    for _ in range(max(0, span - low * count)):
        roomy = [i for i, gap in enumerate(gaps) if gap < high]
        if not roomy:
            break
        gaps[rng.choice(roomy)] += 1
    found, day = [], after
    for gap in gaps:
        day += gap
        found.append(day)
    return found


class DemoJourneys:
    """Builds courses and their journeys from the demo corpus with a shared random generator."""

    def __init__(self, rng: random.Random, corpus: dict[str, Any], now: datetime) -> None:
        self._rng = rng
        self._corpus = corpus
        self._now = now

    def records(self, start: date, plan: PlannedCourse, make: MakeRecord) -> list[Record]:
        """The course's record, then its journeys', each answered as far as time allows.

        ``make`` wraps a payload in a record created at a moment (the demo's ids).
        """
        journeys = [self.build(start + timedelta(day), "IV") for day in plan.days]
        if plan.ahead is not None:
            journeys.append(self.build(start + timedelta(plan.ahead), "IV", planned=True))
        made = [
            min(j.planned_at - timedelta(days=self._rng.randint(3, 10)), self._now)
            for j in journeys
        ]
        sessions = [
            Session(str(i), j.session.start, j.planned_at, j.session.end)
            for i, j in enumerate(journeys)
        ]
        steps = course_schedule(plan.kind, sessions, frozenset(), self._now, plan.planned)
        held = [s.start for s in sessions if s.start is not None]
        answers: dict[str | None, dict[str, dict[str, Answer]]] = {}
        for state in steps:
            if self._answers(state, held):
                answers.setdefault(state.journey_id, {})[state.step] = self._answer(state)
        course = Course(plan.kind, plan.planned, answers.pop(None, {}))
        course_record = make(course, made[0])
        return [course_record] + [
            make(
                replace(journey, integration=answers.get(str(i), {}), course_id=course_record.id),
                made[i],
            )
            for i, journey in enumerate(journeys)
        ]

    def _answers(self, state: CourseStep, held: list[datetime]) -> bool:
        """Whether the demo person answered this step: its time has passed, mostly yes.

        Only a session step with a later session to carry it is ever skipped: a skipped
        one folds rather than lingering overdue.
        """
        if state.until > self._now:
            return False
        if state.journey_id is None or not any(start > state.due for start in held):
            return True
        return self._rng.random() >= SKIP

    def _answer(self, state: CourseStep) -> dict[str, Answer]:
        rng = self._rng
        prompts = rng.sample(integration_step(state.step).prompts, 2)
        stamp = timestamp((state.due + timedelta(hours=rng.randint(1, 20))).astimezone())
        return {
            p.id: Answer(
                rng.choice(self._corpus["integration_paragraphs"]), rng.random() < 0.1, stamp
            )
            for p in prompts
        }

    def build(self, day: date, route: str, *, planned: bool = False) -> Journey:
        """A session by ``route`` on ``day``; a planned one has only preparation under way."""
        rng = self._rng
        at = datetime.combine(day, time(10, 0)) + timedelta(minutes=rng.choice((-30, 0, 0, 30)))
        preparation = self._preparation(done=0.5 if planned else 1.0)
        intention = self._intention()
        if planned:
            return Journey(planned_at=at, preparation=preparation, intention=intention)
        return Journey(
            planned_at=at,
            preparation=preparation,
            intention=intention,
            session=self._session(at, route),
            aftercare=tuple(i.id for i in aftercare_checklist() if rng.random() < 0.85),
        )

    def _preparation(self, done: float) -> Preparation:
        rng, c = self._rng, self._corpus
        items = preparation_checklist()
        checked = tuple(i.id for i in items[: round(len(items) * done)] if rng.random() < 0.95)
        return Preparation(
            checked=checked,
            screening={
                "medications": rng.choice(c["screening_notes"]),
                "blood_pressure": f"{rng.randint(112, 132)}/{rng.randint(70, 84)}",
                "last_meal": "Light breakfast at 7:00",
                "sitter": rng.choice(c["sitters"]),
                "ride_home": rng.choice(c["sitters"]),
            },
        )

    def _intention(self) -> Intention:
        rng, c = self._rng, self._corpus
        prompts = rng.sample(intention_prompts(), 3)
        return Intention(
            answers={p.id: rng.choice(c["intention_answers"]) for p in prompts},
            sentence=rng.choice(c["intentions"]),
        )

    def _session(self, at: datetime, route: str) -> SessionLog:
        rng, c = self._rng, self._corpus
        low, high, step = DOSES[route]
        onset = at + timedelta(minutes=rng.randint(4, 20))
        peak = onset + timedelta(minutes=rng.randint(10, 30))
        end = peak + timedelta(minutes=rng.randint(30, 80))
        notes = tuple(
            TimedNote(onset + timedelta(minutes=k * rng.randint(4, 12)), text)
            for k, text in enumerate(rng.sample(c["session_notes"], rng.randint(2, 5)))
        )
        return SessionLog(
            start=at,
            onset=onset,
            peak=peak,
            end=end,
            setting="clinic" if route != "sublingual" else rng.choice(("home", "clinic")),
            route=route,
            dose_mg=float(rng.randrange(low, high + 1, step)),
            provider=rng.choice(c["providers"]),
            sitter_present=route == "sublingual" or rng.random() < 0.3,
            music=rng.choice(c["music"]),
            intensity=rng.randint(4, 9),
            dissociation=rng.randint(3, 9),
            body=rng.choice(c["body_sensations"]),
            notes=notes,
            narrative=rng.choice(c["session_narratives"]),
        )
