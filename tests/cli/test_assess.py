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
