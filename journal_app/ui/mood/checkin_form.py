"""The check-in form: a few numbers, feeling words and a note; quick by keyboard alone.

Focus starts on mood, a number key sets each scale, Tab moves on, Enter saves. Only mood
is needed. Used on Today (feeling words folded away) and on the Mood page, where it
also edits an earlier check-in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.checkin import CheckIn
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.mood.changes import update_checkin
from journal_app.ui.mood.chips import EmotionChips
from journal_app.ui.mood.describe import when_text
from journal_app.ui.mood.spin import HoursSpinBox, ScaleSpinBox

THANKS_SHOWN_MS = 6000
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _scale(spin: QWidget, ends: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(spin)
    row.addWidget(QLabel(ends, objectName="hint"))
    row.addStretch(1)
    return row


class CheckInForm(QWidget):
    """Record how someone is now, or change an earlier check-in."""

    saved = Signal(str)  # the check-in's record id
    editing_changed = Signal(bool)

    def __init__(
        self, services: Services, *, words_folded: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._editing: Record | None = None

        self.editing_label = QLabel(objectName="hint", wordWrap=True)
        self.editing_label.hide()
        self.mood = ScaleSpinBox(1, 10, self.tr("Mood, from 1 very low to 10 very good"))
        self.anxiety = ScaleSpinBox(0, 10, self.tr("Anxiety, from 0 none to 10 very high"))
        self.energy = ScaleSpinBox(0, 10, self.tr("Energy, from 0 none to 10 plenty"))
        self.sleep_hours = HoursSpinBox(self.tr("Hours of sleep last night"))
        self.sleep_hours.setSuffix(self.tr(" h"))
        self.sleep_quality = ScaleSpinBox(1, 5, self.tr("Sleep quality, from 1 poor to 5 good"))
        self.words_toggle = QPushButton(self.tr("Add feeling words"), objectName="link")
        self.words_toggle.setAccessibleName(self.tr("Show feeling words"))
        self.chips = EmotionChips()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A few words, if you like"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(5000)
        self.save_button = QPushButton(self.tr("Save check-in"), objectName="primary")
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.cancel_button = QPushButton(self.tr("Stop editing"))
        self.cancel_button.setAccessibleName(self.tr("Stop editing and clear the form"))
        self.cancel_button.hide()
        self.thanks = QLabel(objectName="hint")
        self.thanks.setAccessibleName(self.tr("Check-in saved"))
        self.problem = message_label(self.tr("Why the check-in was not saved"))
        self._thanks_timer = QTimer(self, singleShot=True, interval=THANKS_SHOWN_MS)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Mood"), _scale(self.mood, self.tr("1 very low … 10 very good")))
        form.addRow(self.tr("Anxiety"), _scale(self.anxiety, self.tr("0 none … 10 very high")))
        form.addRow(self.tr("Energy"), _scale(self.energy, self.tr("0 none … 10 plenty")))
        sleep = QHBoxLayout()
        sleep.setSpacing(10)
        sleep.addWidget(self.sleep_hours)
        sleep.addWidget(QLabel(self.tr("quality"), objectName="hint"))
        sleep.addWidget(self.sleep_quality)
        sleep.addWidget(QLabel(self.tr("1 poor … 5 good"), objectName="hint"))
        sleep.addStretch(1)
        form.addRow(self.tr("Sleep"), sleep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.thanks, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.editing_label)
        layout.addLayout(form)
        layout.addWidget(self.words_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.chips)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.words_toggle.setVisible(words_folded)
        self.chips.setVisible(not words_folded)
        self.setFocusProxy(self.mood)

        self.words_toggle.clicked.connect(self._on_words_toggle_clicked)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reset)
        self._thanks_timer.timeout.connect(self.thanks.clear)

    @property
    def editing(self) -> Record | None:
        """The check-in being changed, or None for a new one."""
        return self._editing

    def values(self) -> dict[str, object]:
        return {
            "mood": self.mood.number(),
            "anxiety": self.anxiety.number(),
            "energy": self.energy.number(),
            "sleep_hours": self.sleep_hours.hours(),
            "sleep_quality": self.sleep_quality.number(),
            "emotions": tuple(self.chips.words()),
            "note": self.note.text().strip(),
        }

    def save(self) -> None:
        """Store the check-in (or the change), then thank and clear."""
        values = self.values()
        if values["mood"] is None:
            show_message(self.problem, self.tr("Choose your mood, 1 to 10, then save."))
            self.mood.setFocus()
            return
        try:
            if self._editing is not None:
                changed = CheckIn(at=self._editing.data.at, **values)  # type: ignore[arg-type]
                record = update_checkin(self._services, self._editing.id, changed)
                thanks = self.tr("Changes saved.")
            else:
                record = self._services.checkins.add(**values)  # type: ignore[arg-type]
                thanks = self.tr("Saved. Thank you for checking in.")
        except ValidationError as error:
            show_message(
                self.problem,
                self.tr("That didn't save: {reason} Change it and try again.").format(reason=error),
            )
            return
        self.reset()
        self.thanks.setText(thanks)
        self._thanks_timer.start()
        self.saved.emit(record.id)

    def edit(self, record: Record) -> None:
        """Load an earlier check-in to change it."""
        checkin: CheckIn = record.data
        self._editing = record
        self.mood.set_number(checkin.mood)
        self.anxiety.set_number(checkin.anxiety)
        self.energy.set_number(checkin.energy)
        self.sleep_hours.set_hours(checkin.sleep_hours)
        self.sleep_quality.set_number(checkin.sleep_quality)
        self.chips.set_words(checkin.emotions)
        self.note.setText(checkin.note)
        self.editing_label.setText(
            self.tr("Changing the check-in from {when}.").format(when=when_text(checkin.at))
        )
        self.editing_label.show()
        self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.show()
        if checkin.emotions:
            self._unfold_words()
        show_message(self.problem, "")
        self.thanks.clear()
        self.mood.setFocus()
        self.editing_changed.emit(True)

    def reset(self) -> None:
        """Clear the form for a new check-in, focus back on mood."""
        was_editing = self._editing is not None
        self._editing = None
        for scale in (self.mood, self.anxiety, self.energy, self.sleep_quality):
            scale.clear_value()
        self.sleep_hours.clear_value()
        self.chips.clear()
        self.note.clear()
        self.editing_label.hide()
        self.save_button.setText(self.tr("Save check-in"))
        self.cancel_button.hide()
        show_message(self.problem, "")
        if self.isVisible():
            self.mood.setFocus()
        if was_editing:
            self.editing_changed.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS:
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and not focus.isCheckable():
                focus.click()  # Enter on "Stop editing" stops editing, and so on
            else:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _unfold_words(self) -> None:
        self.words_toggle.hide()
        self.chips.show()

    def _on_words_toggle_clicked(self) -> None:
        self._unfold_words()
        self.chips.chips[0].setFocus()
