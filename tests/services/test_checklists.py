"""Checklists aware of setting and route: which items apply to which session."""

from __future__ import annotations

import pytest

from journal_app.domain.journey import ROUTES, SETTINGS
from journal_app.services import guides
from journal_app.services.guides import ChecklistItem

HOME_ONLY = {"prep-sitter-blood-pressure", "prep-sitter-card", "prep-medicines-safe"}
CLINIC_ONLY = {"prep-ride-home"}
INTRANASAL_ONLY = {"prep-intranasal-ask"}
EVERYWHERE = {"prep-medicine-timing", "prep-nausea-plan", "prep-bladder", "prep-prescriber"}
# Words that would turn a reminder into advice about medicines.
ADVICE = ("you should take", "take your", "stop taking", "skip your", "increase", "reduce")


def ids(items: tuple[ChecklistItem, ...]) -> set[str]:
    return {item.id for item in items}


def test_without_a_setting_or_route_every_item_applies():
    assert guides.preparation_items() == guides.preparation_checklist()
    assert guides.aftercare_items() == guides.aftercare_checklist()
    assert guides.preparation_items(None, None) == guides.preparation_checklist()


def test_the_old_calls_still_give_every_item():
    everything = ids(guides.preparation_checklist())
    assert everything >= HOME_ONLY | CLINIC_ONLY | INTRANASAL_ONLY | EVERYWHERE


def test_a_clinic_session_leaves_out_the_home_items():
    found = ids(guides.preparation_items("clinic", "IV"))
    assert not found & HOME_ONLY
    assert found >= CLINIC_ONLY and found >= EVERYWHERE
    assert not found & INTRANASAL_ONLY


def test_a_home_session_leaves_out_the_ride_home():
    found = ids(guides.preparation_items("home", "lozenge"))
    assert found >= HOME_ONLY and found >= EVERYWHERE
    assert not found & CLINIC_ONLY
    assert not found & INTRANASAL_ONLY


def test_intranasal_treatment_asks_the_clinic_about_sprays_food_and_drink():
    found = ids(guides.preparation_items("clinic", "intranasal"))
    assert found >= INTRANASAL_ONLY
    [item] = [i for i in guides.preparation_checklist() if i.id in INTRANASAL_ONLY]
    assert "ask your clinic" in item.hint.lower()
    assert "nasal spray" in item.text and "food and drink" in item.text


@pytest.mark.parametrize("setting", [None, "other"])
def test_an_unknown_or_other_setting_hides_nothing_by_setting(setting):
    found = ids(guides.preparation_items(setting, "oral"))
    assert found >= HOME_ONLY | CLINIC_ONLY | EVERYWHERE


def test_a_route_alone_narrows_only_by_route():
    found = ids(guides.preparation_items(route="IM"))
    assert found >= HOME_ONLY | CLINIC_ONLY and not found & INTRANASAL_ONLY


def test_the_order_of_the_file_is_kept():
    everything = [i.id for i in guides.preparation_checklist()]
    narrowed = [i.id for i in guides.preparation_items("home", "sublingual")]
    assert narrowed == [i for i in everything if i in narrowed]


def test_aftercare_notes_anything_to_tell_the_care_team_everywhere():
    for setting in SETTINGS:
        for route in (*ROUTES, "subcutaneous", "lozenge"):
            texts = [i.text for i in guides.aftercare_items(setting, route)]
            assert "Note anything to tell the care team" in texts


def test_every_route_of_the_session_log_is_a_known_tag():
    assert set(ROUTES) <= set(guides.CHECKLIST_ROUTES)
    assert set(guides.CHECKLIST_SETTINGS) <= set(SETTINGS)


def test_every_tag_in_the_files_is_known():
    for item in (*guides.preparation_checklist(), *guides.aftercare_checklist()):
        assert set(item.settings) <= set(guides.CHECKLIST_SETTINGS), item.id
        assert set(item.routes) <= set(guides.CHECKLIST_ROUTES), item.id


def test_an_unknown_tag_is_refused_with_its_name():
    raw = [{"id": "prep-x", "text": "X", "settings": ["garden"]}]
    with pytest.raises(ValueError, match="garden"):
        guides._items(raw)
    with pytest.raises(ValueError, match="nasal"):
        guides._items([{"id": "prep-y", "text": "Y", "routes": ["nasal"]}])


def test_the_medicine_timing_item_is_a_question_for_the_prescriber():
    [item] = [i for i in guides.preparation_checklist() if i.id == "prep-medicine-timing"]
    words = f"{item.text} {item.hint}".lower()
    assert "ask my prescriber" in words
    for medicine in ("sedatives", "sleep medicines", "lamotrigine", "stimulants", "maois"):
        assert medicine in words


def test_the_sitter_card_item_says_it_prints_from_the_journey():
    [item] = [i for i in guides.preparation_checklist() if i.id == "prep-sitter-card"]
    assert "sitter card" in item.text and "journey" in item.hint


def test_no_item_reads_as_advice_about_medicines():
    for item in (*guides.preparation_checklist(), *guides.aftercare_checklist()):
        words = f"{item.text} {item.hint}".lower()
        assert not any(phrase in words for phrase in ADVICE), item.id
