"""The summary's data step: pure, no Qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import SessionLog
from journal_app.domain.session_card import SideEffect, Vital
from journal_app.reports.data import (
    MAX_ENTRIES,
    SECTIONS,
    SummaryOptions,
    build_summary,
    entries_for_choosing,
    preset_range,
)
from journal_app.reports.markdown import parse, plain, shorten
from journal_app.reports.prescriber import MAX_QUESTIONS, QUESTION_CHARS
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

MARCH = (date(2026, 3, 1), date(2026, 3, 14))


@pytest.fixture
def services(tmp_path):
    built = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    built.vault.create(PASSPHRASE)
    yield built
    built.vault.lock()


@pytest.fixture
def filled(services):
    services.journal.create("Open words", day=date(2026, 3, 2), title="Open")
    services.journal.create("Secret words", day=date(2026, 3, 3), private=True)
    services.journal.create("Too early", day=date(2026, 2, 1))
    journey = services.journeys.add(datetime(2026, 3, 5, 10, 0), intention="Listen")
    services.journeys.answer(journey.id, "0h", "int-0h-images", "a green field", starred=True)
    services.checkins.add(4, at=datetime(2026, 3, 4, 20, 0), sleep_hours=6.0)
    services.checkins.add(8, at=datetime(2026, 3, 10, 20, 0), sleep_hours=8.0)
    services.assessments.take("phq9", [2] * 9, datetime(2026, 3, 1, 9, 0))
    services.assessments.take("phq9", [1] * 9, datetime(2026, 3, 12, 9, 0))
    return services


def test_the_range_must_run_forwards_and_sections_be_known():
    with pytest.raises(ValidationError, match="comes after"):
        SummaryOptions(date(2026, 3, 14), date(2026, 3, 1))
    with pytest.raises(ValidationError, match="Unknown summary sections"):
        SummaryOptions(*MARCH, sections=frozenset({"horoscope"}))


def test_no_entries_unless_chosen(filled):
    data = build_summary(filled, SummaryOptions(*MARCH))
    assert data.entries == []
    assert data.more_to_choose  # "Open" could be ticked


def test_all_entries_leaves_private_ones_out_unless_asked(filled):
    data = build_summary(filled, SummaryOptions(*MARCH, all_entries=True))
    assert [e.title for e in data.entries] == ["Open"]
    assert not data.more_to_choose
    included = build_summary(filled, SummaryOptions(*MARCH, all_entries=True, include_private=True))
    assert {plain(e.blocks) for e in included.entries} == {"Open words", "Secret words"}


def test_a_private_entry_alone_looks_like_nothing_to_choose(services):
    services.journal.create("Secret words", day=date(2026, 3, 3), private=True)
    data = build_summary(services, SummaryOptions(*MARCH))
    assert data.empty and not data.more_to_choose


def test_entries_can_be_picked_one_by_one(filled):
    rows = entries_for_choosing(filled, *MARCH)
    private = next(r for r in rows if r.private)
    data = build_summary(filled, SummaryOptions(*MARCH, entry_ids=frozenset({private.id})))
    assert [plain(e.blocks) for e in data.entries] == ["Secret words"]


def test_journeys_insights_results_and_checkins_in_the_period(filled):
    data = build_summary(filled, SummaryOptions(*MARCH))
    [journey] = data.journeys
    assert (journey.number, journey.intention, journey.planned) == (1, "Listen", False)
    assert data.sessions_held == 1
    assert [plain(h.text) for h in data.highlights] == ["a green field"]
    assert [(r.total, r.band, r.baseline) for r in data.results] == [
        (18, "Moderately severe", True),
        (9, "Mild", False),
    ]
    latest = data.results[-1]
    assert latest.change == -9  # from the baseline before the session
    assert latest.measure is not None and latest.measure.reliable == "improved"
    assert (latest.measure.response, latest.measure.remission) == (True, False)
    assert data.latest["phq9"] == latest.measure
    assert data.checkins is not None
    assert (data.checkins.count, data.checkins.mood, data.checkins.sleep_hours) == (2, 6.0, 7.0)


def test_the_baseline_row_is_kept_when_it_was_taken_before_the_period(services):
    services.assessments.take("phq9", [2] * 9, datetime(2026, 2, 20, 9, 0))
    services.journeys.add(datetime(2026, 3, 5, 10, 0))
    services.assessments.take("phq9", [3] * 9, datetime(2026, 3, 12, 9, 0))
    data = build_summary(services, SummaryOptions(*MARCH))
    assert [(r.when.date(), r.baseline) for r in data.results] == [
        (date(2026, 2, 20), True),
        (date(2026, 3, 12), False),
    ]
    assert data.results_taken == 1 and data.results_left_out == 0
    assert data.results[-1].measure is not None
    assert data.results[-1].measure.reliable == "deteriorated"


def test_results_from_an_earlier_course_show_no_change_from_a_baseline_not_in_the_table(
    services, monkeypatch
):
    monkeypatch.setattr("journal_app.reports.results.MAX_RESULTS", 3)  # all three in the table
    services.assessments.take("phq9", [2] * 9, datetime(2025, 9, 1, 9, 0))  # course 1 baseline
    services.journeys.add(datetime(2025, 9, 5, 10, 0))
    services.assessments.take("phq9", [1] * 9, datetime(2026, 3, 1, 9, 0))  # course 2 baseline
    services.journeys.add(datetime(2026, 3, 5, 10, 0))
    services.assessments.take("phq9", [0] * 9, datetime(2026, 3, 12, 9, 0))
    data = build_summary(services, SummaryOptions(date(2026, 2, 1), date(2026, 3, 14)))
    [baseline, latest] = data.results
    assert baseline.baseline and baseline.when.date() == date(2026, 3, 1)
    assert latest.change == -9
    wider = build_summary(services, SummaryOptions(date(2025, 8, 1), date(2026, 3, 14)))
    by_day = {r.when.date(): r for r in wider.results}
    # 1 March was -9 against course 1's baseline, which is not the row marked baseline.
    assert by_day[date(2026, 3, 1)].baseline and by_day[date(2026, 3, 1)].change is None
    assert by_day[date(2025, 9, 1)].change is None and not by_day[date(2025, 9, 1)].baseline


def test_a_planned_session_does_not_start_a_series(services):
    services.assessments.take("phq9", [2] * 9, datetime(2026, 3, 1, 9, 0))
    services.journeys.add(datetime(2026, 3, 20, 10, 0))  # after today (14 March): planned
    services.assessments.take("phq9", [1] * 9, datetime(2026, 3, 12, 9, 0))
    data = build_summary(services, SummaryOptions(*MARCH))
    assert data.sessions_held == 0
    assert all(r.change is None and not r.baseline for r in data.results)


def test_item_9_answers_above_not_at_all_are_carried_unless_left_out(services):
    services.assessments.take("phq9", [1] * 8 + [0], datetime(2026, 3, 2, 9, 0))
    services.assessments.take("phq9", [1] * 8 + [2], datetime(2026, 3, 9, 9, 0))
    data = build_summary(services, SummaryOptions(*MARCH))
    assert [(i.when.day, i.answer) for i in data.item9] == [(9, "More than half the days")]
    assert [r.item9 for r in data.results] == ["Not at all", "More than half the days"]
    left_out = build_summary(services, SummaryOptions(*MARCH, self_harm_answers=False))
    assert left_out.item9 == []
    assert all(r.item9 is None for r in left_out.results)


def test_difficulty_and_the_who5_low_answer_are_carried(services):
    services.assessments.take("gad7", [1] * 7, datetime(2026, 3, 2, 9, 0), difficulty=2)
    services.assessments.take("who5", [3, 3, 3, 1, 3], datetime(2026, 3, 3, 9, 0))
    data = build_summary(services, SummaryOptions(*MARCH))
    gad7, who5 = data.results
    assert gad7.difficulty == "Very difficult"
    assert who5.low_item and who5.percent == 52


def test_the_pcl5_event_note_is_never_in_the_data(services):
    services.assessments.take(
        "pcl5", [2] * 20, datetime(2026, 3, 2, 9, 0), event_note="the night of the fire"
    )
    data = build_summary(services, SummaryOptions(*MARCH))
    assert [r.instrument for r in data.results] == ["pcl5"]
    assert "the night of the fire" not in repr(data)


def test_markdown_is_parsed_and_shortened_without_half_a_mark(services):
    text = "**" + " ".join(["word"] * 400) + "**"
    services.journal.create(text, day=date(2026, 3, 2), title="Long")
    [row] = build_summary(services, SummaryOptions(*MARCH, all_entries=True)).entries
    assert row.shortened and "*" not in plain(row.blocks)
    assert all(span.bold for span in row.blocks[0].spans[:-1])
    assert plain(row.blocks).endswith("\u00a0…")


def test_an_untitled_entry_is_named_by_its_words_not_its_marks(services):
    services.journal.create("# **Morning** pages\n\nThe rest.", day=date(2026, 3, 2))
    [row] = entries_for_choosing(services, *MARCH)
    assert row.title == "Morning pages"


def test_an_empty_period_is_empty(filled):
    data = build_summary(filled, SummaryOptions(date(2020, 1, 1), date(2020, 1, 31)))
    assert data.empty


def test_a_long_period_is_summarised_not_printed_whole(services):
    for day in range(1, 29):
        services.journal.create("x " * 900, day=date(2026, 2, day))
    options = SummaryOptions(date(2026, 2, 1), date(2026, 3, 14), all_entries=True)
    data = build_summary(services, options)
    assert len(data.entries) == MAX_ENTRIES and data.entries_left_out == 28 - MAX_ENTRIES
    assert all(e.shortened and e.words == 900 for e in data.entries)


def test_every_section_can_be_chosen(filled):
    data = build_summary(filled, SummaryOptions(*MARCH, sections=frozenset({"journeys"})))
    assert data.wants("journeys") and not data.wants("entries")
    assert set(SECTIONS) >= {"overview", "chart", "talk_about"}


def test_presets():
    today = date(2026, 3, 14)
    assert preset_range("two_weeks", today, None) == (date(2026, 3, 1), today)
    assert preset_range("thirty_days", today, None) == (date(2026, 2, 13), today)
    assert preset_range("since_last_session", today, date(2026, 3, 5)) == (date(2026, 3, 5), today)
    assert preset_range("since_last_session", today, None) == (date(2026, 2, 13), today)


def test_shortening_never_leaves_a_word_cut_in_two_after_the_first_block():
    blocks = parse("First part here.\n\n- walking slowly")
    cut, shortened = shorten(blocks, len("First part here.") + 3)
    assert shortened
    assert plain(cut) == "First part here.\u00a0…"


def test_the_mood_trend_compares_the_two_halves_of_the_period(services):
    for day, mood in ((1, 3), (3, 4), (5, 5), (9, 7), (11, 7), (13, 7)):
        services.checkins.add(mood, at=datetime(2026, 3, day, 20, 0))
    checkins = build_summary(services, SummaryOptions(*MARCH)).checkins
    assert checkins is not None
    assert (checkins.mood_first_half, checkins.mood_second_half) == (4.0, 7.0)
    services.checkins.add(5, at=datetime(2026, 2, 20, 20, 0))
    few = build_summary(services, SummaryOptions(date(2026, 2, 1), date(2026, 3, 2))).checkins
    assert few is not None and few.mood_first_half is None  # too few check-ins to say


def test_the_summary_says_so_when_mood_falls_after_an_induction(services):
    from datetime import timedelta

    from journal_app.domain.relapse import FALLING_LINE
    from journal_app.reports.layout import summary_html

    last = datetime(2026, 3, 2, 10, 0)
    for offset in (14, 11, 7, 4, 0):  # an induction of five sessions, the last on 2 March
        services.journeys.add(last - timedelta(days=offset))
    for day in range(7):  # the course's last week: mood about 7
        services.checkins.add(7, at=datetime(2026, 2, 24, 20, 0) + timedelta(days=day))
    for day in range(7):  # the week up to the summary's end (14 March): mood about 4
        services.checkins.add(4, at=datetime(2026, 3, 8, 20, 0) + timedelta(days=day))
    data = build_summary(services, SummaryOptions(*MARCH))
    assert data.watch_line == FALLING_LINE
    assert FALLING_LINE in summary_html(data)  # in the at-a-glance block
    steady = build_summary(services, SummaryOptions(date(2026, 3, 1), date(2026, 3, 3)))
    assert steady.watch_line == ""  # at the end of 3 March the week had not fallen yet


def test_sessions_carry_medicine_dose_as_given_readings_effects_and_clear_at(services):
    at = datetime(2026, 3, 5, 10, 0)
    log = SessionLog(
        medicine="esketamine",
        route="intranasal",
        devices=2,
        vitals=(Vital("leaving", 130, 80), Vital("before", 140, 90), Vital("40min", 150, 95)),
        side_effects=(SideEffect("nausea", "mild", datetime(2026, 3, 5, 11, 0)),),
        clear_at=datetime(2026, 3, 5, 12, 0),
    )
    services.journeys.add(at, session=log)
    [row] = build_summary(services, SummaryOptions(*MARCH)).journeys
    assert (row.medicine, row.route, row.dose) == ("esketamine", "intranasal", "2 devices (56 mg)")
    assert [v.at for v in row.vitals] == ["before", "40min", "leaving"]  # in order taken
    assert row.side_effects == log.side_effects and row.clear_at == log.clear_at


def test_only_the_persons_open_questions_and_the_periods_weekly_lines(services):
    services.questions.add("Ask about sleep medicine timing")
    services.questions.add("Already asked")
    services.questions.set_done(1, True)
    services.weekly_check.record(datetime(2026, 3, 2, 20, 0), bladder=True, memory=False)
    services.weekly_check.record(datetime(2026, 3, 9, 20, 0), bladder=True, unreal=True)
    services.weekly_check.record(datetime(2026, 2, 9, 20, 0), memory=True)  # before the days
    notes = build_summary(services, SummaryOptions(*MARCH)).prescriber
    assert notes.questions == ("Ask about sleep medicine timing",)
    assert [(m.text.split()[2], m.days) for m in notes.mentions] == [
        ("bladder", (date(2026, 3, 2), date(2026, 3, 9))),
        ("of", (date(2026, 3, 9),)),
    ]
    assert all("worth mentioning" not in m.text for m in notes.mentions)
    assert all(s.text not in notes.questions for s in services.questions.suggestions())


def test_long_lists_are_cut_and_counted(services):
    for k in range(MAX_QUESTIONS + 2):
        services.questions.add(f"Question {k} " + "word " * 60)
    for week in range(5):
        services.weekly_check.record(datetime(2026, 3, 1 + week * 3, 20, 0), bladder=True)
    notes = build_summary(services, SummaryOptions(*MARCH)).prescriber
    assert len(notes.questions) == MAX_QUESTIONS and notes.questions_left_out == 2
    assert all(len(q) <= QUESTION_CHARS + 2 and q.endswith("…") for q in notes.questions)
    [mention] = notes.mentions
    assert mention.days == (date(2026, 3, 10), date(2026, 3, 13)) and mention.earlier == 3
