from __future__ import annotations

from statistics import mean

from journal_app.services.checkins import CheckInService
from journal_app.services.demo import DemoWriter
from journal_app.services.journal import JournalService
from journal_app.services.journeys import JourneyService
from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock


def test_demo_writes_a_year_of_plausible_journal(vault):
    counts = DemoWriter(vault, seed=7).write(years=1)
    assert 300 < counts["entries"] < 420 and 300 < counts["check-ins"] <= 366
    entries = JournalService(vault).entries()
    words = [len(r.data.body.split()) for r in entries]
    assert 150 < mean(words) < 700
    assert any(r.data.private for r in entries) and any(r.data.tags for r in entries)
    journeys = JourneyService(vault).journeys()
    assert len(journeys) >= 7
    assert all(j.data.intention.sentence for j in journeys)
    assert journeys[-1].data.session.start is None  # the next one is planned


def test_demo_mood_lifts_after_the_first_series(vault):
    DemoWriter(vault, seed=7).write(years=1)
    first = JourneyService(vault).journeys()[0].data.when.date()
    checkins = CheckInService(vault).checkins()
    before = [c.data.mood for c in checkins if c.data.at.date() < first]
    after = [c.data.mood for c in checkins if (c.data.at.date() - first).days > 60]
    assert mean(after) > mean(before) + 1


def test_demo_is_the_same_for_the_same_seed(tmp_path):
    def titles(seed, folder):
        service = VaultService(tmp_path / folder, kdf_params=cheap_kdf, clock=fixed_clock)
        service.create(PASSPHRASE)
        DemoWriter(service, seed=seed).write(years=1)
        result = [(r.id, r.data.day, r.data.title) for r in JournalService(service).entries()]
        service.lock()
        return result

    assert titles(3, "a") == titles(3, "b")
    assert titles(3, "c") != titles(4, "d")
