"""Courses: the 21-day rule, the migration of journals from before courses, changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Answer, Journey, SessionLog
from journal_app.domain.records import Record
from journal_app.services.courses import CourseService, course_id_for
from journal_app.services.journeys import JourneyService
from journal_app.services.session import JournalSession

DAY = datetime(2026, 1, 5, 10, 0)


@pytest.fixture
def journeys(vault):
    return JourneyService(vault)


def old_journeys(vault, days: list[int], answered: bool = True) -> list[Record]:
    """Journeys as the version before courses stored them: no course id, some answers."""
    records = []
    for n, day in enumerate(days):
        start = DAY + timedelta(days=day)
        integration = {"3d": {"int-3d-x": Answer(f"answer {n}")}} if answered else {}
        journey = Journey(
            planned_at=start, session=SessionLog(start=start), integration=integration
        )
        records.append(Record.create(journey, vault.store.now()))
    vault.store.put_many(records)
    return records


def test_old_journeys_are_grouped_by_the_21_day_rule_and_written_down_once(vault):
    old = old_journeys(vault, [0, 3, 7, 28, 80])  # 7 -> 28 is 21 days: same course
    service = CourseService(vault)
    before = [[r.id for r in v.journeys] for v in service.courses()]
    assert before == [[r.id for r in old[:4]], [old[4].id]]
    ids = [v.id for v in service.courses()]
    assert ids == [course_id_for(old[0].id), course_id_for(old[4].id)]  # every reader agrees
    assert service.migrate() == 5
    after = service.courses()
    assert [v.id for v in after] == ids and all(v.stored for v in after)
    assert service.migrate() == 0  # nothing left to write
    for record in old:  # every answer already written is kept
        stored = vault.store.get(record.id).data
        assert stored.integration == record.data.integration and stored.course_id in ids


def test_unlocking_writes_the_grouping_down(vault, make_vault):
    old_journeys(vault, [0, 4])
    vault.lock()
    other = make_vault()
    JournalSession(other)
    from tests.conftest import PASSPHRASE

    other.unlock(PASSPHRASE)
    try:
        assert [v.stored for v in CourseService(other).courses()] == [True]
        assert all(r.data.course_id for r in other.store.of_kind("journey"))
    finally:
        other.lock()


def test_a_migration_that_cannot_write_changes_nothing_and_unlock_goes_on(vault, monkeypatch):
    old_journeys(vault, [0, 4])
    from journal_app.domain.errors import DiskFull

    def full(*_args, **_kwargs):
        raise DiskFull("The disk is full.")

    monkeypatch.setattr(vault.store, "put_many", full)
    session = JournalSession(vault)
    session._group_courses()  # what unlock runs: it must not raise
    assert all(not r.data.course_id for r in vault.store.of_kind("journey"))
    assert [len(v.journeys) for v in CourseService(vault).courses()] == [2]


def test_a_new_journey_joins_within_21_days_else_starts_a_course(journeys):
    a = journeys.add(DAY)
    b = journeys.add(DAY + timedelta(days=21))
    c = journeys.add(DAY + timedelta(days=43))
    assert a.data.course_id == b.data.course_id != c.data.course_id
    views = journeys.courses.courses()
    assert [len(v.journeys) for v in views] == [2, 1]
    assert [v.kind for v in views] == ["induction", "single"]
    assert journeys.number_in_series(b) == (2, 2)


def test_planned_length_numbers_sessions_of_the_plan(journeys):
    a = journeys.add(DAY)
    journeys.courses.set(a.data.course_id, planned=6)
    assert journeys.number_in_series(journeys.get(a.id)) == (1, 6)
    with pytest.raises(ValidationError, match="between 1 and 50"):
        journeys.courses.set(a.data.course_id, planned=0)
    with pytest.raises(ValidationError, match="kind"):
        journeys.courses.set(a.data.course_id, kind="weekly")


def test_moving_to_a_course_that_does_not_exist_changes_nothing(journeys):
    a = journeys.add(DAY)
    with pytest.raises(ValidationError, match="no course"):
        journeys.courses.move(a.id, "0123456789abcdef")
    assert journeys.get(a.id).data.course_id == a.data.course_id


def test_a_course_step_answer_is_kept_on_the_course(journeys):
    a = journeys.add(DAY)
    journeys.add(DAY + timedelta(days=3))
    journeys.add(DAY + timedelta(days=7))
    view = journeys.courses.answer(a.data.course_id, "course-week-1", "int-cw-days", "calm")
    assert view.course.integration["course-week-1"]["int-cw-days"].text == "calm"
    with pytest.raises(ValidationError, match="course's own steps"):
        journeys.courses.answer(a.data.course_id, "1d", "p", "x")
    steps = {s.step: s.status for s in journeys.course_steps(a.id, DAY + timedelta(days=8))}
    assert steps["course-week-1"] == "done"


def test_at_most_three_open_and_how_many_wait(journeys):
    for day in (0, 40, 80):  # three single sessions, nothing answered
        journeys.add(DAY + timedelta(days=day))
    now = DAY + timedelta(days=95)
    due = journeys.due(now)
    assert len(due) <= 3
    assert [d.state.due for d in due] == sorted((d.state.due for d in due), reverse=True)
    assert journeys.courses.waiting(now, timedelta(days=60)) >= len(due)


def test_the_relapse_watch_starts_after_an_ended_induction(journeys):
    starts = [DAY + timedelta(days=d) for d in (0, 3, 7, 10, 14, 17)]
    for start in starts:
        journeys.add(start)
    assert journeys.courses.relapse_anchor(starts[-1] + timedelta(days=5)) == starts[-1]
    assert journeys.courses.relapse_anchor(starts[-1] + timedelta(days=29)) is None
    planned = journeys.add(starts[-1] + timedelta(days=20))  # one more still planned...
    journeys.save(planned.id, replace(planned.data, session=SessionLog()))
    assert journeys.courses.relapse_anchor(starts[-1] + timedelta(days=5)) is None
