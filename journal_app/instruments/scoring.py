"""Exact scoring of a completed questionnaire."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from journal_app.domain.assessment import EVENT_NOTE_LIMIT, Assessment
from journal_app.domain.errors import ValidationError
from journal_app.instruments.definitions import Flag, Instrument
from journal_app.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class Score:
    """What a set of answers scored, in the shape ``assess --json`` prints.

    ``difficulty`` is the unscored answer about how hard things have been (PHQ-9, GAD-7);
    ``asks_difficulty`` says whether the questionnaire has that question at all.
    """

    instrument: str
    total: int
    severity: str
    flags: tuple[str, ...]
    percent: int | None = None
    clusters: dict[str, int] = field(default_factory=dict)
    difficulty: int | None = None
    asks_difficulty: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "instrument": self.instrument,
            "total": self.total,
            "severity": self.severity,
            "flags": list(self.flags),
        }
        if self.percent is not None:
            out["percent"] = self.percent
        if self.clusters:
            out["clusters"] = dict(self.clusters)
        if self.asks_difficulty:
            out["difficulty"] = self.difficulty
        return out


def parse_answers(text: str) -> list[int]:
    """Read "0,1,2,3" (spaces allowed) into numbers, or say which one is not a number."""
    answers = []
    for position, part in enumerate(text.split(","), start=1):
        try:
            answers.append(int(part.strip()))
        except ValueError:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Answer {position} ({given!r}) isn't a number; give the answers as numbers "
                        "separated by commas, like 0,1,2.",
                    ),
                    position=position,
                    given=part.strip(),
                )
            ) from None
    return answers


def check_answers(instrument: Instrument, answers: Sequence[int]) -> None:
    """Refuse the wrong number of answers or an answer out of range, saying which."""
    if len(answers) != len(instrument.items):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} has {questions} questions, but {answers} answers were given.",
                ),
                name=instrument.name,
                questions=len(instrument.items),
                answers=len(answers),
            )
        )
    low, high = instrument.values[0], instrument.values[-1]
    for position, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int) or not low <= answer <= high:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Answer {position} is {answer!r}; {name} answers go from {low} to {high}.",
                    ),
                    position=position,
                    answer=answer,
                    name=instrument.name,
                    low=low,
                    high=high,
                )
            )


def check_difficulty(instrument: Instrument, difficulty: int | None) -> None:
    """Refuse a difficulty answer out of 0-3, or one for a questionnaire without the question."""
    if difficulty is None:
        return
    if instrument.difficulty is None:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} has no question about how difficult things have been; only the PHQ-9 "
                    "and GAD-7 do. Leave the difficulty out.",
                ),
                name=instrument.name,
            )
        )
    values = sorted(o.value for o in instrument.difficulty.options)
    if isinstance(difficulty, bool) or not isinstance(difficulty, int) or difficulty not in values:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The difficulty answer is {difficulty!r}; it goes from {low} ({low_label}) "
                    "to {high} ({high_label}).",
                ),
                difficulty=difficulty,
                low=values[0],
                low_label=instrument.difficulty.label(values[0]).lower(),
                high=values[-1],
                high_label=instrument.difficulty.label(values[-1]).lower(),
            )
        )


def check_event_note(instrument: Instrument, note: str) -> None:
    """Refuse a note of the experience for a questionnaire that doesn't ask, or a long one."""
    if not isinstance(note, str):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The note of the experience you had in mind must be text."
                )
            )
        )
    if not note.strip():
        return
    if not instrument.asks_event:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} doesn't ask about one experience; only the PCL-5 does. Leave the note "
                    "out.",
                ),
                name=instrument.name,
            )
        )
    if len(note.strip()) > EVENT_NOTE_LIMIT:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The note of the experience you had in mind can be at most {limit} "
                    "characters (this one has {count:,}). A few words are enough.",
                ),
                limit=EVENT_NOTE_LIMIT,
                count=len(note.strip()),
            )
        )


def score(instrument: Instrument, answers: Sequence[int], difficulty: int | None = None) -> Score:
    """Total, severity band, flags, and the percent (WHO-5) or clusters (PCL-5)."""
    check_answers(instrument, answers)
    check_difficulty(instrument, difficulty)
    total = sum(answers)
    percent = total * instrument.percent_factor if instrument.percent_factor else None
    banded = percent if instrument.bands_by == "percent" and percent is not None else total
    flags = [flag.id for flag in instrument.flags if _raised(flag, answers, total)]
    clusters = {c.id: sum(answers[i - 1] for i in c.items) for c in instrument.clusters}
    return Score(
        instrument.id,
        total,
        instrument.band(banded).id,
        tuple(flags),
        percent,
        clusters,
        difficulty,
        instrument.difficulty is not None,
    )


def _raised(flag: Flag, answers: Sequence[int], total: int) -> bool:
    if flag.item is not None:
        return answers[flag.item - 1] > (flag.above or 0)
    if flag.any_at_most is not None:
        return any(answer <= flag.any_at_most for answer in answers)
    return flag.total_at_least is not None and total >= flag.total_at_least


def assessment(
    instrument: Instrument,
    answers: Sequence[int],
    at: datetime,
    difficulty: int | None = None,
    event_note: str = "",
) -> Assessment:
    """A scored assessment record payload (the event note trimmed of outer spaces)."""
    result = score(instrument, answers, difficulty)
    check_event_note(instrument, event_note)
    extra: dict[str, Any] = {}
    if result.percent is not None:
        extra["percent"] = result.percent
    if result.clusters:
        extra["clusters"] = result.clusters
    return Assessment(
        instrument=instrument.id,
        version=instrument.version,
        at=at,
        answers=tuple(answers),
        total=result.total,
        severity=result.severity,
        flags=result.flags,
        extra=extra,
        difficulty=difficulty,
        event_note=event_note.strip(),
    )
