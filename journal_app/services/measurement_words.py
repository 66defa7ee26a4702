"""Change figures in plain words, the same in the window, the summary and the command line.

Deterioration is said as plainly as improvement, and kindly: a figure to talk over with a
care team, never a verdict.
"""

from __future__ import annotations

from datetime import date

from journal_app.services.measurement import (
    ELEVATED_FROM,
    REMISSION_BELOW,
    Measure,
    Reading,
)

CARE_TEAM = "worth talking over with your care team"
RELIABLE_WORDS = {
    "improved": "reliable improvement",
    "deteriorated": "reliable worsening",
    "unchanged": "no reliable change",
}
NOT_APPLICABLE = "not applicable"


def day_words(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def score_words(instrument: str, reading: Reading) -> str:
    """ "14" or, for WHO-5, "48%"."""
    return f"{reading.percent}%" if reading.percent is not None else str(reading.total)


def amount_words(found: Measure) -> str:
    """ "6 points lower", "12 percentage points higher", "no change"."""
    change = found.change or 0
    if change == 0:
        return "no change"
    unit = "percentage point" if found.instrument == "who5" else "point"
    plural = "" if abs(change) == 1 else "s"
    direction = "lower" if change < 0 else "higher"
    return f"{abs(change)} {unit}{plural} {direction}"


def response_words(found: Measure) -> str:
    """ "response", "no response yet", or "not applicable" (with no elevated baseline)."""
    if found.response is None:
        return NOT_APPLICABLE
    return "response" if found.response else "no response yet"


def remission_words(found: Measure) -> str:
    if found.remission is None:
        return NOT_APPLICABLE
    return "remission" if found.remission else "not in remission"


def brief(found: Measure) -> str:
    """One short line for tables: "−8 points · reliable improvement · response"."""
    if found.change is None:
        return "no recent baseline" if found.series_start else "no sessions before it"
    parts = [amount_words(found), RELIABLE_WORDS[found.reliable or "unchanged"]]
    if found.response is not None:
        parts.append(response_words(found))
        parts.append(remission_words(found))
    return " · ".join(parts)


def sentences(found: Measure, name: str) -> list[str]:
    """The figures as a few kind sentences; empty when there is no result at all."""
    latest = found.latest
    if latest is None:
        return []
    now = f"{score_words(found.instrument, latest)} on {day_words(latest.on)}"
    if found.series_start is None:
        return [f"{name}: {now}. There is no series of sessions before it to compare with."]
    baseline = found.baseline
    if baseline is None:
        return [
            f"{name}: {now}. No result in the 30 days before this series of sessions began, "
            "so there is no recent baseline to compare with."
        ]
    said = [
        f"{name}: {score_words(found.instrument, baseline)} before this series of sessions "
        f"({day_words(baseline.on)}), {now}: {amount_words(found)}."
    ]
    if found.reliable == "improved":
        said.append("That is a reliable improvement: more than the questionnaire varies by chance.")
    elif found.reliable == "deteriorated":
        said.append(
            "That is a reliable worsening: more than the questionnaire varies by chance, "
            f"and {CARE_TEAM}."
        )
    else:
        said.append("That is within what the questionnaire can vary by chance.")
    if found.response is not None:
        said.append(_response_sentence(found))
    elif found.instrument in ELEVATED_FROM:
        said.append(
            f"Response and remission are only defined from a starting score of "
            f"{ELEVATED_FROM[found.instrument]} or more, so they don't apply here."
        )
    return said


def _response_sentence(found: Measure) -> str:
    below = REMISSION_BELOW[found.instrument]
    if found.response and found.remission:
        return f"It is half or less of where it started (a response) and below {below} (remission)."
    if found.response:
        return f"It is half or less of where it started (a response), not yet below {below}."
    if found.remission:
        return f"It is below {below} (remission), though not yet half of where it started."
    return f"It is not yet half of where it started (no response yet), nor below {below}."
