"""Courses over the unlocked vault: grouping, moving, changing, and their integration steps.

A journey joins the course whose last session was at most 21 days before it, else it
starts a course of its own. Journals from before courses have journeys with no course:
the same rule groups them (deterministically, so every reader agrees on the ids) and
:meth:`CourseService.migrate` writes that grouping down at the first unlock that may
write. Nothing a person wrote changes: answers stay with their journeys.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from journal_app.domain.cadence import CourseTimes
from journal_app.domain.course import COURSE_KINDS, INDUCTION, Course
from journal_app.domain.course_schedule import (
    OPEN,
    CourseStep,
    Session,
    course_ended,
    course_schedule,
    is_course_step,
    limit_open,
)
from journal_app.domain.errors import NotFound, ValidationError
from journal_app.domain.integration import answered
from journal_app.domain.journey import Answer, Journey
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.store import RecordStore
from journal_app.services.vault import VaultService

JOIN_WITHIN = timedelta(days=21)
NEW = "new"


@dataclass(frozen=True, slots=True)
class CourseView:
    """A course as it stands: its record (stored or still to be written) and journeys."""

    record: Record
    journeys: tuple[Record, ...]  # in order
    stored: bool  # False: grouped by the rule, not yet written down

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def course(self) -> Course:
        course: Course = self.record.data
        return course

    @property
    def kind(self) -> str:
        return self.course.kind_for(len(self.journeys))

    @property
    def planned(self) -> int | None:
        return self.course.planned

    @property
    def first(self) -> datetime | None:
        return self.journeys[0].data.when if self.journeys else None

    @property
    def last(self) -> datetime | None:
        return self.journeys[-1].data.when if self.journeys else None

    def number(self, journey_id: str) -> tuple[int, int]:
        """(n, of): session n of the planned length, or of the sessions so far."""
        ids = [r.id for r in self.journeys]
        n = ids.index(journey_id) + 1
        return n, max(self.planned or 0, len(ids))

    def sessions(self) -> list[Session]:
        return [_session(r) for r in self.journeys]


def _session(record: Record) -> Session:
    journey: Journey = record.data
    steps = frozenset(step for step in journey.integration if answered(journey, step))
    return Session(record.id, journey.session.start, journey.planned_at, journey.session.end, steps)


def course_id_for(journey_id: str) -> str:
    """The id a course grouped around this first journey gets: the same for every reader."""
    return hashlib.sha256(f"afterglow-course:{journey_id}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class DueCourseStep:
    """An open step: a session's (``journey``) or the course's (``journey`` is its last)."""

    course: CourseView
    journey: Record
    state: CourseStep


class CourseService:
    """Courses and their steps over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    @property
    def _store(self) -> RecordStore:
        return self._vault.store

    # Reading

    def courses(self) -> list[CourseView]:
        """Every course with journeys outside the Trash, oldest first."""
        stored = {r.id: r for r in self._store.of_kind("course")}
        journeys = sorted(self._store.of_kind("journey"), key=lambda r: r.data.when)
        members: dict[str, list[Record]] = {}
        records: dict[str, Record] = {}
        previous: tuple[str, datetime] | None = None  # the course of the journey before
        for journey in journeys:
            course_id = journey.data.course_id
            if course_id in stored:
                records[course_id] = stored[course_id]
            elif previous is not None and journey.data.when - previous[1] <= JOIN_WITHIN:
                course_id = previous[0]
            else:
                course_id = course_id_for(journey.id)
                records[course_id] = Record.create(
                    Course(), journey.created_at, record_id=course_id
                )
            members.setdefault(course_id, []).append(journey)
            previous = (course_id, journey.data.when)
        views = [
            CourseView(records[cid], tuple(items), cid in stored) for cid, items in members.items()
        ]
        return sorted(views, key=lambda v: v.first or datetime.min)

    def get(self, id_or_prefix: str) -> CourseView:
        wanted = id_or_prefix.strip().lower()
        found = [v for v in self.courses() if v.id.startswith(wanted)] if wanted else []
        if len(found) == 1:
            return found[0]
        if not found:  # bad input rather than a missing record: exit code 2
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "There is no course {id_or_prefix!r}. 'journal-app course list' shows "
                        "them.",
                    ),
                    id_or_prefix=id_or_prefix,
                )
            )
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{id_or_prefix!r} matches more than one course; give more of it."
                ),
                id_or_prefix=id_or_prefix,
            )
        )

    def of_journey(self, journey_id: str) -> CourseView:
        for view in self.courses():
            if any(r.id == journey_id for r in view.journeys):
                return view
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "That journey is not in any course (is it in the Trash?)."
                )
            )
        )

    def number(self, journey: Record) -> tuple[int, int]:
        """Session n of the course's planned length (or of its sessions so far)."""
        return self.of_journey(journey.id).number(journey.id)

    def steps(self, view: CourseView, now: datetime, *, cap: bool = True) -> list[CourseStep]:
        """The course's steps at ``now``; ``cap=False`` leaves older open steps unfolded."""
        return course_schedule(
            view.kind,
            view.sessions(),
            frozenset(s for s, a in view.course.integration.items() if _any_answer(a)),
            now,
            view.planned,
            cap=cap,
        )

    def due(self, now: datetime, let_go_after: timedelta) -> list[DueCourseStep]:
        """Open steps across the journal, at most three, the most recent first."""
        found = self._open(now, let_go_after)
        states = limit_open([d.state for d in found])
        found = [replace(d, state=s) for d, s in zip(found, states, strict=True)]
        open_ones = [d for d in found if d.state.status in OPEN]
        return sorted(open_ones, key=lambda d: d.state.due, reverse=True)

    def waiting(self, now: datetime, let_go_after: timedelta) -> int:
        """How many steps are open before the three-at-a-time limit (for "more are waiting")."""
        return sum(1 for d in self._open(now, let_go_after) if d.state.status in OPEN)

    def _open(self, now: datetime, let_go_after: timedelta) -> list[DueCourseStep]:
        found: list[DueCourseStep] = []
        for view in self.courses():
            if view.last is None or now - view.last > let_go_after + timedelta(days=30):
                continue
            by_id = {r.id: r for r in view.journeys}
            for state in self.steps(view, now, cap=False):
                journey = by_id.get(state.journey_id or "", view.journeys[-1])
                if state.journey_id is not None and now - journey.data.when > let_go_after:
                    continue
                found.append(DueCourseStep(view, journey, state))
        return found

    def course_times(self, now: datetime) -> list[CourseTimes]:
        """Each course's kind and session times, for the questionnaire cadence."""
        return [
            CourseTimes(
                view.kind,
                tuple(s.start for s in view.sessions() if s.start is not None and s.start <= now),
                tuple(s.when for s in view.sessions() if s.start is None or s.start > now),
                course_ended(view.sessions(), view.planned, now),
            )
            for view in self.courses()
        ]

    def relapse_anchor(self, now: datetime, days: int = 28) -> datetime | None:
        """The last session of an induction that ended in the last ``days`` days, if any."""
        for view in reversed(self.courses()):
            if view.kind != INDUCTION:
                continue
            starts: list[datetime] = [
                r.data.session.start for r in view.journeys if r.data.session.start
            ]
            last = max((s for s in starts if s <= now), default=None)
            if last is None or now - last > timedelta(days=days):
                continue
            ended = not any(s > now for s in starts) and not any(
                r.data.session.start is None and r.data.planned_at >= now for r in view.journeys
            )
            if ended and (view.planned is None or len(starts) >= view.planned):
                return last
        return None

    # Changing

    def migrate(self) -> int:
        """Write down the courses of journeys that have none; return how many journeys moved.

        One transaction: every new course and every journey's course id, or nothing.
        """
        changes: list[Record] = []
        now = self._store.now()
        for view in self.courses():
            if not view.stored:
                changes.append(view.record)
            for journey in view.journeys:
                if journey.data.course_id != view.id:
                    changes.append(journey.revised(replace(journey.data, course_id=view.id), now))
        if changes:
            self._store.put_many(changes)
        return sum(1 for r in changes if r.kind == "journey")

    def course_for_new(self, when: datetime, choice: str | None) -> tuple[str, Record | None]:
        """The course a journey at ``when`` joins: (id, a new course record to store or None).

        ``choice`` is a course id (or prefix), "new", or None for the 21-day rule.
        """
        if choice is not None and choice.strip().lower() == NEW:
            record = Record.create(Course(), self._store.now())
            return record.id, record
        if choice is not None:
            view = self.get(choice)
            return view.id, None if view.stored else view.record
        joined = [
            v
            for v in self.courses()
            if v.last is not None and v.last <= when <= v.last + JOIN_WITHIN
        ]
        if joined:
            view = joined[-1]
            return view.id, None if view.stored else view.record
        record = Record.create(Course(), self._store.now())
        return record.id, record

    def set(
        self,
        id_or_prefix: str,
        *,
        kind: str | None = None,
        planned: int | None = None,
        clear_planned: bool = False,
    ) -> CourseView:
        """Change a course's kind or planned number of sessions (or clear the plan)."""
        view = self.get(id_or_prefix)
        if kind is not None and kind not in COURSE_KINDS:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A course's kind is one of {options} (got {kind!r})."
                    ),
                    options=", ".join(COURSE_KINDS),
                    kind=kind,
                )
            )
        course = replace(
            view.course,
            kind=kind if kind is not None else view.course.kind,
            planned=None
            if clear_planned
            else planned
            if planned is not None
            else view.course.planned,
        )
        self._write(view, course)
        return self.get(view.id)

    def move(self, journey_id: str, choice: str) -> CourseView:
        """Move a journey to another course (an id or prefix), or to a new one ("new")."""
        journey = self._store.resolve(journey_id, ("journey",))
        if journey.deleted:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "That journey is in the Trash; restore it before moving it."
                    )
                )
            )
        self.migrate()  # every journey has its course written down before one moves
        target_id, new_record = self.course_for_new(journey.data.when, choice)
        now = self._store.now()
        changes = [journey.revised(replace(journey.data, course_id=target_id), now)]
        if new_record is not None:
            changes.insert(0, new_record)
        self._store.put_many(changes)
        return self.of_journey(journey.id)

    def answer(
        self,
        id_or_prefix: str,
        step: str,
        prompt_id: str,
        text: str,
        *,
        starred: bool | None = None,
        stamp: str = "",
        keep_revision: bool = True,
    ) -> CourseView:
        """Write (or clear) the answer to one of the course's own prompts."""
        if not is_course_step(step):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{step!r} is not one of a course's own steps."),
                    step=step,
                )
            )
        view = self.get(id_or_prefix)
        answers = dict(view.course.integration.get(step, {}))
        old = answers.get(prompt_id)
        keep_star = old.starred if old is not None else False
        star = keep_star if starred is None else starred
        if text.strip() or star:
            when = old.answered_at if old is not None and old.answered_at else stamp
            answers[prompt_id] = Answer(text, star, when or self._store.now())
        else:
            answers.pop(prompt_id, None)
        integration = {**view.course.integration, step: answers}
        if not answers:
            integration.pop(step)
        self._write(view, replace(view.course, integration=integration), keep_revision)
        return self.get(view.id)

    def _write(self, view: CourseView, course: Course, keep_revision: bool = True) -> None:
        """Store a changed course; autosave passes ``keep_revision=False`` after its first save."""
        if view.stored:
            self._store.update(view.id, course, keep_revision=keep_revision)
            return
        self.migrate()
        self._store.update(view.id, course, keep_revision=False)


def _any_answer(answers: dict[str, Answer]) -> bool:
    return any(a.text.strip() for a in answers.values())
