"""The demo journal's courses: an induction of six IV sessions, then maintenance boosters."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from journal_app.domain.course import INDUCTION, MAINTENANCE
from journal_app.domain.course_schedule import is_course_step
from journal_app.services.courses import CourseService, CourseView
from journal_app.services.journeys import JourneyService
from journal_app.services.vault import VaultService
from tests.conftest import NOW
from tests.services.demo_journals import make_demo


def _of_kind(vault: VaultService, kind: str) -> list[CourseView]:
    return [v for v in CourseService(vault).courses() if v.kind == kind]


def test_the_demo_has_one_induction_of_six_iv_sessions_in_two_weeks(demo):
    (induction,) = _of_kind(demo, INDUCTION)
    sessions = [r.data.session for r in induction.journeys]
    assert induction.course.kind == INDUCTION and induction.planned == 6
    assert len(sessions) == 6 and all(s.start is not None and s.route == "IV" for s in sessions)
    assert 14 <= (sessions[-1].start.date() - sessions[0].start.date()).days <= 16


def test_the_demo_has_one_maintenance_course_of_boosters_four_to_six_weeks_apart(demo):
    (induction,) = _of_kind(demo, INDUCTION)
    (maintenance,) = _of_kind(demo, MAINTENANCE)
    assert maintenance.course.kind == MAINTENANCE  # chosen: the 21-day rule would split it
    days = [induction.journeys[-1].data.when.date()] + [
        r.data.when.date() for r in maintenance.journeys
    ]
    gaps = [(b - a).days for a, b in pairwise(days)]
    assert len(gaps) >= 8 and all(28 <= gap <= 42 for gap in gaps), gaps
    held = [r.data for r in maintenance.journeys if r.data.session.start is not None]
    assert maintenance.journeys[-1].data.session.start is None  # the next booster is planned
    assert NOW.date() - held[-1].when.date() <= timedelta(days=3)  # a recent booster


def test_every_demo_journey_belongs_to_a_stored_course(demo):
    stored = {r.id for r in demo.store.of_kind("course")}
    journeys = JourneyService(demo).journeys()
    assert journeys and all(r.data.course_id in stored for r in journeys)
    views = CourseService(demo).courses()
    assert all(v.stored for v in views) and {v.id for v in views} == stored
    assert sum(len(v.journeys) for v in views) == len(journeys)


def test_migrating_the_demo_changes_nothing(demo):
    def revisions() -> list[tuple[str, int]]:
        kinds = ("course", "journey")
        return sorted((r.id, r.rev) for k in kinds for r in demo.store.of_kind(k))

    before = revisions()
    assert CourseService(demo).migrate() == 0
    assert revisions() == before


def test_the_demo_opens_with_a_few_recent_steps_due(demo):
    due = JourneyService(demo).due()
    assert 1 <= len(due) <= 3
    (maintenance,) = _of_kind(demo, MAINTENANCE)
    assert all(d.course is not None and d.course.id == maintenance.id for d in due)


def test_demo_answers_only_steps_the_course_schedule_has(demo):
    (induction,) = _of_kind(demo, INDUCTION)
    (maintenance,) = _of_kind(demo, MAINTENANCE)
    for view in (induction, maintenance):
        for record in view.journeys:
            assert set(record.data.integration) <= {"0h", "1d"}  # a course session's two
    done = set(induction.course.integration)
    assert all(is_course_step(step) for step in done)
    assert {"course-week-1", "course-3d", "course-14d"} <= done
    assert any(step.startswith("month-") for step in maintenance.course.integration)
    due = {(d.state.journey_id, d.state.step) for d in JourneyService(demo).due()}
    answered = {(None, s) for s in maintenance.course.integration} | {
        (r.id, s) for r in maintenance.journeys for s in r.data.integration
    }
    assert not due & answered


def test_the_demo_courses_are_the_same_for_the_same_seed(tmp_path):
    def shape(folder: str, seed: int) -> list[tuple[str, str, list[str]]]:
        vault = make_demo(tmp_path / folder, seed, 1)
        found = [
            (v.id, v.kind, [r.data.when.isoformat() for r in v.journeys])
            for v in CourseService(vault).courses()
        ]
        vault.lock()
        return found

    assert shape("a", 5) == shape("b", 5)
    assert shape("c", 5) != shape("d", 6)
