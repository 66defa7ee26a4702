"""course list / show / set / move, journey add --course, and their bad input."""

from __future__ import annotations

import json

COURSE_KEYS = {"id", "kind", "planned", "journeys", "first", "last"}
INDUCTION = ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19")


def _add(cli, *args: str) -> str:
    result = cli("journey", "add", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)["id"]


def _courses(cli) -> list[dict]:
    result = cli("course", "list", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_journeys_within_21_days_make_one_course_and_a_later_one_a_new(initialised):
    ids = [_add(initialised, "--date", f"{day}T10:00", "--route", "IV") for day in INDUCTION]
    later = _add(initialised, "--date", "2026-03-12T10:00")  # 21 days after the 6th: joins
    alone = _add(initialised, "--date", "2026-04-10T10:00")  # 29 days after: a new course
    courses = _courses(initialised)
    assert [set(c) for c in courses] == [COURSE_KEYS, COURSE_KEYS]
    assert courses[0]["journeys"] == [*ids, later] and courses[0]["kind"] == "induction"
    assert courses[1]["journeys"] == [alone] and courses[1]["kind"] == "single"
    assert courses[0]["first"] == "2026-02-02T10:00" and courses[0]["planned"] is None


def test_set_kind_and_planned_and_see_session_n_of_planned(initialised):
    first = _add(initialised, "--date", "2026-02-02T10:00")
    _add(initialised, "--date", "2026-02-05T10:00")
    [course] = _courses(initialised)
    result = initialised("course", "set", course["id"][:8], "--planned", "6", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["planned"] == 6
    assert "Session 1 of 6" in initialised("course", "show", course["id"]).out
    assert "Session 1 of 6" in initialised("journey", "show", first).out
    result = initialised("course", "set", course["id"], "--kind", "maintenance")
    assert result.code == 0, result.err
    assert _courses(initialised)[0]["kind"] == "maintenance"


def test_show_json_lists_session_and_course_steps(initialised):
    for day in INDUCTION:
        _add(initialised, "--date", f"{day}T10:00")
    [course] = _courses(initialised)
    shown = json.loads(initialised("course", "show", course["id"], "--json").out)
    steps = shown["steps"]
    assert {s["step"] for s in steps if s["journey_id"]} == {"0h", "1d"}
    assert {s["step"] for s in steps if s["journey_id"] is None} >= {
        "course-week-1",
        "course-3d",
        "course-14d",
        "course-30d",
    }
    assert len(steps) <= 18
    assert {s["status"] for s in steps} <= {"upcoming", "due", "overdue", "done", "folded"}


def test_move_a_journey_to_a_new_course_and_back(initialised):
    a = _add(initialised, "--date", "2026-02-02T10:00")
    b = _add(initialised, "--date", "2026-02-05T10:00")
    result = initialised("course", "move", b, "new", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["journeys"] == [b]
    courses = _courses(initialised)
    assert [c["journeys"] for c in courses] == [[a], [b]]
    result = initialised("course", "move", b, courses[0]["id"])
    assert result.code == 0, result.err
    assert [c["journeys"] for c in _courses(initialised)] == [[a, b]]


def test_journey_add_course_new_starts_its_own_course(initialised):
    _add(initialised, "--date", "2026-02-02T10:00")
    _add(initialised, "--date", "2026-02-05T10:00", "--course", "new")
    assert [len(c["journeys"]) for c in _courses(initialised)] == [1, 1]


def test_bad_input_exits_2_and_changes_nothing(initialised):
    journey = _add(initialised, "--date", "2026-02-02T10:00")
    [course] = _courses(initialised)
    for args in (
        ("course", "set", course["id"], "--kind", "weekly"),
        ("course", "set", course["id"], "--planned", "0"),
        ("course", "set", course["id"], "--planned", "100"),
        ("course", "move", journey, "0123456789abcdef"),
        ("journey", "add", "--date", "2026-02-03", "--course", "fedcba9876543210"),
    ):
        result = initialised(*args)
        assert result.code == 2, (args, result.err)
        assert result.err.strip()
    assert _courses(initialised) == [course]
    assert len(json.loads(initialised("journey", "list", "--json").out)) == 1


def test_set_with_nothing_to_change_says_what_to_give(initialised):
    _add(initialised, "--date", "2026-02-02T10:00")
    [course] = _courses(initialised)
    result = initialised("course", "set", course["id"])
    assert result.code == 2 and "--kind" in result.err


def test_an_empty_journal_has_no_courses(initialised):
    assert _courses(initialised) == []
    assert "No courses yet" in initialised("course", "list").err
