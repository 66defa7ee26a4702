"""Questions for my prescriber: the list's rules, and the lines suggested from the journal."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Journey, Preparation
from journal_app.domain.medicine_words import medicines_named
from journal_app.domain.questions import (
    MAX_ITEM,
    MAX_ITEMS,
    PrescriberQuestions,
    QuestionItem,
    day_words,
    suggested_questions,
)
from journal_app.domain.records import Record
from journal_app.domain.weekly_check import WeeklyCheck

STAMP = "2026-03-14T18:30:00.000Z"
START = datetime(2026, 3, 3, 10, 0)
TODAY = date(2026, 3, 14)


# Stand-ins for the session card's readings and side effects (journey.py's Vital and
# SideEffect), so these rules are tested on their own.
@dataclass(frozen=True)
class Reading:
    at: str
    systolic: int
    diastolic: int
    pulse: int | None = None


@dataclass(frozen=True)
class Effect:
    name: str
    severity: str
    until: datetime | None = None


@dataclass(frozen=True)
class Session:
    start: datetime | None = START
    vitals: tuple[Reading, ...] = ()
    side_effects: tuple[Effect, ...] = ()


@dataclass(frozen=True)
class CardJourney:
    session: Session = field(default_factory=Session)
    preparation: Preparation = field(default_factory=Preparation)

    @property
    def when(self) -> datetime:
        return self.session.start or START


def _record(data: Any, record_id: str, kind: str = "journey") -> Record:
    return Record(record_id, kind, 1, STAMP, STAMP, 1, None, data)


def _journey(record_id: str = "j" * 32, **session: Any) -> Record:
    return _record(CardJourney(Session(**session)), record_id)


def _medicines(notes: str) -> list[str]:
    journey = Journey(START, preparation=Preparation(screening={"medications": notes}))
    found = suggested_questions([Record.create(journey, STAMP)], today=TODAY)
    return [s.text for s in found]


# The list


def test_items_are_kept_in_order_with_a_done_tick():
    questions = PrescriberQuestions().added("Can I drive the next day?").added("Nausea plan?")
    questions = questions.with_done(0, True)
    assert [(i.text, i.done) for i in questions.items] == [
        ("Can I drive the next day?", True),
        ("Nausea plan?", False),
    ]
    assert [i.text for i in questions.without(0).items] == ["Nausea plan?"]


def test_an_item_is_one_tidy_line_of_at_most_500_characters():
    assert QuestionItem("  two\nlines\x07 ").text == "two lines"
    assert len(QuestionItem("x" * MAX_ITEM).text) == MAX_ITEM
    with pytest.raises(ValidationError, match="up to 500 characters"):
        QuestionItem("x" * (MAX_ITEM + 1))
    with pytest.raises(ValidationError, match="empty"):
        QuestionItem("   ")
    with pytest.raises(ValidationError, match="must be text"):
        QuestionItem(5)  # type: ignore[arg-type]


def test_the_list_holds_at_most_100_items():
    full = PrescriberQuestions(tuple(QuestionItem(f"q{n}") for n in range(MAX_ITEMS)))
    with pytest.raises(ValidationError, match="up to 100 questions"):
        full.added("one more")


def test_a_number_outside_the_list_is_refused_kindly():
    questions = PrescriberQuestions().added("one")
    for bad in (-1, 1, True):
        with pytest.raises(ValidationError, match="no question number"):
            questions.with_done(bad, True)
    with pytest.raises(ValidationError, match="no question number"):
        questions.without(3)


def test_hiding_a_key_twice_keeps_it_once():
    questions = PrescriberQuestions().hiding("bp:x").hiding("bp:x")
    assert questions.dismissed == ("bp:x",)


def test_round_trip_and_an_import_is_checked_again():
    questions = PrescriberQuestions().added("Ask about sleep").with_done(0, True).hiding("k")
    record = Record.create(questions, STAMP)
    assert Record.from_dict(record.to_dict()).data == questions
    assert record.to_dict()["data"] == {
        "items": [{"text": "Ask about sleep", "done": True}],
        "dismissed": ["k"],
    }
    raw = record.to_dict()
    raw["data"]["items"][0]["text"] = "x" * (MAX_ITEM + 1)
    with pytest.raises(ValidationError):
        dataclasses.replace(Record.from_dict(raw).data)


# Medicines named in preparation notes


@pytest.mark.parametrize(
    ("notes", "line"),
    [
        ("lorazepam 1 mg at night", "Ask about the timing of lorazepam around sessions."),
        ("Alprazolam as needed", "Ask about the timing of alprazolam around sessions."),
        ("CLONAZEPAM", "Ask about the timing of clonazepam around sessions."),
        ("diazepam", "Ask about the timing of diazepam around sessions."),
        ("Xanax", "Ask about the timing of Xanax (alprazolam) around sessions."),
        (
            "a sleeping pill some nights",
            "Ask about the timing of my sleeping pills around sessions.",
        ),
        ("Sleeping  Pills", "Ask about the timing of my sleeping pills around sessions."),
        ("zolpidem 5mg", "Ask about the timing of zolpidem around sessions."),
        ("Zopiclone", "Ask about the timing of zopiclone around sessions."),
        ("lamotrigine 200 mg", "Ask about the timing of lamotrigine around sessions."),
        ("methylphenidate", "Ask about the timing of methylphenidate around sessions."),
        ("amphetamine salts", "Ask about the timing of amphetamine around sessions."),
        ("Lisdexamfetamine 30", "Ask about the timing of lisdexamfetamine around sessions."),
        ("phenelzine", "Ask about the timing of phenelzine around sessions."),
        ("Tranylcypromine", "Ask about the timing of tranylcypromine around sessions."),
        ("selegiline patch", "Ask about the timing of selegiline around sessions."),
        ("moclobemide", "Ask about the timing of moclobemide around sessions."),
        ("MAOIs in the past", "Ask about the timing of my MAOI around sessions."),
    ],
)
def test_each_family_is_found_whatever_the_case(notes, line):
    assert _medicines(notes) == [line]


@pytest.mark.parametrize(
    "notes",
    [
        "benzoyl peroxide cream",  # "benzo" only as a whole word
        "a book on Maoist history",  # not "MAOI"
        "methamphetamine never",  # "amphetamine" only as a whole word
        "prediazepam",  # no name inside another word
        "lamotriginex",
        "sertraline 100 mg, vitamin D",  # medicines not asked about
        "",
    ],
)
def test_no_match_inside_other_words_or_for_other_medicines(notes):
    assert _medicines(notes) == []


def test_lisdexamfetamine_is_not_also_dexamfetamine_and_each_medicine_comes_once():
    assert [m.key for m in medicines_named("lisdexamfetamine")] == ["lisdexamfetamine"]
    assert [m.key for m in medicines_named("Ativan; lorazepam; LORAZEPAM")] == ["lorazepam"]
    found = [m.family for m in medicines_named("zolpidem, lamotrigine, phenelzine")]
    assert found == ["a sleeping medicine", "lamotrigine", "an MAOI"]


def test_the_same_medicine_in_two_journeys_is_one_suggestion_and_says_why():
    notes = Preparation(screening={"medications": "lorazepam"})
    records = [
        Record.create(Journey(datetime(2026, 3, day, 10), preparation=notes), STAMP)
        for day in (3, 10)
    ]
    [suggestion] = suggested_questions(records, today=TODAY)
    assert suggestion.key == "medicine:lorazepam"
    assert "10 March" in suggestion.why and "benzodiazepine" in suggestion.why


def test_medicine_lines_are_questions_never_advice():
    for line in _medicines("lorazepam zolpidem lamotrigine adderall phenelzine"):
        assert line.startswith("Ask about the timing of") and line.endswith("around sessions.")
        for advice in ("stop", "skip", "reduce", "don't", "avoid", "should"):
            assert advice not in line.casefold()


# Blood pressure


@pytest.mark.parametrize(
    ("systolic", "diastolic", "suggested"),
    [
        (179, 109, False),
        (180, 100, True),
        (179, 110, True),
        (180, 110, True),
        (150, 95, False),
    ],
)
def test_a_reading_is_suggested_at_180_systolic_or_110_diastolic(systolic, diastolic, suggested):
    record = _journey(vitals=(Reading("40min", systolic, diastolic),))
    found = suggested_questions([record], today=TODAY)
    assert bool(found) is suggested


def test_a_high_reading_is_said_plainly_with_its_moment_and_day():
    record = _journey(
        vitals=(Reading("before", 130, 85), Reading("40min", 182, 104), Reading("14:10", 176, 112))
    )
    found = suggested_questions([record], today=TODAY)
    assert [s.text for s in found] == [
        "My blood pressure read 182/104 at 40 minutes on 3 March — worth mentioning.",
        "My blood pressure read 176/112 at 14:10 on 3 March — worth mentioning.",
    ]
    assert len({s.key for s in found}) == 2
    assert all(s.key.startswith("bp:" + "j" * 32) for s in found)


def test_another_years_day_carries_its_year():
    assert day_words(date(2025, 12, 30), TODAY) == "30 December 2025"
    assert day_words(date(2026, 3, 3), TODAY) == "3 March"
    assert day_words(date(2026, 3, 3)) == "3 March 2026"


# Side effects


def test_a_side_effect_is_suggested_when_severe_or_lasting_more_than_four_hours():
    record = _journey(
        side_effects=(
            Effect("nausea", "mild", datetime(2026, 3, 3, 14, 0)),  # exactly four hours
            Effect("headache", "moderate", datetime(2026, 3, 3, 14, 1)),  # a minute more
            Effect("dizziness", "severe"),
            Effect("blurred_vision", "severe", datetime(2026, 3, 4, 9, 0)),
            Effect("sedation", "moderate"),
        )
    )
    texts = [s.text for s in suggested_questions([record], today=TODAY)]
    assert texts == [
        "Headache lasted until 14:01 after my session on 3 March — worth mentioning.",
        "Dizziness was severe at my session on 3 March — worth mentioning.",
        "Blurred vision was severe and lasted until 09:00 on 4 March after my session on "
        "3 March — worth mentioning.",
    ]


def test_a_side_effect_uses_its_own_words_when_it_has_them():
    @dataclass(frozen=True)
    class Worded(Effect):
        def words(self) -> str:
            return "nausea or vomiting"

    record = _journey(side_effects=(Worded("nausea", "severe"),))
    [suggestion] = suggested_questions([record], today=TODAY)
    assert suggestion.text.startswith("Nausea or vomiting was severe")


# Weekly checks, order, window


def test_the_latest_yes_to_each_weekly_question_is_suggested():
    checks = [
        _record(WeeklyCheck(datetime(2026, 3, 2, 9), bladder=True), "a" * 32, "weekly_check"),
        _record(WeeklyCheck(datetime(2026, 3, 9, 9), bladder=True), "b" * 32, "weekly_check"),
        _record(WeeklyCheck(datetime(2026, 3, 9, 9), memory=False), "c" * 32, "weekly_check"),
    ]
    [suggestion] = suggested_questions([], checks, today=TODAY)
    assert suggestion.key == "weekly:bladder:2026-03-09"
    assert suggestion.text.startswith("I noticed bladder changes")
    assert suggestion.why == "From your weekly check on 9 March."


def test_order_is_weekly_then_readings_then_side_effects_then_medicines():
    journey = Journey(START, preparation=Preparation(screening={"medications": "zolpidem"}))
    check = _record(WeeklyCheck(datetime(2026, 3, 9), unreal=True), "c" * 32, "weekly_check")
    found = suggested_questions(
        [
            _journey(vitals=(Reading("leaving", 185, 100),)),
            _journey("k" * 32, side_effects=(Effect("anxiety", "severe"),)),
            Record.create(journey, STAMP),
        ],
        [check],
        today=TODAY,
    )
    assert [s.key.split(":")[0] for s in found] == ["weekly", "bp", "effect", "medicine"]


def test_records_before_since_are_left_out():
    old = _journey(start=datetime(2025, 11, 1, 10), vitals=(Reading("40min", 190, 100),))
    assert suggested_questions([old], since=datetime(2025, 12, 14)) == []
    assert len(suggested_questions([old])) == 1
