"""Today's quick check-in card and the one-line hint that a questionnaire is due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.domain.cadence import Suggestion
from journal_app.instruments.definitions import instrument
from journal_app.services.bundle import Services
from journal_app.ui.mood.checkin_form import CheckInForm
from journal_app.ui.pages.layout import card

DISMISSED_KEY = "questionnaire_hint_dismissed"  # the day "Not today" was chosen
HINTS_KEY = "questionnaire_hints"  # the Settings switch


class QuickCheckInCard(QWidget):
    """ "How are you right now?" with the check-in form, feeling words folded away."""

    saved = Signal(str)  # the check-in's record id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card(self.tr("How are you right now?"))
        self.form = CheckInForm(services, words_folded=True)
        layout.addWidget(self.form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setFocusProxy(self.form)
        self.form.saved.connect(self.saved)


class DueHintLine(QWidget):
    """One quiet line when a questionnaire is due; gone for the day on "Not today"."""

    take_requested = Signal(str)  # the questionnaire's id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._instrument = ""
        self.label = QLabel(objectName="hint", wordWrap=True)
        self.label.setAccessibleName(self.tr("A questionnaire you could take"))
        self.take_button = QPushButton(self.tr("Take it now"), objectName="link")
        self.take_button.setAccessibleName(self.tr("Take the questionnaire now"))
        self.dismiss_button = QPushButton(self.tr("Not today"), objectName="link")
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
            why=hint.why, name=name
        )

    def _on_take_button_clicked(self) -> None:
        if self._instrument:
            self.take_requested.emit(self._instrument)

    def _on_dismiss_button_clicked(self) -> None:
        self._services.settings.set(DISMISSED_KEY, self._today())
        self.hide()
