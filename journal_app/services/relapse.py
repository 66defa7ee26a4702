"""The relapse watch over the unlocked vault: daily mood means after an induction course."""

from __future__ import annotations

from datetime import datetime, timedelta

from journal_app.domain.clock import shifted
from journal_app.domain.relapse import QUIET, WINDOW_DAYS, Watch, watch
from journal_app.services.mood import daily_means
from journal_app.services.vault import VaultService


class RelapseService:
    """Reads the check-ins' daily mood for the four weeks after an induction's last session."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def _now(self) -> datetime:
        return self._vault.store.clock()().astimezone().replace(tzinfo=None, microsecond=0)

    def watch(self, last_session: datetime | None, now: datetime | None = None) -> Watch:
        """The watch at ``now``; quiet when there is no ended induction (``None``)."""
        if last_session is None:
            return QUIET
        checkins = [record.data for record in self._vault.store.of_kind("checkin")]
        since = shifted(last_session.date(), timedelta(days=-WINDOW_DAYS))  # the course's week
        daily = dict(daily_means(checkins, "mood", start=since))
        return watch(last_session, daily, now or self._now())
