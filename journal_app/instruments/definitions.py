"""Questionnaire definitions read from resources/instruments/*.toml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.texts import load_toml

INSTRUMENT_IDS = ("phq9", "gad7", "who5", "pcl5")


@dataclass(frozen=True, slots=True)
class Option:
    value: int
    label: str


@dataclass(frozen=True, slots=True)
class Band:
    start: int
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    label: str
    items: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Flag:
    """A rule that marks a result: one item above a value, the total, or any single answer.

    ``note`` is the gentle sentence shown with a raised flag, when the flag has one.
    """

    id: str
    item: int | None = None
    above: int | None = None
    total_at_least: int | None = None
    any_at_most: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Difficulty:
    """The unscored question after the items of the PHQ-9 and GAD-7: how hard it has been."""

    question: str
    options: tuple[Option, ...]

    def label(self, value: int) -> str:
        """The words of the answer ``value`` ("Somewhat difficult")."""
        return next((o.label for o in self.options if o.value == value), str(value))


@dataclass(frozen=True, slots=True)
class Instrument:
    """One questionnaire: its wording, answers, scoring rules, source and licence."""

    id: str
    version: int
    name: str
    title: str
    about: str
    time_frame: str
    source: str
    licence: str
    items: tuple[str, ...]
    options: tuple[Option, ...]
    bands: tuple[Band, ...]
    max_total: int
    higher_is_better: bool = False
    percent_factor: int | None = None
    bands_by: str = "total"
    clusters: tuple[Cluster, ...] = ()
    flags: tuple[Flag, ...] = field(default_factory=tuple)
    instruction: str = ""
    difficulty: Difficulty | None = None
    # Whether the person may note, privately, the experience the answers refer to (PCL-5).
    asks_event: bool = False

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(sorted(o.value for o in self.options))

    def band(self, score: int) -> Band:
        """The band a total (or percent, per ``bands_by``) falls in."""
        found = self.bands[0]
        for band in self.bands:
            if score >= band.start:
                found = band
        return found

    def flag(self, flag_id: str) -> Flag | None:
        return next((f for f in self.flags if f.id == flag_id), None)


def _options(raw: list[dict[str, Any]]) -> tuple[Option, ...]:
    return tuple(Option(o["value"], o["label"]) for o in raw)


def _build(raw: dict[str, Any]) -> Instrument:
    difficulty = raw.get("difficulty")
    return Instrument(
        id=raw["id"],
        version=raw["version"],
        name=raw["name"],
        title=raw["title"],
        about=raw["about"],
        time_frame=raw["time_frame"],
        source=raw["source"],
        licence=raw["licence"],
        items=tuple(raw["items"]),
        options=_options(raw["options"]),
        bands=tuple(Band(b["from"], b["id"], b["label"]) for b in raw["bands"]),
        max_total=raw["max_total"],
        higher_is_better=raw.get("higher_is_better", False),
        percent_factor=raw.get("percent_factor"),
        bands_by=raw.get("bands_by", "total"),
        clusters=tuple(
            Cluster(c["id"], c["label"], tuple(c["items"])) for c in raw.get("clusters", ())
        ),
        flags=tuple(
            Flag(
                f["id"],
                f.get("item"),
                f.get("above"),
                f.get("total_at_least"),
                f.get("any_at_most"),
                f.get("note", ""),
            )
            for f in raw.get("flags", ())
        ),
        instruction=raw.get("instruction", ""),
        difficulty=(
            Difficulty(difficulty["question"], _options(difficulty["options"]))
            if difficulty
            else None
        ),
        asks_event=raw.get("asks_event", False),
    )


@cache
def instrument(instrument_id: str) -> Instrument:
    """The questionnaire called ``instrument_id`` (phq9, gad7, who5, pcl5)."""
    key = instrument_id.strip().lower().replace("-", "")
    if key not in INSTRUMENT_IDS:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Afterglow doesn't know a questionnaire called {instrument_id!r}; it has "
                    "{options}.",
                ),
                instrument_id=instrument_id,
                options=", ".join(INSTRUMENT_IDS),
            )
        )
    return _build(load_toml(f"instruments/{key}.toml"))


def all_instruments() -> tuple[Instrument, ...]:
    return tuple(instrument(i) for i in INSTRUMENT_IDS)
