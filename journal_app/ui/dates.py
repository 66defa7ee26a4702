"""Date pickers that offer only the years the journal accepts, and typed date conversions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateTimeEdit

from journal_app.domain.clock import MAX_YEAR, MIN_YEAR


def limit_to_journal_years(widget: QDateTimeEdit, keep: date | None = None) -> None:
    """Let ``widget`` (a QDateEdit or QDateTimeEdit) offer only MIN_YEAR..MAX_YEAR.

    ``keep`` is a stored date (or date and time) about to be shown. A record from before
    the range existed may lie outside it; the range then stretches to include it, because
    Qt would otherwise show the nearest allowed day and the next save would quietly move
    the record there. Saving such a date is refused instead, with the reason shown.
    Call this before setting the value, and again (with the next value) before each one.
    """
    first, last = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)
    if keep is not None:
        day = date(keep.year, keep.month, keep.day)  # a datetime doesn't compare with a date
        first, last = min(first, day), max(last, day)
    widget.setDateRange(
        QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    )


def to_qdate(day: date) -> QDate:
    """``day`` (or a datetime's day) as a QDate, with no time zone involved."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date (PySide's ``toPython()`` is typed as ``object``)."""
    return date(day.year(), day.month(), day.day())


def local_moment(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in local time, the same instant.

    ``QDateTime(moment)`` would drop the time zone and read 18:30 UTC as 18:30 local.
    """
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
