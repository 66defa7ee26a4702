"""The check-in form: a row of moods 1-10 that saves on one key or click, details optional.

The mood row comes first: a digit (0 is 10) or a click saves the check-in at once ("Saved
at 9:12"). "Add more" (one Tab on) opens anxiety, energy, sleep, feeling words and a
note; saving them, or picking another mood, changes that same check-in rather than
adding a second one. A save that fails keeps everything chosen and typed, and says so.
Used on Today (details folded away) and on the Mood page, where it also changes an
earlier check-in: that one changes only on "Save changes", and keeps its old version.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.checkin import CheckIn
from journal_app.domain.errors import StorageProblem, ValidationError
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.messages import render
from journal_app.ui.mood.changes import set_trashed
from journal_app.ui.mood.checkin_details import CheckInDetails
from journal_app.ui.mood.chips import EmotionChips
from journal_app.ui.mood.describe import when_text
from journal_app.ui.mood.scale_row import ScaleRow
from journal_app.ui.mood.spin import HoursSpinBox
from journal_app.ui.named import named

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def clock_text(moment: datetime) -> str:
    """A time of day as people say it on a 24-hour clock: 9:12, 18:30."""
    return f"{moment.hour}:{moment.minute:02d}"


def focus_chain(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container``, in their Tab order.

    All of them, not only those that take Tab focus now: the feeling words move their
    one Tab stop from word to word, and each word must keep its place.
    """
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and container.isAncestorOf(widget):
        found.append(widget)
        widget = widget.nextInFocusChain()
    return found


class CheckInForm(QWidget):
    """Record how someone is now, add to it, or change an earlier check-in."""

    saved = Signal(str)  # the check-in's record id
    undone = Signal(str)  # the just-saved check-in went to the Trash
    editing_changed = Signal(bool)

    def __init__(
        self, services: Services, *, details_folded: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._record: Record | None = None  # the check-in this form now shows
        self._earlier = False  # that check-in was opened to change, not just saved here
        self._saved_values: dict[str, object] = {}

        self.editing_label = named(QLabel(wordWrap=True), "hint")
        self.editing_label.hide()
        self.mood = ScaleRow(
            1,
            10,
            title=self.tr("Mood"),
            ends=(self.tr("Very low"), self.tr("Very good")),
            name=self.tr("Mood, from 1 very low to 10 very good"),
            optional=False,
        )
        self.more_toggle = named(QPushButton(), "link")
        self.thanks = named(QLabel(), "hint")
        self.thanks.setAccessibleName(self.tr("Check-in saved"))
        self.undo_button = named(QPushButton(self.tr("Undo")), "link")
        self.undo_button.setAccessibleName(self.tr("Undo this check-in (it goes to the Trash)"))
        self.another_button = named(QPushButton(self.tr("Add another")), "link")
        self.another_button.setAccessibleName(self.tr("Start another check-in"))
        self.problem = message_label(self.tr("Why the check-in was not saved"))
        # Folded away (on Today), the details are built the first time they are opened:
        # their seventy-odd buttons would otherwise slow every unlock.
        self._details: CheckInDetails | None = None
        self.save_button = named(QPushButton(), "primary")
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.cancel_button = QPushButton(self.tr("Stop editing"))
        self.cancel_button.setAccessibleName(self.tr("Stop editing and clear the form"))
        self.cancel_button.hide()

        status = QWidget()
        status_row = FlowLayout(status, spacing=8)
        for widget in (self.more_toggle, self.thanks, self.undo_button, self.another_button):
            status_row.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.more = QWidget()
        more_layout = QVBoxLayout(self.more)
        more_layout.setContentsMargins(0, 0, 0, 0)
        more_layout.setSpacing(10)
        more_layout.addLayout(buttons)
        self._more_layout = more_layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.editing_label)
        layout.addWidget(self.mood)
        layout.addWidget(status)
        layout.addWidget(self.problem)
        layout.addWidget(self.more)
        self.more_toggle.setVisible(details_folded)
        self.more.setVisible(not details_folded)
        if not details_folded:
            self._build_details()
        self.undo_button.hide()
        self.another_button.hide()
        self._show_fold()
        self._show_state()
        self.setFocusProxy(self.mood)

        self.mood.picked.connect(self._on_mood_picked)
        self.more_toggle.clicked.connect(self._on_more_toggle_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.another_button.clicked.connect(self._on_another_button_clicked)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reset)

    @property
    def details(self) -> CheckInDetails:
        """Anxiety, energy, sleep, feelings and the note (built when first needed)."""
        return self._build_details()

    @property
    def anxiety(self) -> ScaleRow:
        return self.details.anxiety

    @property
    def energy(self) -> ScaleRow:
        return self.details.energy

    @property
    def sleep_hours(self) -> HoursSpinBox:
        return self.details.sleep_hours

    @property
    def sleep_quality(self) -> ScaleRow:
        return self.details.sleep_quality

    @property
    def chips(self) -> EmotionChips:
        return self.details.chips

    @property
    def note(self) -> QLineEdit:
        return self.details.note

    def _build_details(self) -> CheckInDetails:
        if self._details is None:
            self._details = CheckInDetails()
            self._more_layout.insertWidget(0, self._details)
            # Made last, the details would come last in the Tab order: put them back
            # between "Add another" and the Save button, where they are on screen.
            previous: QWidget = self.another_button
            for widget in focus_chain(self._details):
                QWidget.setTabOrder(previous, widget)
                previous = widget
            QWidget.setTabOrder(previous, self.save_button)
            QWidget.setTabOrder(self.save_button, self.cancel_button)
        return self._details

    def _detail_values(self) -> dict[str, object]:
        return CheckInDetails.nothing() if self._details is None else self._details.values()

    @property
    def editing(self) -> Record | None:
        """The check-in the form shows (just saved, or opened to change), or None."""
        return self._record

    @property
    def just_saved(self) -> Record | None:
        """The check-in saved here a moment ago, which more details will add to."""
        return None if self._earlier else self._record

    def values(self) -> dict[str, object]:
        return {"mood": self.mood.number(), **self._detail_values()}

    def unsaved(self) -> bool:
        """Whether something chosen or typed is not in the journal yet."""
        if self._record is not None:
            return self.values() != self._saved_values
        details = self._details is not None and self._details.given()
        return self.mood.number() is not None or details

    def save(self) -> bool:
        """Store the check-in, or the change to the one shown; keep everything if it fails."""
        values = self.values()
        if values["mood"] is None:
            show_message(self.problem, self.tr("Choose your mood, 1 to 10, then save."))
            self.mood.setFocus()
            return False
        try:
            if self._record is not None:
                # Details added to a check-in just made complete it: no earlier version to keep.
                record = self._services.checkins.update(
                    self._record.id, keep_revision=self._earlier, **values
                )
            else:
                # The ignore: values() holds add()'s keywords, and the mood is checked above.
                record = self._services.checkins.add(**values)  # type: ignore[arg-type]
        except Exception as error:  # whatever went wrong, the choices stay on screen
            show_message(self.problem, self._problem_words(error))
            self.thanks.setText(self.tr("Not saved"))
            return False
        if self._earlier:  # a change to history is done once saved
            self.reset()
            self.thanks.setText(self.tr("Changes saved."))
            self.saved.emit(record.id)
            return True
        first = self._record is None
        self._record = record
        self._saved_values = values
        show_message(self.problem, "")
        if first:
            self.thanks.setText(
                self.tr("Saved at {time}. Thank you.").format(time=clock_text(record.data.at))
            )
        else:
            now = self._services.journeys.now()
            self.thanks.setText(self.tr("Saved at {time}.").format(time=clock_text(now)))
        self._show_state()
        self.saved.emit(record.id)
        return True

    def edit(self, record: Record) -> None:
        """Load an earlier check-in to change it."""
        checkin: CheckIn = record.data
        self._record = record
        self._earlier = True
        self.mood.set_number(checkin.mood)
        self.details.show_checkin(checkin)
        self._saved_values = self.values()
        self.editing_label.setText(
            self.tr("Changing the check-in from {when}.").format(when=when_text(checkin.at))
        )
        self.thanks.clear()
        show_message(self.problem, "")
        self._show_state()
        self.mood.setFocus()
        self.editing_changed.emit(True)

    def reset(self) -> None:
        """Clear the form for a new check-in, focus back on mood."""
        was_editing = self._earlier
        self._record = None
        self._earlier = False
        self._saved_values = {}
        self.mood.clear_value()
        if self._details is not None:
            self._details.clear()
        self.thanks.clear()
        show_message(self.problem, "")
        self._show_state()
        if self.isVisible():
            self.mood.setFocus()
        if was_editing:
            self.editing_changed.emit(False)

    def unfold(self) -> None:
        """Show the details, if they are folded away."""
        if not self.more.isVisible():
            self._build_details()
            self.more.setVisible(True)
            self._show_fold()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS:
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and not focus.isCheckable():
                focus.click()  # Enter on "Add more" opens the details, and so on
            else:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _problem_words(self, error: BaseException) -> str:
        kept = self.tr("What you chose is still here; save again when you're ready.")
        if isinstance(error, ValidationError):
            return self.tr("That didn't save: {reason} Change it and try again.").format(
                reason=render(error)
            )
        if isinstance(error, StorageProblem):
            return f"{render(error)} {kept}"
        return self.tr("Saving didn't work just now. {kept}").format(kept=kept)

    def _show_state(self) -> None:
        """Words and buttons for a new check-in, one just saved, or an earlier one."""
        fresh = self._record is not None and not self._earlier
        self.editing_label.setVisible(self._earlier)
        self.cancel_button.setVisible(self._earlier)
        self.undo_button.setVisible(fresh)
        self.another_button.setVisible(fresh)
        if self._earlier:
            label = self.tr("Save changes")
        elif fresh:
            label = self.tr("Save details")
        else:
            label = self.tr("Save check-in")
        self.save_button.setText(label)
        self.save_button.setAccessibleName(label)

    def _show_fold(self) -> None:
        if self.more.isVisible():
            self.more_toggle.setText(self.tr("Fewer details"))
            self.more_toggle.setAccessibleName(self.tr("Hide anxiety, energy, sleep and notes"))
        else:
            self.more_toggle.setText(self.tr("Add more"))
            self.more_toggle.setAccessibleName(
                self.tr("Add more: anxiety, energy, sleep, feelings or a note")
            )

    def _on_mood_picked(self, mood: int) -> None:
        # An earlier check-in changes only on "Save changes", with the rest of the change.
        if mood >= 1 and not self._earlier:
            self.save()

    def _on_more_toggle_clicked(self) -> None:
        opening = not self.more.isVisible()
        if opening:
            self._build_details()
        self.more.setVisible(opening)
        self._show_fold()
        if opening:
            self.details.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_undo_button_clicked(self) -> None:
        record = self.just_saved
        if record is None:
            return
        try:
            set_trashed(self._services, record.id, "checkin", True)
        except Exception as error:  # the check-in stays as it was, and the person is told
            show_message(self.problem, self._problem_words(error))
            return
        self.reset()
        self.thanks.setText(self.tr("Undone: the check-in is in the Trash."))
        self.undone.emit(record.id)

    def _on_another_button_clicked(self) -> None:
        self.reset()
        self.mood.setFocus()
