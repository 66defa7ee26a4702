"""Change figures in plain words, the same in the window, the summary and the command line.

Deterioration is said as plainly as improvement, and kindly: a figure to talk over with a
care team, never a verdict. The ``*_said`` functions give Messages the window renders in
the person's language; the others give the English the summary and command line print.
"""

from __future__ import annotations

from datetime import date

from journal_app.messages import QT_TRANSLATE_NOOP, Day, Message
from journal_app.services.measurement import (
    ELEVATED_FROM,
    REMISSION_BELOW,
    Measure,
    Reading,
)

CARE_TEAM = QT_TRANSLATE_NOOP("messages", "worth talking over with your care team")
RELIABLE_WORDS = {
    "improved": QT_TRANSLATE_NOOP("messages", "reliable improvement"),
    "deteriorated": QT_TRANSLATE_NOOP("messages", "reliable worsening"),
    "unchanged": QT_TRANSLATE_NOOP("messages", "no reliable change"),
}
NOT_APPLICABLE = QT_TRANSLATE_NOOP("messages", "not applicable")


def day_words(day: date) -> str:
    return str(Day(day))


def score_words(instrument: str, reading: Reading) -> str:
    """ "14" or, for WHO-5, "48%"."""
    return f"{reading.percent}%" if reading.percent is not None else str(reading.total)


def amount_said(found: Measure) -> Message:
    """ "6 points lower", "12 percentage points higher", "no change"."""
    change = found.change or 0
    if change == 0:
        return Message(QT_TRANSLATE_NOOP("messages", "no change"))
    percent = found.instrument == "who5"
    if change < 0:
        if percent:
            one = QT_TRANSLATE_NOOP("messages", "{n} percentage point lower")
            many = QT_TRANSLATE_NOOP("messages", "{n} percentage points lower")
        else:
            one = QT_TRANSLATE_NOOP("messages", "{n} point lower")
            many = QT_TRANSLATE_NOOP("messages", "{n} points lower")
    elif percent:
        one = QT_TRANSLATE_NOOP("messages", "{n} percentage point higher")
        many = QT_TRANSLATE_NOOP("messages", "{n} percentage points higher")
    else:
        one = QT_TRANSLATE_NOOP("messages", "{n} point higher")
        many = QT_TRANSLATE_NOOP("messages", "{n} points higher")
    return Message(one if abs(change) == 1 else many, n=abs(change))


def amount_words(found: Measure) -> str:
    return str(amount_said(found))


def response_words(found: Measure) -> str:
    """ "response", "no response yet", or "not applicable" (with no elevated baseline)."""
    if found.response is None:
        return NOT_APPLICABLE
    if found.response:
        return QT_TRANSLATE_NOOP("messages", "response")
    return QT_TRANSLATE_NOOP("messages", "no response yet")


def remission_words(found: Measure) -> str:
    if found.remission is None:
        return NOT_APPLICABLE
    if found.remission:
        return QT_TRANSLATE_NOOP("messages", "remission")
    return QT_TRANSLATE_NOOP("messages", "not in remission")


def brief_said(found: Measure) -> Message:
    """One short line for tables: "−8 points · reliable improvement · response"."""
    if found.change is None:
        if found.series_start:
            return Message(QT_TRANSLATE_NOOP("messages", "no recent baseline"))
        return Message(QT_TRANSLATE_NOOP("messages", "no sessions before it"))
    amount = amount_said(found)
    reliable = Message(RELIABLE_WORDS[found.reliable or "unchanged"])
    if found.response is None:
        return Message("{amount} · {reliable}", amount=amount, reliable=reliable)
    return Message(
        "{amount} · {reliable} · {response} · {remission}",
        amount=amount,
        reliable=reliable,
        response=Message(response_words(found)),
        remission=Message(remission_words(found)),
    )


def brief(found: Measure) -> str:
    return str(brief_said(found))


def said(found: Measure, name: str) -> list[Message]:
    """The figures as a few kind sentences; empty when there is no result at all.

    ``name`` is the questionnaire's name ("PHQ-9"), said as it is.
    """
    latest = found.latest
    if latest is None:
        return []
    now = Message(
        QT_TRANSLATE_NOOP("messages", "{score} on {day}"),
        score=score_words(found.instrument, latest),
        day=Day(latest.on),
    )
    if found.series_start is None:
        return [
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name}: {now}. There is no series of sessions before it to compare with.",
                ),
                name=name,
                now=now,
            )
        ]
    baseline = found.baseline
    if baseline is None:
        return [
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name}: {now}. No result in the 30 days before this series of sessions "
                    "began, so there is no recent baseline to compare with.",
                ),
                name=name,
                now=now,
            )
        ]
    result = [
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name}: {before} before this series of sessions ({day}), {now}: {amount}.",
            ),
            name=name,
            before=score_words(found.instrument, baseline),
            day=Day(baseline.on),
            now=now,
            amount=amount_said(found),
        )
    ]
    if found.reliable == "improved":
        result.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "That is a reliable improvement: more than the questionnaire varies by chance.",
                )
            )
        )
    elif found.reliable == "deteriorated":
        result.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "That is a reliable worsening: more than the questionnaire varies by chance, "
                    "and {care_team}.",
                ),
                care_team=Message(CARE_TEAM),
            )
        )
    else:
        result.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "That is within what the questionnaire can vary by chance."
                )
            )
        )
    if found.response is not None:
        result.append(_response_said(found))
    elif found.instrument in ELEVATED_FROM:
        result.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Response and remission are only defined from a starting score of "
                    "{least} or more, so they don't apply here.",
                ),
                least=ELEVATED_FROM[found.instrument],
            )
        )
    return result


def sentences(found: Measure, name: str) -> list[str]:
    """:func:`said` in English."""
    return [str(sentence) for sentence in said(found, name)]


def _response_said(found: Measure) -> Message:
    below = REMISSION_BELOW[found.instrument]
    if found.response and found.remission:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "It is half or less of where it started (a response) and below {below} (remission).",
        )
    elif found.response:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "It is half or less of where it started (a response), not yet below {below}.",
        )
    elif found.remission:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "It is below {below} (remission), though not yet half of where it started.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "It is not yet half of where it started (no response yet), nor below {below}.",
        )
    return Message(template, below=below)
