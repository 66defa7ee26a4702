"""The mood figures as plain JSON-ready values (``mood stats --json``)."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean
from typing import Any

from journal_app.domain.checkin import CheckIn
from journal_app.services.mood import (
    AFTER_DAYS,
    RESTED_HOURS,
    JourneyEffect,
    SleepMood,
    WindowMean,
    daily_means,
)


def rounded(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def window(window: WindowMean) -> dict[str, Any]:
    return {"mean": rounded(window.mean), "days": window.days}


def metric(checkins: Sequence[CheckIn], name: str) -> dict[str, float | None]:
    """Mean of the daily means (each day once); min and max of single check-ins."""
    values = [float(v) for c in checkins if (v := getattr(c, name)) is not None]
    if not values:
        return {"mean": None, "min": None, "max": None}
    mean = fmean(value for _, value in daily_means(checkins, name))
    return {"mean": rounded(mean), "min": rounded(min(values)), "max": rounded(max(values))}


def effect(found: JourneyEffect) -> dict[str, Any]:
    out: dict[str, Any] = {
        "journey_id": found.journey_id,
        "date": found.day.isoformat(),
        "before_7d": window(found.before),
    }
    out |= {f"after_{n}d": window(found.after[n]) for n in AFTER_DAYS}
    out |= {f"change_{n}d": rounded(found.change(n)) for n in AFTER_DAYS}
    return out


def sleep(found: SleepMood | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "n": found.n,
        "r": rounded(found.r),
        "threshold_hours": RESTED_HOURS,
        "mood_rested": window(found.rested),
        "mood_short": window(found.short),
    }
