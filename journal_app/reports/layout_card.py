"""The session card in the summary (medicine, dose as given, readings, side effects, clear-at)
and the "Questions for my prescriber" section. HTML for QTextDocument, no Qt here.

Every word is a record of what happened or a question the person chose to ask: nothing
here judges a reading or a dose.
"""

from __future__ import annotations

from journal_app.domain.session_card import SideEffect, Vital
from journal_app.reports.data import JourneyRow, SummaryData
from journal_app.reports.prescriber import Mention
from journal_app.reports.rich_html import escape, note
from journal_app.reports.words import NBSP, are, clock_words, days_words, plural

MOMENTS = {"before": "before", "40min": "40\u00a0min", "leaving": "leaving"}


def vital_words(vital: Vital) -> str:
    """ "40 min 162/96" or "14:10 150/92": the moment, then the blood pressure.

    The pulse stays in the journal: the summary must fit two pages, and blood pressure is
    what clinics are asked to watch.
    """
    return f"{MOMENTS.get(vital.at, vital.at)} {vital.systolic}/{vital.diastolic}"


def effect_words(effect: SideEffect, row: JourneyRow) -> str:
    """ "nausea or vomiting (mild, until 12:10)"."""
    until = f", until {clock_words(effect.until, row.when.date())}" if effect.until else ""
    return f"{effect.words()} ({effect.severity}{until})"


def card_text(row: JourneyRow) -> str:
    """The readings, side effects and clear-at as one plain line ("" when none were logged)."""
    parts = []
    if row.vitals:
        parts.append("BP " + " · ".join(map(vital_words, row.vitals)) + ".")
    if row.side_effects:
        effects = ", ".join(effect_words(e, row) for e in row.side_effects)
        parts.append(f"Side effects: {effects}.")
    if row.clear_at is not None:
        parts.append(f"Felt clear at {clock_words(row.clear_at, row.when.date())}.")
    return " ".join(parts)


def medicine_dose_html(row: JourneyRow) -> str:
    """The medicine and route, the dose as it was given, and the setting, a line each."""
    lines = [
        ", ".join(part for part in (row.medicine, row.route or "") if part),
        row.dose,
        row.setting or "",
    ]
    return "<br />".join(escape(line) for line in lines if line) or "–"


def _question(text: str) -> str:
    return f'<p class="ask">•{NBSP}{escape(text)}</p>'


def _mention(mention: Mention) -> str:
    days = f"<b>{escape(days_words(mention.days))}</b>"
    if mention.earlier:
        days += escape(f" (and {plural(mention.earlier, 'earlier week')})")
    return f'<p class="ask">{days}{NBSP}{NBSP} {escape(mention.text)}</p>'


def prescriber(data: SummaryData) -> str:
    """The person's open questions, then the weekly-check answers worth mentioning."""
    notes = data.prescriber
    html = "<h2>Questions for my prescriber</h2>" + "".join(map(_question, notes.questions))
    if notes.questions_left_out:
        more = notes.questions_left_out
        html += note(f"{plural(more, 'more question')} {are(more)} on my list.")
    if notes.mentions:
        html += '<p class="ask-lead">From my weekly checks, worth mentioning:</p>'
        html += "".join(map(_mention, notes.mentions))
    return html
