"""Crisis lines by region, from resources/crisis.toml, and the region a person is in.

The person's region is the one they chose in Settings, else the one their computer's
locale names (``fr_CA.UTF-8`` is Canada); a locale we have no lines for is "elsewhere".
Where each number comes from, and how to re-check it, is in docs/crisis-lines.md.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from journal_app.texts import load_toml

DEFAULT_REGION = "elsewhere"
KINDS = ("crisis", "peer_support", "emergency")
# The variables that name the locale, strongest first (POSIX: LC_ALL overrides the rest).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
# language[_TERRITORY][.codeset][@modifier], or a BCP 47 tag such as en-CA.
_LOCALE = re.compile(r"^[A-Za-z]{2,3}[_-](?P<country>[A-Za-z]{2})(?:[._@]|$)")


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    how: str
    hours: str
    kind: str
    source: str
    verified_on: date

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "how": self.how,
            "hours": self.hours,
            "kind": self.kind,
            "source": self.source,
            "verified_on": self.verified_on.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str
    countries: tuple[str, ...]
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class CrisisInfo:
    intro: str
    monitoring: str
    emergency: str
    regions: tuple[Region, ...]

    def ids(self) -> tuple[str, ...]:
        return tuple(region.id for region in self.regions)

    def find(self, region_id: str | None) -> Region | None:
        """The region with this id, or None."""
        return next((r for r in self.regions if r.id == region_id), None)

    def region(self, region_id: str | None) -> Region:
        """The region asked for, or "Elsewhere" when it is unknown or unset."""
        found = self.find(region_id)
        return found if found is not None else self._elsewhere()

    def for_country(self, country: str) -> Region:
        """The region whose lines serve this ISO country code, or "Elsewhere"."""
        wanted = country.upper()
        for region in self.regions:
            if wanted in region.countries:
                return region
        return self._elsewhere()

    def ordered(self, first: str | None) -> tuple[Region, ...]:
        """Every region: ``first`` at the top, the others in file order, Elsewhere last."""
        head = self.region(first)
        rest = [r for r in self.regions if r.id not in (head.id, DEFAULT_REGION)]
        tail = [] if head.id == DEFAULT_REGION else [self._elsewhere()]
        return (head, *rest, *tail)

    def _elsewhere(self) -> Region:
        return next(r for r in self.regions if r.id == DEFAULT_REGION)


def crisis_info() -> CrisisInfo:
    """The crisis lines shipped with Afterglow."""
    return parse_crisis(load_toml("crisis.toml"))


def parse_crisis(raw: Mapping[str, Any]) -> CrisisInfo:
    """Read the crisis.toml structure, refusing a line that lacks what it must say.

    Raises:
        ValueError: a line without a known kind, a source or a verified_on date, or no
            "elsewhere" region.
    """
    regions = tuple(_region(r) for r in raw["regions"])
    if not any(r.id == DEFAULT_REGION for r in regions):
        raise ValueError(f'crisis.toml has no "{DEFAULT_REGION}" region to fall back on.')
    return CrisisInfo(raw["intro"], raw["monitoring"], raw["emergency"], regions)


def _region(raw: Mapping[str, Any]) -> Region:
    where = f"crisis.toml, region {raw.get('id')!r}"
    lines = tuple(_line(x, where) for x in raw["lines"])
    if not lines:
        raise ValueError(f"{where} has no lines.")
    countries = tuple(str(c).upper() for c in raw.get("countries", ()))
    return Region(str(raw["id"]), str(raw["name"]), countries, lines)


def _line(raw: Mapping[str, Any], where: str) -> Line:
    where = f"{where}, line {raw.get('name')!r}"
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind is {kind!r}; it must be one of {', '.join(KINDS)}.")
    source = raw.get("source", "")
    if not str(source).startswith("https://"):
        raise ValueError(f"{where}: source must be the https:// address of its official page.")
    checked = raw.get("verified_on")
    if not isinstance(checked, date):
        raise ValueError(f"{where}: verified_on must be a date such as 2026-12-05.")
    return Line(str(raw["name"]), str(raw["how"]), str(raw.get("hours", "")), kind, source, checked)


def country_of_locale(name: str) -> str | None:
    """The country part of a locale name ("fr_CA.UTF-8" -> "CA"), or None ("C", "POSIX")."""
    found = _LOCALE.match(name.strip())
    return found.group("country").upper() if found else None


def region_for_locale(name: str, info: CrisisInfo | None = None) -> str:
    """The region id for a locale such as "en_CA" or "de_DE.UTF-8"; unknown -> "elsewhere"."""
    info = crisis_info() if info is None else info
    country = country_of_locale(name)
    return info.for_country(country).id if country else DEFAULT_REGION


def system_locale(env: Mapping[str, str] | None = None) -> str:
    """The locale name from LC_ALL, LC_MESSAGES or LANG, else Python's; "" if none is set."""
    env = os.environ if env is None else env
    for variable in LOCALE_VARIABLES:
        if env.get(variable):
            return env[variable]
    if env is not os.environ:
        return ""  # a given environment is the whole truth (tests, the command line)
    language, _ = locale.getlocale()
    return language or ""


def person_region(chosen: str | None, locale_name: str, info: CrisisInfo | None = None) -> str:
    """The region chosen in Settings when it is one we know, else the locale's."""
    info = crisis_info() if info is None else info
    if chosen and info.find(chosen) is not None:
        return chosen
    return region_for_locale(locale_name, info)


def region_lines(region: Region, indent: str = "  ") -> list[str]:
    """One region as plain text: its name, then a line per number."""
    out = [f"{region.name}:"]
    for line in region.lines:
        hours = f" — {line.hours}" if line.hours else ""
        out.append(f"{indent}{line.name}: {line.how}{hours}")
    return out


def other_regions_hint(info: CrisisInfo) -> str:
    return f"Other regions: journal-app help-now --region CODE (codes: {', '.join(info.ids())})"


def crisis_text(region_id: str | None = None, locale_name: str | None = None) -> str:
    """The crisis lines as plain text for the command line, the person's region first.

    The region chosen in Settings, else the locale's, is shown alone with how to see the
    others: a short screen for someone who may be struggling. Only when neither names a
    region we have lines for does every region follow "Elsewhere".
    """
    info = crisis_info()
    name = system_locale() if locale_name is None else locale_name
    first = person_region(region_id, name, info)
    lines = [info.intro, ""]
    if first != DEFAULT_REGION:
        lines += region_lines(info.region(first))
        lines += ["", other_regions_hint(info)]
    else:
        for region in info.ordered(first):
            if region.id != first:
                lines.append("")
            lines += region_lines(region)
    lines += ["", info.emergency, info.monitoring]
    return "\n".join(lines)
