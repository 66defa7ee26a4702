"""The weekly check during a course: record it, find the latest, and say when it is due."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from journal_app.domain.records import Record
from journal_app.domain.weekly_check import WeeklyCheck
from journal_app.services.courses import JOIN_WITHIN, CourseService, CourseView
from journal_app.services.vault import VaultService

KIND = WeeklyCheck.KIND
EVERY = timedelta(days=7)
RUNNING_FOR = JOIN_WITHIN  # a course runs while its last session was at most 21 days ago


def _last_session(view: CourseView, now: datetime) -> datetime | None:
    starts = [s.start for s in view.sessions() if s.start is not None and s.start <= now]
    return max(starts, default=None)


class WeeklyCheckService:
    """Weekly checks over the unlocked vault (every call refuses a locked one)."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault
        self._courses = CourseService(vault)

    def now(self) -> datetime:
        """The current local wall-clock time, to the minute."""
        moment = self._vault.store.clock()().astimezone()
        return moment.replace(tzinfo=None, second=0, microsecond=0)

    def running_course(self, now: datetime) -> CourseView | None:
        """The course whose last session (at or before ``now``) was within 21 days, if any."""
        running: list[tuple[datetime, CourseView]] = []
        for view in self._courses.courses():
            last = _last_session(view, now)
            if last is not None and now - last <= RUNNING_FOR:
                running.append((last, view))
        return max(running, key=lambda pair: pair[0])[1] if running else None

    def record(
        self,
        at: datetime | None = None,
        *,
        bladder: bool | None = None,
        unreal: bool | None = None,
        memory: bool | None = None,
        extra_dose: bool | None = None,
        note: str = "",
    ) -> Record:
        """Store a check answered at ``at`` (now if None), tied to the running course."""
        when = at or self.now()
        check = WeeklyCheck(
            at=when,
            bladder=bladder,
            unreal=unreal,
            memory=memory,
            extra_dose=extra_dose,
            note=note.strip(),
        )  # validated before the courses are read, so bad input costs nothing
        course = self.running_course(when)
        if course is not None:
            check = replace(check, course_id=course.id)
        return self._vault.store.add(check)

    def checks(self) -> list[Record]:
        """Every check outside the Trash, oldest first."""
        return sorted(self._vault.store.of_kind(KIND), key=lambda r: (r.data.at, r.id))

    def latest(self) -> Record | None:
        """The most recent check, or None."""
        checks = self.checks()
        return checks[-1] if checks else None

    def due(self, now: datetime) -> bool:
        """Whether to offer the check: a course is running and none was answered this week."""
        if self.running_course(now) is None:
            return False
        latest = self.latest()
        return latest is None or now - latest.data.at >= EVERY
