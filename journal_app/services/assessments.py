"""Questionnaires taken over time: store the scored answers, read the history, hint when due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal_app.domain.clock import shifted
from journal_app.domain.records import Record
from journal_app.instruments.definitions import instrument
from journal_app.instruments.scoring import Score, assessment, score
from journal_app.services.vault import VaultService

DUE_EVERY = timedelta(days=14)
AFTER_SESSION = (timedelta(days=7), timedelta(days=14))
HINTED = ("phq9", "gad7")
QUIET_AFTER_TAKING = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class DueHint:
    """A gentle suggestion that a questionnaire could be taken, and why.

    ``reason`` is "first" (no result yet), "two_weeks" (the last is two weeks old) or
    "after_session" (``days`` is 7 or 14 after a session).
    """

    instrument: str
    reason: str
    days: int = 0


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

    def due(self, session_starts: Sequence[datetime], now: datetime | None = None) -> list[DueHint]:
        """PHQ-9 and GAD-7 every two weeks, and at +7 and +14 days after a session.

        At most one hint per questionnaire, and none if it was taken in the last three
        days: a hint, not a nag.
        """
        moment = now or self._now()
        hints = []
        for instrument_id in HINTED:
            taken = self.history(instrument_id)
            last = taken[-1].data.at if taken else None
            if last is not None and moment - last < QUIET_AFTER_TAKING:
                continue
            after = _days_after_session(session_starts, moment, last)
            if after is not None:
                hints.append(DueHint(instrument_id, "after_session", after))
            elif last is None:
                hints.append(DueHint(instrument_id, "first"))
            elif moment - last >= DUE_EVERY:
                hints.append(DueHint(instrument_id, "two_weeks", (moment - last).days))
        return hints


def _days_after_session(
    starts: Sequence[datetime], moment: datetime, last: datetime | None
) -> int | None:
    """7 or 14 when a session was that long ago (give or take three days), not yet answered."""
    for start in sorted(starts, reverse=True):
        for offset in AFTER_SESSION:
            mark = shifted(start, offset)
            if mark <= moment < shifted(mark, QUIET_AFTER_TAKING) and (last is None or last < mark):
                return offset.days
    return None
