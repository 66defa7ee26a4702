"""The session safety card: medicine, dose as given, vitals, side effects, clear-at.

Everything here is a record of what happened, never a recommendation: no dose is
suggested, judged or compared against a limit beyond catching a typing slip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING, Any, Self

from journal_app.domain.checks import short_text
from journal_app.domain.clock import local_minutes, read_local_datetime
from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from journal_app.domain.journey import SessionLog

MEDICINES = ("ketamine", "esketamine", "psilocybin", "mdma", "other")
MEDICINE_WORDS = {
    "ketamine": "ketamine",
    "esketamine": "esketamine",
    "psilocybin": "psilocybin",
    "mdma": "MDMA",
    "other": "another medicine",
}
MAX_MEDICINE_NAME = 100
ESKETAMINE_DEVICE_MG = 28

VITAL_MOMENTS = ("before", "40min", "leaving")
VITAL_MOMENT_WORDS = {
    "before": "before dosing",
    "40min": "about 40 minutes after",
    "leaving": "before leaving",
}
SIDE_EFFECTS = (
    "dissociation",
    "sedation",
    "dizziness",
    "nausea",
    "headache",
    "blurred_vision",
    "anxiety",
    "feeling_drunk",
    "numbness",
)
SIDE_EFFECT_WORDS = {
    "dissociation": "dissociation",
    "sedation": "sedation or sleepiness",
    "dizziness": "dizziness",
    "nausea": "nausea or vomiting",
    "headache": "headache",
    "blurred_vision": "blurred vision",
    "anxiety": "anxiety",
    "feeling_drunk": "feeling drunk",
    "numbness": "numbness or tingling",
}
MAX_SIDE_EFFECT_NAME = 80
SEVERITIES = ("mild", "moderate", "severe")

# (low, high) for each number on the card: wide enough for any real reading or dose,
# narrow enough to catch a slip of the keyboard. Not clinical limits.
SYSTOLIC = (60, 260)
DIASTOLIC = (30, 160)
PULSE = (30, 220)
DEVICES = (1, 5)
MG_PER_KG = (0.01, 5.0)
WEIGHT_KG = (20.0, 300.0)
INFUSION_MINUTES = (1, 240)
HOLD_MINUTES = (1, 60)

_CLOCK = re.compile(r"\d\d:\d\d")


def _number(name: str, value: object, bounds: tuple[float, float], unit: str, whole: bool) -> None:
    """Refuse a number outside ``bounds`` (None passes), saying the range and what to do.

    ``name`` and ``unit`` are phrases marked for translation ("" for no unit).
    """
    if value is None:
        return
    low, high = bounds
    kind = int if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
        shown = f"{value:g}" if isinstance(value, int | float) else repr(value)
        if whole:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{name} must be a whole number from {low:g} to {high:g}{unit} (this one is "
                "{shown}). Check the number, or leave it out if you don't know it.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{name} must be from {low:g} to {high:g}{unit} (this one is {shown}). "
                "Check the number, or leave it out if you don't know it.",
            )
        raise ValidationError(
            Message(
                template,
                name=Message(name),
                low=low,
                high=high,
                unit=Message(unit) if unit else "",
                shown=shown,
            )
        )


def parse_clock(text: str) -> time:
    """Read a clock time ``HH:MM`` (00:00 to 23:59), or raise a ValidationError."""
    try:
        if not _CLOCK.fullmatch(text):
            raise ValueError
        return time.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{text!r} isn't a clock time Afterglow understands; write it as HH:MM from "
                    "00:00 to 23:59, for example 10:40.",
                ),
                text=text,
            )
        ) from None


def side_effect_key(name: str) -> str:
    """The listed key for a typed name ("Blurred vision" -> "blurred_vision"), else the name."""
    cleaned = " ".join(name.split())
    key = cleaned.casefold().replace(" ", "_").replace("-", "_")
    return key if key in SIDE_EFFECTS else cleaned


@dataclass(frozen=True, slots=True)
class Vital:
    """One blood-pressure reading (and pulse if taken) at a moment of the session."""

    at: str
    systolic: int
    diastolic: int
    pulse: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.at, str) or (
            self.at not in VITAL_MOMENTS and not _CLOCK.fullmatch(self.at)
        ):
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A reading is taken 'before', '40min', 'leaving' or at a clock time "
                        "HH:MM (got {at!r}).",
                    ),
                    at=self.at,
                )
            )
        if self.at not in VITAL_MOMENTS:
            parse_clock(self.at)
        _number(
            QT_TRANSLATE_NOOP("messages", "The top blood-pressure number (systolic)"),
            self.systolic,
            SYSTOLIC,
            "",
            True,
        )
        _number(
            QT_TRANSLATE_NOOP("messages", "The bottom blood-pressure number (diastolic)"),
            self.diastolic,
            DIASTOLIC,
            "",
            True,
        )
        if self.systolic <= self.diastolic:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The top number (systolic) is always higher than the bottom one "
                        "(diastolic); {systolic}/{diastolic} looks swapped. Write it as SYS/DIA, "
                        "for example 128/82.",
                    ),
                    systolic=self.systolic,
                    diastolic=self.diastolic,
                )
            )
        _number(
            QT_TRANSLATE_NOOP("messages", "The pulse"),
            self.pulse,
            PULSE,
            QT_TRANSLATE_NOOP("messages", " beats a minute"),
            True,
        )

    def words(self) -> str:
        """ "128/82, pulse 72"."""
        pulse = f", pulse {self.pulse}" if self.pulse is not None else ""
        return f"{self.systolic}/{self.diastolic}{pulse}"

    def when_words(self) -> str:
        """ "before dosing", "about 40 minutes after", "before leaving" or "at 14:10"."""
        return VITAL_MOMENT_WORDS.get(self.at, f"at {self.at}")

    def to_data(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "systolic": self.systolic,
            "diastolic": self.diastolic,
            "pulse": self.pulse,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(data["at"], data["systolic"], data["diastolic"], data.get("pulse"))


@dataclass(frozen=True, slots=True)
class SideEffect:
    """One side effect: a listed one or the person's own, how strong, and until when."""

    name: str
    severity: str
    until: datetime | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Please name the side effect: one of {options}, or your own words (up to "
                        "{limit} characters).",
                    ),
                    options=", ".join(SIDE_EFFECTS),
                    limit=MAX_SIDE_EFFECT_NAME,
                )
            )
        short_text(
            QT_TRANSLATE_NOOP("messages", "A side effect's name"), self.name, MAX_SIDE_EFFECT_NAME
        )
        if self.severity not in SEVERITIES:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "How strong was it? Choose mild, moderate or severe (got {severity!r}).",
                    ),
                    severity=self.severity,
                )
            )

    @property
    def listed(self) -> bool:
        """Whether it is one of the checklist's side effects (not the person's own)."""
        return self.name in SIDE_EFFECTS

    def words(self) -> str:
        """ "nausea or vomiting" for a listed one, else the person's own name."""
        return SIDE_EFFECT_WORDS.get(self.name, self.name)

    def to_data(self) -> dict[str, Any]:
        until = local_minutes(self.until) if self.until else None
        return {"name": self.name, "severity": self.severity, "until": until}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        until = data.get("until")
        return cls(data["name"], data["severity"], read_local_datetime(until) if until else None)


def check_medicine(medicine: str | None, name: str) -> None:
    """Refuse an unknown medicine, or "other" without its name."""
    if medicine is not None and medicine not in MEDICINES:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The medicine must be one of {options} (got {medicine!r}). For any other, "
                    "choose 'other' and give its name.",
                ),
                options=", ".join(MEDICINES),
                medicine=medicine,
            )
        )
    short_text(QT_TRANSLATE_NOOP("messages", "The medicine's name"), name, MAX_MEDICINE_NAME)
    if medicine == "other" and not name.strip():
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Please give the medicine's name (up to 100 characters) when it is 'other'.",
                )
            )
        )
    if medicine is None and name.strip():
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Please choose the medicine too: {options} (its name goes with it)."
                ),
                options=", ".join(MEDICINES),
            )
        )


def check_dose_fields(log: SessionLog) -> None:
    """Refuse a dose number outside its range, or a dose given two ways at once."""
    minutes = QT_TRANSLATE_NOOP("messages", " minutes")
    _number(QT_TRANSLATE_NOOP("messages", "The number of devices"), log.devices, DEVICES, "", True)
    _number(
        QT_TRANSLATE_NOOP("messages", "The dose in mg/kg"),
        log.dose_mg_per_kg,
        MG_PER_KG,
        QT_TRANSLATE_NOOP("messages", " mg/kg"),
        False,
    )
    _number(
        QT_TRANSLATE_NOOP("messages", "The body weight"),
        log.weight_kg,
        WEIGHT_KG,
        QT_TRANSLATE_NOOP("messages", " kg"),
        False,
    )
    _number(
        QT_TRANSLATE_NOOP("messages", "The infusion time"),
        log.infusion_minutes,
        INFUSION_MINUTES,
        minutes,
        True,
    )
    _number(
        QT_TRANSLATE_NOOP("messages", "The time the lozenge was held"),
        log.hold_minutes,
        HOLD_MINUTES,
        minutes,
        True,
    )
    derived = computed_mg(log)
    if derived is not None and log.dose_mg is not None:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The dose is already {dose}; please give it one way only, either in mg or as "
                    "it was given.",
                ),
                dose=dose_words(log),
            )
        )


def computed_mg(log: SessionLog) -> float | None:
    """The mg worked out from esketamine devices or from mg/kg and weight, else None."""
    if log.devices is not None and log.medicine == "esketamine":
        return float(ESKETAMINE_DEVICE_MG * log.devices)
    if log.dose_mg_per_kg is not None and log.weight_kg is not None:
        return round(log.dose_mg_per_kg * log.weight_kg, 1)
    return None


def _minutes(count: int) -> str:
    return f"{count} minute" if count == 1 else f"{count} minutes"


def dose_words(log: SessionLog) -> str:
    """The dose as it was given, in words ("" when no dose is recorded).

    "2 devices (56 mg)", "0.5 mg/kg × 70 kg = 35 mg over 40 minutes",
    "200 mg lozenge held 15 minutes", "60 mg".
    """
    mg = log.dose_given_mg
    parts: list[str] = []
    if log.devices is not None:
        noun = "device" if log.devices == 1 else "devices"
        parts.append(f"{log.devices} {noun}" + (f" ({mg:g} mg)" if mg is not None else ""))
    elif log.dose_mg_per_kg is not None:
        weight = f" × {log.weight_kg:g} kg" if log.weight_kg is not None else ""
        total = f" = {mg:g} mg" if mg is not None and weight else ""
        parts.append(f"{log.dose_mg_per_kg:g} mg/kg{weight}{total}")
    elif mg is not None:
        parts.append(f"{mg:g} mg" + (" lozenge" if log.route == "lozenge" else ""))
    if log.infusion_minutes is not None:
        parts.append(f"over {_minutes(log.infusion_minutes)}")
    if log.hold_minutes is not None:
        parts.append(f"held {_minutes(log.hold_minutes)}")
    return " ".join(parts)


def medicine_words(log: SessionLog) -> str:
    """ "esketamine", "MDMA", the name of an "other" one, or "" when not recorded."""
    if log.medicine is None:
        return ""
    if log.medicine == "other":
        return log.medicine_name
    word = MEDICINE_WORDS[log.medicine]
    return f"{word} ({log.medicine_name})" if log.medicine_name else word


def vital_minutes(vital: Vital, start: datetime | None) -> float:
    """Where a reading falls in the session, in minutes from the start, for ordering."""
    if vital.at == "before":
        return float("-inf")
    if vital.at == "leaving":
        return float("inf")
    if vital.at == "40min":
        return 40.0
    clock = parse_clock(vital.at)
    if start is None:  # unplaceable against "40min": kept after "before", by the clock
        return clock.hour * 60.0 + clock.minute - 2 * 24 * 60
    moment = datetime.combine(start.date(), clock)
    return (moment - start).total_seconds() / 60.0


def ordered_vitals(log: SessionLog) -> list[Vital]:
    """The readings in the order they were taken: before, clock times, 40min, leaving."""
    return sorted(log.vitals, key=lambda v: vital_minutes(v, log.start))
