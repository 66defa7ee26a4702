"""The questionnaire cadence: on the course clock, never within 7 days of the last result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.cadence import (
    A_WHILE_WHY,
    AFTER_LAST_WHY,
    BASELINE_WHY,
    END_WHY,
    FIRST_WHY,
    MONTHLY_WHY,
    SINGLE_AFTER_WHY,
    SINGLE_END_WHY,
    TWO_WEEKS_WHY,
    WEEKLY_WHY,
    CourseTimes,
    Suggestion,
    group_by_gap,
    suggestions,
)

DAY0 = datetime(2026, 3, 2, 10, 0)  # a Monday: session 1 of the course


def at(days: int, hour: int = 18) -> datetime:
    return DAY0.replace(hour=hour) + timedelta(days=days)


def on(days: int) -> date:
    return (DAY0 + timedelta(days=days)).date()


def course_at(
    kind: str, sessions: Sequence[datetime], now: datetime, ended_when_all_started: bool = True
) -> CourseTimes:
    """The course as it stands at ``now``: what has started, what is still planned."""
    starts = tuple(s for s in sessions if s <= now)
    planned = tuple(s for s in sessions if s > now)
    return CourseTimes(kind, starts, planned, ended=ended_when_all_started and not planned)


def simulate(
    courses: Callable[[datetime], Sequence[CourseTimes]], first: int, last: int
) -> list[tuple[int, Suggestion]]:
    """Each evening from day ``first`` to ``last``, take the PHQ-9 whenever it is suggested."""
    results: dict[str, list[date]] = {"phq9": [on(first - 400)]}  # one long ago, not "first"
    taken = []
    for day in range(first, last + 1):
        for suggestion in suggestions(results, courses(at(day)), at(day), ("phq9",)):
            taken.append((day, suggestion))
            results["phq9"].append(on(day))
    return taken


def gaps(taken: list[tuple[int, Suggestion]]) -> list[int]:
    days = [day for day, _ in taken]
    return [b - a for a, b in pairwise(days)]


# A six-session twice-weekly induction


INDUCTION = [DAY0 + timedelta(days=d) for d in (0, 3, 7, 10, 14, 17)]


def test_a_twice_weekly_induction_asks_about_four_times_in_24_days_not_eight():
    taken = simulate(lambda now: [course_at("induction", INDUCTION, now)], -6, 24)
    assert [(day, s.why) for day, s in taken] == [
        (-6, BASELINE_WHY),  # session 1 is 6 days away
        (7, WEEKLY_WHY),
        (14, WEEKLY_WHY),
        (21, END_WHY),  # the end (day 18) waits for 7 days since day 14
    ]
    assert taken[3][1].due == on(21)


def test_after_an_induction_two_and_four_weeks_after_the_last_session():
    taken = simulate(lambda now: [course_at("induction", INDUCTION, now)], -6, 60)
    after = [(day, s.why) for day, s in taken if day > 21]
    assert after == [(31, AFTER_LAST_WHY[0]), (45, AFTER_LAST_WHY[1]), (59, TWO_WEEKS_WHY)]
    assert min(gaps(taken)) >= 7


def test_the_baseline_is_offered_from_seven_days_before_session_one():
    def courses(now: datetime) -> list[CourseTimes]:
        return [course_at("induction", INDUCTION, now)]

    results = {"phq9": [on(-30)]}
    assert suggestions(results, courses(at(-8)), at(-8), ("phq9",)) == [
        Suggestion("phq9", on(-16), A_WHILE_WHY)  # outside a course still
    ]
    [baseline] = suggestions(results, courses(at(-7)), at(-7), ("phq9",))
    assert baseline == Suggestion("phq9", on(-7), BASELINE_WHY)


def test_a_result_in_the_week_before_session_one_is_the_baseline():
    results = {"phq9": [on(-8), on(-4)]}
    assert suggestions(results, [course_at("induction", INDUCTION, at(-1))], at(-1)) == [
        Suggestion("gad7", on(-7), BASELINE_WHY)  # the GAD-7 has no starting point yet
    ]
    running = course_at("induction", INDUCTION, at(3))
    assert suggestions(results, [running], at(3), ("phq9",)) == []  # nothing until the week
    assert suggestions(results, [running], at(7), ("phq9",)) == [
        Suggestion("phq9", on(7), WEEKLY_WHY)
    ]


def test_a_baseline_when_session_one_started_today_but_not_the_day_after():
    results = {"phq9": [on(-30)]}
    course = course_at("induction", INDUCTION, at(0))
    assert suggestions(results, [course], at(0), ("phq9",)) == [
        Suggestion("phq9", on(-7), BASELINE_WHY)
    ]
    later = course_at("induction", INDUCTION, at(1))
    assert [s.why for s in suggestions(results, [later], at(1), ("phq9",))] == []


# Maintenance, a single session, a gap


def test_a_maintenance_year_asks_once_a_month():
    boosters = [DAY0 + timedelta(days=35 * n) for n in range(11)]  # every five weeks

    def courses(now: datetime) -> list[CourseTimes]:
        return [course_at("maintenance", boosters, now)]

    taken = simulate(courses, -6, 380)
    assert taken[0] == (-6, Suggestion("phq9", on(-7), BASELINE_WHY))
    assert [(day, s.why) for day, s in taken[1:12]] == [(30 * n, MONTHLY_WHY) for n in range(1, 12)]
    assert [(day, s.why) for day, s in taken[12:]] == [  # the last booster was on day 350
        (351, END_WHY),
        (364, AFTER_LAST_WHY[0]),
        (378, AFTER_LAST_WHY[1]),
    ]
    assert min(gaps(taken[:12])) == 30


def test_a_single_session_gets_a_baseline_then_after_two_and_four_weeks():
    session = [DAY0]
    taken = simulate(lambda now: [course_at("single", session, now)], -3, 30)
    assert [(day, s.why) for day, s in taken] == [
        (-3, BASELINE_WHY),
        (4, SINGLE_END_WHY),  # the day after, once 7 days have passed since the baseline
        (14, SINGLE_AFTER_WHY[0]),
        (28, SINGLE_AFTER_WHY[1]),
    ]


def test_without_sessions_every_fourteen_days():
    taken = simulate(lambda now: [], 0, 90)
    assert taken[0][1].why == A_WHILE_WHY
    assert gaps(taken) == [14] * (len(taken) - 1)
    assert {s.why for _, s in taken[1:]} == {TWO_WEEKS_WHY}


def test_a_gap_between_courses_goes_back_to_every_fourteen_days():
    first = [DAY0 + timedelta(days=d) for d in (0, 3, 7)]
    second = [DAY0 + timedelta(days=d) for d in (120, 123)]

    def courses(now: datetime) -> list[CourseTimes]:
        return [course_at("induction", first, now), course_at("induction", second, now)]

    taken = simulate(courses, -6, 130)
    between = [(day, s.why) for day, s in taken if 40 < day < 113]
    assert between and {why for _, why in between} == {TWO_WEEKS_WHY}
    assert gaps([(d, s) for d, s in taken if 40 < d < 113]) == [14] * (len(between) - 1)
    assert (113, BASELINE_WHY) in [(day, s.why) for day, s in taken]


def test_a_first_questionnaire_is_suggested_when_there_is_none():
    assert suggestions({}, [], at(0)) == [
        Suggestion("phq9", on(0), FIRST_WHY),
        Suggestion("gad7", on(0), FIRST_WHY),
    ]


def test_each_questionnaire_keeps_its_own_clock():
    found = suggestions({"phq9": [on(-15)], "gad7": [on(-2)]}, [], at(0))
    assert found == [Suggestion("phq9", on(-1), TWO_WEEKS_WHY)]


# Never within 7 days of the last result


@pytest.mark.parametrize(("since", "suggested"), [(6, False), (7, True), (8, True)])
def test_never_within_seven_days_of_the_last_result(since, suggested):
    """A baseline, the strongest reason, still waits for 7 days since the last result."""
    course = course_at("induction", INDUCTION, at(-2))
    found = suggestions({"phq9": [on(-12), on(-2 - since)]}, [course], at(-2), ("phq9",))
    assert bool(found) is suggested
    if suggested:
        assert found == [Suggestion("phq9", on(5 - since), BASELINE_WHY)]


@pytest.mark.parametrize(("since", "suggested"), [(6, False), (7, True), (8, True)])
def test_never_within_seven_days_during_an_induction(since, suggested):
    now = at(14)
    course = course_at("induction", INDUCTION, now)
    found = suggestions({"phq9": [on(14 - since)]}, [course], now, ("phq9",))
    assert bool(found) is suggested
    if suggested:
        assert found[0].why == WEEKLY_WHY


@pytest.mark.parametrize(("since", "suggested"), [(13, False), (14, True), (15, True)])
def test_outside_a_course_the_fourteenth_day(since, suggested):
    found = suggestions({"gad7": [on(-since)]}, [], at(0), ("gad7",))
    assert found == ([Suggestion("gad7", on(14 - since), TWO_WEEKS_WHY)] if suggested else [])


def test_a_result_three_days_before_an_occasion_counts_for_it():
    now = at(14)
    course = course_at("induction", INDUCTION, now)
    assert suggestions({"phq9": [on(4)]}, [course], now, ("phq9",)) == [
        Suggestion("phq9", on(14), WEEKLY_WHY)
    ]
    assert suggestions({"phq9": [on(0), on(11)]}, [course], at(18), ("phq9",)) == []


# Odd input


def test_far_away_and_long_ago_sessions_do_not_overflow():
    old = datetime(999, 6, 2, 10, 0)
    far = datetime(9999, 12, 20, 10, 0)
    courses = group_by_gap([old, far])
    found = suggestions({"phq9": [date(999, 6, 1)]}, courses, at(0))
    assert [(s.instrument, s.why) for s in found] == [
        ("phq9", A_WHILE_WHY),
        ("gad7", FIRST_WHY),
    ]


def test_results_in_the_future_are_left_out():
    assert suggestions({"phq9": [on(3)]}, [], at(0), ("phq9",)) == [
        Suggestion("phq9", on(0), FIRST_WHY)
    ]


# Grouping sessions into courses by the 21-day rule


def test_group_by_gap_joins_sessions_within_21_days():
    a, b = DAY0, DAY0 + timedelta(days=21)
    c = b + timedelta(days=21, minutes=1)
    planned = c + timedelta(days=3)
    assert group_by_gap([b, a, c], [planned]) == [
        CourseTimes("induction", (a, b), (), ended=True),
        CourseTimes("induction", (c,), (planned,), ended=False),
    ]
    assert group_by_gap([a]) == [CourseTimes("single", (a,), (), ended=True)]
    assert group_by_gap([]) == []
    assert len(group_by_gap([a, b], gap_days=20)) == 2


@given(
    st.lists(st.integers(-60, 60), max_size=8),
    st.lists(st.integers(-90, 0), max_size=6),
    st.sampled_from(["induction", "maintenance", "single"]),
    st.booleans(),
)
def test_any_course_never_suggests_within_seven_days_nor_in_the_future(
    session_days, result_days, kind, ended
):
    now = at(0)
    sessions = sorted(DAY0 + timedelta(days=d) for d in set(session_days))
    course = CourseTimes(
        kind,
        tuple(s for s in sessions if s <= now),
        tuple(s for s in sessions if s > now),
        ended=ended,
    )
    results = {"phq9": [on(d) for d in result_days]}
    found = suggestions(results, [course], now)
    assert len({s.instrument for s in found}) == len(found)
    for suggestion in found:
        assert suggestion.due <= now.date()
        taken = results.get(suggestion.instrument, [])
        assert all(now.date() - day >= timedelta(days=7) for day in taken)
