"""Journeys: plan and log medicine sessions, and follow their integration steps."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from journal_app.domain.course_schedule import SESSION_STEP_NAMES, CourseStep
from journal_app.domain.errors import NotFound, ValidationError
from journal_app.domain.integration import step_order
from journal_app.domain.journey import (
    Answer,
    Intention,
    Journey,
    SessionLog,
    SideEffect,
    TimedNote,
    Vital,
)
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.courses import CourseService, CourseView
from journal_app.services.trash import TrashService
from journal_app.services.vault import VaultService

KINDS = ("journey",)
LET_GO_AFTER = timedelta(days=60)


@dataclass(frozen=True, slots=True)
class DueStep:
    """An integration step that wants attention, with its journey and course.

    A course's own step (``state.journey_id`` is None) comes with the course's last journey.
    """

    journey: Record
    state: CourseStep
    course: CourseView | None = None


@dataclass(frozen=True, slots=True)
class Insight:
    """A starred integration answer, to carry forward."""

    journey: Record
    step: str
    prompt_id: str
    answer: Answer


class JourneyService:
    """Journeys over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault
        self.courses = CourseService(vault)

    def now(self) -> datetime:
        """The current local wall-clock time, to the minute."""
        moment = self._vault.store.clock()().astimezone()
        return moment.replace(tzinfo=None, second=0, microsecond=0)

    # Creating and changing

    def add(
        self,
        when: datetime,
        *,
        session: SessionLog | None = None,
        intention: str = "",
        notes: str = "",
        course: str | None = None,
    ) -> Record:
        """Plan or log a journey at ``when``; a past one is logged as the session's start.

        It joins ``course`` (an id or "new"), else the course whose last session was at
        most 21 days before, else a course of its own.
        """
        log = session or SessionLog()
        if log.start is None and when <= self.now():
            log = replace(log, start=when)
        if notes.strip():
            log = replace(log, notes=(*log.notes, TimedNote(log.start or when, notes.strip())))
        course_id, new_course = self.courses.course_for_new(when, course)
        journey = Journey(
            planned_at=when,
            intention=Intention(sentence=intention.strip()),
            session=log,
            course_id=course_id,
        )
        store = self._vault.store
        record = Record.create(journey, store.now())
        store.put_many([new_course, record] if new_course is not None else [record])
        return record

    def save(self, record_id: str, journey: Journey, *, keep_revision: bool = True) -> Record:
        """Store a changed journey (the stepper saves the whole journey at once)."""
        record = self.get(record_id)
        if record.deleted:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "That journey is in the Trash; restore it before changing it."
                    )
                )
            )
        return self._vault.store.update(record.id, journey, keep_revision=keep_revision)

    def edit_session(self, record_id: str, session: SessionLog) -> Record:
        """Replace the session's log (its card included), keeping the previous version."""
        record = self.get(record_id)
        return self.save(record.id, replace(record.data, session=session))

    def add_vital(self, record_id: str, vital: Vital) -> Record:
        """Add one blood-pressure reading to the session's card."""
        record = self.get(record_id)
        log: SessionLog = record.data.session
        return self.edit_session(record.id, replace(log, vitals=(*log.vitals, vital)))

    def set_side_effect(self, record_id: str, effect: SideEffect) -> Record:
        """Add a side effect to the session's card, or replace the one of the same name."""
        record = self.get(record_id)
        log: SessionLog = record.data.session
        others = tuple(e for e in log.side_effects if e.name != effect.name)
        if len(others) == len(log.side_effects):
            effects = (*others, effect)
        else:  # keep its place in the list
            effects = tuple(effect if e.name == effect.name else e for e in log.side_effects)
        return self.edit_session(record.id, replace(log, side_effects=effects))

    def answer(
        self,
        record_id: str,
        step: str,
        prompt_id: str,
        text: str,
        *,
        starred: bool | None = None,
        keep_revision: bool = False,
    ) -> Record:
        """Write (or clear) the answer to one integration prompt."""
        if step not in SESSION_STEP_NAMES:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no integration step called {step!r}."),
                    step=step,
                )
            )
        record = self.get(record_id)
        journey: Journey = record.data
        answers = dict(journey.integration.get(step, {}))
        old = answers.get(prompt_id)
        keep_star = old.starred if old is not None else False
        if text.strip() or (starred if starred is not None else keep_star):
            stamp = old.answered_at if old is not None and old.answered_at else self._stamp()
            answers[prompt_id] = Answer(text, keep_star if starred is None else starred, stamp)
        else:
            answers.pop(prompt_id, None)
        integration = {**journey.integration, step: answers}
        if not answers:
            integration.pop(step)
        return self.save(
            record.id, replace(journey, integration=integration), keep_revision=keep_revision
        )

    def star(self, record_id: str, step: str, prompt_id: str, starred: bool) -> Record:
        """Mark an answer as an insight to carry forward (or not)."""
        record = self.get(record_id)
        old = record.data.integration.get(step, {}).get(prompt_id)
        if old is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "There is no answer there to star yet."))
            )
        return self.answer(record.id, step, prompt_id, old.text, starred=starred)

    def delete(self, id_or_prefix: str) -> Record:
        """Move a journey, answers and all, to the Trash."""
        return TrashService(self._vault).move(id_or_prefix, KINDS)

    def undelete(self, id_or_prefix: str) -> Record:
        return TrashService(self._vault).restore(id_or_prefix, KINDS)

    def _stamp(self) -> str:
        return self._vault.store.now()

    # Reading

    def get(self, id_or_prefix: str) -> Record:
        return self._vault.store.resolve(id_or_prefix, KINDS)

    def journeys(self) -> list[Record]:
        """Journeys outside the Trash in the order they happen."""
        return sorted(self._vault.store.of_kind("journey"), key=lambda r: r.data.when)

    def trash(self) -> list[Record]:
        """Journeys in the Trash, the latest first."""
        return TrashService(self._vault).items(KINDS)

    def number_in_series(self, record: Record) -> tuple[int, int]:
        """Return (n, of): session n of its course (of the planned length, if set)."""
        try:
            return self.courses.number(record)
        except NotFound:  # in the Trash: counted among every journey instead
            ordered = [r.id for r in self.journeys()]
            return (ordered.index(record.id) + 1 if record.id in ordered else 1), len(ordered)

    def earlier(self, record: Record) -> list[Record]:
        """The journeys before this one, oldest first (to see intentions evolve)."""
        return [r for r in self.journeys() if r.data.when < record.data.when]

    def steps(self, id_or_prefix: str, now: datetime | None = None) -> list[CourseStep]:
        """This journey's own steps, on its course's clock."""
        record = self.get(id_or_prefix)
        view = self.courses.of_journey(record.id)
        states = self.courses.steps(view, now or self.now())
        return [s for s in states if s.journey_id == record.id]

    def course_steps(self, id_or_prefix: str, now: datetime | None = None) -> list[CourseStep]:
        """The course's own steps (weekly, after the course, monthly) for this journey's course."""
        view = self.courses.of_journey(self.get(id_or_prefix).id)
        return [s for s in self.courses.steps(view, now or self.now()) if s.journey_id is None]

    def due(self, now: datetime | None = None) -> list[DueStep]:
        """At most three steps due or overdue, the most recent first.

        Older open steps are folded (carried forward); after two months an unanswered
        step is let go rather than listed forever.
        """
        moment = now or self.now()
        return [
            DueStep(d.journey, d.state, d.course) for d in self.courses.due(moment, LET_GO_AFTER)
        ]

    def next_planned(self, now: datetime | None = None) -> Record | None:
        """The next journey whose session has not happened yet."""
        moment = now or self.now()
        upcoming = [
            r for r in self.journeys() if r.data.session.start is None or r.data.when > moment
        ]
        upcoming = [r for r in upcoming if r.data.when >= moment]
        return upcoming[0] if upcoming else None

    def insights(self) -> list[Insight]:
        """Starred answers, newest journey first."""
        return [
            Insight(record, step, prompt_id, answer)
            for record in reversed(self.journeys())
            for step in sorted(record.data.integration, key=step_order)
            for prompt_id, answer in record.data.integration.get(step, {}).items()
            if answer.starred
        ]
