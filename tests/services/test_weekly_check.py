"""The weekly check service: recorded with its course, due at most weekly while a course runs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from journal_app.domain.errors import ValidationError, VaultLocked
from journal_app.domain.journey import Journey, SessionLog
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.services.courses import CourseService
from journal_app.services.weekly_check import WeeklyCheckService

DAY = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def checks(vault) -> WeeklyCheckService:
    return WeeklyCheckService(vault)


def sessions(vault, *starts: datetime) -> None:
    vault.store.put_many(
        Record.create(Journey(planned_at=s, session=SessionLog(start=s)), vault.store.now())
        for s in starts
    )


def test_nothing_is_due_without_a_course(checks):
    assert not checks.due(DAY)
    assert checks.latest() is None


def test_due_while_the_last_session_was_within_21_days(checks, vault):
    sessions(vault, DAY, DAY + timedelta(days=3))
    last = DAY + timedelta(days=3)
    assert not checks.due(DAY - timedelta(minutes=1))  # before the first session
    assert checks.due(DAY)
    assert checks.due(last + timedelta(days=21))
    assert not checks.due(last + timedelta(days=21, minutes=1))


def test_due_at_most_once_a_week(checks, vault):
    sessions(vault, DAY)
    checks.record(DAY + timedelta(days=1), bladder=False)
    assert not checks.due(DAY + timedelta(days=7, hours=23))
    assert checks.due(DAY + timedelta(days=8))


def test_a_planned_session_alone_does_not_start_the_check(checks, vault):
    future = DAY + timedelta(days=5)
    vault.store.put_many([Record.create(Journey(planned_at=future), vault.store.now())])
    assert not checks.due(DAY)


def test_a_check_is_tied_to_the_running_course(checks, vault):
    sessions(vault, DAY)
    [course] = CourseService(vault).courses()
    record = checks.record(DAY + timedelta(days=2), unreal=True, note="  foggy  ")
    assert record.data.course_id == course.id
    assert record.data.note == "foggy"
    late = checks.record(DAY + timedelta(days=40), memory=False)
    assert late.data.course_id == ""
    assert checks.latest() == late
    assert [r.id for r in checks.checks()] == [record.id, late.id]


def test_bad_input_stores_nothing(checks, vault):
    with pytest.raises(ValidationError):
        checks.record(DAY, bladder="yes")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        checks.record(DAY, note="x" * 1001)
    assert vault.store.of_kind("weekly_check") == []


def test_the_bundle_has_both_services_and_a_locked_journal_is_refused(vault):
    services = Services.over(vault)
    assert isinstance(services.weekly_check, WeeklyCheckService)
    assert services.questions.items() == ()
    vault.lock()
    with pytest.raises(VaultLocked):
        services.weekly_check.latest()
    with pytest.raises(VaultLocked):
        services.questions.items()
