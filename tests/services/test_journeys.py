from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from journal_app.domain.errors import NotFound, ValidationError
from journal_app.domain.integration import DONE, DUE, FOLDED, OVERDUE, UPCOMING
from journal_app.domain.journey import SessionLog
from journal_app.services.journeys import JourneyService

# The fixed clock in tests is 2026-03-14 18:30 UTC; local time follows the machine's zone.


@pytest.fixture
def journeys(vault):
    return JourneyService(vault)


@pytest.fixture
def past(journeys):
    return journeys.add(journeys.now().replace(day=1, hour=10, minute=0))


def test_a_past_journey_is_logged_and_a_future_one_planned(journeys):
    now = journeys.now()
    logged = journeys.add(now.replace(year=2025))
    planned = journeys.add(now.replace(year=2027))
    assert logged.data.session.start == now.replace(year=2025)
    assert planned.data.session.start is None
    assert journeys.next_planned().id == planned.id


def test_answers_are_kept_with_a_timestamp_and_can_be_starred(journeys, past):
    journeys.answer(past.id, "0h", "int-0h-images", "a green field")
    journeys.star(past.id, "0h", "int-0h-images", True)
    answer = journeys.get(past.id).data.integration["0h"]["int-0h-images"]
    assert (answer.text, answer.starred) == ("a green field", True)
    assert answer.answered_at.startswith("2026-03-14")
    [insight] = journeys.insights()
    assert (insight.step, insight.answer.text) == ("0h", "a green field")


def test_clearing_an_answer_reopens_the_step(journeys, past):
    journeys.answer(past.id, "0h", "p", "something")
    assert journeys.steps(past.id)[0].status == DONE
    journeys.answer(past.id, "0h", "p", "  ")
    # Open again; with five newer steps open too, only the newest three stay open and the
    # capture is folded (carried forward) rather than piled up.
    assert journeys.steps(past.id)[0].status in (DUE, OVERDUE, FOLDED)
    assert journeys.steps(past.id)[0].status != DONE
    assert "0h" not in journeys.get(past.id).data.integration


def test_an_unknown_step_is_refused(journeys, past):
    with pytest.raises(ValidationError, match="no integration step"):
        journeys.answer(past.id, "2d", "p", "x")
    with pytest.raises(NotFound):
        journeys.star(past.id, "1d", "nothing-here", True)


def test_due_lists_at_most_three_waiting_steps_the_most_recent_first(journeys, past):
    due = journeys.due()
    assert due and all(d.journey.id == past.id for d in due)
    assert len(due) <= 3
    assert [d.state.due for d in due] == sorted((d.state.due for d in due), reverse=True)
    assert {d.state.status for d in due} <= {DUE, OVERDUE}


def test_old_unanswered_steps_are_let_go_not_listed_forever(journeys):
    journeys.add(journeys.now().replace(year=2024))
    assert journeys.due() == []


def test_a_journey_deleted_while_steps_are_due_goes_to_trash_with_its_answers(
    journeys, past, vault
):
    journeys.answer(past.id, "0h", "p", "kept safe")
    journeys.delete(past.id)
    assert journeys.due() == [] and journeys.journeys() == []
    with pytest.raises(ValidationError, match="Trash"):
        journeys.save(past.id, past.data)
    journeys.undelete(past.id)
    assert journeys.get(past.id).data.integration["0h"]["p"].text == "kept safe"


def test_moving_the_session_moves_due_times_and_keeps_answers(journeys, past):
    journeys.answer(past.id, "0h", "p", "first capture")
    record = journeys.get(past.id)
    moved_start = record.data.session.start.replace(day=2)
    journeys.save(
        past.id, replace(record.data, session=replace(record.data.session, start=moved_start))
    )
    assert journeys.steps(past.id)[1].due == moved_start.replace(day=3)
    assert journeys.get(past.id).data.integration["0h"]["p"].text == "first capture"


def test_a_future_session_start_waits_for_integration(journeys):
    future = journeys.now().replace(year=2027)
    record = journeys.add(future, session=SessionLog(start=future))
    assert {s.status for s in journeys.steps(record.id)} == {UPCOMING}


def test_earlier_journeys_show_how_intentions_evolve(journeys):
    first = journeys.add(datetime(2026, 1, 5, 10), intention="Meet the fear")
    second = journeys.add(datetime(2026, 1, 9, 10), intention="Rest in the body")
    assert [r.id for r in journeys.earlier(second)] == [first.id]
    assert journeys.number_in_series(second) == (2, 2)


def test_checkins_can_be_edited_and_deleted(vault):
    from journal_app.services.checkins import CheckInService

    checkins = CheckInService(vault)
    record = checkins.add(4, note="tired", emotions=["flat"])
    edited = checkins.update(record.id, mood=6, emotions=["calm", "calm"])
    assert (edited.data.mood, edited.data.emotions, edited.rev) == (6, ("calm",), 2)
    with pytest.raises(ValidationError):
        checkins.update(record.id, mood=11)
    assert checkins.get(record.id).data.mood == 6
    checkins.delete(record.id)
    assert checkins.checkins() == []
    checkins.undelete(record.id)
    assert len(checkins.checkins()) == 1
