"""Change in questionnaire scores since before a series of sessions, by published rules.

One pure module, used by the Mood page, the therapist summary and ``mood stats``. Every
rule and number here has its source in docs/measurement.md; change them there first.

- A *series* (a course of sessions) starts at a session with no other session in the
  60 days before it. A result belongs to the last series that started before it.
- The *baseline* is the latest result taken before the series' first session started and
  no more than 30 days before that session's day. An older result is not a baseline:
  too much can change in a year for it to say where the person stood when they began.
- *Change* is latest minus baseline: points, or percentage points for WHO-5.
- *Reliable change* compares the change with the smallest change the questionnaire can
  show beyond measurement error: PHQ-9 6 points, GAD-7 4, PCL-5 10, WHO-5 10 percentage
  points. Worse by that much is "deteriorated", better by that much "improved".
- *Response* (a fall of 50% or more) and *remission* (below the cut-off) are defined only
  for a baseline in the elevated range (PHQ-9 and GAD-7 10 or more, PCL-5 33 or more);
  otherwise they are None, "not applicable". WHO-5 has neither.

Nothing here is a diagnosis: these are figures to talk over with a care team.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

SERIES_GAP_DAYS = 60
BASELINE_DAYS = 30
INSTRUMENTS = ("phq9", "gad7", "who5", "pcl5")
RELIABLE_CHANGE = {"phq9": 6, "gad7": 4, "pcl5": 10, "who5": 10}
HIGHER_IS_BETTER = frozenset({"who5"})
ELEVATED_FROM = {"phq9": 10, "gad7": 10, "pcl5": 33}
REMISSION_BELOW = {"phq9": 5, "gad7": 5, "pcl5": 33}

Reliable = Literal["improved", "deteriorated", "unchanged"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One result: when, its total, and (WHO-5) the total as a percentage."""

    at: datetime
    total: int
    percent: int | None = None

    @property
    def on(self) -> date:
        return self.at.date()

    @property
    def points(self) -> int:
        """What change is measured in: the percentage for WHO-5, else the total."""
        return self.total if self.percent is None else self.percent


@dataclass(frozen=True, slots=True)
class Measure:
    """A questionnaire's latest result against its baseline before the series."""

    instrument: str
    latest: Reading | None
    series_start: datetime | None = None
    baseline: Reading | None = None
    change: int | None = None
    reliable: Reliable | None = None
    response: bool | None = None
    remission: bool | None = None

    @property
    def applicable(self) -> bool:
        """True when response and remission mean something: the baseline was elevated."""
        return self.response is not None


def series_starts(sessions: Iterable[datetime]) -> list[datetime]:
    """Sessions that begin a series: no other session in the 60 days before."""
    starts: list[datetime] = []
    previous: datetime | None = None
    for moment in sorted(sessions):
        if previous is None or (moment.date() - previous.date()).days > SERIES_GAP_DAYS:
            starts.append(moment)
        previous = moment
    return starts


def baseline_for(results: Iterable[Reading], series_start: datetime) -> Reading | None:
    """The latest result before ``series_start`` and within 30 days of its day."""
    earliest = series_start.date() - timedelta(days=BASELINE_DAYS)
    found = [r for r in results if r.at < series_start and r.on >= earliest]
    return max(found, key=lambda r: r.at) if found else None


def reliable_change(instrument: str, change: int) -> Reliable:
    """Improved or deteriorated by at least the reliable-change amount, else unchanged."""
    better = change if instrument in HIGHER_IS_BETTER else -change
    threshold = RELIABLE_CHANGE[instrument]
    if better >= threshold:
        return "improved"
    if better <= -threshold:
        return "deteriorated"
    return "unchanged"


def measure(
    instrument: str,
    results: Iterable[Reading],
    sessions: Iterable[datetime],
    *,
    start: date | None = None,
    end: date | None = None,
) -> Measure:
    """Baseline, latest, change, reliable change, response and remission (module notes).

    The latest result is the last one on or before ``end``, reported only when it is on
    or after ``start``. The baseline may lie before ``start``: it belongs to the series.
    """
    if instrument not in RELIABLE_CHANGE:
        raise ValueError(f"no change rules for {instrument!r}")
    taken = sorted((r for r in results if end is None or r.on <= end), key=lambda r: r.at)
    latest = taken[-1] if taken else None
    if latest is None or (start is not None and latest.on < start):
        return Measure(instrument, None)
    begun = [s for s in series_starts(sessions) if s < latest.at]
    if not begun:
        return Measure(instrument, latest)
    series = begun[-1]
    baseline = baseline_for(taken, series)
    if baseline is None:
        return Measure(instrument, latest, series)
    change = latest.points - baseline.points
    response = remission = None
    elevated = ELEVATED_FROM.get(instrument)
    if elevated is not None and baseline.total >= elevated:
        response = 2 * latest.total <= baseline.total
        remission = latest.total < REMISSION_BELOW[instrument]
    return Measure(
        instrument,
        latest,
        series,
        baseline,
        change,
        reliable_change(instrument, change),
        response,
        remission,
    )


def to_json(found: Measure) -> dict[str, object]:
    """The shape ``mood stats --json`` gives under ``questionnaires``."""

    def reading(r: Reading | None) -> dict[str, object] | None:
        if r is None:
            return None
        out: dict[str, object] = {"date": r.on.isoformat(), "total": r.total}
        if r.percent is not None:
            out["percent"] = r.percent
        return out

    return {
        "baseline": reading(found.baseline),
        "latest": reading(found.latest),
        "change": found.change,
        "unit": "percentage points" if found.instrument in HIGHER_IS_BETTER else "points",
        "reliable": found.reliable,
        "response": found.response,
        "remission": found.remission,
        "series_start": found.series_start.date().isoformat() if found.series_start else None,
    }
