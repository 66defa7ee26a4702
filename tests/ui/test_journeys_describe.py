"""The words for where a journey stands: next steps and step statuses."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal_app.domain.integration import STEP_NAMES, schedule
from journal_app.domain.journey import Answer, Intention, Journey, Preparation, SessionLog
from journal_app.services import guides
from journal_app.ui.journeys.describe import next_step, status_text

NOW = datetime(2026, 3, 14, 18, 30)
ALL_READY = Preparation(checked=tuple(item.id for item in guides.preparation_checklist()))


def words(journey: Journey, now: datetime = NOW) -> str:
    return next_step(journey, schedule(journey, now), now, guides.preparation_checklist()).words


@pytest.mark.parametrize(
    ("journey", "expected"),
    [
        (Journey(datetime(2026, 3, 20, 10)), "Prepare"),
        (Journey(datetime(2026, 3, 20, 10), preparation=ALL_READY), "Set an intention"),
        (
            Journey(
                datetime(2026, 3, 20, 10),
                preparation=ALL_READY,
                intention=Intention(sentence="Rest"),
            ),
            "Ready for the day",
        ),
        (Journey(datetime(2026, 3, 10, 10)), "Log the session"),
        (
            Journey(datetime(2026, 3, 13, 10), session=SessionLog(start=datetime(2026, 3, 13, 10))),
            "Log the session",
        ),
        (
            Journey(
                datetime(2026, 3, 11, 10),
                session=SessionLog(start=datetime(2026, 3, 11, 10), intensity=5),
            ),
            "Integration: +3 days due",
        ),
        (
            Journey(
                datetime(2026, 1, 1, 10),
                session=SessionLog(start=datetime(2026, 1, 1, 10), intensity=5),
            ),
            "Integration: the +30 days step is still open",
        ),
    ],
)
def test_the_next_step_is_one_plain_phrase(qapp, journey, expected):
    assert words(journey) == expected


def test_an_upcoming_step_says_when(qapp):
    start = datetime(2026, 3, 14, 9, 0)
    journey = Journey(
        start,
        session=SessionLog(start=start, intensity=4),
        integration={"0h": {"int-0h-now": Answer("calm")}},
    )
    assert words(journey) == "Integration: +1 day on Sun 15 Mar 09:00"


def test_every_step_answered_is_all_done(qapp):
    start = datetime(2026, 1, 1, 10)
    answered = {step: {"x": Answer("something")} for step in STEP_NAMES}
    journey = Journey(start, session=SessionLog(start=start), integration=answered)
    assert words(journey) == "All done"


def test_statuses_read_kindly(qapp):
    states = schedule(
        Journey(datetime(2026, 3, 12, 10), session=SessionLog(start=datetime(2026, 3, 12, 10))),
        NOW,
    )
    texts = {state.step: status_text(state) for state in states}
    assert texts["0h"].startswith("Overdue")
    assert texts["1d"] == "Due now"
    assert texts["3d"] == "Upcoming · due Sun 15 Mar 10:00"
