"""Date pickers that offer only the years the journal accepts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
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
