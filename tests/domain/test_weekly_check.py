"""The weekly check: answers yes/no/skipped, a short note, and the lines a "yes" adds."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.domain.weekly_check import (
    MAX_NOTE,
    QUESTION_NAMES,
    QUESTIONS,
    WeeklyCheck,
    question,
)

AT = datetime(2026, 3, 10, 19, 0)


def test_the_four_questions_in_order_each_with_a_kind_line():
    assert QUESTION_NAMES == ("bladder", "unreal", "memory", "extra_dose")
    for item in QUESTIONS:
        assert item.worth_mentioning.endswith("worth mentioning to my prescriber.")
        assert item.question.endswith("?")
    bladder = question("bladder")
    assert "urgency, pain or blood" in bladder.worth_mentioning
    assert "home" in question("extra_dose").question


def test_each_yes_becomes_a_line_worth_mentioning_and_no_or_skipped_does_not():
    check = WeeklyCheck(AT, bladder=True, unreal=False, memory=None, extra_dose=True)
    assert [q.name for q in check.yes()] == ["bladder", "extra_dose"]
    assert check.worth_mentioning() == (
        "I noticed bladder changes (going more often, urgency, pain or blood) this week "
        "— worth mentioning to my prescriber.",
        "I took a dose outside my plan this week — worth mentioning to my prescriber.",
    )
    assert WeeklyCheck(AT, bladder=False, unreal=False).worth_mentioning() == ()


def test_no_line_reads_as_a_diagnosis_or_an_instruction():
    words = " ".join(q.question + " " + q.worth_mentioning for q in QUESTIONS).casefold()
    for clinical in ("cystitis", "diagnos", "you should", "you must", "stop taking", "disorder"):
        assert clinical not in words


def test_answered_means_any_answer_or_a_note():
    assert not WeeklyCheck(AT).answered
    assert not WeeklyCheck(AT, note="   ").answered
    assert WeeklyCheck(AT, memory=False).answered
    assert WeeklyCheck(AT, note="a quiet week").answered


@pytest.mark.parametrize("value", [1, 0, "yes", "no", 0.0])
def test_an_answer_is_true_false_or_none_only(value):
    with pytest.raises(ValidationError, match="yes, no, or left out"):
        WeeklyCheck(AT, bladder=value)


def test_the_note_holds_up_to_1000_characters():
    assert len(WeeklyCheck(AT, note="x" * MAX_NOTE).note) == MAX_NOTE
    with pytest.raises(ValidationError, match="at most 1,000"):
        WeeklyCheck(AT, note="x" * (MAX_NOTE + 1))


def test_the_date_must_be_in_range():
    with pytest.raises(ValidationError, match="between 1900 and 2199"):
        WeeklyCheck(datetime(1850, 1, 1))


def test_from_answers_refuses_an_unknown_question():
    check = WeeklyCheck.from_answers(AT, {"bladder": True, "memory": False}, "note")
    assert check.answers() == {
        "bladder": True,
        "unreal": None,
        "memory": False,
        "extra_dose": None,
    }
    with pytest.raises(ValidationError, match="no question called 'sleep'"):
        WeeklyCheck.from_answers(AT, {"sleep": True})


def test_round_trip_through_a_record():
    check = WeeklyCheck(AT, bladder=True, unreal=None, memory=False, note="ok", course_id="c1")
    record = Record.create(check, "2026-03-10T19:00:00.000Z")
    again = Record.from_dict(record.to_dict())
    assert again.kind == "weekly_check"
    assert again.data == check
    assert record.to_dict()["data"] == {
        "at": "2026-03-10T19:00",
        "bladder": True,
        "unreal": None,
        "memory": False,
        "extra_dose": None,
        "note": "ok",
        "course_id": "c1",
    }


def test_an_imported_check_is_validated_again():
    raw = Record.create(WeeklyCheck(AT), "2026-03-10T19:00:00.000Z").to_dict()
    raw["data"]["note"] = "x" * (MAX_NOTE + 1)
    record = Record.from_dict(raw)  # read back as written...
    with pytest.raises(ValidationError):
        dataclasses.replace(record.data)  # ...and refused when checked, as an import does
