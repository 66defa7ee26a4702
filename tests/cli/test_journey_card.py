"""The session card on the command line: journey add/edit options, vitals, effect, show."""

from __future__ import annotations

import json

import pytest

from journal_app.domain.records import Record
from tests.conftest import PASSPHRASE
from tests.old_journal import raw_record

DAY = "2026-03-01T10:00"
VITAL_KEYS = {"at", "systolic", "diastolic", "pulse"}
EFFECT_KEYS = {"name", "severity", "until"}


def _add(cli, *args: str) -> str:
    result = cli("journey", "add", "--date", DAY, "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)["id"]


def _show(cli, journey_id: str) -> dict:
    result = cli("journey", "show", journey_id, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _session(cli, journey_id: str) -> dict:
    return _show(cli, journey_id)["data"]["session"]


# journey add


def test_add_records_esketamine_devices_and_shows_the_mg(initialised):
    journey_id = _add(
        initialised, "--medicine", "esketamine", "--route", "intranasal", "--devices", "2"
    )
    session = _session(initialised, journey_id)
    assert (session["medicine"], session["devices"], session["dose_mg"]) == ("esketamine", 2, 56)
    text = initialised("journey", "show", journey_id).out
    assert "2 devices (56 mg)" in text
    assert "esketamine, intranasal, 56 mg" in initialised("journey", "list").out


def test_add_records_mg_per_kg_over_an_infusion(initialised):
    journey_id = _add(
        initialised,
        *("--medicine", "ketamine", "--route", "IV", "--dose-mg-per-kg", "0.5"),
        *("--weight-kg", "70", "--infusion-minutes", "40", "--clear-at", "11:45"),
    )
    session = _session(initialised, journey_id)
    assert session["dose_mg"] == 35 and session["dose_mg_per_kg"] == 0.5
    assert session["weight_kg"] == 70 and session["infusion_minutes"] == 40
    assert session["clear_at"] == "2026-03-01T11:45"
    text = initialised("journey", "show", journey_id).out
    assert "0.5 mg/kg × 70 kg = 35 mg over 40 minutes" in text and "Felt clear:   11:45" in text


def test_add_records_a_lozenge_and_another_medicine(initialised):
    journey_id = _add(
        initialised,
        *("--medicine", "other", "--medicine-name", "Ibogaine trial", "--route", "lozenge"),
        *("--dose-mg", "200", "--hold-minutes", "15", "--setting", "home"),
    )
    session = _session(initialised, journey_id)
    assert session["medicine_name"] == "Ibogaine trial" and session["dose_mg"] == 200
    text = initialised("journey", "show", journey_id).out
    assert "200 mg lozenge held 15 minutes" in text and "Ibogaine trial" in text


BAD_ADD = [
    (("--devices", "0"), "from 1 to 5"),
    (("--devices", "6"), "from 1 to 5"),
    (("--dose-mg-per-kg", "0.009"), "from 0.01 to 5 mg/kg"),
    (("--dose-mg-per-kg", "5.01"), "from 0.01 to 5 mg/kg"),
    (("--weight-kg", "19.9"), "from 20 to 300 kg"),
    (("--weight-kg", "300.1"), "from 20 to 300 kg"),
    (("--infusion-minutes", "0"), "from 1 to 240 minutes"),
    (("--infusion-minutes", "241"), "from 1 to 240 minutes"),
    (("--hold-minutes", "0"), "from 1 to 60 minutes"),
    (("--hold-minutes", "61"), "from 1 to 60 minutes"),
    (("--medicine", "other"), "medicine's name"),
    (("--medicine", "other", "--medicine-name", "x" * 101), "100"),
    (("--medicine-name", "Spravato"), "choose the medicine"),
    (("--medicine", "lsd"), "invalid choice"),
    (("--route", "patch"), "invalid choice"),
    (("--medicine", "esketamine", "--devices", "2", "--dose-mg", "56"), "one way"),
    (("--dose-mg-per-kg", "0.5", "--weight-kg", "70", "--dose-mg", "35"), "one way"),
    (("--clear-at", "09:59"), "before the session starts"),
    (("--clear-at", "9.30"), "HH:MM"),
    (("--clear-at", "24:00"), "00:00 to 23:59"),
    (("--devices", "two"), "invalid int"),
]


@pytest.mark.parametrize(("args", "reason"), BAD_ADD)
def test_bad_card_details_on_add_exit_2_before_the_passphrase(initialised, args, reason):
    result = initialised("journey", "add", "--date", DAY, *args, passphrase=None)
    assert result.code == 2, result.err
    assert reason in result.err
    assert json.loads(initialised("journey", "list", "--json").out) == []


@pytest.mark.parametrize(
    "args",
    [
        ("--devices", "1"),
        ("--devices", "5"),
        ("--dose-mg-per-kg", "0.01"),
        ("--dose-mg-per-kg", "5"),
        ("--weight-kg", "20"),
        ("--weight-kg", "300"),
        ("--infusion-minutes", "1"),
        ("--infusion-minutes", "240"),
        ("--hold-minutes", "1"),
        ("--hold-minutes", "60"),
        ("--clear-at", "10:00"),
        ("--medicine", "other", "--medicine-name", "x" * 100),
    ],
)
def test_card_details_at_their_boundaries_are_kept(initialised, args):
    _add(initialised, *args)


# journey edit


def test_edit_changes_only_what_is_given_and_keeps_the_previous_version(initialised):
    journey_id = _add(initialised, "--route", "IM", "--dose-mg", "60", "--provider", "Harbour")
    result = initialised(
        "journey", "edit", journey_id[:8], "--medicine", "ketamine", "--clear-at", "11:30"
    )
    assert result.code == 0, result.err
    assert "previous version is kept" in result.err
    shown = _show(initialised, journey_id)
    session = shown["data"]["session"]
    assert (session["route"], session["dose_mg"], session["provider"]) == ("IM", 60, "Harbour")
    assert session["medicine"] == "ketamine" and session["clear_at"] == "2026-03-01T11:30"
    assert shown["rev"] == 2


def test_edit_takes_the_session_options(initialised):
    journey_id = _add(initialised)
    result = initialised(
        "journey",
        "edit",
        journey_id,
        *("--onset", "2026-03-01T10:10", "--end", "2026-03-01T11:20", "--intensity", "6"),
        *("--setting", "clinic", "--no-sitter-present", "--body", "warm"),
    )
    assert result.code == 0, result.err
    session = _session(initialised, journey_id)
    assert session["onset"] == "2026-03-01T10:10" and session["intensity"] == 6
    assert session["sitter_present"] is False and session["body"] == "warm"


def test_a_dose_given_anew_replaces_the_old_one(initialised):
    journey_id = _add(initialised, "--medicine", "esketamine", "--dose-mg", "56")
    assert initialised("journey", "edit", journey_id, "--devices", "3").code == 0
    session = _session(initialised, journey_id)
    assert (session["devices"], session["dose_mg"]) == (3, 84)
    edited = initialised(
        "journey", "edit", journey_id, "--dose-mg-per-kg", "0.5", "--weight-kg", "80"
    )
    assert edited.code == 0, edited.err
    session = _session(initialised, journey_id)
    assert (session["devices"], session["dose_mg"]) == (None, 40)
    assert initialised("journey", "edit", journey_id, "--dose-mg", "50").code == 0
    session = _session(initialised, journey_id)
    assert (session["dose_mg_per_kg"], session["dose_mg"]) == (None, 50)


def test_changing_the_medicine_lets_go_of_the_old_name(initialised):
    journey_id = _add(initialised, "--medicine", "other", "--medicine-name", "Trial drug")
    assert initialised("journey", "edit", journey_id, "--medicine", "psilocybin").code == 0
    session = _session(initialised, journey_id)
    assert (session["medicine"], session["medicine_name"]) == ("psilocybin", "")
    refused = initialised("journey", "edit", journey_id, "--medicine", "other")
    assert refused.code == 2 and "medicine's name" in refused.err


# "other" without its name, or a name alone, may be completed by what the journal holds.
ALONE_ON_EDIT = [
    (args, reason) for args, reason in BAD_ADD[:-5] if len(args) != 2 or "medicine" not in args[0]
]


@pytest.mark.parametrize(("args", "reason"), [*ALONE_ON_EDIT, ((), "Nothing to change")])
def test_bad_edits_exit_2_before_the_passphrase(initialised, args, reason):
    journey_id = _add(initialised)
    result = initialised("journey", "edit", journey_id, *args, passphrase=None)
    assert result.code == 2, result.err
    assert reason in result.err
    assert _show(initialised, journey_id)["rev"] == 1


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--clear-at", "09:00"), "before the session starts"),
        (("--dose-mg", "56", "--devices", "2"), "one way"),
        (("--medicine-name", "Spravato"), "choose the medicine"),
    ],
)
def test_an_edit_wrong_only_with_what_is_stored_exits_2_and_stores_nothing(
    initialised, args, reason
):
    journey_id = _add(initialised, "--medicine", "esketamine", "--devices", "2")
    if "--medicine-name" in args:
        journey_id = _add(initialised)
    result = initialised("journey", "edit", journey_id, *args)
    assert result.code == 2 and reason in result.err
    shown = _show(initialised, journey_id)
    assert shown["rev"] == 1 and shown["data"]["session"]["clear_at"] is None


def test_editing_an_unknown_journey_exits_1(initialised):
    assert initialised("journey", "edit", "ffffffff", "--devices", "2").code == 1


# journey vitals


def test_vitals_are_added_and_shown_in_the_order_they_happen(initialised):
    journey_id = _add(initialised, "--medicine", "esketamine", "--devices", "2")
    for args in (
        ("--at", "leaving", "--bp", "130/84"),
        ("--at", "40min", "--bp", "148/90", "--pulse", "80"),
        ("--at", "before", "--bp", "128/82", "--pulse", "72"),
        ("--at", "10:20", "--bp", "150/92"),
    ):
        result = initialised("journey", "vitals", journey_id, *args)
        assert result.code == 0, result.err
        assert "Reading saved" in result.err
    vitals = _session(initialised, journey_id)["vitals"]
    assert all(set(v) == VITAL_KEYS for v in vitals)
    assert vitals[1] == {"at": "40min", "systolic": 148, "diastolic": 90, "pulse": 80}
    assert vitals[0]["pulse"] is None
    text = initialised("journey", "show", journey_id).out
    order = ["Before:", "Dose:", "At 10:20:", "40 minutes:", "Leaving:"]
    places = [text.index(label) for label in order]
    assert places == sorted(places)
    assert "BP 148/90, pulse 80" in text


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--bp", "59/40"), "from 60 to 260"),
        (("--bp", "261/90"), "from 60 to 260"),
        (("--bp", "120/29"), "from 30 to 160"),
        (("--bp", "200/161"), "from 30 to 160"),
        (("--bp", "90/90"), "higher than the bottom"),
        (("--bp", "120/80", "--pulse", "29"), "from 30 to 220"),
        (("--bp", "120/80", "--pulse", "221"), "from 30 to 220"),
        (("--bp", "120-80"), "SYS/DIA"),
        (("--bp", "high"), "SYS/DIA"),
        (("--bp", "120/80", "--at", "after"), "before, 40min, leaving"),
        (("--bp", "120/80", "--at", "25:00"), "00:00 to 23:59"),
        (("--at", "before"), "required"),
    ],
)
def test_bad_vitals_exit_2_before_the_passphrase(initialised, args, reason):
    journey_id = _add(initialised)
    if "--at" not in args:
        args = ("--at", "before", *args)
    result = initialised("journey", "vitals", journey_id, *args, passphrase=None)
    assert result.code == 2, result.err
    assert reason in result.err
    assert _session(initialised, journey_id)["vitals"] == []


@pytest.mark.parametrize(
    "bp", [("60/30", "30"), ("260/160", "220"), ("101/100", "100")], ids=lambda v: v[0]
)
def test_vitals_at_their_boundaries_are_kept(initialised, bp):
    journey_id = _add(initialised)
    pressure, pulse = bp
    args = ("--at", "before", "--bp", pressure, "--pulse", pulse)
    assert initialised("journey", "vitals", journey_id, *args).code == 0
    assert len(_session(initialised, journey_id)["vitals"]) == 1


# journey effect


def test_effects_are_added_and_replaced_by_name(initialised):
    journey_id = _add(initialised)
    assert initialised("journey", "effect", journey_id, "nausea", "--severity", "mild").code == 0
    result = initialised(
        "journey", "effect", journey_id, "Blurred vision", "--severity", "moderate"
    )
    assert result.code == 0 and "blurred vision, moderate" in result.err
    result = initialised(
        "journey", "effect", journey_id, "nausea", "--severity", "severe", "--until", "12:15"
    )
    assert result.code == 0 and "lifted 12:15" in result.err
    own = ("journey", "effect", journey_id, "jaw clenching", "--severity", "mild")
    assert initialised(*own, "--until", "2026-03-02T08:00").code == 0
    effects = _session(initialised, journey_id)["side_effects"]
    assert all(set(e) == EFFECT_KEYS for e in effects)
    assert effects == [
        {"name": "nausea", "severity": "severe", "until": "2026-03-01T12:15"},
        {"name": "blurred_vision", "severity": "moderate", "until": None},
        {"name": "jaw clenching", "severity": "mild", "until": "2026-03-02T08:00"},
    ]
    text = initialised("journey", "show", journey_id).out
    assert "nausea or vomiting, severe, until 12:15" in text
    assert "jaw clenching, mild, until Mon 02 Mar 08:00" in text


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("nausea", "--severity", "strong"), "invalid choice"),
        (("nausea",), "required"),
        (("x" * 81, "--severity", "mild"), "80"),
        (("  ", "--severity", "mild"), "name the side effect"),
        (("nausea", "--severity", "mild", "--until", "9am"), "HH:MM"),
        (("nausea", "--severity", "mild", "--until", "2026-02-28T12:00"), "before the session"),
    ],
)
def test_bad_effects_exit_2_and_store_nothing(initialised, args, reason):
    journey_id = _add(initialised)
    result = initialised("journey", "effect", journey_id, *args)
    assert result.code == 2, result.err
    assert reason in result.err
    assert _session(initialised, journey_id)["side_effects"] == []


def test_a_lifted_time_before_the_start_exits_2_after_unlocking(initialised):
    journey_id = _add(initialised)
    args = ("nausea", "--severity", "mild", "--until", "09:00")
    result = initialised("journey", "effect", journey_id, *args)
    assert result.code == 2 and "before the session starts" in result.err
    assert _show(initialised, journey_id)["rev"] == 1


# Journeys from before the card


def test_a_journey_written_before_the_card_shows_as_before(make_vault, initialised):
    old = {
        "planned_at": "2026-03-10T10:00",
        "intention": {"answers": {}, "sentence": "Listen"},
        "session": {
            "start": "2026-03-10T10:05",
            "end": "2026-03-10T11:00",
            "setting": "clinic",
            "route": "IV",
            "dose_mg": 35.5,
            "provider": "Dr. Müller",
            "sitter_present": True,
            "music": "",
            "intensity": 7,
            "dissociation": 6,
            "body": "",
            "notes": [],
            "narrative": "",
        },
        "aftercare": [],
        "integration": {},
    }
    vault = make_vault()
    vault.unlock(PASSPHRASE)
    vault.store.put_many([raw_record("b" * 32, "journey", old)])
    vault.lock()
    session = _session(initialised, "b" * 32)
    assert {k: session[k] for k in old["session"]} == old["session"]
    assert session["medicine"] is None and session["vitals"] == []
    assert session["side_effects"] == [] and session["clear_at"] is None
    text = initialised("journey", "show", "b" * 8).out
    assert "Dose:         35.5 mg" in text and "Dr. Müller" in text
    assert initialised("journey", "vitals", "b" * 8, "--at", "before", "--bp", "120/80").code == 0
    record = Record.from_dict(_show(initialised, "b" * 32))
    assert record.data.session.dose_mg == 35.5
