"""The summary's layout: one self-contained HTML document for QTextDocument (no Qt here).

Qt's rich text understands a subset of HTML 4 and CSS 2: tables with ``border`` and
``cellpadding``, ``thead`` (its rows repeat after a page break), headings, paragraphs and
simple class rules. Nothing here relies on colour to carry meaning, so the page reads the
same printed in black and white. Every piece of the person's own text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape as _escape

from journal_app.reports.data import (
    CheckinSummary,
    EntryRow,
    Highlight,
    JourneyRow,
    ResultRow,
    SummaryData,
)
from journal_app.reports.words import (
    NBSP,
    and_join,
    are,
    long_date,
    number,
    plural,
    range_text,
    short_date,
    signed,
)
from journal_app.services.guides import integration_steps

CHART_SRC = "afterglow-chart:mood"  # the document step draws the vector chart here
CHART_CAPTION = "Daily mood from 1 to 10 with its 7-day mean; vertical lines mark sessions."
CHART_SIZE = (640, 250)  # a hint for plain HTML viewers; the document step sizes it
FOOTER = "Prepared by the client with Afterglow. Self-reported; not a clinical record."
NOTHING_HERE = (
    "Nothing was written in this period. That's all right; the summary is here when you want it."
)
NOTHING_CHOSEN = (
    "Nothing chosen for this summary falls in this period. Choose more sections or other "
    "dates when you want to."
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
h2 { font-size: 12pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; }
p { margin-top: 0; margin-bottom: 6px; line-height: 125%; }
p.range { font-size: 12pt; margin-bottom: 2px; }
p.made { color: #555555; font-size: 9pt; margin-bottom: 6px; }
p.note { color: #555555; font-size: 8.5pt; margin-top: 4px; }
p.kind { font-size: 11pt; margin-top: 28px; }
p.left-out { color: #555555; font-size: 9pt; margin-top: 18px; }
p.chart { margin-top: 4px; margin-bottom: 0; line-height: 100%; }
p.entry { margin-top: 7px; margin-bottom: 0; }
p.entry-more { margin-top: 4px; margin-bottom: 0; }
span.aside { color: #555555; font-size: 8.5pt; }
table.grid { border-collapse: collapse; }
table.grid th { font-size: 8.5pt; font-weight: 600; text-align: left;
  background-color: #eeeeee; border-bottom: 1px solid #808080; }
table.grid td { font-size: 9pt; vertical-align: top; border-bottom: 0.5px solid #c4c4c4; }
table.pairs td { font-size: 9.5pt; vertical-align: top; }
"""


def escape(text: str) -> str:
    """Text made safe to put between tags (user text never goes into attributes)."""
    return _escape(text, quote=False)


def _blocks(text: str) -> list[str]:
    """Paragraphs: parted by blank lines."""
    return [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]


def paragraphs(text: str, css: str = "") -> str:
    """The person's text as escaped paragraphs: blank lines part them, newlines break."""
    klass = f' class="{css}"' if css else ""
    return "".join(
        f"<p{klass}>{'<br />'.join(escape(line) for line in block.splitlines())}</p>"
        for block in _blocks(text)
    )


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def _table(headers: Iterable[tuple[str, int]], rows: Iterable[Iterable[str]]) -> str:
    """A ruled table; ``headers`` are (title, width in percent); cells are ready HTML."""
    head = "".join(f'<th width="{width}%">{escape(title)}</th>' for title, width in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        '<table class="grid" width="100%" border="0" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


# The sections, each a function of the data; "" when it has nothing to say


def _shown(data: SummaryData) -> dict[str, bool]:
    """Which sections have something to show, among those chosen."""
    checkins = data.checkins is not None and data.checkins.count > 0
    return {
        "journeys": data.wants("journeys") and bool(data.journeys),
        "integration": data.wants("integration") and bool(data.highlights),
        "chart": data.wants("chart") and checkins,
        "questionnaires": data.wants("questionnaires") and bool(data.results),
        "checkins": data.wants("checkins") and checkins,
        "entries": data.wants("entries") and bool(data.entries),
    }


def _count(count: int, one: str, many: str | None = None) -> str:
    """ "no sessions", "1 session", "3 sessions"."""
    return f"no {many or one + 's'}" if count == 0 else plural(count, one, many)


def _overview(data: SummaryData) -> str:
    days = (data.options.end - data.options.start).days + 1
    parts = []
    if data.wants("journeys"):
        planned = sum(1 for j in data.journeys if j.planned)
        done = len(data.journeys) - planned + data.journeys_left_out
        parts.append(_count(done, "session"))
        if planned:
            parts.append(plural(planned, "planned session"))
    if data.checkins is not None and (data.wants("checkins") or data.wants("chart")):
        count, on = data.checkins.count, data.checkins.days
        parts.append(_count(count, "check-in") + (f" on {plural(on, 'day')}" if count else ""))
    if data.wants("questionnaires"):
        parts.append(_count(len(data.results) + data.results_left_out, "questionnaire"))
    if data.wants("entries"):
        chosen = len(data.entries) + data.entries_left_out
        text = _count(chosen, "journal entry", "journal entries")
        if data.entries_left_out:
            text += f" ({len(data.entries)} of them here)"
        parts.append(text)
    text = f"Over these {plural(days, 'day')}: {and_join(parts)}." if parts else ""
    return f"<h2>Overview</h2><p>{escape(text)}</p>" if text else ""


def _journey_cells(row: JourneyRow) -> list[str]:
    how = [row.route or "", f"{number(row.dose_mg)} mg" if row.dose_mg is not None else ""]
    how.append(row.setting or "")
    when = f"<b>Session {row.number}</b><br />{escape(short_date(row.when.date()))}"
    if row.planned:
        when += "<br />(planned)"
    return [
        when,
        escape(", ".join(h for h in how if h)) or "–",
        escape(row.intention) or "–",
        escape(row.note) or "–",
    ]


def _journeys(data: SummaryData) -> str:
    headers = [("Session", 15), ("Route, dose, setting", 15), ("Intention", 28), ("Note", 42)]
    html = "<h2>Sessions</h2>" + _table(headers, map(_journey_cells, data.journeys))
    if data.journeys_left_out:
        earlier = plural(data.journeys_left_out, "earlier session")
        html += _note(f"{earlier} in this period {are(data.journeys_left_out)} not listed.")
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
    answer = "<br />".join(escape(line) for line in item.text.splitlines() if line.strip())
    return [escape(when), asked + answer]


def _integration(data: SummaryData) -> str:
    headers = [("When", 18), ("Starred answer", 82)]
    html = "<h2>Integration highlights</h2>" + _table(
        headers, map(_highlight_cells, data.highlights)
    )
    html += _note("Answers from the weeks after a session, starred as worth carrying forward.")
    if data.highlights_left_out:
        more = plural(data.highlights_left_out, "more starred answer")
        html += _note(f"{more} from this period {are(data.highlights_left_out)} in the journal.")
    return html


def _chart(data: SummaryData) -> str:
    width, height = CHART_SIZE
    return (
        "<h2>Mood</h2>"
        f'<p class="chart"><img src="{CHART_SRC}" width="{width}" height="{height}" /></p>'
        f'<p class="note">{CHART_CAPTION}</p>'
    )


def _result_cells(row: ResultRow) -> list[str]:
    score = f"{row.total} of {row.max_total}"
    if row.percent is not None:
        score += f" ({row.percent}%)"
    change = signed(row.change) if row.change is not None else "–"
    return [
        escape(short_date(row.when.date())),
        escape(row.name),
        escape(score),
        escape(row.band),
        escape(change),
    ]


def _questionnaires(data: SummaryData) -> str:
    headers = [
        ("Date", 20),
        ("Questionnaire", 18),
        ("Score", 17),
        ("Band", 24),
        ("Change from baseline", 21),
    ]
    html = "<h2>Questionnaires</h2>" + _table(headers, map(_result_cells, data.results))
    notes = [
        "Change is counted from the last result before the current course of sessions "
        "began; – where there is no earlier result. For PHQ-9, GAD-7 and PCL-5 lower "
        "scores mean fewer symptoms; for WHO-5 higher means better well-being."
    ]
    if data.results_left_out:
        notes.append(
            f"{plural(data.results_left_out, 'earlier result')} in this period "
            f"{are(data.results_left_out)} not shown."
        )
    return html + "".join(map(_note, notes))


def _checkin_rows(c: CheckinSummary) -> list[tuple[str, str]]:
    rows = [("Check-ins", f"{plural(c.count, 'check-in')} on {plural(c.days, 'day')}")]
    if c.mood is not None:
        text = f"{number(c.mood)} of 10 on average"
        if c.lowest_mood is not None and c.highest_mood is not None:
            text += f" (lowest {c.lowest_mood}, highest {c.highest_mood})"
        rows.append(("Mood", text))
    for label, value in (("Anxiety", c.anxiety), ("Energy", c.energy)):
        if value is not None:
            rows.append((label, f"{number(value)} of 10 on average"))
    sleep = []
    if c.sleep_hours is not None:
        sleep.append(f"{number(c.sleep_hours)} hours a night on average")
    if c.sleep_quality is not None:
        sleep.append(f"quality {number(c.sleep_quality)} of 5")
    if sleep:
        rows.append(("Sleep", "; ".join(sleep)))
    return rows


def _checkins(data: SummaryData) -> str:
    assert data.checkins is not None
    rows = "".join(
        f'<tr><td width="22%"><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>'
        for label, value in _checkin_rows(data.checkins)
    )
    return (
        "<h2>Check-ins</h2>"
        f'<table class="pairs" width="100%" cellspacing="0" cellpadding="3">{rows}</table>'
    )


def _entry(row: EntryRow) -> str:
    """A run-in heading (date, title, a word on shortening), then the text."""
    # Without a title of its own an entry is named by its first line: say that only once.
    named = row.title and not row.text.startswith(row.title.removesuffix("…"))
    head = f"{short_date(row.day)} · {row.title}" if named else short_date(row.day)
    lead = f"<b>{escape(head)}</b>"
    blocks = _blocks(row.text)
    if row.shortened:  # an excerpt reads as one paragraph, said to be one before it starts
        blocks = [" ".join(" ".join(blocks).split())]
        aside = f"(shortened; {plural(row.words, 'word')} in all)".replace(" ", NBSP)
        lead += f' <span class="aside">{aside}</span>'
    html = []
    for n, block in enumerate(blocks):
        text = "<br />".join(escape(line) for line in block.splitlines())
        if n == 0:
            html.append(f'<p class="entry">{lead}&nbsp;&nbsp; {text}</p>')
        else:
            html.append(f'<p class="entry-more">{text}</p>')
    return "".join(html)


def _entries(data: SummaryData) -> str:
    oldest_first = sorted(data.entries, key=lambda r: r.day)
    return "<h2>Journal entries</h2>" + "".join(map(_entry, oldest_first))


def _talk_about(data: SummaryData) -> str:
    if not data.options.talk_about.strip():
        return ""
    return "<h2>What I'd like to talk about</h2>" + paragraphs(data.options.talk_about)


def _left_out(data: SummaryData) -> str:
    if not data.wants("entries"):
        return ""
    lines = []
    if data.entries_left_out:
        more = data.entries_left_out
        lines.append(
            f"{plural(more, 'more entry', 'more entries')} {are(more)} "
            "in the journal but not in this summary."
        )
    if data.private_left_out:
        private = plural(data.private_left_out, "private entry", "private entries")
        lines.append(f"{private} left out.")
    return f'<p class="left-out">{"<br />".join(map(escape, lines))}</p>' if lines else ""


SECTION_HTML = {
    "journeys": _journeys,
    "integration": _integration,
    "chart": _chart,
    "questionnaires": _questionnaires,
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
        quiet = data.empty and not (data.private_left_out or data.entries_left_out)
        parts.append(f'<p class="kind">{escape(NOTHING_HERE if quiet else NOTHING_CHOSEN)}</p>')
    else:
        if data.wants("overview"):
            parts.append(_overview(data))
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
