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
from journal_app.reports.markdown import parse
from journal_app.reports.prescriber import PrescriberNotes
from journal_app.reports.words import range_text, signed
from tests.reports.samples import MARCH, PHQ9, only, sample_data, sample_options

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
        "At a glance",
        "Sessions",
        "Questions for my prescriber",
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
        ({"journeys"}, ["At a glance", "Journal entries", "Questionnaires", "Mood", "Check-ins"]),
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


def test_the_glance_counts_what_was_chosen():
    html = summary_html(sample_data())
    assert (
        "14 days · 1 session · 1 planned session · 16 check-ins on 13 days · "
        "4 questionnaires · 14 journal entries chosen to share"
    ) in html
    no_entries = summary_html(
        sample_data(options=sample_options(sections=only("overview", "journeys")))
    )
    assert "journal entr" not in no_entries


def test_the_glance_gives_each_latest_score_and_its_change_in_words():
    html = summary_html(sample_data())
    glance = html[html.index("At a glance") : html.index("<h2>Sessions")]
    assert "4 of 27, Minimal on Thu 12 Mar 2026; 10 points lower than at baseline" in glance
    assert "reliable improvement; response; remission." in glance
    assert "15 of 25 (60%), Adequate" in glance
    assert "12 percentage points higher than at baseline" in glance


def test_an_item_9_answer_is_said_plainly_in_the_glance_and_the_table():
    html = summary_html(sample_data())
    glance = html[html.index("At a glance") : html.index("<h2>Sessions")]
    assert "PHQ-9 item 9" in glance
    assert "“Several days” on Thu 12 Mar 2026" in glance
    table = html[html.index("<h2>Questionnaires") :]
    assert "Item 9: Several days" in table and "Item 9: Not at all" in table


def test_without_the_self_harm_answers_item_9_is_nowhere():
    data = sample_data(item9=[])
    data = replace(data, results=[replace(r, item9=None) for r in data.results])
    html = summary_html(data)
    assert "Item 9" not in html and "item 9" not in html and "self-harm" not in html


def test_the_table_keeps_the_baseline_and_says_the_change_in_words():
    html = summary_html(sample_data())
    table = html[html.index("<h2>Questionnaires") :]
    assert "<td>2 Mar 2026</td><td>14 of 27, Moderate</td><td>Baseline, before sessions" in table
    assert "\u221210 points, reliable improvement<br />response; remission" in table
    assert "+12 percentage points" in table and "(60%)" in table
    assert "Difficulty: Somewhat difficult" in table
    assert "An answer of 0 or 1" in table


def test_response_and_remission_are_not_applicable_without_an_elevated_baseline():
    low = replace(PHQ9, response=None, remission=None, reliable="unchanged", change=-2)
    data = sample_data(latest={"phq9": low})
    data = replace(data, results=[replace(data.results[1], measure=low, change=-2)])
    html = summary_html(data)
    assert "no reliable change; response, remission: not applicable" in html


def test_a_reliable_worsening_is_said_as_plainly_and_kindly():
    worse = replace(PHQ9, change=7, reliable="deteriorated", response=False, remission=False)
    data = sample_data()
    data = replace(data, results=[replace(data.results[1], measure=worse, change=7)])
    html = summary_html(data)
    assert "reliable worsening, worth talking over with your care team" in html
    assert "no response yet; not in remission" in html


def test_markdown_is_rendered_never_printed_raw():
    text = (
        "# A heading\n\n**bold** and *soft* and `code` and [a link](https://example.org)\n\n"
        "> a quote\n\n- one\n- two\n\n1. first\n2. second"
    )
    data = sample_data()
    data = replace(data, entries=[replace(data.entries[0], title="T", blocks=parse(text))])
    html = summary_html(data)
    entries = html[html.index("<h2>Journal entries") :]
    assert "<b>A heading</b>" in entries and "<b>bold</b>" in entries
    assert "<i>soft</i>" in entries and "a link" in entries and "https" not in entries
    assert "•&nbsp;one" in entries and "1.&nbsp;first" in entries
    assert "<i>a quote</i>" in entries
    for mark in ("**", "# ", "&gt; ", "- one", "`", "]("):
        assert mark not in entries


def test_raw_html_in_an_entry_comes_out_as_text():
    data = sample_data()
    evil = parse("<b>not bold</b> <script>alert(1)</script>")
    data = replace(data, entries=[replace(data.entries[0], title="T", blocks=evil)])
    html = summary_html(data)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "<script" not in html


def test_nothing_in_the_summary_speaks_of_private_entries():
    assert "private" not in summary_html(sample_data()).lower()


def test_every_piece_of_the_persons_text_is_escaped():
    evil = "<script>alert('x')</script>"
    data = sample_data(options=sample_options(name=evil, talk_about=evil))
    data = replace(
        data,
        entries=[replace(data.entries[0], title=evil, blocks=parse(evil))],
        journeys=[replace(data.journeys[0], intention=evil, note=parse(evil))],
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
    assert "12 more chosen entries are in the journal but not in this summary." in html
    assert "2 more starred answers from this period are in the journal." in html
    assert "1 earlier result in this period is not shown." in html
    quiet = summary_html(sample_data(entries_left_out=0))
    assert "more chosen entries" not in quiet


def test_no_entries_means_no_word_about_left_out_entries():
    html = summary_html(sample_data(options=sample_options(sections=only("journeys"))))
    assert "private" not in html
    assert "more chosen entries" not in html


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
        more_to_choose=True,
        checkins=CheckinSummary(0, 0, None, None, None, None, None, None, None),
    )
    html = summary_html(data)
    assert NOTHING_CHOSEN in html and NOTHING_HERE not in html
    assert "private" not in html


def test_the_html_is_a_whole_document_for_qt():
    html = summary_html(sample_data())
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html and html.rstrip().endswith("</html>")
    assert "<thead>" in html  # Qt repeats these rows after a page break
    colours = re.findall(r"#([0-9a-f]{6})\b", html)
    assert colours and all(c[0:2] == c[2:4] == c[4:6] for c in colours)  # greys only
    assert MARCH[0].isoformat() not in html  # dates in words, not ISO


def test_session_intentions_and_notes_render_their_markdown():
    data = sample_data()
    journey = replace(
        data.journeys[0], intention="To meet the **heavy** part", note=parse("> held\n\n- warm")
    )
    html = summary_html(replace(data, journeys=[journey]))
    sessions = html[html.index("<h2>Sessions") : html.index("<h2>Integration")]
    assert "To meet the <b>heavy</b> part" in sessions
    assert "&nbsp;<i>held</i><br />&nbsp;&nbsp;&nbsp;•&nbsp;warm" in sessions
    assert "**" not in sessions and "&gt; held" not in sessions


def test_the_glance_says_the_mood_trend_plainly():
    checkins = replace(sample_data().checkins, mood_first_half=5.8, mood_second_half=6.6)
    html = summary_html(sample_data(checkins=checkins))
    assert (
        "<b>Mood (check-ins)</b></td><td>5.8 of 10 on average in the first half of the "
        "period, 6.6 in the second."
    ) in html


def test_each_session_row_has_medicine_dose_as_given_and_its_card_on_a_line_of_its_own():
    html = summary_html(sample_data())
    sessions = html[html.index("<h2>Sessions") : html.index("<h2>Questions")]
    assert "<td>ketamine, IV<br />0.5 mg/kg × 70 kg = 35 mg over 40 minutes<br />clinic</td>" in (
        sessions
    )
    assert (
        "<td>BP before 148/90 · 40\u00a0min 162/96 · leaving 138/88. Side effects: nausea or "
        "vomiting (mild, until 11:10), a &lt;buzzing&gt; jaw (moderate), headache (mild, until "
        "6 Mar 09:00). Felt clear at 12:40.<br />Warm, then <b>heavy</b>."
    ) in sessions
    assert "<i>To meet the grief &amp; let it speak</i>" in sessions
    assert "pulse" not in sessions  # blood pressure only: the page budget


def test_a_session_without_a_card_reads_as_before():
    data = sample_data()
    bare = replace(data.journeys[0], medicine="", vitals=(), side_effects=(), clear_at=None)
    html = summary_html(replace(data, journeys=[bare]))
    assert "<td>IV<br />0.5 mg/kg" in html and "BP " not in html and "Felt clear" not in html
    assert "<td>Warm, then <b>heavy</b>." in html


def test_the_prescriber_section_has_the_questions_and_the_weekly_check_lines():
    html = summary_html(sample_data())
    section = html[html.index("<h2>Questions for my prescriber") : html.index("<h2>Integration")]
    assert "•\u00a0Can I take my lamotrigine the night before? &amp; &lt;when&gt;" in section
    assert "2 more questions are on my list." in section
    assert "<b>5 Mar and 12 Mar 2026</b> (and 1 earlier week)" in section
    assert "I noticed bladder changes" in section and "worth mentioning to my" not in section


def test_the_prescriber_section_is_left_out_when_unchosen_or_empty():
    html = summary_html(sample_data(options=sample_options(sections=only("journeys"))))
    assert "Questions for my prescriber" not in html and "lamotrigine" not in html
    html = summary_html(sample_data(prescriber=PrescriberNotes()))
    assert "Questions for my prescriber" not in html
