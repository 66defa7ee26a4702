"""The summary's layout: one self-contained HTML document for QTextDocument (no Qt here).

Qt's rich text understands a subset of HTML 4 and CSS 2: tables with ``border`` and
``cellpadding``, ``thead`` (its rows repeat after a page break), headings, paragraphs and
simple class rules. Nothing here relies on colour to carry meaning, so the page reads the
same printed in black and white. Every piece of the person's own text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.reports.data import CheckinSummary, EntryRow, Highlight, JourneyRow, SummaryData
from journal_app.reports.layout_card import card_text, medicine_dose_html, prescriber
from journal_app.reports.layout_results import glance, pairs, questionnaires
from journal_app.reports.markdown import parse
from journal_app.reports.rich_html import blocks_html, cell_html, escape, grid, note
from journal_app.reports.words import NBSP, are, long_date, number, plural, range_text, short_date
from journal_app.services.guides import integration_steps

CHART_SRC = "afterglow-chart:mood"  # the document step draws the vector chart here
CHART_CAPTION = "Daily mood from 1 to 10 with its 7-day mean; vertical lines mark sessions."
CHART_SIZE = (640, 250)  # a hint for plain HTML viewers; the document step sizes it
FOOTER = "Prepared by the client with Afterglow. Self-reported; not a clinical record."
NOTHING_HERE = (
    "Nothing was written in this period. That's all right; the summary is here when you want it."
)
NOTHING_CHOSEN = (
    "Nothing chosen for this summary falls in this period. Choose more sections, some "
    "entries or other dates when you want to."
)
STEP_WORDS = {
    "0h": "the same day",
    "1d": "+1 day",
    "3d": "+3 days",
    "7d": "+7 days",
    "14d": "+14 days",
    "30d": "+30 days",
}

STYLE = """
body { font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans',
  sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 17pt; font-weight: 600; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: 12pt; font-weight: 600; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 6px; line-height: 125%; }
p.range { font-size: 12pt; margin-bottom: 2px; }
p.made { color: #555555; font-size: 9pt; margin-bottom: 6px; }
p.note { color: #555555; font-size: 8.5pt; margin-top: 4px; }
p.kind { font-size: 11pt; margin-top: 28px; }
p.left-out { color: #555555; font-size: 9pt; margin-top: 18px; }
p.chart { margin-top: 4px; margin-bottom: 0; line-height: 100%; }
p.entry { margin-top: 7px; margin-bottom: 0; }
p.entry-more { margin-top: 4px; margin-bottom: 0; }
p.ask { font-size: 9.5pt; margin-top: 0; margin-bottom: 2px; }
p.ask-lead { font-size: 9.5pt; margin-top: 6px; margin-bottom: 2px; }
span.aside { color: #555555; font-size: 8.5pt; }
table.grid { border-collapse: collapse; }
table.grid th { font-size: 8.5pt; font-weight: 600; text-align: left;
  background-color: #eeeeee; border-bottom: 1px solid #808080; }
table.grid td { font-size: 8.5pt; vertical-align: top; border-bottom: 0.5px solid #c4c4c4; }
table.grid td.group { background-color: #f6f6f6; }
table.pairs td { font-size: 9.5pt; vertical-align: top; }
"""


def paragraphs(text: str, css: str = "") -> str:
    """Plain text (the note to the therapist) as escaped paragraphs; newlines break."""
    klass = f' class="{css}"' if css else ""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(
        f"<p{klass}>{'<br />'.join(escape(line) for line in block.splitlines())}</p>"
        for block in blocks
    )


def _table(headers: Iterable[tuple[str, int]], rows: Iterable[Iterable[str]]) -> str:
    """A ruled table; ``headers`` are (title, width in percent); cells are ready HTML."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return grid(headers, body)


# The sections, each a function of the data; "" when it has nothing to say


def _shown(data: SummaryData) -> dict[str, bool]:
    """Which sections have something to show, among those chosen."""
    checkins = data.checkins is not None and data.checkins.count > 0
    return {
        "journeys": data.wants("journeys") and bool(data.journeys),
        "prescriber": data.wants("prescriber") and bool(data.prescriber),
        "integration": data.wants("integration") and bool(data.highlights),
        "chart": data.wants("chart") and checkins,
        "questionnaires": data.wants("questionnaires") and bool(data.results),
        "checkins": data.wants("checkins") and checkins,
        "entries": data.wants("entries") and bool(data.entries),
    }


def _journey_cells(row: JourneyRow) -> list[str]:
    when = f"<b>Session {row.number}</b><br />{escape(short_date(row.when.date()))}"
    if row.planned:
        when += " (planned)"
    intention = cell_html(parse(row.intention))
    if intention:  # under the session, so the readings and the note get the width
        when += f"<br /><i>{intention}</i>"
    # The readings, side effects and clear-at go on a line of their own, first: a
    # prescriber looks for them in the same place on every row.
    card = escape(card_text(row))
    return [
        when,
        medicine_dose_html(row),
        "<br />".join(part for part in (card, cell_html(row.note)) if part) or "–",
    ]


def _journeys(data: SummaryData) -> str:
    headers = [
        ("Session, intention", 27),
        ("Medicine, dose", 19),
        ("Blood pressure, side effects, note", 54),
    ]
    html = "<h2>Sessions</h2>" + _table(headers, map(_journey_cells, data.journeys))
    if data.journeys_left_out:
        earlier = plural(data.journeys_left_out, "earlier session")
        html += note(f"{earlier} in this period {are(data.journeys_left_out)} not listed.")
    return html


def _prompt_text(step: str, prompt_id: str) -> str:
    for each in integration_steps():
        if each.step == step:
            return next((p.text for p in each.prompts if p.id == prompt_id), "")
    return ""


def _highlight_cells(item: Highlight) -> list[str]:
    when = f"Session {item.session}, {STEP_WORDS.get(item.step, item.step).replace(' ', NBSP)}"
    prompt = _prompt_text(item.step, item.prompt)
    asked = f'<span class="aside"><i>{escape(prompt)}</i></span><br />' if prompt else ""
    return [escape(when), asked + cell_html(item.text)]


def _integration(data: SummaryData) -> str:
    headers = [("When", 18), ("Starred answer", 82)]
    html = "<h2>Integration highlights</h2>" + _table(
        headers, map(_highlight_cells, data.highlights)
    )
    said = "Answers from the weeks after a session, starred as worth carrying forward."
    if data.highlights_left_out:
        more = plural(data.highlights_left_out, "more starred answer")
        said += f" {more} from this period {are(data.highlights_left_out)} in the journal."
    html += note(said)
    return html


def _chart(data: SummaryData) -> str:
    width, height = CHART_SIZE
    return (
        "<h2>Mood</h2>"
        f'<p class="chart"><img src="{CHART_SRC}" width="{width}" height="{height}" /></p>'
        f'<p class="note">{CHART_CAPTION}</p>'
    )


def _checkin_rows(c: CheckinSummary) -> list[tuple[str, str]]:
    counted = f"{plural(c.count, 'check-in')} on {plural(c.days, 'day')}"
    if c.mood is None:
        rows = [("Check-ins", counted)]
    else:
        text = f"{number(c.mood)} of 10 on average"
        if c.lowest_mood is not None and c.highest_mood is not None:
            text += f" (lowest {c.lowest_mood}, highest {c.highest_mood})"
        rows = [("Mood", f"{text}, from {counted}")]
    # Anxiety, energy and sleep share one line: the summary must fit two pages.
    parts = [
        f"{name} {number(v)} of 10"
        for name, v in (("anxiety", c.anxiety), ("energy", c.energy))
        if v is not None
    ]
    if c.sleep_hours is not None:
        parts.append(f"sleep {number(c.sleep_hours)} hours a night")
    if c.sleep_quality is not None:
        parts.append(f"sleep quality {number(c.sleep_quality)} of 5")
    if parts:
        rows.append(("On average", ", ".join(parts)))
    return rows


def _checkins(data: SummaryData) -> str:
    assert data.checkins is not None
    rows = [(label, escape(value)) for label, value in _checkin_rows(data.checkins)]
    return "<h2>Check-ins</h2>" + pairs(rows)


def _entry(row: EntryRow) -> str:
    """A run-in heading (date, title, a word on shortening), then the text."""
    # Without a title of its own an entry is named by its first line: say that only once.
    first = row.blocks[0].text if row.blocks else ""
    named = row.title and not first.startswith(row.title.removesuffix("…"))
    head = f"{short_date(row.day)} · {row.title}" if named else short_date(row.day)
    lead = f"<b>{escape(head)}</b>"
    if row.shortened:
        aside = f"(shortened; {plural(row.words, 'word')} in all)".replace(" ", NBSP)
        lead += f' <span class="aside">{aside}</span>'
    return blocks_html(row.blocks[:1], "entry", lead) + blocks_html(row.blocks[1:], "entry-more")


def _entries(data: SummaryData) -> str:
    oldest_first = sorted(data.entries, key=lambda r: r.day)
    return "<h2>Journal entries</h2>" + "".join(map(_entry, oldest_first))


def _talk_about(data: SummaryData) -> str:
    if not data.options.talk_about.strip():
        return ""
    return "<h2>What I'd like to talk about</h2>" + paragraphs(data.options.talk_about)


def _left_out(data: SummaryData) -> str:
    if not data.wants("entries") or not data.entries_left_out:
        return ""
    more = data.entries_left_out
    text = (
        f"{plural(more, 'more chosen entry', 'more chosen entries')} {are(more)} "
        "in the journal but not in this summary."
    )
    return f'<p class="left-out">{escape(text)}</p>'


SECTION_HTML = {
    "journeys": _journeys,
    "prescriber": prescriber,
    "integration": _integration,
    "chart": _chart,
    "questionnaires": questionnaires,
    "checkins": _checkins,
    "entries": _entries,
}


def title_text(data: SummaryData) -> str:
    name = data.options.name.strip()
    return f"Summary for {name}" if name else "Journal summary"


def summary_html(data: SummaryData) -> str:
    """The whole summary as one HTML document, sections in their fixed order."""
    title = escape(title_text(data))
    parts = [
        f"<h1>{title}</h1>",
        f'<p class="range">{escape(range_text(data.options.start, data.options.end))}</p>',
        f'<p class="made">Made on {escape(long_date(data.made_on))}</p>',
    ]
    shown = _shown(data)
    if not any(shown.values()):
        quiet = data.empty and not data.more_to_choose
        parts.append(f'<p class="kind">{escape(NOTHING_HERE if quiet else NOTHING_CHOSEN)}</p>')
    else:
        if data.wants("overview"):
            parts.append(glance(data))
        parts += [SECTION_HTML[name](data) for name in SECTION_HTML if shown[name]]
    if data.wants("talk_about"):
        parts.append(_talk_about(data))
    parts.append(_left_out(data))
    body = "\n".join(p for p in parts if p)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8" />'
        f"<title>{title}</title><style>{STYLE}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )
