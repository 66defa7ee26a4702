"""weekly-check: answers stored, kind words, lines suggested, bad input refused."""

from __future__ import annotations

import json

import pytest

CHECK_KEYS = {"id", "at", "answers", "note", "course_id", "worth_mentioning", "suggested"}


def _everything(cli) -> list[dict]:
    result = cli("list", "--kind", "all", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_a_check_is_stored_with_its_course_and_its_yes_becomes_a_suggestion(initialised):
    added = initialised("journey", "add", "--date", "2026-03-10T10:00", "--json")
    assert added.code == 0, added.err
    result = initialised(
        "weekly-check", "--bladder", "yes", "--unreal", "no", "--note", "tired", "--json"
    )
    assert result.code == 0, result.err
    shown = json.loads(result.out)
    assert set(shown) == CHECK_KEYS
    assert shown["answers"] == {
        "bladder": True,
        "unreal": False,
        "memory": None,
        "extra_dose": None,
    }
    assert shown["note"] == "tired" and shown["course_id"]
    line = (
        "I noticed bladder changes (going more often, urgency, pain or blood) this week "
        "— worth mentioning to my prescriber."
    )
    assert shown["worth_mentioning"] == [line]
    assert [s["text"] for s in shown["suggested"]] == [line]
    assert set(shown["suggested"][0]) == {"key", "text", "why"}
    listed = json.loads(initialised("questions", "--json").out)
    assert [s["text"] for s in listed["suggested"]] == [line]


def test_the_text_output_is_kind_and_names_the_new_line(initialised):
    result = initialised("weekly-check", "--memory", "yes")
    assert result.code == 0, result.err
    assert "Weekly check saved" in result.err
    assert "Added to the suggestions for your prescriber:" in result.out
    assert "memory or concentration" in result.out
    quiet = initialised("weekly-check", "--memory", "no", "--extra-dose", "no")
    assert quiet.code == 0, quiet.err
    assert "Nothing new to mention this week." in quiet.err
    assert quiet.out == ""


@pytest.mark.parametrize(
    "args",
    [
        ("--bladder", "maybe"),
        ("--unreal", "YES"),
        ("--memory",),
        ("--note", "x" * 1001),
        ("--sleep", "yes"),
        (),  # nothing answered
        ("--note", "   "),
    ],
)
def test_bad_input_exits_2_and_stores_nothing(initialised, args):
    result = initialised("weekly-check", *args)
    assert result.code == 2
    assert result.err
    assert _everything(initialised) == []


def test_with_nothing_answered_the_questions_are_shown(initialised):
    result = initialised("weekly-check")
    assert result.code == 2
    assert "Nothing was saved" in result.err
    for option in ("--bladder", "--unreal", "--memory", "--extra-dose"):
        assert option in result.err


def test_bad_input_is_refused_before_the_passphrase_is_asked_for(initialised):
    result = initialised("weekly-check", "--note", "x" * 1001, passphrase=None)
    assert result.code == 2
