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
    return texts


@pytest.mark.parametrize("name", FILES)
def test_every_file_has_version_one(name):
    assert load_toml(name)["version"] == 1


def test_every_file_loads_through_the_guides():
    assert 12 <= len(guides.preparation_checklist()) <= 15
    assert 8 <= len(guides.aftercare_checklist()) <= 10
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
