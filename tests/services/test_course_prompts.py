"""The integration prompts of a course: its weekly, closing and monthly reflections."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from journal_app.domain.course import INDUCTION, MAINTENANCE
from journal_app.domain.course_schedule import Session, course_schedule, step_kind
from journal_app.services import guides

START = datetime(2025, 3, 3, 10, 0)


def sessions(every: timedelta, count: int) -> list[Session]:
    starts = [START + every * n for n in range(count)]
    return [Session(f"j{n}", s, s, s + timedelta(hours=1)) for n, s in enumerate(starts)]


def test_course_steps_come_in_file_order_with_three_to_five_prompts():
    steps = guides.course_steps()
    assert [s.step for s in steps] == list(guides.COURSE_STEP_KINDS)
    for step in steps:
        assert step.title and step.intro
        assert 3 <= len(step.prompts) <= 5, step.step


def test_ids_are_unique_across_sessions_and_courses():
    ids = [p.id for s in (*guides.integration_steps(), *guides.course_steps()) for p in s.prompts]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("step", "kind", "title"),
    [
        ("course-week-1", "course-week", "Week 1 of the course"),
        ("course-week-2", "course-week", "Week 2 of the course"),
        ("course-week-3", "course-week", "Week 3 of the course"),
        ("month-1", "month", "Month 1 of maintenance"),
        ("month-3", "month", "Month 3 of maintenance"),
        ("month-12", "month", "Month 12 of maintenance"),
    ],
)
def test_numbered_steps_resolve_to_their_kinds_prompts(step, kind, title):
    found = guides.integration_step(step)
    assert found.step == step
    assert found.title == title
    assert found.prompts == guides.integration_step(kind).prompts
    assert found.intro == guides.integration_step(kind).intro


@pytest.mark.parametrize("step", ["course-3d", "course-14d", "course-30d"])
def test_closing_steps_resolve_by_their_own_name(step):
    found = guides.integration_step(step)
    assert found.step == step
    assert found.prompts[0].id.startswith("int-c")


@pytest.mark.parametrize(
    "step",
    [
        "",
        "2d",
        "course",
        "course-week-0",
        "course-week-x",
        "month-",
        "month-02",
        "course-3d-1",
        "0h-2",
        "week-2",
    ],
)
def test_unknown_steps_raise_key_error(step):
    with pytest.raises(KeyError):
        guides.integration_step(step)


def test_only_the_numbered_kinds_have_a_numbered_title():
    from journal_app.texts import load_toml

    numbered = {
        s["step"]: s["numbered_title"]
        for s in load_toml("prompts/integration.toml")["steps"]
        if "numbered_title" in s
    }
    assert set(numbered) == {"course-week", "month"}
    assert all("{n}" in title for title in numbered.values())


@pytest.mark.parametrize(
    ("kind", "every", "count"),
    [(INDUCTION, timedelta(days=3, hours=12), 6), (MAINTENANCE, timedelta(days=28), 5)],
)
def test_every_step_the_schedule_names_has_prompts(kind, every, count):
    now = START + every * count + timedelta(days=60)
    names = {s.step for s in course_schedule(kind, sessions(every, count), frozenset(), now)}
    assert any(step_kind(name) != name for name in names)  # numbered steps were made
    for name in names:
        step = guides.integration_step(name)
        assert step.title and len(step.prompts) >= 3


def test_the_session_steps_keep_their_titles():
    assert [s.step for s in guides.integration_steps()] == ["0h", "1d", "3d", "7d", "14d", "30d"]
    assert guides.integration_step("1d").title == "Body, sleep and dreams"
    assert guides.integration_step("30d").title == "Looking back"


def test_the_course_30d_step_reads_first_and_last_captures_side_by_side():
    step = guides.integration_step("course-30d")
    assert "first session" in step.intro and "last" in step.intro
    assert any("re-read" in p.text.lower() for p in step.prompts)


def test_a_prompt_is_found_by_id_from_any_step():
    assert (
        guides.integration_prompt("int-cw-days") in guides.integration_step("course-week").prompts
    )
    assert guides.integration_prompt("int-0h-images") == guides.integration_step("0h").prompts[0]
    assert guides.integration_prompt("int-nope") is None


def test_course_texts_ask_and_never_instruct():
    for step in guides.course_steps():
        for text in (step.intro, *(p.text for p in step.prompts)):
            lowered = text.lower()
            assert "should" not in lowered and "must" not in lowered, text
