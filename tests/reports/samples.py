"""A summary built by hand (no vault), for the layout's golden file and unit tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from journal_app.domain.session_card import SideEffect, Vital
from journal_app.reports.data import (
    SECTIONS,
    CheckinSummary,
    EntryRow,
    Highlight,
    JourneyRow,
    SummaryData,
    SummaryOptions,
)
from journal_app.reports.markdown import parse
from journal_app.reports.prescriber import Mention, PrescriberNotes
from journal_app.reports.results import ItemNine, ResultRow
from journal_app.services.measurement import Measure, Reading

MARCH = (date(2026, 3, 1), date(2026, 3, 14))
SERIES = datetime(2026, 3, 5, 10, 0)
BASELINE = Reading(datetime(2026, 3, 2, 9, 0), 14)
PHQ9 = Measure(
    "phq9",
    Reading(datetime(2026, 3, 12, 9, 0), 4),
    SERIES,
    BASELINE,
    change=-10,
    reliable="improved",
    response=True,
    remission=True,
)
WHO5 = Measure(
    "who5",
    Reading(datetime(2026, 3, 12, 9, 5), 15, 60),
    SERIES,
    Reading(datetime(2026, 3, 3, 9, 0), 12, 48),
    change=12,
    reliable="improved",
)


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
                route="IV",
                dose="0.5 mg/kg × 70 kg = 35 mg over 40 minutes",
                setting="clinic",
                intention="To meet the grief & let it speak",
                note=parse("Warm, then **heavy**. A door opened <somewhere> and I went through."),
                medicine="ketamine",
                vitals=(
                    Vital("before", 148, 90),
                    Vital("40min", 162, 96, 88),
                    Vital("leaving", 138, 88),
                ),
                side_effects=(
                    SideEffect("nausea", "mild", datetime(2026, 3, 5, 11, 10)),
                    SideEffect("a <buzzing> jaw", "moderate"),
                    SideEffect("headache", "mild", datetime(2026, 3, 6, 9, 0)),
                ),
                clear_at=datetime(2026, 3, 5, 12, 40),
            ),
            JourneyRow(
                id="j2",
                number=4,
                when=datetime(2026, 3, 19, 10, 0),
                planned=True,
                route=None,
                dose="",
                setting=None,
                intention="",
                note=(),
            ),
        ],
        highlights=[
            Highlight(
                session=3, step="0h", prompt="int-0h-images", text=parse("A green field.\nStill.")
            ),
            Highlight(
                session=3, step="7d", prompt="no-such-prompt", text=parse("- Call Mum on Sundays.")
            ),
        ],
        highlights_left_out=2,
        sessions_held=1,
        results=[
            ResultRow(
                "phq9",
                "PHQ-9",
                BASELINE.at,
                14,
                27,
                "Moderate",
                None,
                baseline=True,
                item9="Not at all",
                difficulty="Somewhat difficult",
            ),
            ResultRow(
                "phq9",
                "PHQ-9",
                PHQ9.latest.at,
                4,
                27,
                "Minimal",
                -10,
                item9="Several days",
                measure=PHQ9,
            ),
            ResultRow(
                "who5",
                "WHO-5",
                WHO5.latest.at,
                15,
                25,
                "Adequate",
                12,
                60,
                low_item=True,
                measure=WHO5,
            ),
        ],
        results_left_out=1,
        results_taken=4,
        latest={"phq9": PHQ9, "who5": WHO5},
        item9=[ItemNine(PHQ9.latest.at, "Several days")],
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
                blocks=parse("The kettle **sang**.\n\n> I let it.\n\n1. tea\n2. toast"),
                words=6,
                shortened=False,
                private=False,
            ),
            EntryRow(
                id="e1",
                day=date(2026, 3, 3),
                title="Slept badly and dreamt of",
                blocks=parse("Slept badly and dreamt of water <again>; the tide came in\u00a0…"),
                words=540,
                shortened=True,
                private=False,
            ),
        ],
        entries_left_out=12,
        prescriber=PrescriberNotes(
            questions=("Can I take my lamotrigine the night before? & <when>",),
            questions_left_out=2,
            mentions=(
                Mention(
                    "I noticed bladder changes (going more often, urgency, pain or blood) "
                    "this week.",
                    (date(2026, 3, 5), date(2026, 3, 12)),
                    earlier=1,
                ),
            ),
        ),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def only(*sections: str) -> frozenset[str]:
    unknown = set(sections) - set(SECTIONS)
    assert not unknown, unknown
    return frozenset(sections)
