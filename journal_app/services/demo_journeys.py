"""The demo's journeys in courses: prepared, intended, logged and integrated, as a person might.

The story: an induction of six IV ketamine sessions in two weeks, then maintenance boosters
of esketamine nasal spray every four to six weeks up to two days ago (one of them a
lozenge at home with a sitter), with the next booster planned. Each session carries its
safety card (demo_care). Steps whose time has passed are answered (now and then one is
skipped); the newest are left open, so Today has something due.
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
from journal_app.services.demo_care import (
    ESKETAMINE,
    HOME_NARRATIVE,
    HOME_SITTER,
    IV_KETAMINE,
    LOZENGE,
    SETTING_ROUTE,
    DemoCare,
    prescriber_questions,
    weekly_checks,
)
from journal_app.services.guides import (
    aftercare_items,
    integration_step,
    intention_prompts,
    preparation_items,
)

INDUCTION_DAYS = (0, 2, 5, 7, 10, 14)  # six IV sessions in two weeks
BOOSTER_GAP = (28, 42)  # maintenance: every four to six weeks
LAST_BOOSTER_AGO = 2  # days: its next-day step is due as the demo opens
SKIP = 0.08  # a step now and then left unanswered (folded into the next session)

MakeRecord = Callable[[Any, datetime], Record]


@dataclass(frozen=True, slots=True)
class PlannedCourse:
    """A course of the demo story: its kind, planned length, and session days."""

    kind: str
    treatment: str  # IV_KETAMINE or ESKETAMINE (demo_care)
    days: tuple[int, ...]  # sessions held, as day numbers from the demo's first day
    planned: int | None = None
    ahead: int | None = None  # the day of a session still to come (planned, not held)
    home: int | None = None  # the day of the one session taken at home, by lozenge

    def treatment_on(self, day: int) -> str:
        """The treatment of the session on ``day``."""
        return LOZENGE if day == self.home else self.treatment


TREATMENT_YEARS = 3


def plan_courses(rng: random.Random, days: int) -> list[PlannedCourse]:
    """The demo's courses over ``days`` days: an induction, then maintenance to today."""
    # Treatment begins at most three years ago: a long journal has years of entries before
    # it, as people often do, and stays near the benchmarks' ~40 journeys (DESIGN.md).
    first = max(min(45, days // 4), days - TREATMENT_YEARS * 365)
    induction = tuple(first + offset for offset in INDUCTION_DAYS)
    boosters = _booster_days(rng, induction[-1], days - 1 - LAST_BOOSTER_AGO)
    ahead = boosters[-1] + rng.randint(*BOOSTER_GAP)
    # One booster midway is taken at home (a lozenge, with a sitter); the rest at the clinic.
    home = boosters[len(boosters) // 2] if len(boosters) >= 3 else None
    return [
        PlannedCourse(INDUCTION, IV_KETAMINE, induction, planned=len(induction)),
        PlannedCourse(MAINTENANCE, ESKETAMINE, tuple(boosters), ahead=ahead, home=home),
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
        self._care = DemoCare(rng)

    def records(self, start: date, plan: PlannedCourse, make: MakeRecord) -> list[Record]:
        """The course's record, then its journeys', each answered as far as time allows.

        ``make`` wraps a payload in a record created at a moment (the demo's ids).
        """
        high = self._rng.randrange(1, len(plan.days)) if plan.kind == INDUCTION else -1
        journeys = [
            self.build(
                start + timedelta(day),
                plan.treatment_on(day),
                devices=2 if i == 0 else 3,  # esketamine: 56 mg at first, then 84 mg
                high=i == high,
            )
            for i, day in enumerate(plan.days)
        ]
        if plan.ahead is not None:
            ahead = start + timedelta(plan.ahead)
            journeys.append(self.build(ahead, plan.treatment, planned=True))
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

    def care_records(self, records: list[Record], make: MakeRecord) -> list[Record]:
        """The weekly checks and the questions list, for courses already in ``records``."""
        course_ids = {r.data.kind: r.id for r in records if r.kind == "course"}
        held = [r.data for r in records if r.kind == "journey" and r.data.session.start is not None]
        induction_id = course_ids.get(INDUCTION, "")
        induction = sorted(j.session.start for j in held if j.course_id == induction_id)
        if not induction:
            return []
        home = next((j.session.start for j in held if j.session.setting == "home"), None)
        checks = weekly_checks(induction, induction_id, home, course_ids.get(MAINTENANCE, ""))
        asked = (home or induction[-1]) - timedelta(days=4)
        return [make(check, check.at) for check in checks if check.at <= self._now] + [
            make(prescriber_questions(), min(asked, self._now))
        ]

    def build(
        self,
        day: date,
        treatment: str,
        *,
        planned: bool = False,
        devices: int = 3,
        high: bool = False,
    ) -> Journey:
        """A session of ``treatment`` on ``day``; a planned one has only preparation under way.

        ``devices`` and ``high`` shape its card (see ``DemoCare.card``).
        """
        rng = self._rng
        at = datetime.combine(day, time(10, 0)) + timedelta(minutes=rng.choice((-30, 0, 0, 30)))
        setting, route = SETTING_ROUTE[treatment]
        preparation = self._preparation(0.5 if planned else 1.0, setting, route)
        intention = self._intention()
        if planned:
            return Journey(planned_at=at, preparation=preparation, intention=intention)
        aftercare = aftercare_items(setting, route)
        return Journey(
            planned_at=at,
            preparation=preparation,
            intention=intention,
            session=self._session(at, treatment, devices, high),
            aftercare=tuple(i.id for i in aftercare if rng.random() < 0.85),
        )

    def _preparation(self, done: float, setting: str, route: str) -> Preparation:
        rng, c = self._rng, self._corpus
        items = preparation_items(setting, route)
        checked = tuple(i.id for i in items[: round(len(items) * done)] if rng.random() < 0.95)
        at_home = setting == "home"
        return Preparation(
            checked=checked,
            screening={
                "medications": self._care.medications(rng.choice(c["screening_notes"])),
                "blood_pressure": f"{rng.randint(112, 132)}/{rng.randint(70, 84)}",
                "last_meal": "Light breakfast at 7:00",
                "sitter": HOME_SITTER if at_home else rng.choice(c["sitters"]),
                "ride_home": "Staying at home." if at_home else rng.choice(c["sitters"]),
            },
        )

    def _intention(self) -> Intention:
        rng, c = self._rng, self._corpus
        prompts = rng.sample(intention_prompts(), 3)
        return Intention(
            answers={p.id: rng.choice(c["intention_answers"]) for p in prompts},
            sentence=rng.choice(c["intentions"]),
        )

    def _session(self, at: datetime, treatment: str, devices: int, high: bool) -> SessionLog:
        rng, c = self._rng, self._corpus
        card = self._care.card(treatment, at, devices=devices, high=high)
        home = treatment == LOZENGE
        if home:  # the clinic's words in the corpus would not fit the sofa
            notes = tuple(TimedNote(when, text) for when, text in self._care.home_notes(at))
            narrative = HOME_NARRATIVE
        else:
            onset: datetime = card["onset"]
            notes = tuple(
                TimedNote(onset + timedelta(minutes=k * rng.randint(4, 12)), text)
                for k, text in enumerate(rng.sample(c["session_notes"], rng.randint(2, 5)))
            )
            narrative = rng.choice(c["session_narratives"])
        card.setdefault("sitter_present", rng.random() < 0.3)  # someone came along
        return SessionLog(
            start=at,
            provider=c["providers"][0],  # one clinic throughout, which also prescribes
            music=rng.choice(c["music"]),
            body=rng.choice(c["body_sensations"]),
            notes=notes,
            narrative=narrative,
            **card,
        )
