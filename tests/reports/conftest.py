"""Fixtures for the summary's PDF tests: a small journal, a chart painter, text from a PDF."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.cli.report import chart_painter
from journal_app.reports.document import ChartPainter
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

MARKERS = {"open": "KESTREL", "private": "OSPREY", "unticked": "HERON"}


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Services]:
    """A small journal in March 2026: entries (one private), a session, check-ins, a PHQ-9."""
    services = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.create(PASSPHRASE)
    services.journal.create(f"Walked by the river, saw a {MARKERS['open']}.", day=date(2026, 3, 2))
    services.journal.create(
        f"The thing I told no one: {MARKERS['private']}.", day=date(2026, 3, 3), private=True
    )
    services.journal.create(f"A quiet day, a {MARKERS['unticked']}.", day=date(2026, 3, 8))
    services.journal.create("Before the period began.", day=date(2026, 2, 1))
    services.assessments.take("phq9", [2] * 9, datetime(2026, 3, 1, 9, 0))
    journey = services.journeys.add(
        datetime(2026, 3, 5, 10, 0), intention="Listen to the tired part"
    )
    services.journeys.answer(journey.id, "0h", "int-0h-images", "a green field", starred=True)
    for day, mood in ((4, 4), (6, 6), (10, 8), (12, 7)):
        services.checkins.add(mood, at=datetime(2026, 3, day, 20, 0), sleep_hours=7.5)
    services.assessments.take("phq9", [1] * 9, datetime(2026, 3, 12, 9, 0))
    yield services
    services.vault.lock()


@pytest.fixture
def chart(qapp, journal: Services) -> ChartPainter:
    """The mood chart painter the command line uses (a QApplication is running)."""
    return chart_painter(journal)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page: ligatures undone ("ﬁ" -> "fi"), white space made single."""
    pages = PdfReader(path).pages
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in pages]
