"""Dates in words use the window's locale, never strftime's English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from journal_app.ui.date_words import in_words


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_english_reads_as_before(locale):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert (
        in_words(datetime(2026, 3, 14, 9, 5), "ddd d MMM yyyy, HH:mm") == "Sat 14 Mar 2026, 09:05"
    )
    assert in_words(date(2026, 12, 5), "dddd dd MMMM yyyy") == "Saturday 05 December 2026"


def test_german_gets_german_names(locale):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert in_words(date(2026, 3, 14), "d MMMM yyyy") == "14 März 2026"
    assert in_words(date(2026, 3, 14), "dddd") == "Samstag"


def test_a_datetime_is_written_at_its_own_wall_clock_time(locale):
    QLocale.setDefault(QLocale.c())
    moment = datetime(2026, 3, 14, 23, 30, tzinfo=UTC)
    assert in_words(moment, "d MMM HH:mm") == "14 Mar 23:30"  # no shift to another zone
