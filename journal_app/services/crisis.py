"""Crisis lines by region, from resources/crisis.toml."""

from __future__ import annotations

from dataclasses import dataclass

from journal_app.texts import load_toml

DEFAULT_REGION = "elsewhere"


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    how: str
    hours: str


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class CrisisInfo:
    intro: str
    monitoring: str
    emergency: str
    regions: tuple[Region, ...]

    def region(self, region_id: str | None) -> Region:
        """The region asked for, or "Elsewhere" when it is unknown or unset."""
        for region in self.regions:
            if region.id == region_id:
                return region
        return next(r for r in self.regions if r.id == DEFAULT_REGION)


def crisis_info() -> CrisisInfo:
    raw = load_toml("crisis.toml")
    return CrisisInfo(
        intro=raw["intro"],
        monitoring=raw["monitoring"],
        emergency=raw["emergency"],
        regions=tuple(
            Region(
                r["id"],
                r["name"],
                tuple(Line(x["name"], x["how"], x.get("hours", "")) for x in r["lines"]),
            )
            for r in raw["regions"]
        ),
    )


def crisis_text(region_id: str | None = None) -> str:
    """The crisis lines as plain text, for the command line."""
    info = crisis_info()
    lines = [info.intro, ""]
    regions = [info.region(region_id)] if region_id else list(info.regions)
    for region in regions:
        lines.append(f"{region.name}:")
        lines += [f"  {line.name}: {line.how}" for line in region.lines]
    lines += ["", info.emergency, info.monitoring]
    return "\n".join(lines)
