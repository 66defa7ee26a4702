"""Journeys: store and list medicine sessions (the guided flow builds on this)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from journal_app.domain.journey import Intention, Journey, SessionLog, TimedNote
from journal_app.domain.records import Record
from journal_app.services.vault import VaultService

KINDS = ("journey",)


class JourneyService:
    """Journeys over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def add(
        self,
        when: datetime,
        *,
        session: SessionLog | None = None,
        intention: str = "",
        notes: str = "",
    ) -> Record:
        """Plan or log a journey at ``when``; a past one is logged as the session's start."""
        store = self._vault.store
        log = session or SessionLog()
        now = store.clock()().astimezone().replace(tzinfo=None)
        if log.start is None and when <= now:
            log = replace(log, start=when)
        if notes.strip():
            stamped = (*log.notes, TimedNote(log.start or when, notes.strip()))
            log = replace(log, notes=stamped)
        journey = Journey(
            planned_at=when, intention=Intention(sentence=intention.strip()), session=log
        )
        return store.add(journey)

    def get(self, id_or_prefix: str) -> Record:
        return self._vault.store.resolve(id_or_prefix, KINDS)

    def journeys(self) -> list[Record]:
        """Journeys outside the Trash in the order they happen."""
        return sorted(self._vault.store.of_kind("journey"), key=lambda r: r.data.when)

    def number_in_series(self, record: Record) -> tuple[int, int]:
        """Return (n, total): this is session n of total."""
        ordered = [r.id for r in self.journeys()]
        return ordered.index(record.id) + 1, len(ordered)
