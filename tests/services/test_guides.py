"""The preparation and aftercare checklists and the intention and integration prompts."""

from __future__ import annotations

import re

import pytest

from journal_app.domain.integration import STEP_NAMES
from journal_app.services import guides
from journal_app.texts import load_toml

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FILES = (
    "checklists/preparation.toml",
    "checklists/aftercare.toml",
    "prompts/intention.toml",
    "prompts/integration.toml",
)


def preparation_ids() -> list[str]:
    return [item.id for item in guides.preparation_checklist()]


def aftercare_ids() -> list[str]:
    return [item.id for item in guides.aftercare_checklist()]


def intention_ids() -> list[str]:
    return [prompt.id for prompt in guides.intention_prompts()]


def all_integration_steps() -> tuple[guides.IntegrationStep, ...]:
    return (*guides.integration_steps(), *guides.course_steps())


def integration_ids() -> list[str]:
    return [prompt.id for step in all_integration_steps() for prompt in step.prompts]


def all_texts() -> list[str]:
    texts = [guides.intention_guidance()]
    for item in (*guides.preparation_checklist(), *guides.aftercare_checklist()):
        texts.append(item.text)
        if item.hint:
            texts.append(item.hint)
    texts += [prompt.text for prompt in guides.intention_prompts()]
    for step in all_integration_steps():
        texts += [step.title, step.intro, *(prompt.text for prompt in step.prompts)]
        texts += [prompt.note for prompt in step.prompts if prompt.note]
    return texts


@pytest.mark.parametrize("name", FILES)
def test_every_file_has_version_one(name):
    assert load_toml(name)["version"] == 1


def test_every_file_loads_through_the_guides():
    assert 18 <= len(guides.preparation_checklist()) <= 24
    assert 8 <= len(guides.aftercare_checklist()) <= 12
    assert 8 <= len(guides.intention_prompts()) <= 10
    assert guides.intention_guidance()
    assert [step.step for step in guides.integration_steps()] == list(STEP_NAMES)


@pytest.mark.parametrize(
    ("ids", "prefix"),
    [
        (preparation_ids, "prep-"),
        (aftercare_ids, "after-"),
        (intention_ids, "intention-"),
        (integration_ids, "int-"),
    ],
)
def test_ids_are_unique_lowercase_hyphenated_and_prefixed(ids, prefix):
    found = ids()
    assert len(found) == len(set(found))
    for id_ in found:
        assert ID.match(id_), id_
        assert id_.startswith(prefix), id_


ID_PREFIX = {
    "course-week": "int-cw-",
    "course-3d": "int-c3-",
    "course-14d": "int-c14-",
    "course-30d": "int-c30-",
    "month": "int-m-",
}


def test_integration_ids_name_their_step():
    for step in all_integration_steps():
        prefix = ID_PREFIX.get(step.step, f"int-{step.step}-")
        for prompt in step.prompts:
            assert prompt.id.startswith(prefix), prompt.id


def test_ids_are_unique_across_all_files():
    found = preparation_ids() + aftercare_ids() + intention_ids() + integration_ids()
    assert len(found) == len(set(found))


def test_integration_steps_follow_the_raw_file_order():
    raw = load_toml("prompts/integration.toml")["steps"]
    assert [step["step"] for step in raw] == [*STEP_NAMES, *guides.COURSE_STEP_KINDS]


@pytest.mark.parametrize("name", [*STEP_NAMES, *guides.COURSE_STEP_KINDS])
def test_every_step_has_a_title_an_intro_and_prompts(name):
    step = guides.integration_step(name)
    assert step.title and step.intro
    assert len(step.prompts) >= 3


def test_all_texts_are_non_empty_and_stripped():
    for text in all_texts():
        assert text, "empty text"
        assert text == text.strip(), repr(text)


def test_no_hard_line_breaks_in_texts():
    for text in all_texts():
        assert "\n" not in text, repr(text)


def test_preparation_covers_the_essentials_in_order():
    required = [
        "prep-prescriber",
        "prep-fasting",
        "prep-hydration",
        "prep-support-person",
        "prep-ride-home",
        "prep-room",
        "prep-eye-mask",
        "prep-music",
        "prep-phone",
    ]
    ids = preparation_ids()
    assert set(required) <= set(ids)
    assert [id_ for id_ in ids if id_ in required] == required


def test_aftercare_has_no_driving_and_no_alcohol():
    ids = aftercare_ids()
    assert "after-no-driving" in ids
    assert "after-no-alcohol" in ids
    texts = {item.id: item.text.lower() for item in guides.aftercare_checklist()}
    assert "drive" in texts["after-no-driving"]
    assert "alcohol" in texts["after-no-alcohol"]


def test_the_last_step_asks_to_reread_the_first_capture():
    texts = [prompt.text.lower() for prompt in guides.integration_step("30d").prompts]
    assert any("first capture" in text and "re-read" in text for text in texts)


# Every id shipped before the session safety card (issue 14): journeys store ticks and
# answers by id, so none may ever disappear or change its meaning.
EARLIER_IDS = {
    "prompts/integration.toml": """
        int-0h-images int-0h-feelings int-0h-body int-0h-words int-0h-surprise int-0h-now
        int-1d-sleep int-1d-dreams int-1d-body int-1d-mood int-1d-returning int-1d-care
        int-3d-grew int-3d-faded int-3d-returning int-3d-others int-3d-keep-close
        int-7d-showed-up int-7d-differently int-7d-noticing int-7d-self-talk
        int-7d-session-light int-14d-one-thing int-14d-connection int-14d-make-easy
        int-14d-who-helps int-14d-in-the-way int-14d-enough int-30d-reread int-30d-still-true
        int-30d-changed int-30d-surprised int-30d-carry int-30d-thanks int-cw-days
        int-cw-shifting int-cw-hard int-cw-care int-cw-bring int-c3-grew int-c3-faded
        int-c3-thread int-c3-stays int-c3-after int-c14-one-thing int-c14-where-from
        int-c14-when int-c14-in-the-way int-c14-someone int-c30-reread int-c30-still-true
        int-c30-changed int-c30-not-yet int-c30-carry int-m-between int-m-holding
        int-m-slipping int-m-helped int-m-prescriber
    """,
    "checklists/preparation.toml": """
        prep-prescriber prep-fasting prep-hydration prep-support-person prep-ride-home
        prep-room prep-eye-mask prep-music prep-phone prep-clothes prep-blanket prep-bathroom
        prep-intention prep-evening-plan
    """,
    "checklists/aftercare.toml": """
        after-no-driving after-no-big-decisions after-rest after-water-meal after-no-alcohol
        after-quiet-evening after-check-in after-first-capture after-screens after-care-team
    """,
}
NEED_HELP_LINE = (
    "If feeling unreal, frightened or low lasts beyond a day, or thoughts of harming yourself "
    "come up, contact your care team or open Need help now."
)


def ids_in(name: str) -> set[str]:
    raw = load_toml(name)
    if "steps" in raw:
        return {p["id"] for step in raw["steps"] for p in step["prompts"]}
    return {item["id"] for item in raw["items"]}


@pytest.mark.parametrize("name", sorted(EARLIER_IDS))
def test_every_earlier_id_is_still_there(name):
    assert set(EARLIER_IDS[name].split()) <= ids_in(name)


def prompt_in(step: str, prompt_id: str) -> guides.Prompt:
    return next(p for p in guides.integration_step(step).prompts if p.id == prompt_id)


@pytest.mark.parametrize(
    ("step", "prompt_id"), [("0h", "int-0h-difficult"), ("1d", "int-1d-difficult")]
)
def test_a_difficult_experience_prompt_carries_the_need_help_line(step, prompt_id):
    prompt = prompt_in(step, prompt_id)
    assert "hard" in prompt.text
    assert prompt.note == NEED_HELP_LINE
    assert guides.integration_prompt(prompt_id) == prompt


def test_only_the_difficult_experience_prompts_carry_a_note():
    noted = {p.id for step in all_integration_steps() for p in step.prompts if p.note}
    assert noted == {"int-0h-difficult", "int-1d-difficult"}


def test_a_few_days_on_asks_what_to_bring_to_the_next_therapy_session():
    prompt = prompt_in("3d", "int-3d-next-session")
    assert prompt.text == "What would you like to bring to your next therapy session?"


def test_the_weeks_pattern_prompt_keeps_its_id_with_gentler_words():
    prompt = prompt_in("7d", "int-7d-showed-up")
    assert prompt.text == "Did a familiar pattern show up this week?"
    assert "old pattern showed up" not in " ".join(all_texts())


def test_a_prompt_without_a_note_has_an_empty_one():
    assert prompt_in("0h", "int-0h-images").note == ""
    assert all(p.note == "" for p in guides.intention_prompts())
