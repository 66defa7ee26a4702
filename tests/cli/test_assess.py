"""assess: scores printed and stored exactly; bad answers refused before anything is stored."""

from __future__ import annotations

import json

import pytest


def test_assess_prints_json_with_the_documented_keys(initialised):
    result = initialised("assess", "phq9", "--answers", "1,1,1,1,1,1,1,1,0", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "instrument": "phq9",
        "total": 8,
        "severity": "mild",
        "flags": [],
        "difficulty": None,
    }
    listed = json.loads(initialised("list", "--kind", "assessment", "--json").out)
    assert len(listed) == 1


def test_who5_gives_its_percent_and_pcl5_its_clusters(initialised):
    who5 = json.loads(initialised("assess", "who5", "--answers", "3,3,3,3,3", "--json").out)
    assert (who5["total"], who5["percent"], who5["severity"]) == (15, 60, "adequate")
    answers = ",".join(["2"] * 20)
    pcl5 = json.loads(initialised("assess", "pcl5", "--answers", answers, "--json").out)
    assert pcl5["clusters"] == {"B": 10, "C": 4, "D": 14, "E": 12}
    assert pcl5["flags"] == ["probable_ptsd"]


def test_item9_shows_crisis_lines_for_the_region_and_still_saves(initialised):
    result = initialised("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1")
    assert result.code == 0
    assert "988" in result.err and "Samaritans" in result.err
    assert "Nobody monitors this app" in result.err
    assert (
        "item9"
        in json.loads(
            initialised("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,2", "--json").out
        )["flags"]
    )


def test_the_plain_output_names_the_band_and_says_it_is_not_a_diagnosis(initialised):
    result = initialised("assess", "gad7", "--answers", "3,3,3,3,3,0,0")
    assert "GAD-7: 15 of 21, severe" in result.out
    assert "not a diagnosis" in result.err


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("phq9", "--answers", "0,0,0"), "has 9 questions, but 3"),
        (("phq9", "--answers", "0,0,0,0,0,0,0,0,4"), "Answer 9 is 4"),
        (("gad7", "--answers", "0,0,x,0,0,0,0"), "isn't a number"),
        (("beck", "--answers", "0"), "doesn't know a questionnaire"),
    ],
)
def test_bad_answers_exit_2_and_store_nothing(initialised, args, reason):
    result = initialised("assess", *args)
    assert result.code == 2
    assert reason in result.err
    assert json.loads(initialised("list", "--kind", "assessment", "--json").out) == []


# The parts of the forms beyond the scored items


def test_difficulty_is_stored_shown_in_words_and_never_scored(initialised):
    result = initialised("assess", "phq9", "--answers", "1,1,1,1,1,1,1,1,0", "--difficulty", "2")
    assert result.code == 0, result.err
    assert "PHQ-9: 8 of 27, mild" in result.out
    assert "How difficult: Very difficult" in result.out
    gad7 = initialised("assess", "gad7", "--answers", "0,0,0,0,0,0,0", "--difficulty", "0")
    assert "How difficult: Not difficult at all" in gad7.out
    listed = initialised("list", "--kind", "assessment").out
    assert "very difficult" in listed and "not difficult at all" in listed
    left_out = initialised("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,0")
    assert "How difficult" not in left_out.out


def test_difficulty_appears_in_json_and_is_null_when_left_out(initialised):
    given = initialised(
        "assess", "gad7", "--answers", "1,0,0,0,0,0,0", "--difficulty", "3", "--json"
    )
    assert json.loads(given.out)["difficulty"] == 3
    assert json.loads(given.out)["total"] == 1
    left = initialised("assess", "gad7", "--answers", "1,0,0,0,0,0,0", "--json")
    assert json.loads(left.out)["difficulty"] is None


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("who5", "--answers", "3,3,3,3,3", "--difficulty", "1"), "WHO-5 has no question"),
        (("pcl5", "--answers", ",".join("0" * 20), "--difficulty", "0"), "PCL-5 has no question"),
        (("phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--difficulty", "4"), "goes from 0"),
        (("phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--difficulty", "-1"), "goes from 0"),
        (("phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--event", "the flood"), "only the PCL-5"),
        (("pcl5", "--answers", ",".join("0" * 20), "--event", "x" * 501), "at most 500"),
    ],
)
def test_a_refused_extra_exits_2_before_the_passphrase_and_stores_nothing(
    initialised, args, reason
):
    result = initialised("assess", *args, passphrase=None)  # a prompt would fail the test
    assert result.code == 2
    assert reason in result.err
    assert json.loads(initialised("list", "--kind", "assessment", "--json").out) == []


def test_a_difficulty_that_is_not_a_number_is_a_usage_error(initialised):
    result = initialised("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--difficulty", "x")
    assert result.code == 2
    assert json.loads(initialised("list", "--kind", "assessment", "--json").out) == []


def test_who5_says_gently_when_an_answer_was_0_or_1(initialised):
    result = initialised("assess", "who5", "--answers", "5,5,5,5,1")
    assert result.code == 0
    assert "At no time" in result.err and "care team" in result.err
    assert (
        "low_item"
        in json.loads(initialised("assess", "who5", "--answers", "0,5,5,5,5", "--json").out)[
            "flags"
        ]
    )
    calm = initialised("assess", "who5", "--answers", "2,2,2,2,2")
    assert "At no time" not in calm.err


def test_the_pcl5_event_note_is_stored_privately(initialised, list_json):
    answers = ",".join("1" * 20)
    result = initialised("assess", "pcl5", "--answers", answers, "--event", "The flood")
    assert result.code == 0, result.err
    assert "The flood" not in result.out + result.err
    [listed] = list_json("--kind", "assessment")
    shown = json.loads(initialised("show", listed["id"], "--json").out)
    assert shown["data"]["event_note"] == "The flood"
