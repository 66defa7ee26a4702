"""The demo's journeys: prepared, intended, logged and integrated, as a person might."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from journal_app.domain.clock import timestamp
from journal_app.domain.integration import schedule
from journal_app.domain.journey import (
    Answer,
    Intention,
    Journey,
    Preparation,
    SessionLog,
    TimedNote,
)
from journal_app.services.guides import (
    aftercare_checklist,
    integration_steps,
    intention_prompts,
    preparation_checklist,
)

DOSES = {"IM": (45, 95, 5), "IV": (35, 70, 5), "sublingual": (200, 400, 50)}


class DemoJourneys:
    """Builds journey payloads from the demo corpus with a shared random generator."""

    def __init__(self, rng: random.Random, corpus: dict[str, Any], now: datetime) -> None:
        self._rng = rng
        self._corpus = corpus
        self._now = now

    def build(self, day: date, number: int, *, planned: bool = False) -> Journey:
        """Session ``number`` on ``day``; a planned one has only preparation under way."""
        rng = self._rng
        at = datetime.combine(day, time(10, 0)) + timedelta(minutes=rng.choice((-30, 0, 0, 30)))
        preparation = self._preparation(done=0.5 if planned else 1.0)
        intention = self._intention()
        if planned:
            return Journey(planned_at=at, preparation=preparation, intention=intention)
        journey = Journey(
            planned_at=at,
            preparation=preparation,
            intention=intention,
            session=self._session(at, number),
            aftercare=tuple(i.id for i in aftercare_checklist() if rng.random() < 0.85),
        )
        return replace(journey, integration=self._integration(journey))

    def _preparation(self, done: float) -> Preparation:
        rng, c = self._rng, self._corpus
        items = preparation_checklist()
        checked = tuple(i.id for i in items[: round(len(items) * done)] if rng.random() < 0.95)
        return Preparation(
            checked=checked,
            screening={
                "medications": rng.choice(c["screening_notes"]),
                "blood_pressure": f"{rng.randint(112, 132)}/{rng.randint(70, 84)}",
                "last_meal": "Light breakfast at 7:00",
                "sitter": rng.choice(c["sitters"]),
                "ride_home": rng.choice(c["sitters"]),
            },
        )

    def _intention(self) -> Intention:
        rng, c = self._rng, self._corpus
        prompts = rng.sample(intention_prompts(), 3)
        return Intention(
            answers={p.id: rng.choice(c["intention_answers"]) for p in prompts},
            sentence=rng.choice(c["intentions"]),
        )

    def _session(self, at: datetime, number: int) -> SessionLog:
        rng, c = self._rng, self._corpus
        route = "IM" if number < 6 else rng.choice(("IM", "IM", "sublingual", "IV"))
        low, high, step = DOSES[route]
        onset = at + timedelta(minutes=rng.randint(4, 20))
        peak = onset + timedelta(minutes=rng.randint(10, 30))
        end = peak + timedelta(minutes=rng.randint(30, 80))
        notes = tuple(
            TimedNote(onset + timedelta(minutes=k * rng.randint(4, 12)), text)
            for k, text in enumerate(rng.sample(c["session_notes"], rng.randint(2, 5)))
        )
        return SessionLog(
            start=at,
            onset=onset,
            peak=peak,
            end=end,
            setting="clinic" if route != "sublingual" else rng.choice(("home", "clinic")),
            route=route,
            dose_mg=float(rng.randrange(low, high + 1, step)),
            provider=rng.choice(c["providers"]),
            sitter_present=route == "sublingual" or rng.random() < 0.3,
            music=rng.choice(c["music"]),
            intensity=rng.randint(4, 9),
            dissociation=rng.randint(3, 9),
            body=rng.choice(c["body_sensations"]),
            notes=notes,
            narrative=rng.choice(c["session_narratives"]),
        )

    def _integration(self, journey: Journey) -> dict[str, dict[str, Answer]]:
        """Answers for every step whose window has closed; the one due now waits."""
        rng, c = self._rng, self._corpus
        steps = {s.step: s for s in integration_steps()}
        answers: dict[str, dict[str, Answer]] = {}
        for state in schedule(journey, self._now):
            if state.until > self._now or rng.random() < 0.08:  # now due, or skipped
                continue
            prompts = rng.sample(steps[state.step].prompts, 2)
            stamp = timestamp((state.due + timedelta(hours=rng.randint(1, 20))).astimezone())
            answers[state.step] = {
                p.id: Answer(rng.choice(c["integration_paragraphs"]), rng.random() < 0.1, stamp)
                for p in prompts
            }
        return answers
