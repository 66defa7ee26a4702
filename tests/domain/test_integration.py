from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.integration import (
    DONE,
    DUE,
    OVERDUE,
    STEP_NAMES,
    UPCOMING,
    schedule,
)
from journal_app.domain.journey import Answer, Journey, SessionLog

START = datetime(2026, 3, 10, 10, 0)


def journey(start: datetime | None = START, **answers: str) -> Journey:
    return Journey(
        planned_at=start or START,
        session=SessionLog(start=start),
        integration={step: {"p1": Answer(text)} for step, text in answers.items()},
    )


def statuses(j: Journey, now: datetime) -> dict[str, str]:
    return {s.step: s.status for s in schedule(j, now)}


def test_steps_fall_at_their_offsets_from_the_session_start():
    due = {s.step: s.due for s in schedule(journey(), START)}
    assert due["0h"] == START + timedelta(hours=2)  # no end logged: two hours after the start
    assert due["1d"] == START + timedelta(days=1)
    assert due["30d"] == START + timedelta(days=30)
    assert list(due) == list(STEP_NAMES)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (timedelta(hours=2), {"0h": DUE, "1d": UPCOMING}),
        (timedelta(days=1, hours=1), {"0h": OVERDUE, "1d": DUE, "3d": UPCOMING}),
        (timedelta(days=30), {"14d": OVERDUE, "30d": DUE}),
        (timedelta(days=36, hours=23), {"30d": DUE}),
        (timedelta(days=37), {"30d": OVERDUE}),
    ],
)
def test_a_step_is_due_until_the_next_one_then_overdue(after, expected):
    found = statuses(journey(), START + after)
    assert {k: found[k] for k in expected} == expected


def test_an_answered_step_is_done_whenever_it_is(after=timedelta(days=20)):
    found = statuses(journey(**{"0h": "the capture", "7d": "early answer"}), START + after)
    assert found["0h"] == DONE and found["7d"] == DONE and found["14d"] == DUE


def test_a_blank_answer_does_not_count():
    assert statuses(journey(**{"0h": "   "}), START + timedelta(hours=3))["0h"] == DUE


def test_a_future_session_keeps_every_step_upcoming():
    later = START + timedelta(days=5)
    assert set(statuses(journey(start=later), START).values()) == {UPCOMING}


def test_a_planned_journey_without_a_session_waits():
    planned = Journey(planned_at=START)
    assert set(statuses(planned, START + timedelta(days=40)).values()) == {UPCOMING}


def test_steps_keep_their_wall_clock_time_across_daylight_saving():
    # Europe and the US change clocks in March; the +1d step is still at 10:00.
    before_change = datetime(2026, 3, 28, 10, 0)
    due = {s.step: s.due for s in schedule(journey(start=before_change), before_change)}
    assert due["1d"] == datetime(2026, 3, 29, 10, 0)
    assert due["3d"].hour == 10


def test_moving_the_session_moves_the_steps_and_keeps_the_answers():
    answered_one = journey(**{"0h": "kept"})
    moved = Journey(
        planned_at=START,
        session=SessionLog(start=START + timedelta(days=2)),
        integration=answered_one.integration,
    )
    assert {s.step: s.due for s in schedule(moved, START)}["1d"] == START + timedelta(days=3)
    assert moved.integration["0h"]["p1"].text == "kept"


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)))
def test_at_most_one_step_is_due_at_any_moment(after):
    found = statuses(journey(), START + after)
    assert list(found.values()).count(DUE) <= 1


def test_the_capture_falls_due_at_the_logged_end_never_while_the_session_runs():
    running = Journey(planned_at=START, session=SessionLog(start=START))
    assert statuses(running, START)["0h"] == UPCOMING  # pressed "Started: Now"
    ended = Journey(
        planned_at=START, session=SessionLog(start=START, end=START + timedelta(hours=1))
    )
    assert statuses(ended, START + timedelta(minutes=59))["0h"] == UPCOMING
    assert statuses(ended, START + timedelta(hours=1))["0h"] == DUE
