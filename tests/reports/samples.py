"""A summary built by hand (no vault), for the layout's golden file and unit tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from journal_app.reports.data import (
    SECTIONS,
    CheckinSummary,
    EntryRow,
    Highlight,
    JourneyRow,
    ResultRow,
    SummaryData,
    SummaryOptions,
)

MARCH = (date(2026, 3, 1), date(2026, 3, 14))


def sample_options(**changes: object) -> SummaryOptions:
    options = SummaryOptions(
        *MARCH,
        name="Robin <R.> O'Hara",
        talk_about="Why the sea keeps coming back.\n\nAnd whether to taper the dose.",
    )
    return replace(options, **changes)  # type: ignore[arg-type]


def sample_data(**changes: object) -> SummaryData:
    """Every section with something in it, including text that needs escaping."""
    data = SummaryData(
        options=sample_options(),
        made_on=date(2026, 3, 14),
        journeys=[
            JourneyRow(
                id="j1",
                number=3,
                when=datetime(2026, 3, 5, 10, 0),
                planned=False,
                route="IM",
                dose_mg=52.5,
                setting="clinic",
                intention="To meet the grief & let it speak",
                note="Warm, then heavy. A door opened <somewhere> and I went through.",
            ),
            JourneyRow(
                id="j2",
                number=4,
                when=datetime(2026, 3, 19, 10, 0),
                planned=True,
                route=None,
                dose_mg=None,
                setting=None,
                intention="",
                note="",
            ),
        ],
        highlights=[
            Highlight(session=3, step="0h", prompt="int-0h-images", text="A green field.\nStill."),
            Highlight(session=3, step="7d", prompt="no-such-prompt", text="Call Mum on Sundays."),
        ],
        highlights_left_out=2,
        results=[
            ResultRow("phq9", "PHQ-9", datetime(2026, 3, 2, 9, 0), 14, 27, "Moderate", None),
            ResultRow("phq9", "PHQ-9", datetime(2026, 3, 12, 9, 0), 9, 27, "Mild", -5),
            ResultRow("who5", "WHO-5", datetime(2026, 3, 12, 9, 5), 15, 25, "Adequate", 3, 60),
        ],
        results_left_out=1,
        checkins=CheckinSummary(
            count=16,
            days=13,
            mood=6.25,
            anxiety=4.0,
            energy=None,
            sleep_hours=7.1,
            sleep_quality=3.5,
            lowest_mood=3,
            highest_mood=8,
        ),
        entries=[
            EntryRow(
                id="e2",
                day=date(2026, 3, 9),
                title="Kettle",
                text="The kettle sang.\n\nI let it.",
                words=6,
                shortened=False,
                private=False,
            ),
            EntryRow(
                id="e1",
                day=date(2026, 3, 3),
                title="Slept badly and dreamt of",
                text="Slept badly and dreamt of water <again>; the tide came in …",
                words=540,
                shortened=True,
                private=False,
            ),
        ],
        entries_left_out=12,
        private_left_out=3,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def only(*sections: str) -> frozenset[str]:
    unknown = set(sections) - set(SECTIONS)
    assert not unknown, unknown
    return frozenset(sections)
