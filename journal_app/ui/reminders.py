"""Gentle reminders while Afterglow runs: integration steps and the daily check-in.

Unlocked, the journal says what is due. When it locks, the next week's reminder moments
are kept in memory (moments and keys only, never what they are about), so reminders
still come while the window waits at the passphrase; what was shown then is written into
the journal at the next unlock. A reminder counts as given only when it was shown
(see :mod:`journal_app.ui.notify`); docs/reminders.md has every rule.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.domain.course_schedule import DUE
from journal_app.domain.reminders import (
    after_quiet_hours,
    checkin_reminder_due,
    clock_time,
    in_quiet_hours,
    read_day,
    reminded_already,
)
from journal_app.services.bundle import Services
from journal_app.services.reminder_times import (
    CHECKIN_AT,
    CHECKIN_ON,
    CHECKIN_REMINDED,
    ENABLED,
    QUIET_FROM,
    QUIET_UNTIL,
    REMINDED,
    reminder_key,
    upcoming_steps,
)
from journal_app.ui.notify import Notices, Notifier

__all__ = [
    "CHECKIN_AT",
    "CHECKIN_ON",
    "ENABLED",
    "QUIET_FROM",
    "QUIET_UNTIL",
    "Reminders",
    "in_quiet_hours",
]

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
PLAN_DAYS = 7  # how far ahead reminders are kept for while locked
STEP, CHECKIN = "step", "checkin"


@dataclass(frozen=True, slots=True)
class Planned:
    """A reminder to give at ``at``: a step's key ("owner:step") or a check-in's day."""

    at: datetime
    key: str
    kind: str
    owner: str = ""  # the journey a step is shown with (for ``step_came_due``)

    @property
    def fired(self) -> tuple[str, str]:
        if self.kind == CHECKIN:
            return "", CHECKIN
        owner, _, step = self.key.rpartition(":")
        return self.owner or owner, step


class Reminders(QObject):
    """Checks once a minute; a notice says only that a moment is here, never what."""

    step_came_due = Signal(str, str)  # journey id, step: shown while unlocked

    def __init__(
        self, services: Services, parent: QObject | None = None, *, notifier: Notices | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.notifier: Notices = notifier if notifier is not None else Notifier(parent=self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._plan: list[Planned] = []
        self._quiet = (clock_time("00:00"), clock_time("00:00"))
        self._given_while_locked: list[Planned] = []
        self._sending = False

    def start(self) -> None:
        """On unlock: write down what was shown while locked, then check at once and on."""
        self._write_down(self._given_while_locked)
        self._given_while_locked = []
        self._plan = []
        self._timer.start()
        self.check()

    def plan_for_lock(self, now: datetime | None = None) -> None:
        """Just before the journal locks: keep the next week's reminder moments."""
        try:
            self._plan = self._next_week(now or self._services.journeys.now())
        except Exception:  # locking always completes; a plan is a nicety
            log.exception("reminders for the locked time could not be planned")
            self._plan = []

    def stop(self) -> None:
        """Stop checking and take the tray icon away (the window is closing)."""
        self._timer.stop()
        self._plan = []
        self.notifier.hide()

    def check(self, now: datetime | None = None) -> list[tuple[str, str]]:
        """Show what has come due; return (journey id, step) or ("", "checkin") of each."""
        if self._sending:
            return []  # the last notice is still on its way
        unlocked = self._services.vault.unlocked
        if unlocked:
            found = self._due_now(now or self._services.journeys.now())
        else:
            found = self._due_from_plan(now or _local_now())
        if not found:
            return []
        self._sending = True
        self.notifier.send(
            self.tr("Afterglow"), self._words(found), lambda shown: self._on_sent(found, shown)
        )
        return [item.fired for item in found]

    # Deciding

    def _due_now(self, moment: datetime) -> list[Planned]:
        settings = self._services.settings
        quiet = clock_time(settings.get(QUIET_FROM)), clock_time(settings.get(QUIET_UNTIL))
        if in_quiet_hours(moment.time(), *quiet):
            return []
        found = []
        if settings.get(ENABLED):
            reminded = set(settings.get(REMINDED) or ())
            for due in self._services.journeys.due(moment):
                key = reminder_key(due)
                if due.state.status == DUE and key not in reminded:
                    found.append(Planned(moment, key, STEP, due.journey.id))
        if settings.get(CHECKIN_ON) and checkin_reminder_due(
            moment,
            clock_time(settings.get(CHECKIN_AT)),
            quiet,
            read_day(settings.get(CHECKIN_REMINDED)),
            self._checked_in(moment.date()),
        ):
            found.append(Planned(moment, moment.date().isoformat(), CHECKIN))
        return found

    def _due_from_plan(self, moment: datetime) -> list[Planned]:
        if in_quiet_hours(moment.time(), *self._quiet):
            return []
        today = moment.date().isoformat()
        # A day's check-in reminder that the day ended without is let go.
        self._plan = [p for p in self._plan if p.kind != CHECKIN or p.key >= today]
        return [p for p in self._plan if p.at <= moment]

    def _next_week(self, moment: datetime) -> list[Planned]:
        settings = self._services.settings
        quiet = clock_time(settings.get(QUIET_FROM)), clock_time(settings.get(QUIET_UNTIL))
        self._quiet = quiet
        plan = []
        if settings.get(ENABLED):
            reminded = set(settings.get(REMINDED) or ())
            until = moment + timedelta(days=PLAN_DAYS)
            for step in upcoming_steps(self._services.journeys, moment, until, open_too=True):
                if step.key not in reminded:
                    plan.append(Planned(after_quiet_hours(step.due, *quiet), step.key, STEP))
        at = clock_time(settings.get(CHECKIN_AT))
        if settings.get(CHECKIN_ON) and not in_quiet_hours(at, *quiet):
            last = read_day(settings.get(CHECKIN_REMINDED))
            for offset in range(PLAN_DAYS):
                day = moment.date() + timedelta(days=offset)
                if offset == 0 and (reminded_already(day, last) or self._checked_in(day)):
                    continue
                when = max(datetime.combine(day, at), moment)
                plan.append(Planned(when, day.isoformat(), CHECKIN))
        return sorted(plan, key=lambda p: p.at)

    def _checked_in(self, day: date) -> bool:
        return bool(self._services.checkins.checkins(start=day, end=day))

    def _words(self, found: list[Planned]) -> str:
        steps = sum(1 for item in found if item.kind == STEP)
        if steps == 0:
            return self.tr("A moment to check in with yourself, whenever you're ready.")
        if steps == 1:
            return self.tr("A moment for reflection is here, whenever you're ready.")
        return self.tr("{n} moments for reflection are here, whenever you're ready.").format(
            n=steps
        )

    # After the notice

    def _on_sent(self, found: list[Planned], shown: bool) -> None:
        self._sending = False
        if not shown:
            return  # nothing is marked: it is tried again at the next check
        if self._services.vault.unlocked:
            self._write_down(found)
            for item in found:
                if item.kind == STEP:
                    self.step_came_due.emit(*item.fired)
        else:
            self._given_while_locked += found
        self._plan = [p for p in self._plan if p not in found]

    def _write_down(self, given: list[Planned]) -> None:
        if not given or not self._services.vault.unlocked:
            return
        settings = self._services.settings
        steps = {item.key for item in given if item.kind == STEP}
        if steps:
            settings.set(REMINDED, sorted(set(settings.get(REMINDED) or ()) | steps))
        days = [item.key for item in given if item.kind == CHECKIN]
        if days:
            settings.set(CHECKIN_REMINDED, max(days))


def _local_now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)
