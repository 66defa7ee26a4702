"""assess due: the questionnaires suggested now, on the course clock (and the service under it)."""

from __future__ import annotations

import json
from datetime import date, datetime

from journal_app.domain.cadence import (
    A_WHILE_WHY,
    BASELINE_WHY,
    FIRST_WHY,
    SINGLE_END_WHY,
    CourseTimes,
    Suggestion,
)
from journal_app.services.assessments import AssessmentService

KEYS = {"instrument", "due", "why"}
TODAY = "2026-03-14"  # the tests' fixed clock


def due_json(cli) -> list[dict[str, str]]:
    result = cli("assess", "due", "--json")
    assert result.code == 0, result.err
    found: list[dict[str, str]] = json.loads(result.out)
    return found


def test_an_empty_journal_suggests_a_first_phq9_and_gad7(initialised):
    found = due_json(initialised)
    assert found == [
        {"instrument": "phq9", "due": TODAY, "why": FIRST_WHY},
        {"instrument": "gad7", "due": TODAY, "why": FIRST_WHY},
    ]
    assert all(set(item) == KEYS for item in found)


def test_a_baseline_is_suggested_before_a_planned_session(initialised):
    planned = initialised("journey", "add", "--date", "2026-03-18T10:00")
    assert planned.code == 0, planned.err
    assert due_json(initialised) == [
        {"instrument": "phq9", "due": "2026-03-11", "why": BASELINE_WHY},
        {"instrument": "gad7", "due": "2026-03-11", "why": BASELINE_WHY},
    ]
    text = initialised("assess", "due")
    assert text.out.splitlines() == [
        f"PHQ-9: {BASELINE_WHY} (suggested since 2026-03-11)",
        f"GAD-7: {BASELINE_WHY} (suggested since 2026-03-11)",
    ]


def test_nothing_due_says_so_kindly_and_json_is_an_empty_list(initialised):
    for args in (
        ("phq9", "--answers", "0,0,0,0,0,0,0,0,0"),
        ("gad7", "--answers", "0,0,0,0,0,0,0"),
    ):
        assert initialised("assess", *args).code == 0
    assert due_json(initialised) == []
    result = initialised("assess", "due")
    assert result.code == 0
    assert result.out == (
        "No questionnaire is suggested right now. You can take one whenever you like.\n"
    )


def test_answering_still_needs_answers_and_due_is_not_a_questionnaire_to_store(initialised):
    missing = initialised("assess", "phq9")
    assert missing.code == 2
    assert "--answers" in missing.err
    assert initialised("assess", "due", "--answers", "1").code == 0
    assert json.loads(initialised("list", "--kind", "assessment", "--json").out) == []


def test_due_before_a_journal_exists_says_what_to_do(cli):
    result = cli("assess", "due")
    assert result.code != 0
    assert result.out == ""


# The service


def test_the_service_takes_courses(vault):
    assessments = AssessmentService(vault)
    assessments.take("phq9", [0] * 9, at=datetime(2026, 2, 1, 10, 0))
    assessments.take("gad7", [0] * 7, at=datetime(2026, 3, 10, 10, 0))
    course = CourseTimes("single", planned=(datetime(2026, 3, 16, 10, 0),))
    now = datetime(2026, 3, 14, 12, 0)
    assert assessments.due([course], now) == [Suggestion("phq9", date(2026, 3, 9), BASELINE_WHY)]
    assert assessments.due([], now) == [Suggestion("phq9", date(2026, 2, 15), A_WHILE_WHY)]


def test_the_service_still_takes_session_starts(vault):
    assessments = AssessmentService(vault)
    assessments.take("gad7", [0] * 7, at=datetime(2026, 3, 1, 10, 0))
    found = assessments.due(now=datetime(2026, 3, 14, 12, 0), session_starts=[datetime(2026, 3, 7)])
    assert found == [
        Suggestion("phq9", date(2026, 3, 8), SINGLE_END_WHY),
        Suggestion("gad7", date(2026, 3, 8), SINGLE_END_WHY),
    ]
