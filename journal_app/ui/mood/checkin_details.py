"""The optional part of a check-in: anxiety, energy, sleep, feeling words and a note.

Each scale is a row of numbered choices with words at both ends, on the ranges the
check-in keeps (anxiety and energy 0-10, sleep quality 1-5); hours of sleep are typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal_app.domain.checkin import CheckIn
from journal_app.ui.mood.chips import EmotionChips
from journal_app.ui.mood.scale_row import ScaleRow
from journal_app.ui.mood.spin import HoursSpinBox

NOTE_LONGEST = 5000


class CheckInDetails(QWidget):
    """Everything in a check-in besides the mood; all of it may stay empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.anxiety = ScaleRow(
            0,
            10,
            title=self.tr("Anxiety"),
            ends=(self.tr("None"), self.tr("Very high")),
            name=self.tr("Anxiety, from 0 none to 10 very high"),
        )
        self.energy = ScaleRow(
            0,
            10,
            title=self.tr("Energy"),
            ends=(self.tr("None"), self.tr("Plenty")),
            name=self.tr("Energy, from 0 none to 10 plenty"),
        )
        self.sleep_hours = HoursSpinBox(self.tr("Hours of sleep last night"))
        self.sleep_hours.setSuffix(self.tr(" h"))
        self.sleep_quality = ScaleRow(
            1,
            5,
            title=self.tr("Sleep quality"),
            ends=(self.tr("Poor"), self.tr("Good")),
            name=self.tr("Sleep quality, from 1 poor to 5 good"),
        )
        self.chips = EmotionChips()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A few words, if you like"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(NOTE_LONGEST)

        sleep_label = QLabel(self.tr("Hours of sleep last night"))
        sleep_label.setBuddy(self.sleep_hours)
        sleep = QHBoxLayout()
        sleep.setSpacing(10)
        sleep.addWidget(sleep_label)
        sleep.addWidget(self.sleep_hours)
        sleep.addStretch(1)
        feelings_label = QLabel(self.tr("Feelings"))
        note_label = QLabel(self.tr("Note"))
        note_label.setBuddy(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.anxiety)
        layout.addWidget(self.energy)
        layout.addLayout(sleep)
        layout.addWidget(self.sleep_quality)
        layout.addWidget(feelings_label)
        layout.addWidget(self.chips)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.setFocusProxy(self.anxiety)

    @staticmethod
    def nothing() -> dict[str, object]:
        """The values of details nobody has opened yet."""
        return {
            "anxiety": None,
            "energy": None,
            "sleep_hours": None,
            "sleep_quality": None,
            "emotions": (),
            "note": "",
        }

    def values(self) -> dict[str, object]:
        """The details as the check-in keeps them (None where nothing was given)."""
        return {
            "anxiety": self.anxiety.number(),
            "energy": self.energy.number(),
            "sleep_hours": self.sleep_hours.hours(),
            "sleep_quality": self.sleep_quality.number(),
            "emotions": tuple(self.chips.words()),
            "note": self.note.text().strip(),
        }

    def given(self) -> bool:
        """Whether anything at all was given."""
        return any(value not in (None, (), "") for value in self.values().values())

    def show_checkin(self, checkin: CheckIn) -> None:
        """Fill the fields from ``checkin``."""
        self.anxiety.set_number(checkin.anxiety)
        self.energy.set_number(checkin.energy)
        self.sleep_hours.set_hours(checkin.sleep_hours)
        self.sleep_quality.set_number(checkin.sleep_quality)
        self.chips.set_words(checkin.emotions)
        self.note.setText(checkin.note)

    def clear(self) -> None:
        for scale in (self.anxiety, self.energy, self.sleep_quality):
            scale.clear_value()
        self.sleep_hours.clear_value()
        self.chips.clear()
        self.note.clear()
