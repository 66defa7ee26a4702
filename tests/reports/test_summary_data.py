"""The summary's data step: pure, no Qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.reports.data import (
    MAX_ENTRIES,
    SECTIONS,
    SummaryOptions,
    build_summary,
    default_entry_ids,
    entries_for_choosing,
    preset_range,
)
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


def test_private_entries_stay_out_unless_asked(filled):
    data = build_summary(filled, SummaryOptions(*MARCH))
    assert [e.title for e in data.entries] == ["Open"]
    assert data.private_left_out == 1
    included = build_summary(filled, SummaryOptions(*MARCH, include_private=True))
    assert {e.text for e in included.entries} == {"Open words", "Secret words"}


def test_entries_can_be_picked_one_by_one(filled):
    rows = entries_for_choosing(filled, *MARCH)
    private = next(r for r in rows if r.private)
    assert private.id not in default_entry_ids(rows, include_private=False)
    data = build_summary(filled, SummaryOptions(*MARCH, entry_ids=frozenset({private.id})))
    assert [e.text for e in data.entries] == ["Secret words"]


def test_journeys_insights_results_and_checkins_in_the_period(filled):
    data = build_summary(filled, SummaryOptions(*MARCH))
    [journey] = data.journeys
    assert (journey.number, journey.intention, journey.planned) == (1, "Listen", False)
    assert [h.text for h in data.highlights] == ["a green field"]
    assert [(r.total, r.band) for r in data.results] == [(18, "Moderately severe"), (9, "Mild")]
    assert data.results[-1].change == -9  # from the baseline before the session
    assert data.checkins is not None
    assert (data.checkins.count, data.checkins.mood, data.checkins.sleep_hours) == (2, 6.0, 7.0)


def test_an_empty_period_is_empty(filled):
    data = build_summary(filled, SummaryOptions(date(2020, 1, 1), date(2020, 1, 31)))
    assert data.empty


def test_a_long_period_is_summarised_not_printed_whole(services):
    for day in range(1, 29):
        services.journal.create("x " * 900, day=date(2026, 2, day))
    data = build_summary(services, SummaryOptions(date(2026, 2, 1), date(2026, 3, 14)))
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
