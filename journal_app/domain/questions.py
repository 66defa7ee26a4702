"""Questions for my prescriber: the person's own list, and lines suggested from the journal.

The list is one record per journal, holding the person's own items (each with a "done"
tick) and the keys of suggestions they chose to hide. Suggestions are never stored: they
are worked out from what was logged each time, by :func:`suggested_questions`, and only
become an item when the person keeps one. Every suggestion is a question to ask or a
reading worth mentioning, never advice; docs/prescriber-questions.md says where each rule
comes from.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar, Self

from journal_app.domain.errors import ValidationError
from journal_app.domain.medicine_words import medicines_named
from journal_app.domain.records import Record, register_kind, trusted
from journal_app.domain.weekly_check import QUESTIONS, WeeklyCheck
from journal_app.messages import QT_TRANSLATE_NOOP, Day, Message, verbatim

MAX_ITEM = 500
MAX_ITEMS = 100
MAX_KEY = 200
MAX_DISMISSED = 2000  # hidden suggestions kept; the oldest are let go beyond this
# Control characters other than tab: invisible, and never typed on purpose.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")

# A reading at or above either figure is suggested (see docs/prescriber-questions.md).
HIGH_SYSTOLIC = 180
HIGH_DIASTOLIC = 110
LASTED_LONGER_THAN = timedelta(hours=4)
SEVERE = "severe"
_VITAL_MOMENTS = {
    "before": QT_TRANSLATE_NOOP("messages", "before dosing"),
    "40min": QT_TRANSLATE_NOOP("messages", "at 40 minutes"),
    "leaving": QT_TRANSLATE_NOOP("messages", "when leaving"),
}
AT_TIME = QT_TRANSLATE_NOOP("messages", "at {time}")


def clean_item(text: str) -> str:
    """An item as one tidy line: line breaks become spaces, control characters go."""
    return _CONTROL.sub("", text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")).strip()


def check_item(text: object) -> None:
    """Refuse an item that is not text, is empty, can't be saved, or is too long."""
    if not isinstance(text, str):
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("messages", "A question for your prescriber must be text."))
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "That question holds characters that can't be saved. Please type it again.",
                )
            )
        ) from None
    if not clean_item(text):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The question is empty; write a few words, then add it."
                )
            )
        )
    if len(text) > MAX_ITEM:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A question can hold up to {max_item} characters, and this one has {count:,}. "
                    "Please shorten it, or split it in two.",
                ),
                max_item=MAX_ITEM,
                count=len(text),
            )
        )


@dataclass(frozen=True, slots=True)
class QuestionItem:
    """One of the person's own questions, ticked when it has been asked."""

    text: str
    done: bool = False

    def __post_init__(self) -> None:
        check_item(self.text)
        if not isinstance(self.done, bool):
            raise ValidationError(
                Message(QT_TRANSLATE_NOOP("messages", "A question is either done or not."))
            )
        object.__setattr__(self, "text", clean_item(self.text))

    def to_data(self) -> dict[str, Any]:
        return {"text": self.text, "done": self.done}


@register_kind
@dataclass(frozen=True, slots=True)
class PrescriberQuestions:
    """The person's own questions, in their order, and the suggestions they hid."""

    KIND: ClassVar[str] = "prescriber_questions"
    SCHEMA: ClassVar[int] = 1

    items: tuple[QuestionItem, ...] = ()
    dismissed: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.items, tuple) or not all(
            isinstance(item, QuestionItem) for item in self.items
        ):
            raise ValidationError(
                Message(QT_TRANSLATE_NOOP("messages", "The questions must be a list of questions."))
            )
        for item in self.items:
            QuestionItem(item.text, item.done)  # checked again: an import builds them too
        if len(self.items) > MAX_ITEMS:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The list can hold up to {max_items} questions. Tick off or remove a few "
                        "you no "
                        "longer need, then add this one.",
                    ),
                    max_items=MAX_ITEMS,
                )
            )
        if not isinstance(self.dismissed, tuple) or not all(
            isinstance(key, str) and 0 < len(key) <= MAX_KEY for key in self.dismissed
        ):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The hidden suggestions must be a list of short keys."
                    )
                )
            )
        if len(self.dismissed) > MAX_DISMISSED:
            object.__setattr__(self, "dismissed", self.dismissed[-MAX_DISMISSED:])

    def added(self, text: str) -> PrescriberQuestions:
        """The list with ``text`` added at the end."""
        return replace(self, items=(*self.items, QuestionItem(text)))

    def _index(self, index: int) -> int:
        if (
            isinstance(index, bool)
            or not isinstance(index, int)
            or not 0 <= index < len(self.items)
        ):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "There is no question number {number} in the list (it has {count}).",
                    ),
                    number=index + 1 if isinstance(index, int) else index,
                    count=len(self.items),
                )
            )
        return index

    def with_done(self, index: int, done: bool) -> PrescriberQuestions:
        """The list with question ``index`` (from 0) ticked or unticked."""
        i = self._index(index)
        items = list(self.items)
        items[i] = QuestionItem(items[i].text, bool(done))
        return replace(self, items=tuple(items))

    def without(self, index: int) -> PrescriberQuestions:
        """The list with question ``index`` (from 0) taken out."""
        i = self._index(index)
        return replace(self, items=self.items[:i] + self.items[i + 1 :])

    def hiding(self, key: str) -> PrescriberQuestions:
        """The list with the suggestion ``key`` hidden from now on."""
        if key in self.dismissed:
            return self
        return replace(self, dismissed=(*self.dismissed, key))

    def to_data(self) -> dict[str, Any]:
        return {
            "items": [item.to_data() for item in self.items],
            "dismissed": list(self.dismissed),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        items = tuple(
            trusted(QuestionItem, text=raw["text"], done=raw.get("done", False))
            for raw in data.get("items", ())
        )
        if not all(isinstance(i.text, str) and isinstance(i.done, bool) for i in items):
            raise ValueError("a question is not text with a done tick")
        dismissed = tuple(data.get("dismissed", ()))
        if not all(isinstance(key, str) for key in dismissed):
            raise ValueError("a hidden suggestion's key is not text")
        return trusted(cls, items=items, dismissed=dismissed)


# Suggestions


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A line the journal suggests: a stable ``key`` to hide it by, the line, and why.

    ``said`` and ``reason`` are Messages for the window; ``text`` and ``why`` their English.
    """

    key: str
    said: Message
    reason: Message

    @property
    def text(self) -> str:
        return str(self.said)

    @property
    def why(self) -> str:
        return str(self.reason)

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "text": self.text, "why": self.why}


def _day(day: date, today: date | None) -> Day:
    """ "3 March", with the year when it isn't this year (or there is no today)."""
    return Day(day, "long", year=today is None or day.year != today.year)


def day_words(day: date, today: date | None = None) -> str:
    """ "3 March", with the year when it isn't this year (or there is no today)."""
    return str(_day(day, today))


def _vital_moment(at: object) -> Message:
    if isinstance(at, datetime | time):
        return Message(AT_TIME, time=f"{at:%H:%M}")
    text = str(at)
    if text in _VITAL_MOMENTS:
        return Message(_VITAL_MOMENTS[text])
    return Message(AT_TIME, time=text)


def _until(value: object, start: datetime) -> datetime | None:
    """A side effect's "lasted until" as a date and time (a bare clock time follows start)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) > 5:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, time):
        moment = datetime.combine(start.date(), value)
        return moment if moment >= start else moment + timedelta(days=1)
    return None


def _key(*parts: object) -> str:
    """A suggestion's key from its parts; a long one is shortened to a digest of itself."""
    key = ":".join(str(part) for part in parts)
    if len(key) <= MAX_KEY:
        return key
    return f"{parts[0]}:{hashlib.sha256(key.encode('utf-8', 'replace')).hexdigest()[:32]}"


def _number(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _readings(record: Record, today: date | None) -> list[Suggestion]:
    journey = record.data
    on = _day(journey.when.date(), today)
    found: list[Suggestion] = []
    for vital in getattr(journey.session, "vitals", ()):
        systolic = _number(getattr(vital, "systolic", None))
        diastolic = _number(getattr(vital, "diastolic", None))
        if systolic is None or diastolic is None:
            continue
        if systolic < HIGH_SYSTOLIC and diastolic < HIGH_DIASTOLIC:
            continue
        moment = _vital_moment(getattr(vital, "at", ""))
        found.append(
            Suggestion(
                _key("bp", record.id, getattr(vital, "at", ""), f"{systolic}/{diastolic}"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "My blood pressure read {systolic}/{diastolic} {moment} on {on} "
                        "— worth mentioning.",
                    ),
                    systolic=systolic,
                    diastolic=diastolic,
                    moment=moment,
                    on=on,
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Logged at your session on {on}. A top number of {high_systolic} or "
                        "more, or a bottom number of {high_diastolic} or more, is worth "
                        "mentioning to your prescriber.",
                    ),
                    on=on,
                    high_systolic=HIGH_SYSTOLIC,
                    high_diastolic=HIGH_DIASTOLIC,
                ),
            )
        )
    return found


def _effects(record: Record, today: date | None) -> list[Suggestion]:
    journey = record.data
    start: datetime = journey.when
    on = _day(start.date(), today)
    found: list[Suggestion] = []
    for effect in getattr(journey.session, "side_effects", ()):
        name = str(getattr(effect, "name", "")).strip()
        words = getattr(effect, "words", None)
        shown = str(words()) if callable(words) else name.replace("_", " ")
        if not name or not shown:
            continue
        severe = getattr(effect, "severity", None) == SEVERE
        until = _until(getattr(effect, "until", None), start)
        lasted = until is not None and until - start > LASTED_LONGER_THAN
        if not (severe or lasted):
            continue
        shown = shown[0].upper() + shown[1:]
        if until is not None and lasted:
            if until.date() == start.date():
                when = verbatim(f"{until:%H:%M}")
            else:
                when = Message(
                    QT_TRANSLATE_NOOP("messages", "{time} on {day}"),
                    time=f"{until:%H:%M}",
                    day=_day(until.date(), today),
                )
            if severe:
                text = QT_TRANSLATE_NOOP(
                    "messages",
                    "{effect} was severe and lasted until {when} after my session on {on} "
                    "— worth mentioning.",
                )
                why = QT_TRANSLATE_NOOP(
                    "messages",
                    "Logged on {on}. You marked it severe, and it lasted more than four hours "
                    "after it began.",
                )
            else:
                text = QT_TRANSLATE_NOOP(
                    "messages",
                    "{effect} lasted until {when} after my session on {on} — worth mentioning.",
                )
                why = QT_TRANSLATE_NOOP(
                    "messages",
                    "Logged on {on}. It lasted more than four hours after the session began.",
                )
            said = Message(text, effect=shown, when=when, on=on)
        else:
            said = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{effect} was severe at my session on {on} — worth mentioning."
                ),
                effect=shown,
                on=on,
            )
            why = QT_TRANSLATE_NOOP("messages", "Logged on {on}. You marked it severe.")
        found.append(
            Suggestion(_key("effect", record.id, name.casefold()), said, Message(why, on=on))
        )
    return found


def _medicines(records: list[Record], today: date | None) -> list[Suggestion]:
    found: dict[str, Suggestion] = {}
    for record in records:
        journey = record.data
        notes = journey.preparation.screening.get("medications", "")
        if not isinstance(notes, str):
            continue
        on = _day(journey.when.date(), today)
        for name in medicines_named(notes):
            key = f"medicine:{name.key}"
            if key in found:
                continue
            found[key] = Suggestion(
                key,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ask about the timing of {medicine} around sessions."
                    ),
                    medicine=verbatim(name.shown),
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "You named it in your preparation notes for {on}. It is {family}, "
                        "one of the kinds of medicine prescribers ask about around sessions.",
                    ),
                    on=on,
                    family=Message(name.family),
                ),
            )
    return list(found.values())


def _weekly(checks: list[Record], today: date | None) -> list[Suggestion]:
    found: list[Suggestion] = []
    for question in QUESTIONS:
        latest = next((r for r in checks if getattr(r.data, question.name) is True), None)
        if latest is None:
            continue
        check: WeeklyCheck = latest.data
        found.append(
            Suggestion(
                _key("weekly", question.name, check.at.date().isoformat()),
                Message(question.worth_mentioning),
                Message(
                    QT_TRANSLATE_NOOP("messages", "From your weekly check on {on}."),
                    on=_day(check.at.date(), today),
                ),
            )
        )
    return found


def suggested_questions(
    journeys: Iterable[Record],
    checks: Iterable[Record] = (),
    *,
    since: datetime | None = None,
    today: date | None = None,
) -> list[Suggestion]:
    """Lines worth taking to the prescriber, from journeys and weekly checks.

    In order: weekly-check answers (the latest "yes" to each question), blood pressure
    readings at or above 180 systolic or 110 diastolic, side effects marked severe or
    lasting more than four hours after the session began, and medicines named in
    preparation notes that prescribers ask about. Newest first within each; each key once.
    Records before ``since`` are left out; ``today`` only shortens dates ("3 March").
    """
    journey_list = sorted(
        (r for r in journeys if since is None or r.data.when >= since),
        key=lambda r: (r.data.when, r.id),
        reverse=True,
    )
    check_list = sorted(
        (r for r in checks if since is None or r.data.at >= since),
        key=lambda r: (r.data.at, r.id),
        reverse=True,
    )
    found = [
        *_weekly(check_list, today),
        *(s for r in journey_list for s in _readings(r, today)),
        *(s for r in journey_list for s in _effects(r, today)),
        *_medicines(journey_list, today),
    ]
    seen: set[str] = set()
    unique: list[Suggestion] = []
    for suggestion in found:
        if suggestion.key not in seen:
            seen.add(suggestion.key)
            unique.append(suggestion)
    return unique
