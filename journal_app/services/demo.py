"""A seeded, realistic sample journal for newcomers, screenshots and benchmarks."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from journal_app.domain.checkin import CheckIn
from journal_app.domain.clock import timestamp
from journal_app.domain.entry import Entry
from journal_app.domain.records import Record
from journal_app.domain.revision import Revision
from journal_app.services.demo_assessments import DemoAssessments
from journal_app.services.demo_journeys import DemoJourneys, plan_courses, session_days
from journal_app.services.vault import VaultService
from journal_app.texts import load_toml

EMOTION_GROUPS = {"low": "heavy", "mid": "steady", "high": "light"}


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _tone(mood: int) -> str:
    return "low" if mood <= 4 else "mid" if mood <= 6 else "high"


class DemoWriter:
    """Writes years of entries, check-ins and journeys that tell a plausible story."""

    def __init__(self, vault: VaultService, seed: int = 1) -> None:
        self._vault = vault
        self._rng = random.Random(seed)
        self._now = datetime.max
        self._corpus = load_toml("demo/corpus.toml")
        emotions = load_toml("emotions.toml")
        self._emotions = {tone: emotions[group] for tone, group in EMOTION_GROUPS.items()}
        self._by_tone: dict[str, list[dict[str, Any]]] = {"low": [], "mid": [], "high": []}
        for paragraph in self._corpus["paragraphs"]:
            self._by_tone[paragraph["tone"]].append(paragraph)

    def _id(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def _record(self, payload: Any, at: datetime) -> Record:
        return Record.create(payload, timestamp(at.astimezone()), record_id=self._id())

    def _not_after_now(self, at: datetime) -> datetime:
        return min(at, self._now)

    # The story

    def _moods(self, days: int, sessions: list[int]) -> list[float]:
        moods, noise = [], 0.0
        series_end = sessions[min(5, len(sessions) - 1)]
        for d in range(days):
            lift = 2.2 * _clamp((d - sessions[0]) / max(series_end + 60 - sessions[0], 1), 0, 1)
            season = 0.45 * math.cos(2 * math.pi * (d % 365) / 365)
            glow = sum(1.4 * math.exp(-(d - s) / 9) for s in sessions if 0 <= d - s < 60)
            noise = 0.6 * noise + self._rng.gauss(0, 0.8)
            moods.append(_clamp(3.9 + lift + season + glow + noise, 1, 10))
        return moods

    def write(self, years: int) -> dict[str, int]:
        """Fill the unlocked vault; return how many of each kind were written."""
        store = self._vault.store
        self._now = store.clock()().astimezone().replace(tzinfo=None, second=0, microsecond=0)
        today = self._now.date()
        start = today - timedelta(days=365 * years - 1)
        days = (today - start).days + 1
        courses = plan_courses(self._rng, days)
        sessions = session_days(courses)
        moods = self._moods(days, sessions)
        # Each course's record comes with its journeys'.
        maker = DemoJourneys(self._rng, self._corpus, self._now)
        journeys = [r for c in courses for r in maker.records(start, c, self._record)]
        care = maker.care_records(journeys, self._record)  # weekly checks, questions list
        questionnaires = DemoAssessments(self._rng, start, moods).build(days, sessions)
        counts = {
            "entries": 0,
            "check-ins": 0,
            "courses": len(courses),
            "journeys": sum(r.kind == "journey" for r in journeys),
            "weekly checks": sum(r.kind == "weekly_check" for r in care),
            "questionnaires": len(questionnaires),
        }
        store.put_many(journeys + care)
        store.put_many(
            self._record(a, self._not_after_now(a.at + timedelta(minutes=5)))
            for a in questionnaires
        )
        batch: list[Record] = []
        for d in range(days):
            day = start + timedelta(d)
            since = [d - s for s in sessions if 0 <= d - s < 14]
            entries = self._entries(day, round(moods[d]), bool(since))
            checkins = self._checkins(day, moods[d])
            counts["entries"] += sum(r.kind == "entry" for r in entries)
            counts["check-ins"] += len(checkins)
            batch += entries + checkins
            if len(batch) > 2000:
                store.put_many(batch)
                batch = []
        store.put_many(batch)
        return counts

    # Pieces

    def _body(self, tone: str, integrating: bool) -> tuple[str, list[str]]:
        rng = self._rng
        chosen = rng.sample(self._by_tone[tone], rng.randint(3, 5))
        tags = [t for p in chosen for t in p["tags"]]
        texts = [p["text"].strip() for p in chosen]
        if integrating:
            texts.insert(rng.randint(0, 1), rng.choice(self._corpus["integration_paragraphs"]))
            tags.insert(0, "integration")
        return "\n\n".join(texts), list(dict.fromkeys(tags))[:3]

    def _entries(self, day: date, mood: int, integrating: bool) -> list[Record]:
        rng = self._rng
        count = 0 if rng.random() < 0.1 else 2 if rng.random() < 0.05 else 1
        records: list[Record] = []
        for _ in range(count):
            body, tags = self._body(_tone(mood), integrating)
            entry = Entry(
                body=body,
                day=day,
                title=rng.choice(self._corpus["titles"]) if rng.random() < 0.35 else "",
                tags=tuple(tags),
                private=rng.random() < 0.07,
                mood=mood if rng.random() < 0.3 else None,
            )
            at = self._not_after_now(
                datetime.combine(day, time(21, 0)) + timedelta(minutes=rng.randint(-180, 90))
            )
            record = self._record(entry, at)
            roll = rng.random()
            if roll < 0.04:
                records += self._edited(record, at)
            else:
                if roll > 0.997:
                    record = replace(record, deleted_at=timestamp(at.astimezone()), rev=2)
                records.append(record)
        return records

    def _edited(self, record: Record, at: datetime) -> list[Record]:
        later = self._not_after_now(at + timedelta(hours=self._rng.randint(1, 30)))
        before = record.to_dict()
        extra = self._rng.choice(self._corpus["checkin_notes"])
        entry = replace(record.data, body=f"{record.data.body}\n\n{extra}")
        revision = self._record(Revision(record.id, before), later)
        return [record.revised(entry, timestamp(later.astimezone())), revision]

    def _checkins(self, day: date, mood: float) -> list[Record]:
        rng = self._rng
        if rng.random() < 0.08:
            return []
        level = round(mood)
        sleep = round(_clamp(6.4 + (mood - 5) * 0.3 + rng.gauss(0, 0.8), 3, 11) * 2) / 2
        at = datetime.combine(day, time(20, 0)) + timedelta(minutes=rng.randint(0, 150))
        checkin = CheckIn(
            at=self._not_after_now(at),
            mood=int(level),
            anxiety=int(_clamp(round(9 - 0.75 * mood + rng.gauss(0, 1)), 0, 10)),
            energy=int(_clamp(round(0.8 * mood + rng.gauss(0, 1.2)), 0, 10)),
            sleep_hours=sleep,
            sleep_quality=int(_clamp(round(1 + (sleep - 4) / 1.4 + rng.gauss(0, 0.5)), 1, 5)),
            emotions=tuple(rng.sample(self._emotions[_tone(level)], rng.randint(1, 3))),
            note=rng.choice(self._corpus["checkin_notes"]) if rng.random() < 0.3 else "",
        )
        return [self._record(checkin, checkin.at)]


def build_demo(vault: VaultService, passphrase: str, *, years: int, seed: int) -> dict[str, int]:
    """Make a sample journal in the vault's empty folder, whole or not at all.

    It is built aside and moved in at the end, so a kill part way leaves no half journal
    to refuse the next run; return how many of each kind were written.
    """
    with vault.building_aside() as aside:
        aside.create(passphrase)
        counts = DemoWriter(aside, seed=seed).write(years=years)
    return counts
