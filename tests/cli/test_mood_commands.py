"""mood stats: JSON keys, the human summary, and bad ranges refused before unlocking."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from journal_app.services.assessments import AssessmentService
from journal_app.services.checkins import CheckInService
from journal_app.services.journeys import JourneyService

SESSION = date(2026, 1, 10)
TOP_KEYS = {"range", "checkins", "journeys", "questionnaires", "sleep_mood", "note"}
JOURNEY_KEYS = {"journey_id", "date", "before_7d", "after_7d", "after_14d", "after_30d"}


@pytest.fixture
def filled(vault, cli):
    """A journal with three weeks of check-ins around a session, and PHQ-9/GAD-7 results."""
    checkins = CheckInService(vault)
    for offset in range(-10, 11):
        day = SESSION + timedelta(days=offset)
        score = 4 if offset < 0 else 7
        sleep = 6.0 if offset % 2 else 8.0
        checkins.add(
            score + (offset % 2 == 0),
            at=datetime.combine(day, datetime.min.time()).replace(hour=20),
            anxiety=5,
            sleep_hours=sleep,
        )
    JourneyService(vault).add(datetime(2026, 1, 10, 10))
    assessments = AssessmentService(vault)
    assessments.take("phq9", [2, 2, 2, 2, 2, 0, 0, 0, 0], at=datetime(2026, 1, 3, 9))
    assessments.take("phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], at=datetime(2026, 1, 20, 9))
    assessments.take("gad7", [2, 2, 2, 2, 0, 0, 0], at=datetime(2026, 1, 3, 9))
    assessments.take("gad7", [1, 1, 0, 0, 0, 0, 0], at=datetime(2026, 1, 20, 9))
    vault.lock()
    return cli


def test_json_has_the_documented_keys(filled):
    result = filled("mood", "stats", "--json")
    assert result.code == 0, result.err
    stats = json.loads(result.out)
    assert set(stats) == TOP_KEYS
    assert set(stats["checkins"]) >= {"count", "days", "mood", "anxiety", "energy", "sleep_hours"}
    assert set(stats["checkins"]["mood"]) == {"mean", "min", "max"}
    assert stats["checkins"]["count"] == 21
    [journey] = stats["journeys"]
    assert set(journey) >= JOURNEY_KEYS | {"change_7d"}
    assert journey["date"] == "2026-01-10"
    phq9 = stats["questionnaires"]["phq9"]
    assert (phq9["baseline"]["total"], phq9["latest"]["total"]) == (10, 5)
    assert phq9["change"] == -5 and phq9["reliable"] == "unchanged"
    assert phq9["response"] is True and phq9["remission"] is False
    gad7 = stats["questionnaires"]["gad7"]
    assert gad7["change"] == -6 and gad7["reliable"] == "improved"
    # A GAD-7 baseline of 8 is not elevated: response and remission don't apply.
    assert gad7["response"] is None and gad7["remission"] is None
    assert stats["questionnaires"]["who5"]["latest"] is None
    assert stats["sleep_mood"]["n"] == 21
    assert "not a diagnosis" in stats["note"]


def test_json_range_filters_the_check_ins(filled):
    stats = json.loads(
        filled("mood", "stats", "--from", "2026-01-11", "--to", "2026-01-12", "--json").out
    )
    assert stats["range"] == {"from": "2026-01-11", "to": "2026-01-12"}
    assert stats["checkins"]["count"] == 2 and stats["journeys"] == []


def test_the_summary_speaks_plainly(filled):
    result = filled("mood", "stats")
    assert result.code == 0, result.err
    text = result.out
    assert "Average mood" in text and "out of 10" in text
    assert "2026-01-10:" in text and "before" in text and "after" in text
    assert "PHQ-9: 10 before this series of sessions (3 Jan 2026)" in text
    assert "5 on 20 Jan 2026: 5 points lower." in text
    assert "within what the questionnaire can vary by chance" in text
    assert "(a response), not yet below 5" in text
    assert "GAD-7: 8 before" in text and "reliable improvement" in text
    assert "only defined from a starting score of 10 or more" in text
    assert "On days after 7 hours of sleep or more, mood averaged 6.6" in text
    assert "More sleep tended to go with better mood" in text
    assert text.rstrip().endswith("not a diagnosis.")


def test_the_summary_of_an_empty_journal(initialised):
    result = initialised("mood", "stats")
    assert result.code == 0, result.err
    assert "No check-ins here yet" in result.out
    assert "not a diagnosis" in result.out


def test_global_options_come_after_the_action(initialised, data_dir):
    result = initialised("mood", "stats", "--json", "--data-dir", str(data_dir), "--debug")
    assert result.code == 0, result.err
    assert json.loads(result.out)["checkins"]["count"] == 0


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "2026-1-5"])
def test_a_bad_date_is_a_usage_error(initialised, bad):
    result = initialised("mood", "stats", "--from", bad)
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err


def test_from_after_to_exits_2_without_asking_for_the_passphrase(initialised):
    result = initialised(
        "mood", "stats", "--from", "2026-03-01", "--to", "2026-02-01", passphrase=None
    )
    assert result.code == 2
    assert "comes after" in result.err and result.out == ""


def test_mood_needs_an_action(initialised):
    result = initialised("mood")
    assert result.code == 2
    assert "stats" in result.err or "ACTION" in result.err


def test_a_minimal_year_old_baseline_claims_no_response_or_remission(vault, cli):
    """The review's case: PHQ-9 4 thirteen months before the sessions, 2 after them."""
    assessments = AssessmentService(vault)
    assessments.take("phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0], at=datetime(2025, 1, 3, 9))
    JourneyService(vault).add(datetime(2026, 2, 10, 10))
    assessments.take("phq9", [1, 1, 0, 0, 0, 0, 0, 0, 0], at=datetime(2026, 3, 1, 9))
    vault.lock()
    phq9 = json.loads(cli("mood", "stats", "--json").out)["questionnaires"]["phq9"]
    assert phq9["baseline"] is None and phq9["latest"] == {"date": "2026-03-01", "total": 2}
    assert phq9["change"] is None and phq9["reliable"] is None
    assert phq9["response"] is None and phq9["remission"] is None
    text = cli("mood", "stats").out
    assert "no recent baseline" in text
    assert "remission" not in text and "response" not in text
