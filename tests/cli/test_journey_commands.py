"""journey add / show / steps / due, and their bad input."""

from __future__ import annotations

import json

import pytest

STEP_KEYS = {"course_id", "journey_id", "step", "due", "status"}


def _add(cli, *args: str) -> str:
    result = cli("journey", "add", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)["id"]


def test_add_takes_every_session_field(initialised):
    journey_id = _add(
        initialised,
        "--date",
        "2026-03-01T10:00",
        "--onset",
        "2026-03-01T10:10",
        "--peak",
        "2026-03-01T10:35",
        "--end",
        "2026-03-01T11:20",
        "--route",
        "IM",
        "--dose-mg",
        "60",
        "--setting",
        "clinic",
        "--provider",
        "Harbour Clinic",
        "--sitter-present",
        "--music",
        "quiet strings",
        "--intensity",
        "7",
        "--dissociation",
        "6",
        "--body",
        "warm hands",
        "--narrative",
        "A slow tide",
        "--intention",
        "Listen",
        "--notes",
        "colours",
    )
    shown = json.loads(initialised("journey", "show", journey_id, "--json").out)
    session = shown["data"]["session"]
    assert session["onset"] == "2026-03-01T10:10" and session["end"] == "2026-03-01T11:20"
    assert session["sitter_present"] is True and session["intensity"] == 7
    assert session["notes"][0]["text"] == "colours"
    text = initialised("journey", "show", journey_id[:6]).out
    assert "Session 1 of 1" in text and "Harbour Clinic" in text and "+30 days" in text


def test_steps_json_has_one_object_per_step(initialised):
    journey_id = _add(initialised, "--date", "2026-03-01T10:00")
    steps = json.loads(initialised("journey", "steps", journey_id, "--json").out)
    assert [s["step"] for s in steps] == ["0h", "1d", "3d", "7d", "14d", "30d"]
    assert all(set(s) == STEP_KEYS and s["journey_id"] == journey_id for s in steps)
    assert len({s["course_id"] for s in steps}) == 1
    assert steps[0]["due"] == "2026-03-01T12:00"  # two hours after the start: no end logged
    assert steps[1]["due"] == "2026-03-02T10:00"
    # Nothing answered: only the newest three open steps stay open, the older fold.
    assert steps[0]["status"] == "folded" and steps[-1]["status"] == "upcoming"


def test_due_lists_waiting_steps_across_journeys(initialised):
    first = _add(initialised, "--date", "2026-03-01T10:00")
    second = _add(initialised, "--date", "2026-03-10T10:00")
    due = json.loads(initialised("journey", "due", "--json").out)
    # Nine days apart: one course (an induction). The first session's steps were carried
    # into the second when it started; at most three are open, the most recent first.
    assert {d["journey_id"] for d in due} <= {second, None} and len(due) <= 3
    assert all(set(d) == STEP_KEYS and d["status"] in {"due", "overdue"} for d in due)
    assert [d["due"] for d in due] == sorted((d["due"] for d in due), reverse=True)
    assert first not in {d["journey_id"] for d in due}


def test_a_planned_session_in_the_future_has_nothing_due(initialised):
    journey_id = _add(initialised, "--date", "2026-04-20")
    steps = json.loads(initialised("journey", "steps", journey_id, "--json").out)
    assert {s["status"] for s in steps} == {"upcoming"}
    assert json.loads(initialised("journey", "due", "--json").out) == []
    assert "(planned)" in initialised("journey", "list").out


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--end", "2026-03-01T09:00"), "end before it starts"),
        (("--dose-mg", "-5"), "dose"),
        (("--dose-mg", "5000"), "dose"),
        (("--intensity", "11"), "Intensity"),
        (("--onset", "2026-03-01 9am"), "YYYY-MM-DDTHH:MM"),
    ],
)
def test_bad_session_details_exit_2_and_store_nothing(initialised, args, reason):
    result = initialised("journey", "add", "--date", "2026-03-01T10:00", *args)
    assert result.code == 2
    assert reason in result.err
    assert json.loads(initialised("journey", "list", "--json").out) == []


def test_deleting_a_journey_takes_its_steps_off_the_due_list(initialised):
    journey_id = _add(initialised, "--date", "2026-03-10T10:00")
    assert initialised("delete", journey_id).code == 0
    assert json.loads(initialised("journey", "due", "--json").out) == []
    assert journey_id[:8] in initialised("trash").out
    assert initialised("undelete", journey_id).code == 0
    assert json.loads(initialised("journey", "due", "--json").out) != []


def test_an_unknown_journey_exits_1(initialised):
    assert initialised("journey", "steps", "ffffffff").code == 1
