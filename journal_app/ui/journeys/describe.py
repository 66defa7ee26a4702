"""Words for a journey's state: dates, step names, statuses and what comes next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from journal_app.domain.course import INDUCTION, MAINTENANCE, SINGLE
from journal_app.domain.integration import DONE, DUE, FOLDED, OVERDUE, UPCOMING, StepState
from journal_app.domain.journey import Journey, SessionLog
from journal_app.services.guides import ChecklistItem
from journal_app.ui.date_words import in_words


def when_text(moment: datetime, *, year: bool = True) -> str:
    """Like "Sat 14 Mar 2026, 10:00" (or without the year)."""
    return in_words(moment, "ddd d MMM yyyy, HH:mm" if year else "ddd d MMM, HH:mm")


def short_when(moment: datetime) -> str:
    """Like "Tue 17 Mar 10:00"."""
    return in_words(moment, "ddd d MMM HH:mm")


def step_label(step: str) -> str:
    """The name of an integration step: "Right after", "+1 day", "+3 days"…"""
    labels = {
        "0h": QCoreApplication.translate("Journeys", "Right after"),
        "1d": QCoreApplication.translate("Journeys", "+1 day"),
        "3d": QCoreApplication.translate("Journeys", "+3 days"),
        "7d": QCoreApplication.translate("Journeys", "+7 days"),
        "14d": QCoreApplication.translate("Journeys", "+14 days"),
        "30d": QCoreApplication.translate("Journeys", "+30 days"),
    }
    if step in labels:
        return labels[step]
    if step.startswith("course-week-"):
        return QCoreApplication.translate("Journeys", "Week {n}").format(
            n=step.removeprefix("course-week-")
        )
    if step.startswith("month-"):
        return QCoreApplication.translate("Journeys", "Month {n}").format(
            n=step.removeprefix("month-")
        )
    after = {
        "course-3d": QCoreApplication.translate("Journeys", "3 days after"),
        "course-14d": QCoreApplication.translate("Journeys", "2 weeks after"),
        "course-30d": QCoreApplication.translate("Journeys", "30 days after"),
    }
    return after.get(step, step)


def kind_label(kind: str) -> str:
    """A course's kind in words: "Induction", "Maintenance", "Single session"."""
    labels = {
        INDUCTION: QCoreApplication.translate("Journeys", "Induction"),
        MAINTENANCE: QCoreApplication.translate("Journeys", "Maintenance"),
        SINGLE: QCoreApplication.translate("Journeys", "Single session"),
    }
    return labels.get(kind, kind)


def date_span(first: datetime | None, last: datetime | None) -> str:
    """Like "1 Feb – 12 Mar 2026", "3 Jan 2026", or "28 Dec 2025 – 9 Jan 2026"."""
    if first is None or last is None:
        return ""
    end = in_words(last, "d MMM yyyy")
    if first.date() == last.date():
        return end
    start = in_words(first, "d MMM" if first.year == last.year else "d MMM yyyy")
    return f"{start} – {end}"


def status_word(state: StepState) -> str:
    """One or two words for a step's status, for small buttons."""
    words = {
        UPCOMING: QCoreApplication.translate("Journeys", "upcoming"),
        DUE: QCoreApplication.translate("Journeys", "due now"),
        OVERDUE: QCoreApplication.translate("Journeys", "overdue"),
        DONE: QCoreApplication.translate("Journeys", "done"),
        FOLDED: QCoreApplication.translate("Journeys", "carried forward"),
    }
    return words.get(state.status, state.status)


def status_text(state: StepState, into: int | None = None) -> str:
    """A step's status in a short line: "Upcoming · due Tue 17 Mar 10:00", "Due now"…

    ``into`` is the number of the session a folded step was carried forward into.
    """
    if state.status == FOLDED:
        if into is not None:
            return QCoreApplication.translate(
                "Journeys", "Carried forward into session {n} · you can still write here"
            ).format(n=into)
        return QCoreApplication.translate(
            "Journeys", "Carried forward · you can still write here whenever you like"
        )
    if state.status == UPCOMING:
        return QCoreApplication.translate("Journeys", "Upcoming · due {when}").format(
            when=short_when(state.due)
        )
    if state.status == DUE:
        return QCoreApplication.translate("Journeys", "Due now")
    if state.status == OVERDUE:
        return QCoreApplication.translate(
            "Journeys", "Overdue · it's still here whenever you're ready"
        )
    return QCoreApplication.translate("Journeys", "Done")


def route_label(route: str) -> str:
    labels = {
        "IV": QCoreApplication.translate("Journeys", "IV"),
        "IM": QCoreApplication.translate("Journeys", "IM"),
        "sublingual": QCoreApplication.translate("Journeys", "Sublingual"),
        "intranasal": QCoreApplication.translate("Journeys", "Intranasal"),
        "oral": QCoreApplication.translate("Journeys", "Oral"),
        "subcutaneous": QCoreApplication.translate("Journeys", "Subcutaneous"),
        "lozenge": QCoreApplication.translate("Journeys", "Lozenge (troche)"),
    }
    return labels.get(route, route)


def setting_label(setting: str) -> str:
    labels = {
        "clinic": QCoreApplication.translate("Journeys", "Clinic"),
        "home": QCoreApplication.translate("Journeys", "Home"),
        "other": QCoreApplication.translate("Journeys", "Somewhere else"),
    }
    return labels.get(setting, setting)


def started(journey: Journey, now: datetime) -> bool:
    """True once the session has a start time that has come."""
    return journey.session.start is not None and journey.session.start <= now


def logged(session: SessionLog) -> bool:
    """True when anything beyond the start time was written about the session."""
    empty = SessionLog(start=session.start)
    return session != empty


def visible_items(items: tuple[ChecklistItem, ...], journey: Journey) -> list[tuple[str, str]]:
    """The preparation items shown for ``journey``: the guide's for its setting and route,
    minus hidden, plus its own."""
    hidden = set(journey.preparation.hidden)
    where = (journey.session.setting, journey.session.route)
    shown = [
        (item.id, item.text) for item in items if item.id not in hidden and item.applies(*where)
    ]
    return shown + list(journey.preparation.custom_items)


def aftercare_progress(items: tuple[ChecklistItem, ...], journey: Journey) -> tuple[int, int]:
    """(done, total) over the aftercare items for the journey's setting and route."""
    where = (journey.session.setting, journey.session.route)
    shown = {item.id for item in items if item.applies(*where)}
    return len(shown & set(journey.aftercare)), len(shown)


def preparation_progress(items: tuple[ChecklistItem, ...], journey: Journey) -> tuple[int, int]:
    """(ready, total) over the preparation items shown."""
    shown = [item_id for item_id, _ in visible_items(items, journey)]
    checked = set(journey.preparation.checked)
    return sum(1 for item_id in shown if item_id in checked), len(shown)


@dataclass(frozen=True)
class NextStep:
    """What to do next for a journey: the words, and where in the stepper it is."""

    words: str
    pane: str  # one of stepper.STEPS
    step: str | None = None  # the integration step, for the integration pane


def next_step(
    journey: Journey,
    states: list[StepState],
    now: datetime,
    preparation: tuple[ChecklistItem, ...],
) -> NextStep:
    """The one thing to do next for this journey, in a few words."""
    if not started(journey, now):
        if journey.when <= now:
            return NextStep(QCoreApplication.translate("Journeys", "Log the session"), "session")
        ready, total = preparation_progress(preparation, journey)
        if ready < total:
            return NextStep(QCoreApplication.translate("Journeys", "Prepare"), "preparation")
        if not journey.intention.sentence.strip():
            return NextStep(QCoreApplication.translate("Journeys", "Set an intention"), "intention")
        return NextStep(QCoreApplication.translate("Journeys", "Ready for the day"), "session")
    if not logged(journey.session) and not journey.integration:
        return NextStep(QCoreApplication.translate("Journeys", "Log the session"), "session")
    due = [s for s in states if s.status == DUE]
    if due:
        words = QCoreApplication.translate("Journeys", "Integration: {step} due").format(
            step=step_label(due[0].step)
        )
        return NextStep(words, "integration", due[0].step)
    upcoming = [s for s in states if s.status == UPCOMING]
    if upcoming:
        words = QCoreApplication.translate("Journeys", "Integration: {step} on {when}").format(
            step=step_label(upcoming[0].step), when=short_when(upcoming[0].due)
        )
        return NextStep(words, "integration", upcoming[0].step)
    waiting = [s for s in states if s.status == OVERDUE]
    if waiting:
        step = waiting[-1].step
        words = (
            QCoreApplication.translate("Journeys", "Integration: the first capture is still open")
            if step == "0h"
            else QCoreApplication.translate(
                "Journeys", "Integration: the {step} step is still open"
            ).format(step=step_label(step))
        )
        return NextStep(words, "integration", waiting[-1].step)
    if any(s.status == FOLDED for s in states):
        folded = next(s for s in states if s.status == FOLDED)
        return NextStep(
            QCoreApplication.translate("Journeys", "Carried forward"), "integration", folded.step
        )
    return NextStep(
        QCoreApplication.translate("Journeys", "All done"),
        "integration",
        states[-1].step if states else None,
    )
