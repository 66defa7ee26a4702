"""Typing a time the obvious way ("09:30", "9:30", "930", "21.15") into a time field.

Qt's own section editing takes digits one section at a time and can keep the old hour
when "0" then "9" are typed over "22". A filter on the field notes what is typed while
the time sections have the keyboard, leaves each key to Qt, and sets the whole time once
the typing reads as one. Other keys (arrows, Tab, the date sections) work as Qt made them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

_TIME = re.compile(r"^(?P<h>\d{1,2})[:.]?(?P<m>\d{2})$")
TIME_SECTIONS = (QDateTimeEdit.Section.HourSection, QDateTimeEdit.Section.MinuteSection)


def read_time(text: str) -> QTime | None:
    """ "09:30", "9:30", "930", "0930", "21.15" as a time; None when it isn't one (yet)."""
    found = _TIME.match(text.strip())
    if not found:
        return None
    hour, minute = int(found["h"]), int(found["m"])
    if hour > 23 or minute > 59:
        return None
    return QTime(hour, minute)


class TimeTyping(QObject):
    """Watches one time field's key presses; see the module notes."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._typed = ""
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            self._typed = ""
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        section = self._edit.currentSection()
        only_time = not (self._edit.displayedSections() & QDateTimeEdit.Section.DateSections_Mask)
        in_time = section in TIME_SECTIONS or self._typed != "" or only_time
        if not in_time or not text or not (text.isdigit() or text in ":."):
            self._typed = ""
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        self._typed = (self._typed + text)[-5:]
        moment = read_time(self._typed)
        if moment is None or len(self._typed.replace(":", "").replace(".", "")) < 3:
            return False  # Qt edits the section as usual meanwhile
        self._edit.setTime(moment)
        self._edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
        return True


def accept_typed_times(edit: QDateTimeEdit) -> TimeTyping:
    """Let ``edit`` take a typed time whole (see the module notes)."""
    return TimeTyping(edit)
