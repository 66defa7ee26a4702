"""The safety plan record: six steps in order, plain text, limits and hostile input."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.errors import IntegrityError, ValidationError
from journal_app.domain.records import Record
from journal_app.domain.safety_plan import MAX_STEP, STEP_TITLES, STEPS, SafetyPlan

NOW = "2026-03-14T18:30:00.000Z"
# Text a person could type or paste: anything but lone surrogates and control characters.
step_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=300
)
plans = st.builds(SafetyPlan, **{name: step_text for name in STEPS})


def test_the_steps_come_in_the_order_safety_planning_uses():
    assert STEPS == (
        "warning_signs",
        "coping_alone",
        "distractions",
        "people_to_ask",
        "professionals",
        "safer_surroundings",
    )
    assert list(STEP_TITLES) == list(STEPS)
    assert list(SafetyPlan().steps()) == list(STEPS)


def test_the_kind_is_registered_and_read_back_as_a_safety_plan():
    plan = SafetyPlan(warning_signs="Not sleeping", professionals="Dr Rowan, 0123")
    record = Record.create(plan, NOW)
    again = Record.from_dict(json.loads(json.dumps(record.to_dict())))
    assert again.kind == "safety_plan"
    assert isinstance(again.data, SafetyPlan)
    assert again.data == plan


@given(plans)
def test_every_plan_survives_a_round_trip(plan):
    assert SafetyPlan.from_data(json.loads(json.dumps(plan.to_data()))) == plan


def test_an_empty_plan_is_empty_and_one_word_is_not():
    assert SafetyPlan().empty
    assert SafetyPlan(coping_alone="  \n ").empty
    assert not SafetyPlan(safer_surroundings="Give the pills to Sam").empty


def test_a_step_at_the_limit_is_kept_and_one_past_it_is_refused_plainly():
    assert len(SafetyPlan(distractions="a" * MAX_STEP).distractions) == MAX_STEP
    with pytest.raises(ValidationError) as refused:
        SafetyPlan(distractions="a" * (MAX_STEP + 1))
    message = str(refused.value)
    assert "Step 3 of the safety plan" in message
    assert f"{MAX_STEP:,}" in message and f"{MAX_STEP + 1:,}" in message
    assert "shorten" in message


def test_a_huge_paste_is_refused_without_echoing_it():
    huge = "secret words " * 200_000
    with pytest.raises(ValidationError) as refused:
        SafetyPlan(people_to_ask=huge)
    assert "secret" not in str(refused.value)
    assert len(str(refused.value)) < 200


def test_control_characters_are_dropped_and_line_breaks_made_plain():
    plan = SafetyPlan(warning_signs="one\r\ntwo\rthree\x00\x07\x1b[31m\tend\x7f")
    assert plan.warning_signs == "one\ntwo\nthree[31m\tend"


def test_broken_text_is_refused_with_a_plain_message():
    with pytest.raises(ValidationError, match=r"Step 5 .* can't be saved"):
        SafetyPlan(professionals="call \ud800 now")


@pytest.mark.parametrize("value", [None, 42, ["a"], b"bytes"])
def test_a_step_that_is_not_text_is_refused(value):
    with pytest.raises(ValidationError, match="Step 1 of the safety plan must be text"):
        SafetyPlan(warning_signs=value)


def test_an_unknown_step_name_is_refused():
    with pytest.raises(ValidationError, match="no step called 'secrets'"):
        SafetyPlan.from_steps({"warning_signs": "x", "secrets": "y"})


def test_a_stored_plan_missing_a_step_reads_it_as_empty_and_ignores_extra_ones():
    plan = SafetyPlan.from_data({"warning_signs": "tired", "from_a_later_version": "x"})
    assert plan.warning_signs == "tired" and plan.safer_surroundings == ""


def test_a_stored_plan_with_a_step_that_is_not_text_is_reported_as_damaged():
    raw = Record.create(SafetyPlan(), NOW).to_dict()
    raw["data"]["coping_alone"] = {"not": "text"}
    with pytest.raises(IntegrityError):
        Record.from_dict(raw)
