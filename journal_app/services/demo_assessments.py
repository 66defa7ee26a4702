"""The demo's questionnaires: every two weeks and after sessions, following the mood."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from journal_app.domain.assessment import Assessment
from journal_app.instruments.definitions import Instrument, instrument
from journal_app.instruments.scoring import assessment

EVERY = 14
AFTER_SESSION = (7, 14)


def spread(total: int, items: int, top: int, rng: random.Random, last_zero: bool) -> list[int]:
    """Answers adding up to ``total`` (capped), scattered over the items at random."""
    slots = list(range(items - 1 if last_zero else items))
    answers = [0] * items
    room = min(total, len(slots) * top)
    while room > 0:
        slot = rng.choice(slots)
        if answers[slot] < top:
            answers[slot] += 1
            room -= 1
    return answers


class DemoAssessments:
    """Scores that move with the demo's mood: worse before the first series, better after."""

    def __init__(self, rng: random.Random, start: date, moods: Sequence[float]) -> None:
        self._rng = rng
        self._start = start
        self._moods = moods

    def _recent_mood(self, day: int) -> float:
        window = self._moods[max(0, day - 13) : day + 1]
        return sum(window) / len(window)

    def _answers(self, inst: Instrument, day: int) -> list[int]:
        rng, mood = self._rng, self._recent_mood(day)
        top = inst.values[-1]
        if inst.id == "who5":
            raw = round(mood * 2.6 - 2 + rng.gauss(0, 1.5))
            return spread(max(0, min(25, raw)), len(inst.items), top, rng, last_zero=False)
        severity = {"phq9": 3.2, "gad7": 2.3, "pcl5": 7.5}[inst.id]
        total = round((9.5 - mood) * severity + rng.gauss(0, 1.6))
        total = max(0, min(inst.max_total, total))
        # Item 9 of the PHQ-9 stays 0 in the demo: screenshots should not raise alarms.
        return spread(total, len(inst.items), top, rng, last_zero=inst.id == "phq9")

    def build(self, days: int, session_days: Sequence[int]) -> list[Assessment]:
        """Every questionnaire the demo person took, oldest first."""
        taken: dict[int, set[str]] = {}
        for day in range(0, days, EVERY):
            taken.setdefault(day, set()).update({"phq9", "gad7"})
        for day in range(7, days, 30):
            taken.setdefault(day, set()).add("who5")
        for day in range(20, days, 91):
            taken.setdefault(day, set()).add("pcl5")
        for session in session_days:
            for offset in AFTER_SESSION:
                if session + offset < days:
                    taken.setdefault(session + offset, set()).update({"phq9", "gad7"})
        results = []
        for day in sorted(taken):
            when = datetime.combine(self._start + timedelta(day), time(19, 30))
            for instrument_id in sorted(taken[day]):
                inst = instrument(instrument_id)
                results.append(assessment(inst, self._answers(inst, day), when))
        return results
