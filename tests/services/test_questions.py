"""The questions service: own items, suggestions from the journal, hidden ones stay hidden."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from journal_app.backup.export_care import QUESTIONS_FILE, WEEKLY_CHECKS_FILE
from journal_app.backup.exports import export_json, markdown_files
from journal_app.backup.import_afterglow import IMPORTED_KINDS, parse_afterglow_json
from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Journey, Preparation, SessionLog
from journal_app.domain.questions import PrescriberQuestions, QuestionItem
from journal_app.domain.records import Record
from journal_app.services.questions import QuestionsService
from journal_app.services.weekly_check import WeeklyCheckService
from tests.conftest import PASSPHRASE

DAY = datetime(2026, 3, 2, 10, 0)
NOW = datetime(2026, 3, 14, 18, 0)


@pytest.fixture
def questions(vault) -> QuestionsService:
    return QuestionsService(vault)


@pytest.fixture
def checks(vault) -> WeeklyCheckService:
    return WeeklyCheckService(vault)


def journey(vault, start: datetime, **parts) -> Record:
    record = Record.create(
        Journey(planned_at=start, session=SessionLog(start=start), **parts), vault.store.now()
    )
    vault.store.put_many([record])
    return record


def test_own_items_are_added_ticked_and_removed_and_come_back_after_unlock(questions, vault):
    questions.add("Can I drive the next morning?")
    questions.add("What if I feel sick?")
    questions.set_done(0, True)
    vault.lock()
    vault.unlock(PASSPHRASE)
    again = QuestionsService(vault)
    assert again.items() == (
        QuestionItem("Can I drive the next morning?", True),
        QuestionItem("What if I feel sick?"),
    )
    again.remove(0)
    assert [i.text for i in again.items()] == ["What if I feel sick?"]
    assert len(vault.store.of_kind("prescriber_questions")) == 1


def test_bad_input_stores_nothing(questions, vault):
    with pytest.raises(ValidationError):
        questions.add("x" * 501)
    with pytest.raises(ValidationError):
        questions.set_done(0, True)
    assert vault.store.of_kind("prescriber_questions") == []


def test_a_weekly_yes_feeds_the_suggestions_and_a_no_does_not(questions, checks, vault):
    journey(vault, DAY)
    checks.record(DAY + timedelta(days=7), bladder=True, memory=False, extra_dose=True)
    found = questions.suggestions(NOW)
    assert [s.key for s in found] == [
        "weekly:bladder:2026-03-09",
        "weekly:extra_dose:2026-03-09",
    ]
    assert found[0].text == (
        "I noticed bladder changes (going more often, urgency, pain or blood) this week "
        "— worth mentioning to my prescriber."
    )
    assert found[0].why == "From your weekly check on 9 March."
    assert vault.store.of_kind("prescriber_questions") == []  # suggestions are never stored


def test_a_dismissed_suggestion_stays_hidden_until_a_new_week_says_yes_again(
    questions, checks, vault
):
    checks.record(DAY, unreal=True)
    [first] = questions.suggestions(NOW)
    questions.dismiss(first.key)
    assert questions.suggestions(NOW) == []
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert QuestionsService(vault).suggestions(NOW) == []  # hidden for good, in the record
    checks.record(DAY + timedelta(days=7), unreal=True)
    [again] = questions.suggestions(NOW)
    assert again.key != first.key and again.text == first.text


def test_keeping_a_suggestion_adds_it_as_an_item_and_stops_suggesting_it(questions, vault):
    prep = Preparation(screening={"medications": "Lamotrigine 100 mg; sertraline"})
    journey(vault, DAY, preparation=prep)
    [suggestion] = questions.suggestions(NOW)
    assert suggestion.text == "Ask about the timing of lamotrigine around sessions."
    questions.keep(suggestion.key, NOW)
    assert [i.text for i in questions.items()] == [suggestion.text]
    assert questions.suggestions(NOW) == []
    with pytest.raises(ValidationError, match="isn't offered"):
        questions.keep(suggestion.key, NOW)


def test_readings_and_side_effects_from_the_session_card_are_suggested(questions, vault):
    card = pytest.importorskip("journal_app.domain.session_card")
    log = SessionLog(
        start=DAY,
        vitals=(card.Vital("before", 150, 92), card.Vital("40min", 182, 104)),
        side_effects=(card.SideEffect("nausea", "moderate", DAY + timedelta(hours=5)),),
    )
    vault.store.put_many([Record.create(Journey(planned_at=DAY, session=log), vault.store.now())])
    texts = [s.text for s in questions.suggestions(NOW)]
    assert texts == [
        "My blood pressure read 182/104 at 40 minutes on 2 March — worth mentioning.",
        "Nausea or vomiting lasted until 15:00 after my session on 2 March — worth mentioning.",
    ]


def test_only_the_last_three_months_are_suggested_from_and_the_trash_is_left_out(
    questions, checks, vault
):
    checks.record(NOW - timedelta(days=91), bladder=True)
    trashed = checks.record(NOW - timedelta(days=2), memory=True)
    vault.store.set_deleted(trashed.id, True)
    assert questions.suggestions(NOW) == []


def test_a_second_list_merged_in_joins_the_first_and_is_trashed_on_the_next_save(questions, vault):
    questions.add("mine")
    merged = PrescriberQuestions((QuestionItem("theirs"), QuestionItem("MINE")), ("k1",))
    vault.store.put_many([Record.create(merged, "2020-01-01T00:00:00.000Z")])
    assert [i.text for i in questions.items()] == ["mine", "theirs"]
    assert questions.get().dismissed == ("k1",)
    questions.set_done(1, True)
    [current] = vault.store.of_kind("prescriber_questions")
    assert [(i.text, i.done) for i in current.data.items] == [("mine", False), ("theirs", True)]
    assert len(vault.store.of_kind("prescriber_questions", deleted=True)) == 1  # nothing lost


def test_both_kinds_go_out_and_come_back_in_exports(questions, checks, vault, tmp_path):
    questions.add("Ask about nasal sprays")
    checks.record(DAY, bladder=True, note='a, quoted "note"')
    assert {"weekly_check", "prescriber_questions"} <= IMPORTED_KINDS
    path = tmp_path / "export.json"
    export_json(vault.store.all(), path)
    kinds = {r["kind"] for r in json.loads(path.read_text())["records"]}
    assert {"weekly_check", "prescriber_questions"} <= kinds
    read = parse_afterglow_json(path)
    assert {r.kind for r in read.records} >= {"weekly_check", "prescriber_questions"}
    assert not read.skipped
    files = markdown_files(vault.store.all(), "2026-03-14T18:30:00.000Z")
    assert (
        files[QUESTIONS_FILE] == "# Questions for my prescriber\n\n- [ ] Ask about nasal sprays\n"
    )
    assert files[WEEKLY_CHECKS_FILE].splitlines() == [
        "at,bladder,unreal,memory,extra_dose,note",
        '2026-03-02 10:00,yes,,,,"a, quoted ""note"""',
    ]
