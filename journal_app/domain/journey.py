"""A journey: one medicine session and the preparation and integration around it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Self

from journal_app.domain.checks import in_range, one_of, short_text
from journal_app.domain.clock import check_year, local_minutes, read_local_datetime
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import register_kind, trusted
from journal_app.domain.session_card import (
    ESKETAMINE_DEVICE_MG,
    MEDICINES,
    SEVERITIES,
    SIDE_EFFECT_WORDS,
    SIDE_EFFECTS,
    SideEffect,
    Vital,
    check_dose_fields,
    check_medicine,
    computed_mg,
    dose_words,
)
from journal_app.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "ESKETAMINE_DEVICE_MG",
    "MAX_DOSE_MG",
    "MEDICINES",
    "ROUTES",
    "SCREENING_FIELDS",
    "SETTINGS",
    "SEVERITIES",
    "SIDE_EFFECTS",
    "SIDE_EFFECT_WORDS",
    "Answer",
    "Intention",
    "Journey",
    "Preparation",
    "SessionLog",
    "SideEffect",
    "TimedNote",
    "Vital",
    "dose_words",
]

SETTINGS = ("clinic", "home", "other")
# Kept in this order: stored values never change. "lozenge" (a troche held in the cheek)
# stays apart from "sublingual" because people use both words.
ROUTES = ("IV", "IM", "sublingual", "intranasal", "oral", "subcutaneous", "lozenge")
SCREENING_FIELDS = ("medications", "blood_pressure", "last_meal", "sitter", "ride_home")
MAX_DOSE_MG = 1000.0


def _time(value: str | None) -> datetime | None:
    return read_local_datetime(value) if value else None


def _text(value: datetime | None) -> str | None:
    return local_minutes(value) if value else None


@dataclass(frozen=True, slots=True)
class TimedNote:
    """A quick line captured during or right after a session."""

    at: datetime
    text: str

    def to_data(self) -> dict[str, Any]:
        return {"at": local_minutes(self.at), "text": self.text}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(at=read_local_datetime(data["at"]), text=data["text"])


@dataclass(frozen=True, slots=True)
class Preparation:
    """Checklist state, the person's own items, and screening notes."""

    checked: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    custom_items: tuple[tuple[str, str], ...] = ()
    screening: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key, value in self.screening.items():
            one_of(QT_TRANSLATE_NOOP("messages", "A screening note"), key, SCREENING_FIELDS)
            short_text(QT_TRANSLATE_NOOP("messages", "A screening note"), value, 2000)

    def to_data(self) -> dict[str, Any]:
        return {
            "checked": list(self.checked),
            "hidden": list(self.hidden),
            "custom_items": [list(item) for item in self.custom_items],
            "screening": dict(self.screening),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(
            checked=tuple(data.get("checked", ())),
            hidden=tuple(data.get("hidden", ())),
            custom_items=tuple((a, b) for a, b in data.get("custom_items", ())),
            screening=dict(data.get("screening", {})),
        )


@dataclass(frozen=True, slots=True)
class Intention:
    """Answers to the intention prompts and the one-sentence intention."""

    answers: dict[str, str] = field(default_factory=dict)
    sentence: str = ""

    def __post_init__(self) -> None:
        short_text(QT_TRANSLATE_NOOP("messages", "The intention"), self.sentence, 1000)

    def to_data(self) -> dict[str, Any]:
        return {"answers": dict(self.answers), "sentence": self.sentence}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(answers=dict(data.get("answers", {})), sentence=data.get("sentence", ""))


@dataclass(frozen=True, slots=True)
class SessionLog:
    """What happened in the medicine session itself."""

    start: datetime | None = None
    onset: datetime | None = None
    peak: datetime | None = None
    end: datetime | None = None
    setting: str | None = None
    route: str | None = None
    dose_mg: float | None = None
    provider: str = ""
    sitter_present: bool | None = None
    music: str = ""
    intensity: int | None = None
    dissociation: int | None = None
    body: str = ""
    notes: tuple[TimedNote, ...] = ()
    narrative: str = ""
    medicine: str | None = None
    medicine_name: str = ""
    devices: int | None = None
    dose_mg_per_kg: float | None = None
    weight_kg: float | None = None
    infusion_minutes: int | None = None
    hold_minutes: int | None = None
    vitals: tuple[Vital, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    clear_at: datetime | None = None

    def __post_init__(self) -> None:
        one_of(QT_TRANSLATE_NOOP("messages", "The setting"), self.setting, SETTINGS)
        one_of(QT_TRANSLATE_NOOP("messages", "The route"), self.route, ROUTES)
        check_medicine(self.medicine, self.medicine_name)
        check_dose_fields(self)
        if self.dose_mg is not None and (
            isinstance(self.dose_mg, bool) or not 0 < self.dose_mg <= MAX_DOSE_MG
        ):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The dose must be more than 0 and at most {limit:g} mg. Leave it out "
                        "if you don't know it.",
                    ),
                    limit=MAX_DOSE_MG,
                )
            )
        in_range(QT_TRANSLATE_NOOP("messages", "Intensity"), self.intensity, 0, 10)
        in_range(QT_TRANSLATE_NOOP("messages", "Dissociation"), self.dissociation, 0, 10)
        short_text(QT_TRANSLATE_NOOP("messages", "The provider"), self.provider, 200)
        short_text(QT_TRANSLATE_NOOP("messages", "The music"), self.music, 1000)
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The session can't end before it starts; check the times."
                    )
                )
            )
        too_early = (
            (
                self.onset,
                QT_TRANSLATE_NOOP("messages", "The onset can't come before the session starts."),
            ),
            (
                self.peak,
                QT_TRANSLATE_NOOP("messages", "The peak can't come before the session starts."),
            ),
        )
        for moment, template in too_early:
            if self.start and moment and moment < self.start:
                raise ValidationError(Message(template))
        self._check_card_times()

    def _check_card_times(self) -> None:
        names = [effect.name for effect in self.side_effects]
        if len(set(names)) != len(names):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Each side effect is listed once; change the one already there."
                    )
                )
            )
        start = self.start
        if start and self.clear_at and self.clear_at < start:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Feeling clear ({clear_at:%Y-%m-%d %H:%M}) can't come before the session "
                        "starts ({start:%Y-%m-%d %H:%M}). For the next day, write the date too.",
                    ),
                    clear_at=self.clear_at,
                    start=start,
                )
            )
        for effect in self.side_effects:
            if start and effect.until and effect.until < start:
                lifted, began = f"{effect.until:%Y-%m-%d %H:%M}", f"{start:%Y-%m-%d %H:%M}"
                raise ValidationError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{effect} can't have lifted ({lifted}) before the session starts "
                            "({began}). For the next day, write the date too.",
                        ),
                        effect=effect.words().capitalize(),
                        lifted=lifted,
                        began=began,
                    )
                )

    @property
    def dose_given_mg(self) -> float | None:
        """The dose in mg: as written, else 28 mg per esketamine device, else mg/kg × weight."""
        return self.dose_mg if self.dose_mg is not None else computed_mg(self)

    @property
    def dose_words(self) -> str:
        """The dose as it was given, in words ("2 devices (56 mg)"); "" if not recorded."""
        return dose_words(self)

    def moments(self) -> Iterator[datetime]:
        """Every time written in the log: start, onset, peak, end and each note's."""
        for moment in (self.start, self.onset, self.peak, self.end):
            if moment is not None:
                yield moment
        for note in self.notes:
            yield note.at
        if self.clear_at is not None:
            yield self.clear_at
        for effect in self.side_effects:
            if effect.until is not None:
                yield effect.until

    def to_data(self) -> dict[str, Any]:
        return {
            "start": _text(self.start),
            "onset": _text(self.onset),
            "peak": _text(self.peak),
            "end": _text(self.end),
            "setting": self.setting,
            "route": self.route,
            # The mg worked out from devices or mg/kg is stored too (for readers of the raw
            # record: exports, JSON, older versions); from_data works it out again.
            "dose_mg": self.dose_given_mg,
            "provider": self.provider,
            "sitter_present": self.sitter_present,
            "music": self.music,
            "intensity": self.intensity,
            "dissociation": self.dissociation,
            "body": self.body,
            "notes": [note.to_data() for note in self.notes],
            "narrative": self.narrative,
            "medicine": self.medicine,
            "medicine_name": self.medicine_name,
            "devices": self.devices,
            "dose_mg_per_kg": self.dose_mg_per_kg,
            "weight_kg": self.weight_kg,
            "infusion_minutes": self.infusion_minutes,
            "hold_minutes": self.hold_minutes,
            "vitals": [vital.to_data() for vital in self.vitals],
            "side_effects": [effect.to_data() for effect in self.side_effects],
            "clear_at": _text(self.clear_at),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        card = cls._card_from_data(data)
        dose_mg = data.get("dose_mg")
        if computed_mg(cls(**card)) is not None:
            dose_mg = None  # worked out from devices or mg/kg when written: work it out again
        return cls(
            start=_time(data.get("start")),
            onset=_time(data.get("onset")),
            peak=_time(data.get("peak")),
            end=_time(data.get("end")),
            setting=data.get("setting"),
            route=data.get("route"),
            dose_mg=dose_mg,
            provider=data.get("provider", ""),
            sitter_present=data.get("sitter_present"),
            music=data.get("music", ""),
            intensity=data.get("intensity"),
            dissociation=data.get("dissociation"),
            body=data.get("body", ""),
            notes=tuple(TimedNote.from_data(n) for n in data.get("notes", ())),
            narrative=data.get("narrative", ""),
            vitals=tuple(Vital.from_data(v) for v in data.get("vitals", ())),
            side_effects=tuple(SideEffect.from_data(e) for e in data.get("side_effects", ())),
            clear_at=_time(data.get("clear_at")),
            **card,
        )

    @staticmethod
    def _card_from_data(data: dict[str, Any]) -> dict[str, Any]:
        """The medicine and the dose as given (absent from journeys written before them)."""
        return {
            "medicine": data.get("medicine"),
            "medicine_name": data.get("medicine_name", ""),
            "devices": data.get("devices"),
            "dose_mg_per_kg": data.get("dose_mg_per_kg"),
            "weight_kg": data.get("weight_kg"),
            "infusion_minutes": data.get("infusion_minutes"),
            "hold_minutes": data.get("hold_minutes"),
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer to an integration prompt, optionally starred as an insight."""

    text: str
    starred: bool = False
    answered_at: str = ""

    def to_data(self) -> dict[str, Any]:
        return {"text": self.text, "starred": self.starred, "answered_at": self.answered_at}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(data["text"], bool(data.get("starred")), data.get("answered_at", ""))


@register_kind
@dataclass(frozen=True, slots=True)
class Journey:
    """One medicine session: preparation, intention, the session, aftercare, integration."""

    KIND: ClassVar[str] = "journey"
    SCHEMA: ClassVar[int] = 1

    planned_at: datetime
    preparation: Preparation = field(default_factory=Preparation)
    intention: Intention = field(default_factory=Intention)
    session: SessionLog = field(default_factory=SessionLog)
    aftercare: tuple[str, ...] = ()
    integration: dict[str, dict[str, Answer]] = field(default_factory=dict)
    course_id: str = ""  # the course it belongs to ("" before courses: grouped at unlock)

    def __post_init__(self) -> None:
        # Checked here rather than in SessionLog, which stored journeys also build when
        # read: a journey from before the year range must still open.
        check_year(self.planned_at)
        for moment in self.session.moments():
            check_year(moment)

    @property
    def when(self) -> datetime:
        """The session's start if logged, else when it is planned."""
        return self.session.start or self.planned_at

    def to_data(self) -> dict[str, Any]:
        return {
            "planned_at": local_minutes(self.planned_at),
            "preparation": self.preparation.to_data(),
            "intention": self.intention.to_data(),
            "session": self.session.to_data(),
            "aftercare": list(self.aftercare),
            "integration": {
                step: {pid: answer.to_data() for pid, answer in answers.items()}
                for step, answers in self.integration.items()
            },
            "course_id": self.course_id,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return trusted(
            cls,
            planned_at=read_local_datetime(data["planned_at"]),
            preparation=Preparation.from_data(data.get("preparation", {})),
            intention=Intention.from_data(data.get("intention", {})),
            session=SessionLog.from_data(data.get("session", {})),
            aftercare=tuple(data.get("aftercare", ())),
            integration={
                step: {pid: Answer.from_data(a) for pid, a in answers.items()}
                for step, answers in data.get("integration", {}).items()
            },
            course_id=data.get("course_id", ""),
        )
