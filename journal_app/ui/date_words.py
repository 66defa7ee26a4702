"""Dates and times in words, with the day and month names of the window's locale.

``strftime`` and ``QDate.toString(format)`` always write English names ("Sat", "March");
these go through ``QLocale()``, so a German window reads "Sa." and "März".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def in_words(moment: date | datetime, pattern: str) -> str:
    """``moment`` written with a Qt date pattern, like "ddd d MMM yyyy, HH:mm".

    A datetime is written as its own wall-clock time, as strftime does (no conversion).
    """
    day = QDate(moment.year, moment.month, moment.day)
    if isinstance(moment, datetime):
        time = QTime(moment.hour, moment.minute, moment.second)
        return QLocale().toString(QDateTime(day, time), pattern)
    return QLocale().toString(day, pattern)
