"""Today's check-in card ("You checked in at 9:12") and the hint that a questionnaire is due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.domain.cadence import Suggestion
from journal_app.domain.records import Record
from journal_app.instruments.definitions import instrument
from journal_app.messages import phrase
from journal_app.services.bundle import Services
from journal_app.ui.messages import render
from journal_app.ui.mood.checkin_form import CheckInForm, clock_text
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card

DISMISSED_KEY = "questionnaire_hint_dismissed"  # the day "Not today" was chosen
HINTS_KEY = "questionnaire_hints"  # the Settings switch


class QuickCheckInCard(QWidget):
    """ "How are you right now?": the mood row, or "You checked in at 9:12" once done today.

    A check-in just made stays open for details until the person leaves Today; then the
    card says when they checked in, with "Add another" to bring the mood row back.
    """

    saved = Signal(str)  # the check-in's record id
    changed = Signal()  # a check-in was saved or undone

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._adding = False  # "Add another" was chosen: show the row even after a check-in
        self._latest: Record | None = None  # today's latest check-in, as last read
        frame, layout = card(self.tr("How are you right now?"))
        self.form = CheckInForm(services, details_folded=True)
        self.done = QWidget()
        self.done_label = named(QLabel(wordWrap=True), "muted")
        self.done_label.setAccessibleName(self.tr("Today's check-in"))
        self.another_button = QPushButton(self.tr("Add another"))
        self.another_button.setAccessibleName(self.tr("Add another check-in"))
        done_row = QHBoxLayout(self.done)
        done_row.setContentsMargins(0, 0, 0, 0)
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.another_button)
        layout.addWidget(self.done)
        layout.addWidget(self.form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.form.saved.connect(self._on_form_saved)
        self.form.undone.connect(self._on_form_undone)
        self.another_button.clicked.connect(self._on_another_button_clicked)
        self.form.another_button.clicked.connect(self._on_form_another_clicked)
        self.refresh()

    def latest_today(self) -> Record | None:
        """The latest check-in of today (local time), if there is one."""
        today = self._services.journeys.now().date()
        checkins = self._services.checkins.checkins(start=today, end=today)
        return checkins[-1] if checkins else None

    def refresh(self) -> None:
        """The row while a check-in is under way or none was made today; else when it was."""
        shown = self.form.editing
        if shown is not None and self._services.vault.store.get(shown.id).deleted:
            self.form.reset()  # the check-in went to the Trash elsewhere
        self._latest = self.latest_today()
        busy = self._adding or self.form.editing is not None or self.form.unsaved()
        self._show(None if busy else self._latest)

    def settle(self) -> None:
        """Close a finished check-in (the person left Today); unsaved choices stay.

        Reads nothing from the journal, which may be locking at this moment.
        """
        if self.form.unsaved():
            return
        latest = self.form.just_saved or self._latest
        self._adding = False
        if self.form.editing is not None:
            self.form.reset()
        self._show(latest)

    def _show(self, latest: Record | None) -> None:
        """Say when ``latest`` was made (the row hidden), or show the row when None."""
        if latest is not None:
            self.done_label.setText(
                self.tr("You checked in at {time}.").format(time=clock_text(latest.data.at))
            )
        self.done.setVisible(latest is not None)
        self.form.setVisible(latest is None)
        self.setFocusProxy(self.form if latest is None else self.another_button)

    def _on_form_saved(self, record_id: str) -> None:
        self._adding = False
        self.saved.emit(record_id)
        self.changed.emit()

    def _on_form_undone(self, _: str) -> None:
        self._adding = True  # the row stays, ready for the check-in meant
        self.changed.emit()

    def _on_form_another_clicked(self) -> None:
        self._adding = True

    def _on_another_button_clicked(self) -> None:
        self._adding = True
        self.form.reset()
        self.refresh()
        self.form.setFocus()


class DueHintLine(QWidget):
    """One quiet line when a questionnaire is due; gone for the day on "Not today"."""

    take_requested = Signal(str)  # the questionnaire's id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._instrument = ""
        self.label = named(QLabel(wordWrap=True), "hint")
        self.label.setAccessibleName(self.tr("A questionnaire you could take"))
        self.take_button = named(QPushButton(self.tr("Take it now")), "link")
        self.take_button.setAccessibleName(self.tr("Take the questionnaire now"))
        self.dismiss_button = named(QPushButton(self.tr("Not today")), "link")
        self.dismiss_button.setAccessibleName(self.tr("Hide this hint for today"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.take_button)
        row.addWidget(self.dismiss_button)
        self.take_button.clicked.connect(self._on_take_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)

    def _today(self) -> str:
        return self._services.journeys.now().date().isoformat()

    def refresh(self) -> None:
        """Show the first due questionnaire, unless dismissed today or none is due."""
        hint = None
        settings = self._services.settings
        if settings.get(HINTS_KEY) and settings.get(DISMISSED_KEY) != self._today():
            journeys = self._services.journeys
            courses = journeys.courses.course_times(journeys.now())
            hints = self._services.assessments.due(courses, journeys.now())
            hint = hints[0] if hints else None
        self._instrument = hint.instrument if hint is not None else ""
        if hint is not None:
            self.label.setText(self.hint_text(hint))
        self.setVisible(hint is not None)

    def hint_text(self, hint: Suggestion) -> str:
        name = instrument(hint.instrument).name
        return self.tr("{why}. A {name} now can show how you've been.").format(
            why=render(phrase(hint.why)), name=name
        )

    def _on_take_button_clicked(self) -> None:
        if self._instrument:
            self.take_requested.emit(self._instrument)

    def _on_dismiss_button_clicked(self) -> None:
        self._services.settings.set(DISMISSED_KEY, self._today())
        self.hide()
