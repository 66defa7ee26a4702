"""Check-ins and journeys from the command line."""

from __future__ import annotations

import json

CHECKIN = (
    "checkin",
    "--mood", "7",
    "--anxiety", "3",
    "--energy", "5",
    "--sleep-hours", "7.5",
    "--sleep-quality", "4",
    "--emotion", "calm",
    "--note", "A steady day",
)  # fmt: skip

JOURNEY = (
    "journey", "add",
    "--date", "2026-03-01",
    "--route", "IM",
    "--dose-mg", "60",
    "--setting", "clinic",
    "--intention", "Meet the fear with curiosity",
    "--notes", "Felt held by the music",
)  # fmt: skip


# check-ins


def test_checkin_stores_every_value(initialised, list_json):
    result = initialised(*CHECKIN)
    assert result.code == 0, result.err
    [checkin] = list_json("--kind", "checkin")
    assert checkin["kind"] == "checkin"
    assert checkin["data"] == {
        "at": checkin["data"]["at"],
        "mood": 7,
        "anxiety": 3,
        "energy": 5,
        "sleep_hours": 7.5,
        "sleep_quality": 4,
        "emotions": ["calm"],
        "note": "A steady day",
    }


def test_checkin_is_listed_with_kind_checkin(initialised):
    assert initialised(*CHECKIN).code == 0
    result = initialised("list", "--kind", "checkin")
    assert result.code == 0, result.err
    assert "mood 7/10, anxiety 3/10, energy 5/10, slept 7.5 h" in result.out
    assert "A steady day" in result.out


def test_checkin_is_not_listed_as_an_entry(initialised, list_json):
    assert initialised(*CHECKIN).code == 0
    assert list_json() == []


def test_checkin_date_sets_when_it_was(initialised, list_json):
    assert initialised("checkin", "--mood", "5", "--date", "2026-03-10T08:15").code == 0
    assert list_json("--kind", "checkin")[0]["data"]["at"] == "2026-03-10T08:15"


def test_checkins_are_listed_newest_first(initialised, list_json):
    for when in ("2026-03-02T09:00", "2026-03-10T09:00", "2026-03-05T09:00"):
        assert initialised("checkin", "--mood", "5", "--date", when).code == 0
    ats = [c["data"]["at"] for c in list_json("--kind", "checkin")]
    assert ats == ["2026-03-10T09:00", "2026-03-05T09:00", "2026-03-02T09:00"]


def test_checkin_list_from_to_filters_by_day(initialised, list_json):
    for when in ("2026-03-02T09:00", "2026-03-05T09:00", "2026-03-10T09:00"):
        assert initialised("checkin", "--mood", "5", "--date", when).code == 0
    listed = list_json("--kind", "checkin", "--from", "2026-03-03", "--to", "2026-03-09")
    assert [c["data"]["at"] for c in listed] == ["2026-03-05T09:00"]


def test_checkin_mood_0_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("checkin", "--mood", "0")
    assert result.code == 2
    assert "Mood must be between 1 and 10" in result.err
    assert list_json("--kind", "checkin") == []


def test_checkin_mood_11_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("checkin", "--mood", "11")
    assert result.code == 2
    assert "Mood must be between 1 and 10" in result.err
    assert list_json("--kind", "checkin") == []


def test_checkin_anxiety_11_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("checkin", "--mood", "5", "--anxiety", "11")
    assert result.code == 2
    assert "Anxiety" in result.err
    assert list_json("--kind", "checkin") == []


def test_checkin_sleep_quality_6_exits_2(initialised, list_json):
    result = initialised("checkin", "--mood", "5", "--sleep-quality", "6")
    assert result.code == 2
    assert list_json("--kind", "checkin") == []


def test_checkin_non_number_mood_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("checkin", "--mood", "good")
    assert result.code == 2
    assert list_json("--kind", "checkin") == []


def test_checkin_without_mood_exits_2(initialised, list_json):
    result = initialised("checkin", "--anxiety", "3")
    assert result.code == 2
    assert list_json("--kind", "checkin") == []


# journeys


def test_journey_add_logs_a_past_session(initialised):
    result = initialised(*JOURNEY)
    assert result.code == 0, result.err
    assert "Journey saved." in result.err
    assert "Session 1 of 1  IM, 60 mg, clinic" in result.out


def test_journey_list_shows_session_1_of_1(initialised):
    assert initialised(*JOURNEY).code == 0
    result = initialised("journey", "list")
    assert result.code == 0, result.err
    line = result.out.strip()
    assert line.startswith("2026-03-01 10:00")
    assert "Session 1 of 1" in line
    assert "IM, 60 mg, clinic" in line
    assert '"Meet the fear with curiosity"' in line
    assert "(planned)" not in line


def test_journey_in_the_future_is_listed_as_planned(initialised):
    result = initialised("journey", "add", "--date", "2026-04-02")
    assert result.code == 0, result.err
    assert "Journey planned." in result.err
    listed = initialised("journey", "list").out
    assert "Session 1 of 1" in listed
    assert "(planned)" in listed


def test_journey_list_numbers_sessions_within_their_course_in_date_order(initialised):
    assert initialised(*JOURNEY).code == 0  # 2026-03-01
    assert initialised("journey", "add", "--date", "2026-03-15").code == 0  # same course
    assert initialised("journey", "add", "--date", "2026-05-02").code == 0  # a new course
    lines = initialised("journey", "list").out.splitlines()
    assert [line[:10] for line in lines] == ["2026-03-01", "2026-03-15", "2026-05-02"]
    assert "Session 1 of 2" in lines[0]
    assert "Session 2 of 2" in lines[1]
    assert "Session 1 of 1" in lines[2]


def test_journey_add_stores_route_dose_setting_intention_and_notes(initialised):
    assert initialised(*JOURNEY).code == 0
    [journey] = json.loads(initialised("journey", "list", "--json").out)
    data = journey["data"]
    assert journey["kind"] == "journey"
    assert data["planned_at"] == "2026-03-01T10:00"
    assert data["session"]["start"] == "2026-03-01T10:00"
    assert (data["session"]["route"], data["session"]["dose_mg"]) == ("IM", 60.0)
    assert data["session"]["setting"] == "clinic"
    assert data["intention"]["sentence"] == "Meet the fear with curiosity"
    assert [n["text"] for n in data["session"]["notes"]] == ["Felt held by the music"]


def test_journey_list_json_is_an_array_in_date_order(initialised):
    assert initialised("journey", "add", "--date", "2026-04-02").code == 0
    assert initialised(*JOURNEY).code == 0
    result = initialised("journey", "list", "--json")
    assert result.code == 0, result.err
    listed = json.loads(result.out)
    assert [j["data"]["planned_at"] for j in listed] == ["2026-03-01T10:00", "2026-04-02T10:00"]
    assert listed[1]["data"]["session"]["start"] is None


def test_list_kind_journey_shows_journeys(initialised):
    assert initialised(*JOURNEY).code == 0
    result = initialised("list", "--kind", "journey")
    assert result.code == 0, result.err
    assert "Session 1 of 1" in result.out


def test_list_kind_journey_honours_from_and_to(initialised, list_json):
    assert initialised(*JOURNEY).code == 0
    assert initialised("journey", "add", "--date", "2026-04-02").code == 0
    listed = list_json("--kind", "journey", "--from", "2026-03-10")
    assert [j["data"]["planned_at"] for j in listed] == ["2026-04-02T10:00"]


def test_journey_negative_dose_exits_2_and_stores_nothing(initialised):
    result = initialised("journey", "add", "--date", "2026-03-01", "--dose-mg", "-5")
    assert result.code == 2
    assert "dose" in result.err
    assert json.loads(initialised("journey", "list", "--json").out) == []


def test_journey_dose_over_1000_mg_exits_2_and_stores_nothing(initialised):
    result = initialised("journey", "add", "--date", "2026-03-01", "--dose-mg", "5000")
    assert result.code == 2
    assert "at most 1000 mg" in result.err
    assert json.loads(initialised("journey", "list", "--json").out) == []


def test_journey_unknown_route_exits_2_and_stores_nothing(initialised):
    result = initialised("journey", "add", "--date", "2026-03-01", "--route", "bogus")
    assert result.code == 2
    assert json.loads(initialised("journey", "list", "--json").out) == []


def test_journey_add_without_date_exits_2(initialised):
    result = initialised("journey", "add", "--route", "IM")
    assert result.code == 2
    assert json.loads(initialised("journey", "list", "--json").out) == []


def test_journey_list_of_none_says_how_to_plan_one(initialised):
    result = initialised("journey", "list")
    assert result.code == 0
    assert result.out == ""
    assert "journal-app journey add" in result.err
