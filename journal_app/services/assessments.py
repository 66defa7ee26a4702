"""Questionnaires taken over time: store the scored answers, read the history, suggest when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from journal_app.domain.cadence import (
    INSTRUMENTS,
    CourseTimes,
    Suggestion,
    group_by_gap,
    suggestions,
)
from journal_app.domain.records import Record
from journal_app.instruments.definitions import instrument
from journal_app.instruments.scoring import Score, assessment, score
from journal_app.services.vault import VaultService


class AssessmentService:
    """PHQ-9, GAD-7, WHO-5 and PCL-5 results over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def _now(self) -> datetime:
        return self._vault.store.clock()().astimezone().replace(tzinfo=None, microsecond=0)

    def take(
        self,
        instrument_id: str,
        answers: Sequence[int],
        at: datetime | None = None,
        *,
        difficulty: int | None = None,
        event_note: str = "",
    ) -> tuple[Record, Score]:
        """Score and store a completed questionnaire (nothing is stored if it is refused).

        ``difficulty`` answers the unscored PHQ-9/GAD-7 question after the items (0-3);
        ``event_note`` is the private PCL-5 note of the experience the answers refer to.
        """
        inst = instrument(instrument_id)
        result = score(inst, answers, difficulty)
        when = (at or self._now()).replace(second=0)
        payload = assessment(inst, answers, when, difficulty, event_note)
        return self._vault.store.add(payload), result

    def history(
        self,
        instrument_id: str | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
    ) -> list[Record]:
        """Results outside the Trash, oldest first."""
        wanted = instrument(instrument_id).id if instrument_id else None
        return sorted(
            (
                r
                for r in self._vault.store.of_kind("assessment")
                if (wanted is None or r.data.instrument == wanted)
                and (start is None or r.data.at.date() >= start)
                and (end is None or r.data.at.date() <= end)
            ),
            key=lambda r: r.data.at,
        )

    def delete(self, record_id: str) -> Record:
        """Move a result to the Trash."""
        record = self._vault.store.resolve(record_id, ("assessment",))
        return self._vault.store.set_deleted(record.id, True)

    def undelete(self, record_id: str) -> Record:
        record = self._vault.store.resolve(record_id, ("assessment",))
        return self._vault.store.set_deleted(record.id, False)

    def due(
        self,
        courses: Sequence[CourseTimes] = (),
        now: datetime | None = None,
        *,
        session_starts: Sequence[datetime] | None = None,
    ) -> list[Suggestion]:
        """PHQ-9 and GAD-7 on the course clock (see :mod:`journal_app.domain.cadence`).

        ``session_starts`` is the older way to ask: the sessions are grouped into courses
        by the 21-day rule, each ended.
        """
        if session_starts is not None:
            courses = group_by_gap(session_starts)
        results = {i: [r.data.at.date() for r in self.history(i)] for i in INSTRUMENTS}
        return suggestions(results, courses, now or self._now())
