"""Gentle reminders while the app runs: a tray notification when an integration step is due."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from journal_app.domain.course_schedule import is_course_step
from journal_app.domain.integration import DUE
from journal_app.services.bundle import Services
from journal_app.services.journeys import DueStep
from journal_app.texts import resource_root

CHECK_EVERY_MS = 60_000
ENABLED, QUIET_FROM, QUIET_UNTIL, REMINDED = (
    "reminders_enabled",
    "quiet_hours_from",
    "quiet_hours_until",
    "reminded_steps",
)


def in_quiet_hours(now: time, start: time, end: time) -> bool:
    """True inside [start, end), which may run past midnight (22:00 to 08:00)."""
    if start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


def clock_time(text: str) -> time:
    return time.fromisoformat(text)


def reminder_key(due: DueStep) -> str:
    """What was reminded of: a session's step by journey, a course's by course.

    A course step comes with the course's latest journey, which changes as sessions are
    added; keyed by the course it is announced once all the same.
    """
    owner = due.course.id if due.course is not None and is_course_step(due.state.step) else None
    return f"{owner or due.journey.id}:{due.state.step}"


class Reminders(QObject):
    """Checks once a minute while unlocked; says only that a step is ready, never what.

    "Right after" falls due when the session's logged end comes (or two hours after its
    start), so nothing is announced while a session runs.
    """

    step_came_due = Signal(str, str)  # journey id, step

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Begin checking (on unlock); the first check runs at once."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """Stop checking and hide the tray icon (on lock)."""
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()

    def check(self, now: datetime | None = None) -> list[tuple[str, str]]:
        """Notify about steps that have just come due; return which (for tests)."""
        services = self._services
        if not services.vault.unlocked or not services.settings.get(ENABLED):
            return []
        moment = now or services.journeys.now()
        quiet = in_quiet_hours(
            moment.time(),
            clock_time(services.settings.get(QUIET_FROM)),
            clock_time(services.settings.get(QUIET_UNTIL)),
        )
        reminded = set(services.settings.get(REMINDED) or ())
        due = [
            d
            for d in services.journeys.due(moment)
            if d.state.status == DUE and reminder_key(d) not in reminded
        ]
        fresh = [(d.journey.id, d.state.step) for d in due]
        if not fresh or quiet:
            return []
        services.settings.set(REMINDED, sorted(reminded | {reminder_key(d) for d in due}))
        self._notify(len(fresh))
        for journey_id, step in fresh:
            self.step_came_due.emit(journey_id, step)
        return fresh

    def _notify(self, count: int) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QIcon(str(resource_root().joinpath("icons", "afterglow.svg")))
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("Afterglow"))
        self._tray.show()
        text = (
            self.tr("A moment for integration is here, whenever you are ready.")
            if count == 1
            else self.tr("{n} moments for integration are here, whenever you are ready.").format(
                n=count
            )
        )
        self._tray.showMessage(self.tr("Afterglow"), text, QSystemTrayIcon.MessageIcon.NoIcon)
