"""The parts of the forms beyond the scored items: the PHQ-9/GAD-7 difficulty question,
the WHO-5 instruction and low_item flag, the PCL-5 cut-off wording and private event note."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.instruments.definitions import all_instruments, instrument
from journal_app.instruments.scoring import assessment, check_event_note, score

AT = datetime(2026, 3, 1, 9, 0)
DIFFICULTY_OPTIONS = [
    (0, "Not difficult at all"),
    (1, "Somewhat difficult"),
    (2, "Very difficult"),
    (3, "Extremely difficult"),
]


def test_every_instrument_is_at_version_2():
    assert {i.id: i.version for i in all_instruments()} == {
        "phq9": 2,
        "gad7": 2,
        "who5": 2,
        "pcl5": 2,
    }


def test_the_phq9_difficulty_question_is_worded_as_on_the_form():
    question = instrument("phq9").difficulty
    assert question is not None
    assert question.question == (
        "If you checked off any problems, how difficult have these problems made it for you "
        "to do your work, take care of things at home, or get along with other people?"
    )
    assert [(o.value, o.label) for o in question.options] == DIFFICULTY_OPTIONS


def test_the_gad7_difficulty_question_is_worded_as_on_its_own_form():
    question = instrument("gad7").difficulty
    assert question is not None
    assert question.question == (
        "If you checked off any problems, how difficult have these made it for you to do your "
        "work, take care of things at home, or get along with other people?"
    )
    assert [(o.value, o.label) for o in question.options] == DIFFICULTY_OPTIONS


def test_only_phq9_and_gad7_ask_about_difficulty():
    assert [i.id for i in all_instruments() if i.difficulty is not None] == ["phq9", "gad7"]


@pytest.mark.parametrize("difficulty", [0, 1, 2, 3])
def test_the_difficulty_answer_is_kept_but_never_scored(difficulty):
    answers = [1] * 9
    result = score(instrument("phq9"), answers, difficulty)
    assert result.total == 9 and result.severity == "mild"
    assert result.to_json()["difficulty"] == difficulty
    record = assessment(instrument("phq9"), answers, AT, difficulty)
    assert record.total == 9 and record.difficulty == difficulty


def test_an_unanswered_difficulty_is_null_in_json_and_none_in_the_record():
    assert score(instrument("gad7"), [0] * 7).to_json()["difficulty"] is None
    assert assessment(instrument("gad7"), [0] * 7, AT).difficulty is None


@pytest.mark.parametrize("bad", [-1, 4, 7, True, 1.5])
def test_a_difficulty_out_of_range_is_refused_with_the_range(bad):
    with pytest.raises(ValidationError, match=r"difficulty answer is .*goes from 0 .* to 3"):
        score(instrument("phq9"), [0] * 9, bad)


@pytest.mark.parametrize("instrument_id", ["who5", "pcl5"])
def test_a_difficulty_for_a_questionnaire_without_the_question_is_refused(instrument_id):
    inst = instrument(instrument_id)
    with pytest.raises(ValidationError, match="no question about how difficult"):
        assessment(inst, [inst.values[0]] * len(inst.items), AT, 1)


def test_the_who5_instruction_sentence_is_the_published_one():
    who5 = instrument("who5")
    assert who5.instruction == "Notice that higher numbers mean better well-being."
    assert who5.time_frame == (
        "Please indicate for each of the five statements which is closest to how you have "
        "been feeling over the last two weeks."
    )
    assert all(not i.instruction for i in all_instruments() if i.id != "who5")


def test_the_who5_citation_and_licence_are_the_2024_who_ones():
    who5 = instrument("who5")
    assert who5.source.startswith(
        "The World Health Organization-Five Well-Being Index (WHO-5). Geneva: World Health "
        "Organization; 2024."
    )
    assert "CC BY-NC-SA 3.0 IGO" in who5.licence and "non-commercial" in who5.licence


@pytest.mark.parametrize(
    ("answers", "flagged"),
    [
        ([5, 5, 5, 5, 5], False),
        ([2, 2, 2, 2, 2], False),
        ([5, 5, 5, 5, 1], True),
        ([0, 5, 5, 5, 5], True),
        ([1, 1, 1, 1, 1], True),
    ],
)
def test_who5_low_item_is_raised_by_any_single_answer_of_0_or_1(answers, flagged):
    result = score(instrument("who5"), answers)
    assert ("low_item" in result.flags) is flagged
    assert ("low_item" in assessment(instrument("who5"), answers, AT).flags) is flagged


def test_low_item_is_raised_even_when_the_total_is_adequate():
    result = score(instrument("who5"), [5, 5, 5, 5, 0])
    assert result.severity == "adequate" and result.flags == ("low_item",)


def test_the_low_item_flag_carries_a_gentle_sentence():
    flag = instrument("who5").flag("low_item")
    assert flag is not None and flag.any_at_most == 1
    assert "care team" in flag.note and "At no time" in flag.note


def test_the_pcl5_cut_off_reads_31_to_33_with_33_used():
    pcl5 = instrument("pcl5")
    assert "31–33 (33 used here)" in pcl5.source
    assert "31–33 (33 used here)" in next(b.label for b in pcl5.bands if b.start == 33)
    assert "Bovin" in pcl5.source and "National Center for PTSD" in pcl5.source


def test_the_pcl5_event_note_is_kept_trimmed():
    record = assessment(instrument("pcl5"), [0] * 20, AT, event_note="  the flood  ")
    assert record.event_note == "the flood"


def test_only_the_pcl5_takes_an_event_note():
    assert [i.id for i in all_instruments() if i.asks_event] == ["pcl5"]
    with pytest.raises(ValidationError, match="only the PCL-5 does"):
        assessment(instrument("phq9"), [0] * 9, AT, event_note="the flood")
    assert assessment(instrument("phq9"), [0] * 9, AT, event_note="   ").event_note == ""


def test_an_event_note_over_500_characters_is_refused_with_the_limit():
    check_event_note(instrument("pcl5"), "x" * 500)
    with pytest.raises(ValidationError, match=r"at most 500 characters \(this one has 501"):
        assessment(instrument("pcl5"), [0] * 20, AT, event_note="x" * 501)
