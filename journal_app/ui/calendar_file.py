"""“Add to my calendar”: save the coming reminders as an .ics file the person chooses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal_app.domain.errors import JournalError
from journal_app.services.bundle import Services
from journal_app.services.calendar_export import (
    DEFAULT_DAYS,
    CalendarWords,
    calendar_events,
    ics_text,
    write_calendar,
)
from journal_app.ui.messages import render
from journal_app.ui.output_files import choose_output_file, in_documents

FILE_NAME = "afterglow-reminders.ics"


def calendar_words() -> CalendarWords:
    """The file's few words, in the person's language."""
    return CalendarWords(
        title=QCoreApplication.translate("CalendarFile", "Afterglow: a moment for reflection"),
        step=QCoreApplication.translate(
            "CalendarFile",
            "A few gentle questions are waiting in Afterglow, whenever you are ready.",
        ),
        questionnaire=QCoreApplication.translate(
            "CalendarFile",
            "A short check-in questionnaire is waiting in Afterglow, if you like.",
        ),
    )


def add_to_calendar(parent: QWidget | None, services: Services) -> str:
    """Ask where to save the next two months' reminders and save them; return what happened.

    The words returned are for the status line: how many were saved and where, that
    there is nothing coming up, that nothing was saved, or what went wrong.
    """
    now = services.journeys.now()
    events = calendar_events(services, now, DEFAULT_DAYS)
    if not events:
        return QCoreApplication.translate(
            "CalendarFile",
            "Nothing is coming up in the next {days} days, so there's nothing to add yet.",
        ).format(days=DEFAULT_DAYS)
    target = choose_output_file(
        parent,
        QCoreApplication.translate("CalendarFile", "Add to my calendar"),
        in_documents(FILE_NAME),
        QCoreApplication.translate("CalendarFile", "Calendar files (*.ics)"),
        suffix=".ics",
        journal_folder=services.vault.folder,
    )
    if target is None:
        return QCoreApplication.translate("CalendarFile", "Nothing was saved.")
    text = ics_text(events, services.vault.store.clock()(), calendar_words())
    try:
        written = write_calendar(target, text, journal_folder=services.vault.folder, force=True)
    except JournalError as error:
        return render(error)
    if len(events) == 1:
        saved = QCoreApplication.translate("CalendarFile", "Saved 1 reminder to {path}.")
    else:
        saved = QCoreApplication.translate("CalendarFile", "Saved {n} reminders to {path}.")
    return (
        saved.format(n=len(events), path=written)
        + " "
        + QCoreApplication.translate("CalendarFile", "Open it with your calendar app to add them.")
    )
