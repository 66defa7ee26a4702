"""What a therapist reads in the PDF: the safety signals, the baseline, words not marks.

The PDF's own text (pypdf), so what is tested is what prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from journal_app.cli.report import chart_painter
from journal_app.domain.journey import SessionLog
from journal_app.domain.session_card import SideEffect, Vital
from journal_app.reports.data import SummaryOptions, build_summary
from journal_app.reports.pdf import write_pdf
from journal_app.services.bundle import Services
from journal_app.services.demo import build_demo
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.reports.conftest import pdf_pages

MARCH = (date(2026, 3, 1), date(2026, 3, 14))
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
MARKDOWN = (
    "# Morning\n\n**Heavy** and *slow*, then `lighter`. See [my notes](https://example.org).\n\n"
    "> What the body knows\n\n- first thing\n- second thing\n\n1. breathe\n2. walk\n\n"
    "<b>typed tags</b>"
)


@pytest.fixture
def worse(qapp, tmp_path: Path) -> Iterator[Services]:
    """An elevated PHQ-9 baseline before the period, a reliable worsening, item 9 answered."""
    services = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.create(PASSPHRASE)
    services.assessments.take("phq9", [2] * 9, datetime(2026, 2, 20, 9, 0), difficulty=1)
    services.assessments.take("gad7", [1] * 7, datetime(2026, 2, 20, 9, 5))
    journey = services.journeys.add(datetime(2026, 3, 5, 10, 0), notes=MARKDOWN)
    services.journeys.answer(journey.id, "0h", "int-0h-images", MARKDOWN, starred=True)
    services.assessments.take("phq9", [3] * 8 + [1], datetime(2026, 3, 12, 9, 0))
    services.assessments.take("gad7", [1] * 7, datetime(2026, 3, 12, 9, 5))
    services.assessments.take("who5", [3, 3, 1, 3, 3], datetime(2026, 3, 2, 9, 0))
    services.assessments.take("who5", [4, 4, 3, 4, 4], datetime(2026, 3, 12, 9, 10))
    services.assessments.take(
        "pcl5", [1] * 20, datetime(2026, 3, 12, 9, 15), event_note="CORMORANT at the lake"
    )
    services.journal.create(MARKDOWN, day=date(2026, 3, 9), title="Marks")
    services.journal.create("The thing no one knows: OSPREY.", day=date(2026, 3, 10), private=True)
    yield services
    services.vault.lock()


def text_of(tmp_path: Path, services: Services, **options: object) -> str:
    data = build_summary(services, SummaryOptions(*MARCH, **options))  # type: ignore[arg-type]
    write_pdf(tmp_path / "summary.pdf", data, None, locale=UK)
    return " ".join(pdf_pages(tmp_path / "summary.pdf"))


def test_item_9_is_in_the_glance_and_in_every_phq9_row(tmp_path, worse):
    text = text_of(tmp_path, worse)
    glance = text[: text.index("Sessions")]
    assert "PHQ-9 item 9 “Several days” on Thu 12 Mar 2026" in glance
    assert "Item 9: More than half the days" in text  # the baseline, before the period
    assert "Item 9: Several days" in text


def test_leaving_out_the_self_harm_answers_leaves_no_word_of_them(tmp_path, worse):
    text = text_of(tmp_path, worse, self_harm_answers=False)
    assert "Item 9" not in text and "item 9" not in text
    assert "Several days" not in text and "self-harm" not in text
    assert "25 of 27" in text  # the score itself stays


def test_the_baseline_row_is_there_though_taken_before_the_period(tmp_path, worse):
    text = text_of(tmp_path, worse)
    assert "20 Feb 2026 18 of 27, Moderately severe Baseline, before sessions" in text
    assert "Difficulty: Somewhat difficult" in text


def test_a_reliable_worsening_and_response_words_are_printed(tmp_path, worse):
    text = text_of(tmp_path, worse)
    assert "+7 points, reliable worsening, worth talking over with your care team" in text
    assert "no response yet; not in remission" in text
    assert "response, remission: not applicable" in text  # GAD-7's baseline was 7
    assert "GAD-7 7 of 21, Mild on Thu 12 Mar 2026; no change from baseline" in text


def test_who5_change_is_in_percentage_points_with_the_percent(tmp_path, worse):
    text = text_of(tmp_path, worse)
    assert "19 of 25 (76%)" in text
    assert "+24 percentage points" in text
    assert "An answer of 0 or 1" in text


def test_the_pcl5_event_note_is_never_printed(tmp_path, worse):
    text = text_of(tmp_path, worse, all_entries=True, include_private=True)
    assert "20 of 80" in text
    assert "CORMORANT" not in text and "lake" not in text


def test_markdown_is_rendered_never_printed_raw(tmp_path, worse):
    text = text_of(tmp_path, worse, all_entries=True)
    assert "Heavy and slow" in text and "then lighter. See my notes." in text
    assert "What the body knows" in text and "• first thing" in text and "1. breathe" in text
    assert "<b>typed tags</b>" in text  # typed HTML stays the characters typed
    for mark in ("**", "# ", "> What", "- first", "`", "](", "https"):
        assert mark not in text, mark


def test_no_entries_by_default_and_never_a_word_of_private_ones(tmp_path, worse):
    text = text_of(tmp_path, worse)
    assert "Journal entries" not in text and "Marks" not in text
    assert "private" not in text.lower()
    text = text_of(tmp_path, worse, all_entries=True)
    assert "Marks" in text and "OSPREY" not in text
    assert "private" not in text.lower()


@pytest.mark.parametrize("seed", [1, 8])
def test_a_year_of_the_demo_journal_fits_two_pages(qapp, tmp_path, seed):
    services = Services.build(tmp_path / "demo", kdf_params=cheap_kdf, clock=fixed_clock)
    build_demo(services.vault, PASSPHRASE, years=1, seed=seed)
    services.vault.unlock(PASSPHRASE)
    try:
        today = services.journeys.now().date()
        data = build_summary(services, SummaryOptions(today - timedelta(days=364), today))
        assert len(data.results) >= 8 and data.sessions_held >= 6  # a full year to fit
        chart = chart_painter(services)
        for locale in (UK, US):
            assert write_pdf(tmp_path / "year.pdf", data, chart, locale=locale) <= 2
    finally:
        services.vault.lock()


def spravato(when: datetime) -> SessionLog:
    """Esketamine by nasal devices at the clinic, readings steady."""
    return SessionLog(
        medicine="esketamine",
        route="intranasal",
        devices=3,
        setting="clinic",
        vitals=(Vital("before", 128, 80), Vital("40min", 140, 86), Vital("leaving", 126, 80)),
        side_effects=(SideEffect("dissociation", "moderate", when + timedelta(minutes=75)),),
        clear_at=when + timedelta(minutes=110),
    )


def infusion(when: datetime) -> SessionLog:
    """Ketamine IV by mg/kg over 40 minutes; the blood pressure rises at 40 minutes."""
    return SessionLog(
        medicine="ketamine",
        route="IV",
        dose_mg_per_kg=0.5,
        weight_kg=70.0,
        infusion_minutes=40,
        setting="clinic",
        vitals=(
            Vital("before", 132, 84, 72),
            Vital("40min", 184, 102),
            Vital("leaving", 136, 86),
        ),
        side_effects=(
            SideEffect("nausea", "mild", when + timedelta(minutes=80)),
            SideEffect("heavy legs", "severe", when + timedelta(hours=20)),
        ),
        clear_at=when + timedelta(hours=2, minutes=40),
    )


@pytest.fixture
def card(qapp, tmp_path: Path) -> Iterator[Services]:
    """A Spravato session, an IV session, questions for the prescriber and weekly checks."""
    services = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.create(PASSPHRASE)
    first, second = datetime(2026, 3, 3, 10, 0), datetime(2026, 3, 10, 10, 0)
    services.journeys.add(first, session=spravato(first), intention="Stay with the breath")
    services.journeys.add(second, session=infusion(second), notes="Heavy, then light.")
    services.questions.add("Should I take my lamotrigine the night before a session?")
    services.questions.add("Is the rise at 40 minutes something to watch? I asked this already.")
    services.questions.set_done(1, True)
    services.questions.add("Can I drive the day after?")
    services.weekly_check.record(datetime(2026, 3, 9, 19, 0), bladder=True, memory=False)
    services.weekly_check.record(datetime(2026, 2, 9, 19, 0), unreal=True)  # before the days
    yield services
    services.vault.lock()


def test_each_session_has_its_medicine_dose_as_given_and_card(tmp_path, card):
    text = text_of(tmp_path, card)
    sessions = text[text.index("Sessions") : text.index("Questions for my prescriber")]
    assert "esketamine, intranasal 3 devices (84 mg) clinic" in sessions
    assert "ketamine, IV 0.5 mg/kg × 70 kg = 35 mg over 40 minutes clinic" in sessions
    assert "BP before 128/80 · 40 min 140/86 · leaving 126/80." in sessions
    assert "BP before 132/84 · 40 min 184/102 · leaving 136/86." in sessions
    assert "Side effects: dissociation (moderate, until 11:15). Felt clear at 11:50." in sessions
    assert (
        "Side effects: nausea or vomiting (mild, until 11:20), heavy legs (severe, until "
        "11 Mar 06:00). Felt clear at 12:40."
    ) in sessions
    assert "Heavy, then light." in sessions


def test_the_open_questions_and_the_weekly_check_lines_are_printed(tmp_path, card):
    text = text_of(tmp_path, card)
    section = text[text.index("Questions for my prescriber") :]
    assert "• Should I take my lamotrigine the night before a session?" in section
    assert "• Can I drive the day after?" in section
    assert "I asked this already" not in text  # ticked as done
    assert (
        "From my weekly checks, worth mentioning: 9 Mar 2026 I noticed bladder changes (going "
        "more often, urgency, pain or blood) this week."
    ) in section
    assert "unreal" not in text  # answered before the period
    assert "memory" not in text.lower()  # a "no" is not worth mentioning


def test_suggestions_the_person_did_not_keep_are_never_printed(tmp_path, card):
    suggested = card.questions.suggestions()
    assert any("184/102" in s.text for s in suggested)  # the rise at 40 minutes
    text = text_of(tmp_path, card)
    for suggestion in suggested:
        assert suggestion.text not in text
    assert "My blood pressure read" not in text


def test_the_prescriber_section_can_be_left_out(tmp_path, card):
    sections = frozenset(SummaryOptions(*MARCH).sections) - {"prescriber"}
    text = text_of(tmp_path, card, sections=sections)
    assert "Questions for my prescriber" not in text and "lamotrigine" not in text
    assert "bladder" not in text
    assert "40 min 184/102" in text  # the readings stay with their session


def _full_card(session: SessionLog, when: datetime) -> SessionLog:
    """The session with every card field filled, its dose given as its route gives it."""
    model = infusion(when)
    card = replace(
        session,
        medicine="ketamine",
        vitals=model.vitals,
        side_effects=model.side_effects,
        clear_at=model.clear_at,
    )
    if session.route == "intranasal":
        return replace(card, medicine="esketamine", devices=3, dose_mg=None)
    if session.route == "IV":
        return replace(card, dose_mg=None, dose_mg_per_kg=0.5, weight_kg=70.0, infusion_minutes=40)
    return card


def _fill_the_card(services: Services, seed: int) -> None:
    """Give every session a full card, more questions than print and a yes every week."""
    for record in services.journeys.journeys():
        session = _full_card(record.data.session, record.data.when)
        services.journeys.edit_session(record.id, session)
    for k in range(5):  # one more than is printed, each about as long as people write
        services.questions.add(f"Question {k}: is it all right to take my sleep medicine late?")
    today = services.journeys.now()
    for week in range(52):
        services.weekly_check.record(today - timedelta(days=7 * week), bladder=True)


@pytest.mark.parametrize("seed", [1, 8])
def test_a_year_with_every_session_card_filled_still_fits_two_pages(qapp, tmp_path, seed):
    services = Services.build(tmp_path / "demo", kdf_params=cheap_kdf, clock=fixed_clock)
    build_demo(services.vault, PASSPHRASE, years=1, seed=seed)
    services.vault.unlock(PASSPHRASE)
    try:
        _fill_the_card(services, seed)
        today = services.journeys.now().date()
        data = build_summary(services, SummaryOptions(today - timedelta(days=364), today))
        assert all(row.vitals for row in data.journeys if not row.planned)
        assert data.prescriber.questions_left_out and data.prescriber.mentions[0].earlier
        chart = chart_painter(services)
        for locale in (UK, US):
            pages = write_pdf(tmp_path / "year.pdf", data, chart, locale=locale)
            assert pages <= 2, (locale.name(), pages)
    finally:
        services.vault.lock()
