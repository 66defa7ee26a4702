"""A journal written by earlier versions, with years 999 and 9999, opens in every service."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.domain.integration import UPCOMING
from journal_app.reports.data import SummaryOptions, build_summary
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.old_journal import (
    ASSESSMENT_ID,
    CHECKIN_ID,
    ENTRY_ID,
    JOURNEY_ID,
    LOGGED_JOURNEY_ID,
    write_old_records,
)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """Services over a journal holding the old records, unlocked as the window would."""
    built = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    built.vault.create(PASSPHRASE)
    write_old_records(built.vault)
    store = built.vault.unlock(PASSPHRASE)
    assert store.damaged == []
    yield built
    built.vault.lock()


def test_every_old_record_is_read(services):
    [checkin] = services.checkins.checkins()
    assert checkin.id == CHECKIN_ID and checkin.data.at == datetime(999, 6, 1, 12, 0)
    [entry] = services.journal.entries()
    assert entry.id == ENTRY_ID and entry.data.day == date(999, 6, 1)
    [result] = services.assessments.history("phq9")
    assert result.id == ASSESSMENT_ID and result.data.at.year == 999
    journeys = services.journeys.journeys()
    assert [j.id for j in journeys] == [LOGGED_JOURNEY_ID, JOURNEY_ID]


def test_what_the_window_asks_at_unlock_does_not_raise(services):
    journeys = services.journeys
    assert journeys.due() == []
    assert journeys.next_planned().id == JOURNEY_ID
    assert {s.status for s in journeys.steps(JOURNEY_ID)} == {UPCOMING}
    assert len(journeys.steps(LOGGED_JOURNEY_ID)) == 6
    assert journeys.insights() == []
    starts = [r.data.session.start for r in journeys.journeys()]
    hints = services.assessments.due(session_starts=starts)
    assert {h.instrument for h in hints} == {"phq9", "gad7"}
    stats = services.mood.stats()
    assert stats["checkins"]["count"] == 1
    assert [e["journey_id"] for e in stats["journeys"]] == [LOGGED_JOURNEY_ID]


def test_the_summary_builds_over_old_records(services):
    options = SummaryOptions(start=date(2026, 2, 13), end=date(2026, 3, 14))
    summary = build_summary(services, options)
    assert summary.checkins.count == 0


def test_an_old_record_is_kept_but_cannot_be_saved_with_its_old_date(services):
    with pytest.raises(ValidationError, match="between 1900 and 2199"):
        services.checkins.update(CHECKIN_ID, mood=6)
    services.checkins.update(CHECKIN_ID, mood=6, at=datetime(2026, 3, 1, 12, 0))
    assert services.checkins.checkins()[0].data.mood == 6
