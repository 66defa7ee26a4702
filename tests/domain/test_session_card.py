"""The session card: medicine, the dose as given, vitals, side effects and clear-at."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import (
    ESKETAMINE_DEVICE_MG,
    MEDICINES,
    ROUTES,
    SEVERITIES,
    SIDE_EFFECT_WORDS,
    SIDE_EFFECTS,
    Journey,
    SessionLog,
    SideEffect,
    Vital,
    dose_words,
)
from journal_app.domain.session_card import ordered_vitals, parse_clock, side_effect_key

START = datetime(2026, 3, 1, 10, 0)

# A journey exactly as the version before the card stored it (Journey(...).to_data()).
OLD_JOURNEY: dict[str, Any] = {
    "planned_at": "2026-03-10T10:00",
    "preparation": {"checked": ["prep-fasting"], "hidden": [], "custom_items": [], "screening": {}},
    "intention": {"answers": {}, "sentence": "Meet what comes with kindness."},
    "session": {
        "start": "2026-03-10T10:05",
        "onset": "2026-03-10T10:09",
        "peak": "2026-03-10T10:30",
        "end": "2026-03-10T11:00",
        "setting": "clinic",
        "route": "IV",
        "dose_mg": 35.5,
        "provider": "Dr. Müller",
        "sitter_present": True,
        "music": "Clinic playlist",
        "intensity": 7,
        "dissociation": 6,
        "body": "Heavy arms.",
        "notes": [{"at": "2026-03-10T10:40", "text": "Ocean."}],
        "narrative": "It started slowly.",
    },
    "aftercare": ["after-rest"],
    "integration": {},
    "course_id": "",
}


def test_the_names_others_code_against():
    assert MEDICINES == ("ketamine", "esketamine", "psilocybin", "mdma", "other")
    assert ROUTES[:5] == ("IV", "IM", "sublingual", "intranasal", "oral")  # stored values stay
    assert {"subcutaneous", "lozenge", "sublingual"} <= set(ROUTES)
    assert ESKETAMINE_DEVICE_MG == 28
    assert SEVERITIES == ("mild", "moderate", "severe")
    assert set(SIDE_EFFECT_WORDS) == set(SIDE_EFFECTS)
    assert SIDE_EFFECT_WORDS["nausea"] == "nausea or vomiting"


# Medicine


def test_other_needs_a_name_up_to_100_characters():
    with pytest.raises(ValidationError, match="medicine's name"):
        SessionLog(medicine="other")
    with pytest.raises(ValidationError, match="100"):
        SessionLog(medicine="other", medicine_name="x" * 101)
    assert SessionLog(medicine="other", medicine_name="x" * 100).medicine_name == "x" * 100


def test_an_unknown_medicine_or_a_name_alone_is_refused():
    with pytest.raises(ValidationError, match="ketamine, esketamine"):
        SessionLog(medicine="lsd")
    with pytest.raises(ValidationError, match="choose the medicine"):
        SessionLog(medicine_name="Spravato")


# The dose as given, each number at its boundaries

BOUNDS = [
    ("devices", 1, 5, 0, 6),
    ("dose_mg_per_kg", 0.01, 5.0, 0.009, 5.01),
    ("weight_kg", 20.0, 300.0, 19.9, 300.1),
    ("infusion_minutes", 1, 240, 0, 241),
    ("hold_minutes", 1, 60, 0, 61),
]


@pytest.mark.parametrize(("field", "low", "high", "below", "above"), BOUNDS)
def test_each_dose_number_is_checked_at_its_boundaries(field, low, high, below, above):
    assert getattr(SessionLog(**{field: low}), field) == low
    assert getattr(SessionLog(**{field: high}), field) == high
    for bad in (below, above):
        with pytest.raises(ValidationError, match=f"from {low:g} to {high:g}"):
            SessionLog(**{field: bad})


@pytest.mark.parametrize("field", ["devices", "infusion_minutes", "hold_minutes"])
def test_counts_are_whole_numbers(field):
    with pytest.raises(ValidationError, match="whole number"):
        SessionLog(**{field: 1.5})
    with pytest.raises(ValidationError):
        SessionLog(**{field: True})


@pytest.mark.parametrize("devices", [1, 2, 3, 4, 5])
def test_esketamine_devices_are_28_mg_each(devices):
    log = SessionLog(medicine="esketamine", route="intranasal", devices=devices)
    assert log.dose_given_mg == 28 * devices
    assert log.dose_mg is None  # the plain mg stays as written: not given


def test_devices_of_another_medicine_have_no_computed_mg():
    log = SessionLog(medicine="ketamine", route="intranasal", devices=2)
    assert log.dose_given_mg is None and dose_words(log) == "2 devices"
    with_mg = SessionLog(medicine="ketamine", route="intranasal", devices=2, dose_mg=50)
    assert with_mg.dose_given_mg == 50 and dose_words(with_mg) == "2 devices (50 mg)"


@pytest.mark.parametrize(
    ("per_kg", "weight", "mg"), [(0.5, 70, 35), (1.0, 82.5, 82.5), (0.75, 64, 48), (5, 300, 1500)]
)
def test_mg_per_kg_times_weight(per_kg, weight, mg):
    assert SessionLog(dose_mg_per_kg=per_kg, weight_kg=weight).dose_given_mg == mg


def test_mg_per_kg_without_weight_has_no_mg():
    log = SessionLog(route="IV", dose_mg_per_kg=0.5, infusion_minutes=40)
    assert log.dose_given_mg is None and dose_words(log) == "0.5 mg/kg over 40 minutes"


def test_a_dose_given_two_ways_is_refused():
    with pytest.raises(ValidationError, match="one way"):
        SessionLog(medicine="esketamine", devices=2, dose_mg=56)
    with pytest.raises(ValidationError, match="one way"):
        SessionLog(dose_mg_per_kg=0.5, weight_kg=70, dose_mg=35)


@pytest.mark.parametrize(
    ("log", "words"),
    [
        (SessionLog(medicine="esketamine", route="intranasal", devices=2), "2 devices (56 mg)"),
        (SessionLog(medicine="esketamine", devices=1), "1 device (28 mg)"),
        (
            SessionLog(route="IV", dose_mg_per_kg=0.5, weight_kg=70, infusion_minutes=40),
            "0.5 mg/kg × 70 kg = 35 mg over 40 minutes",
        ),
        (
            SessionLog(route="lozenge", dose_mg=200, hold_minutes=15),
            "200 mg lozenge held 15 minutes",
        ),
        (SessionLog(route="sublingual", dose_mg=100, hold_minutes=1), "100 mg held 1 minute"),
        (SessionLog(route="IM", dose_mg=60), "60 mg"),
        (SessionLog(route="IM"), ""),
    ],
)
def test_the_dose_in_words(log, words):
    assert dose_words(log) == words == log.dose_words


# Vitals


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"systolic": 59, "diastolic": 40}, "from 60 to 260"),
        ({"systolic": 261, "diastolic": 90}, "from 60 to 260"),
        ({"systolic": 120, "diastolic": 29}, "from 30 to 160"),
        ({"systolic": 200, "diastolic": 161}, "from 30 to 160"),
        ({"systolic": 100, "diastolic": 100}, "higher than the bottom"),
        ({"systolic": 80, "diastolic": 120}, "higher than the bottom"),
        ({"systolic": 120, "diastolic": 80, "pulse": 29}, "from 30 to 220"),
        ({"systolic": 120, "diastolic": 80, "pulse": 221}, "from 30 to 220"),
    ],
)
def test_a_reading_out_of_range_is_refused(kwargs, match):
    with pytest.raises(ValidationError, match=match):
        Vital("before", **kwargs)


def test_readings_at_the_boundaries_are_kept():
    assert Vital("before", 60, 30, 30).words() == "60/30, pulse 30"
    assert Vital("leaving", 260, 160, 220).words() == "260/160, pulse 220"
    assert Vital("40min", 101, 100).words() == "101/100"


@pytest.mark.parametrize("at", ["before", "40min", "leaving", "00:00", "23:59", "10:40"])
def test_a_reading_is_taken_at_a_named_moment_or_a_clock_time(at):
    assert Vital(at, 120, 80).at == at


@pytest.mark.parametrize("at", ["after", "40 min", "24:00", "9:30", "10:60", "", "10:40:00"])
def test_other_moments_are_refused(at):
    with pytest.raises(ValidationError, match="HH:MM"):
        Vital(at, 120, 80)


def test_parse_clock_says_the_range():
    assert parse_clock("07:05").hour == 7
    with pytest.raises(ValidationError, match="00:00 to 23:59"):
        parse_clock("25:00")


def test_readings_are_ordered_as_they_happen():
    log = SessionLog(
        start=START,
        vitals=(
            Vital("leaving", 130, 84),
            Vital("10:55", 140, 88),
            Vital("40min", 150, 92),
            Vital("09:50", 125, 80),
            Vital("before", 128, 82),
        ),
    )
    assert [v.at for v in ordered_vitals(log)] == ["before", "09:50", "40min", "10:55", "leaving"]


# Side effects and clear-at


def test_a_side_effect_is_listed_or_the_persons_own_up_to_80_characters():
    assert SideEffect("nausea", "mild").listed
    own = SideEffect("x" * 80, "moderate")
    assert not own.listed and own.words() == "x" * 80
    with pytest.raises(ValidationError, match="80"):
        SideEffect("x" * 81, "mild")
    with pytest.raises(ValidationError, match="name the side effect"):
        SideEffect("  ", "mild")


@pytest.mark.parametrize("severity", ["Mild", "light", "", "strong"])
def test_severity_is_mild_moderate_or_severe(severity):
    with pytest.raises(ValidationError, match="mild, moderate or severe"):
        SideEffect("headache", severity)


def test_typed_names_find_the_listed_side_effect():
    assert side_effect_key("Blurred vision") == "blurred_vision"
    assert side_effect_key(" feeling-drunk ") == "feeling_drunk"
    assert side_effect_key("Jaw  clenching") == "Jaw clenching"


def test_each_side_effect_is_listed_once():
    with pytest.raises(ValidationError, match="once"):
        SessionLog(side_effects=(SideEffect("nausea", "mild"), SideEffect("nausea", "severe")))


def test_clear_at_and_lifted_cannot_come_before_the_start():
    assert SessionLog(start=START, clear_at=START).clear_at == START
    with pytest.raises(ValidationError, match="before the session starts"):
        SessionLog(start=START, clear_at=datetime(2026, 3, 1, 9, 59))
    early = SideEffect("headache", "mild", datetime(2026, 3, 1, 9, 59))
    with pytest.raises(ValidationError, match="Headache can't have lifted"):
        SessionLog(start=START, side_effects=(early,))


def test_a_journey_checks_the_years_of_card_times():
    far = datetime(9999, 1, 1, 10, 0)
    with pytest.raises(ValidationError, match="between"):
        Journey(START, session=SessionLog(start=START, clear_at=far))


# Stored and read back


def full_card() -> SessionLog:
    return SessionLog(
        start=START,
        route="intranasal",
        medicine="esketamine",
        medicine_name="Spravato",
        devices=3,
        vitals=(Vital("before", 128, 82, 72), Vital("40min", 150, 92)),
        side_effects=(SideEffect("dissociation", "moderate", datetime(2026, 3, 1, 11, 20)),),
        clear_at=datetime(2026, 3, 1, 11, 45),
    )


def test_the_card_is_stored_and_read_back_whole():
    log = full_card()
    data = log.to_data()
    assert data["dose_mg"] == 84  # worked out, and stored for readers of the raw record
    assert data["vitals"][1] == {"at": "40min", "systolic": 150, "diastolic": 92, "pulse": None}
    assert data["side_effects"] == [
        {"name": "dissociation", "severity": "moderate", "until": "2026-03-01T11:20"}
    ]
    assert data["clear_at"] == "2026-03-01T11:45"
    assert SessionLog.from_data(data) == log
    assert SessionLog.from_data(data).dose_mg is None  # the devices stay the dose as given


def test_an_old_journey_reads_as_before():
    journey = Journey.from_data(OLD_JOURNEY)
    s = journey.session
    assert (s.route, s.dose_mg, s.dose_given_mg, s.provider) == ("IV", 35.5, 35.5, "Dr. Müller")
    assert (s.medicine, s.devices, s.vitals, s.side_effects, s.clear_at) == (
        None,
        None,
        (),
        (),
        None,
    )
    assert dose_words(s) == "35.5 mg"
    written = journey.to_data()
    old_session = OLD_JOURNEY["session"]
    assert {k: written["session"][k] for k in old_session} == old_session
    assert {k: v for k, v in written.items() if k != "session"} == {
        k: v for k, v in OLD_JOURNEY.items() if k != "session"
    }
    assert Journey.from_data(written) == journey


def test_a_journey_with_only_a_start_reads_as_before():
    journey = Journey.from_data({"planned_at": "2026-03-10T10:00", "session": {}})
    assert journey.session == SessionLog()
