"""The summary's layout: HTML for QTextDocument, pure Python (no Qt, no vault).

The golden file ``golden/summary.html`` is the layout of ``samples.sample_data()``. When
the layout changes on purpose, refresh it and read the difference before committing:

    AFTERGLOW_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/reports/test_layout.py
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from journal_app.reports.data import CheckinSummary, SummaryData
from journal_app.reports.layout import (
    CHART_SRC,
    NOTHING_CHOSEN,
    NOTHING_HERE,
    summary_html,
)
from journal_app.reports.words import range_text, signed
from tests.reports.samples import MARCH, only, sample_data, sample_options

GOLDEN = Path(__file__).parent / "golden" / "summary.html"
UPDATE = "AFTERGLOW_UPDATE_GOLDEN"


def write_golden() -> None:
    """Write the golden file from the sample summary (run by the test when $UPDATE is set)."""
    GOLDEN.write_text(summary_html(sample_data()), encoding="utf-8")


def test_the_layout_matches_the_golden_file():
    if os.environ.get(UPDATE):
        write_golden()
    assert summary_html(sample_data()) == GOLDEN.read_text(encoding="utf-8"), (
        f"The layout changed. If that was meant, run with {UPDATE}=1 and review the diff."
    )


def test_title_range_and_date():
    html = summary_html(sample_data())
    assert "<h1>Summary for Robin &lt;R.&gt; O'Hara</h1>" in html
    assert "1 March – 14 March 2026" in html
    assert "Made on 14 March 2026" in html
    nameless = summary_html(sample_data(options=sample_options(name="  ")))
    assert "<h1>Journal summary</h1>" in nameless


def test_ranges_and_signs_read_naturally():
    assert range_text(date(2026, 3, 1), date(2026, 3, 14)) == "1 March – 14 March 2026"
    assert range_text(date(2025, 12, 20), date(2026, 1, 3)) == "20 December 2025 – 3 January 2026"
    assert range_text(date(2026, 3, 14), date(2026, 3, 14)) == "14 March 2026"
    assert [signed(n) for n in (3, -5, 0)] == ["+3", "\u22125", "0"]


def test_sections_come_in_their_order():
    html = summary_html(sample_data())
    headings = [
        "Overview",
        "Sessions",
        "Integration highlights",
        "Mood",
        "Questionnaires",
        "Check-ins",
        "Journal entries",
        "What I'd like to talk about",
    ]
    places = [html.index(f"<h2>{h}</h2>") for h in headings]
    assert places == sorted(places)
    assert f'<img src="{CHART_SRC}"' in html


@pytest.mark.parametrize(
    ("kept", "absent"),
    [
        ({"journeys"}, ["Overview", "Journal entries", "Questionnaires", "Mood", "Check-ins"]),
        ({"entries", "overview"}, ["Sessions", "Integration highlights", "Mood"]),
        ({"chart", "checkins"}, ["Sessions", "Journal entries", "What I'd like"]),
    ],
)
def test_only_the_chosen_sections_appear(kept, absent):
    html = summary_html(sample_data(options=sample_options(sections=only(*kept))))
    for heading in absent:
        assert f"<h2>{heading}" not in html
    if "chart" not in kept:
        assert CHART_SRC not in html


def test_the_overview_counts_what_was_chosen():
    html = summary_html(sample_data())
    assert (
        "Over these 14 days: 1 session, 1 planned session, 16 check-ins on 13 days, "
        "4 questionnaires and 14 journal entries (2 of them here)."
    ) in html
    no_entries = summary_html(
        sample_data(options=sample_options(sections=only("overview", "journeys")))
    )
    assert "journal entr" not in no_entries


def test_every_piece_of_the_persons_text_is_escaped():
    evil = "<script>alert('x')</script>"
    data = sample_data(options=sample_options(name=evil, talk_about=evil))
    data = replace(
        data,
        entries=[replace(data.entries[0], title=evil, text=evil)],
        journeys=[replace(data.journeys[0], intention=evil, note=evil)],
    )
    html = summary_html(data)
    assert "<script" not in html
    assert html.count("&lt;script&gt;") >= 5


def test_entries_say_when_they_were_shortened_and_by_how_much():
    html = summary_html(sample_data())
    assert "(shortened;\u00a0540\u00a0words\u00a0in\u00a0all)" in html
    # an entry named by its own first line is not named twice
    assert "Slept badly and dreamt of</b>" not in html
    assert "<b>Mon 9 Mar 2026 · Kettle</b>" in html
    assert html.index("Tue 3 Mar 2026") < html.index("Mon 9 Mar 2026")  # oldest first


def test_what_was_left_out_is_said_once_at_the_end():
    html = summary_html(sample_data())
    assert "12 more entries are in the journal but not in this summary." in html
    assert "3 private entries left out." in html
    assert "2 more starred answers from this period are in the journal." in html
    assert "1 earlier result in this period is not shown." in html
    quiet = summary_html(sample_data(entries_left_out=0, private_left_out=1))
    assert "more entries" not in quiet
    assert "1 private entry left out." in quiet


def test_no_entries_means_no_word_about_left_out_entries():
    html = summary_html(sample_data(options=sample_options(sections=only("journeys"))))
    assert "private" not in html
    assert "more entries" not in html


def empty(**changes: object) -> SummaryData:
    return SummaryData(options=sample_options(**changes), made_on=date(2026, 3, 14))


def test_an_empty_period_gives_one_short_kind_page():
    html = summary_html(empty(talk_about=""))
    assert NOTHING_HERE in html
    assert "<h2>" not in html
    assert "1 March – 14 March 2026" in html


def test_an_empty_period_still_carries_the_note_to_the_therapist():
    html = summary_html(empty())
    assert NOTHING_HERE in html
    assert "<h2>What I'd like to talk about</h2>" in html


def test_a_period_with_only_unchosen_things_says_so_kindly():
    data = replace(
        empty(talk_about=""),
        private_left_out=2,
        checkins=CheckinSummary(0, 0, None, None, None, None, None, None, None),
    )
    html = summary_html(data)
    assert NOTHING_CHOSEN in html and NOTHING_HERE not in html
    assert "2 private entries left out." in html


def test_the_html_is_a_whole_document_for_qt():
    html = summary_html(sample_data())
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html and html.rstrip().endswith("</html>")
    assert "<thead>" in html  # Qt repeats these rows after a page break
    colours = re.findall(r"#([0-9a-f]{6})\b", html)
    assert colours and all(c[0:2] == c[2:4] == c[4:6] for c in colours)  # greys only
    assert MARCH[0].isoformat() not in html  # dates in words, not ISO
