"""Integration steps on the course's clock: schedules by kind, folding, the three-open limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.course import INDUCTION, MAINTENANCE, SINGLE, Course
from journal_app.domain.course_schedule import (
    DONE,
    DUE,
    FOLDED,
    OVERDUE,
    SESSION_STEP_NAMES,
    SINGLE_STEPS,
    UPCOMING,
    CourseStep,
    Session,
    course_level_steps,
    course_schedule,
    is_course_step,
    limit_open,
    session_steps,
    step_kind,
)

T0 = datetime(2026, 3, 2, 10, 0)  # a Monday
DAY, HOUR = timedelta(days=1), timedelta(hours=1)
OPEN = (DUE, OVERDUE)
STATUSES = {UPCOMING, DUE, OVERDUE, DONE, FOLDED}


def at(days: float, start: datetime = T0) -> datetime:
    return start + timedelta(days=days)


def started(
    jid: str, start: datetime, end: datetime | None = None, answered: tuple[str, ...] = ()
) -> Session:
    return Session(jid, start, start, end, frozenset(answered))


def planned(jid: str, when: datetime) -> Session:
    return Session(jid, None, when)


def twice_weekly(count: int = 6) -> list[Session]:
    """An induction: Monday and Thursday, 10:00 to 11:00."""
    starts = [at(7 * (n // 2) + 3 * (n % 2)) for n in range(count)]
    return [started(f"j{n + 1}", s, s + HOUR) for n, s in enumerate(starts)]


def table(steps: list[CourseStep]) -> dict[tuple[str | None, str], CourseStep]:
    return {(s.journey_id, s.step): s for s in steps}


def statuses(steps: list[CourseStep]) -> dict[tuple[str | None, str], str]:
    return {key: s.status for key, s in table(steps).items()}


def open_steps(steps: list[CourseStep]) -> list[CourseStep]:
    return [s for s in steps if s.status in OPEN]


# Single


def test_a_single_session_has_exactly_the_six_steps_of_old():
    # The offsets integration.py used before courses, written out here on purpose.
    offsets = {"0h": 0, "1d": 1, "3d": 3, "7d": 7, "14d": 14, "30d": 30}
    assert [(n, o.days) for n, o in SINGLE_STEPS] == list(offsets.items())
    assert tuple(offsets) == SESSION_STEP_NAMES
    steps = course_schedule(SINGLE, [started("j", T0, T0 + 3 * HOUR)], frozenset(), at(40))
    assert [(s.journey_id, s.step) for s in steps] == [("j", n) for n in offsets]
    for step in steps[1:]:
        assert step.due == at(offsets[step.step])
    assert steps[0].due == T0 + 3 * HOUR  # the logged end, see the 0h tests


def test_a_single_session_has_no_course_steps():
    assert course_level_steps(SINGLE, [started("j", T0)], frozenset(), at(60)) == []


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (HOUR, {"0h": UPCOMING, "1d": UPCOMING}),
        (2 * HOUR, {"0h": DUE, "1d": UPCOMING}),
        (DAY + HOUR, {"0h": OVERDUE, "1d": DUE, "3d": UPCOMING}),
        (30 * DAY, {"7d": OVERDUE, "14d": OVERDUE, "30d": DUE}),
        (37 * DAY, {"30d": OVERDUE}),
    ],
)
def test_a_single_sessions_steps_are_due_until_the_next_then_overdue(after, expected):
    found = {
        s.step: s.status
        for s in course_schedule(SINGLE, [started("j", T0)], frozenset(), T0 + after)
    }
    assert {k: found[k] for k in expected} == expected


def test_a_month_after_a_single_session_only_the_three_newest_stay_open():
    steps = course_schedule(SINGLE, [started("j", T0)], frozenset(), at(31))
    assert [s.status for s in steps] == [FOLDED] * 3 + [OVERDUE, OVERDUE, DUE]
    uncapped = course_schedule(SINGLE, [started("j", T0)], frozenset(), at(31), cap=False)
    assert [s.status for s in uncapped] == [OVERDUE] * 5 + [DUE]


# Induction


def test_an_induction_has_two_steps_a_session_weekly_reflections_and_three_after():
    steps = course_schedule(INDUCTION, twice_weekly(), frozenset(), at(60))
    sessions = [(s.journey_id, s.step) for s in steps if s.journey_id is not None]
    assert sessions == [(f"j{n}", step) for n in range(1, 7) for step in ("0h", "1d")]
    course = [(s.step, s.due) for s in steps if s.journey_id is None]
    last = at(17)
    assert course == [
        ("course-week-1", at(7)),
        ("course-week-2", at(14)),  # week 3 (day 21) comes after the last session
        ("course-3d", last + 3 * DAY),
        ("course-14d", last + 14 * DAY),
        ("course-30d", last + 30 * DAY),
    ]
    assert len(steps) == 17


def test_an_induction_in_its_second_week_at_most_three_open():
    # Sessions 1-3 taken, 4-6 planned; a day after session 3 nothing has been answered.
    sessions = twice_weekly(3) + [planned(f"j{n}", at(d)) for n, d in ((4, 10), (5, 14), (6, 17))]
    found = statuses(course_schedule(INDUCTION, sessions, frozenset(), at(8) + HOUR, planned=6))
    assert found[("j1", "0h")] == found[("j2", "1d")] == FOLDED
    assert found[("j3", "0h")] == OVERDUE and found[("j3", "1d")] == DUE
    assert found[(None, "course-week-1")] == DUE
    assert {found[(None, s)] for s in ("course-3d", "course-14d", "course-30d")} == {UPCOMING}
    assert found[("j4", "0h")] == UPCOMING


def test_after_an_induction_the_course_steps_fold_into_the_next_one_due():
    sessions = twice_weekly()
    last = at(17)
    found = statuses(course_schedule(INDUCTION, sessions, frozenset(), last + 15 * DAY))
    assert found[(None, "course-week-1")] == found[(None, "course-week-2")] == FOLDED
    assert found[(None, "course-3d")] == FOLDED
    assert found[(None, "course-14d")] == DUE
    assert found[(None, "course-30d")] == UPCOMING
    answered = frozenset({"course-3d"})
    found = statuses(course_schedule(INDUCTION, sessions, answered, last + 15 * DAY))
    assert found[(None, "course-3d")] == DONE


def test_a_weekly_reflection_stays_due_until_the_next_course_step():
    steps = table(course_schedule(INDUCTION, twice_weekly(), frozenset(), at(9)))
    week = steps[(None, "course-week-1")]
    assert (week.due, week.until, week.status) == (at(7), at(14), DUE)


# Maintenance


def test_maintenance_has_two_steps_a_session_and_a_monthly_reflection():
    sessions = [started(f"b{n}", at(28 * n), at(28 * n) + HOUR) for n in range(3)]
    steps = course_schedule(MAINTENANCE, sessions, frozenset(), at(57))
    assert [(s.journey_id, s.step) for s in steps] == [
        *[(f"b{n}", step) for n in range(3) for step in ("0h", "1d")],
        (None, "month-1"),
        (None, "month-2"),
        (None, "month-3"),  # boosters go on within six weeks of the last one
    ]
    found = statuses(steps)
    assert found[(None, "month-1")] == DUE  # month 2 (day 60) has not come yet
    assert found[("b0", "0h")] == found[("b1", "1d")] == FOLDED
    assert found[(None, "month-3")] == UPCOMING
    later = statuses(course_schedule(MAINTENANCE, sessions, frozenset(), at(61)))
    assert later[(None, "month-1")] == FOLDED and later[(None, "month-2")] == DUE


# Fold, don't stack


def test_a_sessions_steps_fold_into_the_next_session_once_it_starts():
    sessions = [started("a", T0), started("b", at(5))]
    before = table(course_schedule(INDUCTION, sessions, frozenset(), at(5) - HOUR))
    assert before[("a", "0h")].status == OVERDUE
    after = table(course_schedule(INDUCTION, sessions, frozenset(), at(5)))
    for step in ("0h", "1d"):
        assert after[("a", step)].status == FOLDED
        assert after[("a", step)].folded_into == "b"
    assert after[("b", "0h")].folded_into is None


def test_a_step_due_after_the_next_session_started_is_folded_not_overdue():
    # A single course with two sessions: the first session's 7d comes after the second.
    sessions = [started("a", T0), started("b", at(4))]
    found = table(course_schedule(SINGLE, sessions, frozenset(), at(40)))
    assert {found[("a", n)].status for n in SESSION_STEP_NAMES} == {FOLDED}
    assert {found[("a", n)].folded_into for n in SESSION_STEP_NAMES} == {"b"}


def test_a_done_step_stays_done_when_the_next_session_starts():
    sessions = [started("a", T0, answered=("0h",)), started("b", at(3))]
    found = statuses(course_schedule(INDUCTION, sessions, frozenset(), at(4)))
    assert found[("a", "0h")] == DONE and found[("a", "1d")] == FOLDED


def test_steps_fold_into_the_next_session_taken_past_one_never_started():
    sessions = [started("a", T0), planned("skipped", at(3)), started("c", at(6))]
    found = table(course_schedule(INDUCTION, sessions, frozenset(), at(7)))
    assert found[("a", "1d")].folded_into == "c"
    assert found[("skipped", "0h")].status == UPCOMING


def test_steps_wait_for_a_next_session_that_has_not_started():
    sessions = [started("a", T0), started("b", at(5))]
    found = statuses(course_schedule(INDUCTION, sessions, frozenset(), at(4)))
    assert found[("a", "0h")] == OVERDUE and found[("b", "0h")] == UPCOMING


def test_session_steps_alone_name_the_session_folded_into():
    steps = session_steps(INDUCTION, started("a", T0), at(3), at(4), "b")
    assert [(s.status, s.folded_into) for s in steps] == [(FOLDED, "b")] * 2


def test_limit_open_keeps_the_three_newest_open_steps():
    steps = [CourseStep(f"s{n}", "j", at(n), at(n + 1), OVERDUE) for n in range(5)]
    steps.append(CourseStep("done", "j", at(9), at(10), DONE))
    limited = limit_open(steps)
    assert [s.status for s in limited] == [FOLDED, FOLDED, OVERDUE, OVERDUE, OVERDUE, DONE]
    assert limit_open(limited) == limited
    answered = [replace(steps[4], status=DONE) if s is steps[4] else s for s in steps]
    assert [s.status for s in limit_open(answered)][:5] == [FOLDED, OVERDUE, OVERDUE, OVERDUE, DONE]


# The capture (0h)


def test_the_capture_is_not_due_while_a_session_started_now_runs():
    now = T0
    steps = table(course_schedule(SINGLE, [started("j", now)], frozenset(), now))
    assert steps[("j", "0h")].status == UPCOMING
    assert steps[("j", "0h")].due == now + 2 * HOUR
    later = statuses(
        course_schedule(SINGLE, [started("j", now)], frozenset(), now + 119 * timedelta(minutes=1))
    )
    assert later[("j", "0h")] == UPCOMING


def test_the_capture_falls_due_at_the_logged_end():
    session = started("j", T0, T0 + 5 * HOUR)
    assert (
        statuses(course_schedule(INDUCTION, [session], frozenset(), T0 + 4 * HOUR))[("j", "0h")]
        == UPCOMING
    )
    steps = table(course_schedule(INDUCTION, [session], frozenset(), T0 + 5 * HOUR))
    assert steps[("j", "0h")].due == T0 + 5 * HOUR
    assert steps[("j", "0h")].status == DUE


def test_an_end_before_the_start_counts_as_no_end():
    session = started("j", T0, T0 - HOUR)
    assert table(session_steps(SINGLE, session, None, T0))[("j", "0h")].due == T0 + 2 * HOUR


# Wall clock and moving


@pytest.mark.parametrize(
    ("zone", "start"),
    [
        (None, datetime(2026, 3, 28, 10, 0)),
        ("Europe/Berlin", datetime(2026, 3, 28, 10, 0)),  # clocks go forward on the 29th
        ("America/New_York", datetime(2026, 10, 31, 10, 0)),  # and back on 1 November
    ],
)
def test_steps_keep_their_wall_clock_time_across_daylight_saving(zone, start):
    if zone is not None:
        start = start.replace(tzinfo=ZoneInfo(zone))
    sessions = [started("a", start, start + HOUR), started("b", start + 3 * DAY)]
    steps = table(course_schedule(INDUCTION, sessions, frozenset(), start + 40 * DAY))
    one_day = steps[("a", "1d")].due
    assert one_day.replace(tzinfo=None) == start.replace(tzinfo=None) + DAY
    assert steps[(None, "course-3d")].due.hour == 10
    if zone is not None:
        assert one_day.utcoffset() != start.utcoffset()


def test_moving_a_session_moves_its_steps():
    sessions = twice_weekly()
    moved = [*sessions[:5], replace(sessions[5], start=at(19), planned_at=at(19))]
    now = at(60)
    before = table(course_schedule(INDUCTION, sessions, frozenset(), now))
    after = table(course_schedule(INDUCTION, moved, frozenset(), now))
    for step in ("1d", *(f"course-{d}d" for d in (3, 14, 30))):
        key = ("j6" if step == "1d" else None, step)
        assert after[key].due - before[key].due == 2 * DAY
    assert after[("j5", "1d")].due == before[("j5", "1d")].due


def test_moving_a_session_before_another_changes_which_one_it_folds_into():
    sessions = [started("a", T0), started("b", at(3)), started("c", at(6))]
    moved = [sessions[0], replace(sessions[1], start=at(8), planned_at=at(8)), sessions[2]]
    found = table(course_schedule(INDUCTION, moved, frozenset(), at(9)))
    assert found[("a", "0h")].folded_into == "c"
    assert found[("c", "0h")].folded_into == "b"


# The planned length


def test_after_course_steps_wait_while_planned_sessions_remain():
    sessions = [*twice_weekly(4), planned("j5", at(14)), planned("j6", at(17))]
    last = at(10)
    for now in (last + 3 * DAY, last + 20 * DAY):
        found = statuses(course_schedule(INDUCTION, sessions, frozenset(), now, planned=6))
        assert {found[(None, s)] for s in ("course-3d", "course-14d", "course-30d")} == {UPCOMING}


def test_after_course_steps_wait_for_the_planned_number_even_unplanned():
    sessions = twice_weekly(4)
    found = statuses(course_schedule(INDUCTION, sessions, frozenset(), at(15), planned=6))
    assert found[(None, "course-3d")] == UPCOMING
    found = statuses(course_schedule(INDUCTION, sessions, frozenset(), at(15)))
    assert found[(None, "course-3d")] == DUE  # no planned length: it ended with session 4


def test_a_course_with_no_session_for_21_days_has_ended():
    sessions = [*twice_weekly(4), planned("j5", at(14)), planned("j6", at(17))]
    last = at(10)
    steps = table(course_schedule(INDUCTION, sessions, frozenset(), last + 21 * DAY, planned=6))
    assert steps[(None, "course-3d")].status == FOLDED
    assert steps[(None, "course-14d")].status == DUE
    assert steps[(None, "course-30d")].status == UPCOMING
    # The weekly reflections that fell due while the course ran are still there.
    assert {steps[(None, f"course-week-{n}")].status for n in (1, 2, 3)} == {FOLDED}


def test_naming():
    assert is_course_step("course-week-2") and is_course_step("month-3")
    assert not any(is_course_step(n) for n in SESSION_STEP_NAMES)
    assert [step_kind(n) for n in ("course-week-2", "month-12", "course-3d", "1d")] == [
        "course-week",
        "month",
        "course-3d",
        "1d",
    ]


# Properties over random courses


SESSION_COUNTS = st.integers(1, 8)


@st.composite
def courses(draw: st.DrawFn, count: st.SearchStrategy[int] = SESSION_COUNTS, most_days: float = 21):
    """(kind, planned, sessions, now): gaps of 2 to ``most_days``.

    The last few sessions, and now and then one in between (skipped), are only planned.
    """
    n = draw(count)
    first = T0 + timedelta(minutes=draw(st.integers(0, 60 * 24 * 365)))
    gap = st.integers(2 * 24 * 60, int(most_days * 24 * 60))
    gaps = draw(st.lists(gap, min_size=n - 1, max_size=n - 1))
    starts = [first]
    for gap in gaps:
        starts.append(starts[-1] + timedelta(minutes=gap))
    taken = draw(st.integers(1, n))
    skipped = draw(st.frozensets(st.integers(1, n - 1), max_size=2)) if n > 1 else frozenset()
    sessions = []
    for index, start in enumerate(starts):
        jid = f"j{index + 1}"
        if index >= taken or index in skipped:
            sessions.append(planned(jid, start))
            continue
        length = draw(st.none() | st.integers(-60, 10 * 60))
        end = None if length is None else start + timedelta(minutes=length)
        sessions.append(started(jid, start, end))
    kind = draw(st.sampled_from([INDUCTION, MAINTENANCE, SINGLE, None]))
    kind = Course(kind).kind_for(n) if kind is None else kind
    plan = draw(st.none() | st.integers(1, 10))
    span = starts[-1] - first + timedelta(days=60)
    now = first + timedelta(minutes=draw(st.integers(-24 * 60, int(span.total_seconds() // 60))))
    return kind, plan, sessions, now


def answered_some(draw: st.DrawFn, sessions: list[Session]) -> list[Session]:
    names = st.frozensets(st.sampled_from(SESSION_STEP_NAMES))
    return [replace(s, answered=draw(names)) for s in sessions]


@settings(deadline=None, max_examples=300)
@given(courses())
def test_a_person_who_answers_nothing_never_faces_more_than_three_steps(course):
    kind, plan, sessions, now = course
    steps = course_schedule(kind, sessions, frozenset(), now, plan)
    assert len(open_steps(steps)) <= 3


@settings(deadline=None)
@given(courses(st.just(6), most_days=21 / 5))
def test_a_six_session_induction_in_three_weeks_has_at_most_18_steps(course):
    _, plan, sessions, now = course
    assert sessions[-1].when - sessions[0].when <= timedelta(days=21)
    assert len(course_schedule(INDUCTION, sessions, frozenset(), now, plan)) <= 18


@settings(deadline=None, max_examples=300)
@given(st.data(), courses())
def test_no_step_is_overdue_once_a_later_session_started_nor_before_its_time(data, course):
    kind, plan, sessions, now = course
    sessions = answered_some(data.draw, sessions)
    steps = course_schedule(kind, sessions, frozenset(), now, plan)
    when = {s.journey_id: s.when for s in sessions}
    taken = [s.start for s in sessions if s.start is not None and s.start <= now]
    for step in steps:
        assert step.status in STATUSES
        assert step.due <= step.until
        if step.status in OPEN:
            assert step.due <= now
        if step.status == OVERDUE:
            assert step.until <= now
        if step.status == OVERDUE and step.journey_id is not None:
            assert not any(start > when[step.journey_id] for start in taken)
        if step.status == FOLDED and step.folded_into is not None:
            assert when[step.folded_into] > when[step.journey_id or ""]


@settings(deadline=None, max_examples=300)
@given(st.data(), courses())
def test_the_capture_is_never_open_while_its_session_runs(data, course):
    kind, plan, sessions, now = course
    steps = table(course_schedule(kind, sessions, frozenset(), now, plan))
    for session in sessions:
        if session.start is None or session.start > now:
            assert steps[(session.journey_id, "0h")].status == UPCOMING
            continue
        end = session.end if session.end and session.end > session.start else None
        running = now < (end or session.start + 2 * HOUR)
        if running:
            assert steps[(session.journey_id, "0h")].status in (UPCOMING, FOLDED)


@settings(deadline=None, max_examples=300)
@given(st.data(), courses())
def test_answering_a_step_makes_it_done_and_never_opens_more(data, course):
    kind, plan, sessions, now = course
    sessions = answered_some(data.draw, sessions)
    course_answers = data.draw(
        st.frozensets(st.sampled_from(["course-week-1", "course-3d", "month-1"]))
    )
    before = course_schedule(kind, sessions, course_answers, now, plan)
    chosen = data.draw(st.sampled_from(before))
    if chosen.journey_id is None:
        course_answers |= {chosen.step}
    else:
        sessions = [
            replace(s, answered=s.answered | {chosen.step})
            if s.journey_id == chosen.journey_id
            else s
            for s in sessions
        ]
    after = course_schedule(kind, sessions, course_answers, now, plan)
    assert table(after)[(chosen.journey_id, chosen.step)].status == DONE
    assert len(open_steps(after)) <= len(open_steps(before))
    assert list(table(after)) == list(table(before))
