"""Mood check-ins: store and list (charts come with the mood page)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from journal_app.domain.checkin import CheckIn
from journal_app.domain.records import Record
from journal_app.services.vault import VaultService


class CheckInService:
    """Check-ins over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def add(
        self,
        mood: int,
        *,
        at: datetime | None = None,
        anxiety: int | None = None,
        energy: int | None = None,
        sleep_hours: float | None = None,
        sleep_quality: int | None = None,
        emotions: Iterable[str] = (),
        note: str = "",
    ) -> Record:
        """Record how someone is right now (or at ``at``, a wall-clock time)."""
        store = self._vault.store
        when = at or store.clock()().astimezone().replace(tzinfo=None, second=0, microsecond=0)
        checkin = CheckIn(
            at=when,
            mood=mood,
            anxiety=anxiety,
            energy=energy,
            sleep_hours=sleep_hours,
            sleep_quality=sleep_quality,
            emotions=tuple(emotions),
            note=note,
        )
        return store.add(checkin)

    def get(self, id_or_prefix: str) -> Record:
        return self._vault.store.resolve(id_or_prefix, ("checkin",))

    def update(self, id_or_prefix: str, *, keep_revision: bool = True, **changes: Any) -> Record:
        """Change fields of a check-in (mood, note, even its time).

        The earlier version is kept, unless ``keep_revision`` is False: details added
        to a check-in made a moment ago complete it rather than change its history.
        """
        record = self.get(id_or_prefix)
        if "emotions" in changes:
            changes["emotions"] = tuple(changes["emotions"])
        return self._vault.store.update(
            record.id, replace(record.data, **changes), keep_revision=keep_revision
        )

    def delete(self, id_or_prefix: str) -> Record:
        """Move a check-in to the Trash."""
        return self._vault.store.set_deleted(self.get(id_or_prefix).id, True)

    def undelete(self, id_or_prefix: str) -> Record:
        return self._vault.store.set_deleted(self.get(id_or_prefix).id, False)

    def checkins(self, *, start: date | None = None, end: date | None = None) -> list[Record]:
        """Check-ins outside the Trash, oldest first."""
        return sorted(
            (
                r
                for r in self._vault.store.of_kind("checkin")
                if (start is None or r.data.at.date() >= start)
                and (end is None or r.data.at.date() <= end)
            ),
            key=lambda r: r.data.at,
        )
