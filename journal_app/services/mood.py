"""Mood figures from the person's own check-ins, sessions and questionnaires.

Everything here is descriptive: averages and differences of what was entered, never a
diagnosis. Days are local journal days (the wall-clock date of a check-in or session).

Choices, so the figures mean the same thing everywhere:

- A day's value is the mean of that day's check-ins, so a day with five check-ins weighs
  the same as a day with one. Days without data are missing, never zero.
- Around a session on day ``d``: *before* is days ``d-7 .. d-1``; *after N* is days
  ``d+1 .. d+N``. The session day itself is in neither, since it mostly shows the
  session's own effects. Windows of close sessions overlap; each is still reported whole.
- Questionnaire change (baseline, reliable change, response, remission) follows the
  published rules in :mod:`journal_app.services.measurement` and docs/measurement.md.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import StatisticsError, correlation, fmean
from typing import Any

from journal_app.domain.assessment import Assessment
from journal_app.domain.checkin import CheckIn
from journal_app.domain.clock import shifted
from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.journeys import JourneyService
from journal_app.services.measurement import INSTRUMENTS, Measure, Reading, measure, to_json
from journal_app.services.vault import VaultService

METRICS = ("mood", "anxiety", "energy", "sleep_hours", "sleep_quality")
BEFORE_DAYS = 7
AFTER_DAYS = (7, 14, 30)
MIN_PAIRED_DAYS = 14
RESTED_HOURS = 7.0
NOTE = "Descriptive figures from your own entries, not a diagnosis."

Point = tuple[date, float]


def check_range(start: date | None, end: date | None) -> None:
    """Refuse a range whose start comes after its end."""
    if start is not None and end is not None and start > end:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The start date {start} comes after the end date {end}; swap them and try "
                    "again.",
                ),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        )


def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def daily_means(
    checkins: Iterable[CheckIn], metric: str, start: date | None = None, end: date | None = None
) -> list[Point]:
    """The per-day mean of one check-in metric, oldest first, skipping days without it."""
    if metric not in METRICS:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no check-in figure called {metric!r}."),
                metric=metric,
            )
        )
    by_day: dict[date, list[float]] = defaultdict(list)
    for checkin in checkins:
        value = getattr(checkin, metric)
        day = checkin.at.date()
        if value is not None and _within(day, start, end):
            by_day[day].append(float(value))
    return [(day, fmean(values)) for day, values in sorted(by_day.items())]


def rolling_mean(points: Sequence[Point], window_days: int = 7) -> list[Point]:
    """For each point, the mean of the points in the ``window_days`` calendar days ending then.

    ``points`` must be in date order with one point a day (as :func:`daily_means` gives).
    Missing days are left out of the mean, not counted as zero. One pass with a running
    sum; the result is held within the window's own lowest and highest value, so rounding
    in the running sum can never show a mean no day had room for.
    """
    if window_days < 1:
        raise ValueError("window_days must be 1 or more")
    result: list[Point] = []
    window: deque[tuple[int, float]] = deque()
    lows: deque[tuple[int, float]] = deque()  # rising values: the window's minimum first
    highs: deque[tuple[int, float]] = deque()  # falling values: the window's maximum first
    total = 0.0
    previous: int | None = None
    for day, value in points:
        ordinal = day.toordinal()
        if previous is not None and ordinal <= previous:
            raise ValueError("points must be in date order, one a day")
        previous = ordinal
        first = ordinal - window_days + 1
        while window and window[0][0] < first:
            total -= window.popleft()[1]
        if not window:
            total = 0.0  # start afresh, leaving no rounding behind
        while lows and lows[0][0] < first:
            lows.popleft()
        while highs and highs[0][0] < first:
            highs.popleft()
        window.append((ordinal, value))
        total += value
        while lows and lows[-1][1] >= value:
            lows.pop()
        lows.append((ordinal, value))
        while highs and highs[-1][1] <= value:
            highs.pop()
        highs.append((ordinal, value))
        mean = total / len(window)
        result.append((day, min(max(mean, lows[0][1]), highs[0][1])))
    return result


@dataclass(frozen=True, slots=True)
class WindowMean:
    """The mean of the days in a window that had data, and how many did."""

    mean: float | None
    days: int


def window_mean(daily: Mapping[date, float], first: date, last: date) -> WindowMean:
    """The mean of the daily values from ``first`` to ``last``, both included."""
    values = [
        daily[day]
        for offset in range((last - first).days + 1)
        if (day := first + timedelta(days=offset)) in daily
    ]
    return WindowMean(fmean(values) if values else None, len(values))


@dataclass(frozen=True, slots=True)
class JourneyEffect:
    """Mood in the week before a session and in the 7, 14 and 30 days after it."""

    journey_id: str
    day: date
    before: WindowMean
    after: dict[int, WindowMean]

    def change(self, days: int = 7) -> float | None:
        """After-minus-before for the ``days`` after, or None when either side is empty."""
        after = self.after[days].mean
        if after is None or self.before.mean is None:
            return None
        return after - self.before.mean


def journey_effect(journey_id: str, day: date, daily: Mapping[date, float]) -> JourneyEffect:
    """Before = days d-7..d-1, after N = days d+1..d+N (the session day is in neither)."""
    before = window_mean(
        daily, shifted(day, timedelta(days=-BEFORE_DAYS)), shifted(day, timedelta(days=-1))
    )
    after = {
        n: window_mean(daily, shifted(day, timedelta(days=1)), shifted(day, timedelta(days=n)))
        for n in AFTER_DAYS
    }
    return JourneyEffect(journey_id, day, before, after)


@dataclass(frozen=True, slots=True)
class SleepMood:
    """How the day's sleep and the day's mood went together."""

    n: int
    r: float | None
    rested: WindowMean  # mood on days after RESTED_HOURS or more of sleep
    short: WindowMean  # mood on days after less


def sleep_mood(sleep: Sequence[Point], mood: Sequence[Point]) -> SleepMood | None:
    """Pearson r over days with both figures; None with fewer than 14 such days.

    ``r`` is None when either figure never changes (there is no correlation to speak of).
    """
    moods = dict(mood)
    pairs = [(hours, moods[day]) for day, hours in sleep if day in moods]
    if len(pairs) < MIN_PAIRED_DAYS:
        return None
    try:
        r: float | None = correlation([h for h, _ in pairs], [m for _, m in pairs])
    except StatisticsError:
        r = None
    rested = [m for h, m in pairs if h >= RESTED_HOURS]
    short = [m for h, m in pairs if h < RESTED_HOURS]
    return SleepMood(
        n=len(pairs),
        r=None if r is None else max(-1.0, min(1.0, r)),
        rested=WindowMean(fmean(rested) if rested else None, len(rested)),
        short=WindowMean(fmean(short) if short else None, len(short)),
    )


class MoodService:
    """Descriptive mood figures over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault
        self._journeys = JourneyService(vault)

    def _checkins(self) -> list[CheckIn]:
        return [r.data for r in self._vault.store.of_kind("checkin")]

    def _sessions(self) -> list[tuple[str, datetime]]:
        """Journeys whose session has started, as (id, start), in order."""
        now = self._journeys.now()
        return [
            (record.id, start)
            for record in self._journeys.journeys()
            if (start := record.data.session.start) is not None and start <= now
        ]

    def daily(self, metric: str, start: date | None = None, end: date | None = None) -> list[Point]:
        """The per-day mean of a check-in figure, skipping days without it."""
        return daily_means(self._checkins(), metric, start, end)

    def journey_effects(
        self, start: date | None = None, end: date | None = None
    ) -> list[JourneyEffect]:
        """Mood before and after each started session (sessions on days in the range).

        The windows read every check-in, even outside the range: they belong to the session.
        """
        daily = dict(self.daily("mood"))
        return [
            journey_effect(journey_id, moment.date(), daily)
            for journey_id, moment in self._sessions()
            if _within(moment.date(), start, end)
        ]

    def readings(self) -> dict[str, list[Reading]]:
        """Every questionnaire result in the journal, by instrument, as readings."""
        found: dict[str, list[Reading]] = {i: [] for i in INSTRUMENTS}
        for record in self._vault.store.of_kind("assessment"):
            result: Assessment = record.data
            if result.instrument in found:
                percent = result.extra.get("percent")
                found[result.instrument].append(
                    Reading(result.at, result.total, percent if isinstance(percent, int) else None)
                )
        return found

    def session_starts(self) -> list[datetime]:
        """When each started session began, in order."""
        return [moment for _, moment in self._sessions()]

    def questionnaire_changes(
        self, start: date | None = None, end: date | None = None
    ) -> dict[str, Measure]:
        """Each questionnaire's change since before its series of sessions (measurement)."""
        sessions = self.session_starts()
        return {
            instrument: measure(instrument, taken, sessions, start=start, end=end)
            for instrument, taken in self.readings().items()
        }

    def sleep_mood_correlation(
        self, start: date | None = None, end: date | None = None
    ) -> SleepMood | None:
        """Sleep hours against mood, day by day; None with fewer than 14 days having both."""
        checkins = self._checkins()
        return sleep_mood(
            daily_means(checkins, "sleep_hours", start, end),
            daily_means(checkins, "mood", start, end),
        )

    def stats(self, start: date | None = None, end: date | None = None) -> dict[str, Any]:
        """Every figure as one JSON-ready dict (means rounded to 2 decimals)."""
        from journal_app.services import mood_json  # it builds on this module's types

        check_range(start, end)
        checkins = [c for c in self._checkins() if _within(c.at.date(), start, end)]
        return {
            "range": {
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
            },
            "checkins": {
                "count": len(checkins),
                "days": len({c.at.date() for c in checkins}),
                **{metric: mood_json.metric(checkins, metric) for metric in METRICS},
            },
            "journeys": [mood_json.effect(e) for e in self.journey_effects(start, end)],
            "questionnaires": {
                instrument: to_json(found)
                for instrument, found in self.questionnaire_changes(start, end).items()
            },
            "sleep_mood": mood_json.sleep(self.sleep_mood_correlation(start, end)),
            "note": NOTE,
        }
