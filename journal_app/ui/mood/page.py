"""The Mood page: the chart, the year at a glance, check-ins and questionnaires."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.bundle import Services
from journal_app.ui.mood.checkin_form import CheckInForm
from journal_app.ui.mood.history import AssessmentHistory
from journal_app.ui.mood.questionnaire import QuestionnaireForm
from journal_app.ui.mood.recent import RecentCheckIns
from journal_app.ui.mood.toggles import one_tab_stop, toggle_button
from journal_app.ui.mood.trends import TrendsSection
from journal_app.ui.mood.year import YearSection
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card, centred_column
from journal_app.ui.theme import ThemeManager
from journal_app.ui.watch import JournalWatch

SECTIONS = ("chart", "year", "checkin", "questionnaires")


class MoodPage(QWidget):
    """How someone has been: in numbers over time, today's check-in, and questionnaires."""

    status_message = Signal(str)
    open_journey_requested = Signal(str)
    open_entry_requested = Signal(str)

    def __init__(
        self, services: Services, theme: ThemeManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._theme = theme
        self._watch = JournalWatch(services)

        labels = {
            "chart": self.tr("Chart"),
            "year": self.tr("Year"),
            "checkin": self.tr("Check in"),
            "questionnaires": self.tr("Questionnaires"),
        }
        self.section_buttons = QButtonGroup(self)
        one_tab_stop(self.section_buttons)
        header = QHBoxLayout()
        header.setContentsMargins(32, 24, 32, 8)
        header.addWidget(named(QLabel(self.tr("Mood")), "pageTitle"))
        header.addStretch(1)
        for index, name in enumerate(SECTIONS):
            name_read = self.tr("Show {section}").format(section=labels[name])
            header.addWidget(
                toggle_button(labels[name], name_read, self.section_buttons, index, self)
            )

        self.trends = TrendsSection(services, theme)
        self.year = YearSection(services, theme)
        self.checkin_form = CheckInForm(services)
        self.recent = RecentCheckIns(services)
        self.questionnaire = QuestionnaireForm(services)
        self.history = AssessmentHistory(services)

        checkin_page = named(QWidget(), "page")
        checkin_card, checkin_layout = card(self.tr("How are you right now?"))
        checkin_layout.addWidget(self.checkin_form)
        recent_card, recent_layout = card(self.tr("Recent check-ins"))
        recent_layout.addWidget(self.recent)
        centred_column(checkin_page, [checkin_card, recent_card])
        questionnaire_page = named(QWidget(), "page")
        form_card, form_layout = card(self.tr("Take a questionnaire"))
        form_layout.addWidget(self.questionnaire)
        history_card, history_layout = card(self.tr("Your results"))
        history_layout.addWidget(self.history)
        centred_column(questionnaire_page, [form_card, history_card])

        self.sections = QStackedWidget()
        for section in (self.trends, self.year, checkin_page, questionnaire_page):
            self.sections.addWidget(section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.sections, 1)

        self.section_buttons.idClicked.connect(self._on_section_buttons_id_clicked)
        self.trends.journey_clicked.connect(self.open_journey_requested)
        self.year.open_journey_requested.connect(self.open_journey_requested)
        self.year.open_entry_requested.connect(self.open_entry_requested)
        self.checkin_form.saved.connect(self._on_checkin_form_saved)
        self.checkin_form.undone.connect(lambda _: self._on_data_changed())
        self.recent.edit_requested.connect(self._on_recent_edit_requested)
        self.recent.changed.connect(self._on_recent_changed)
        self.questionnaire.taken.connect(self._on_questionnaire_taken)
        self.questionnaire.instrument_changed.connect(self.history.set_instrument)
        self.history.changed.connect(self._on_data_changed)
        self.show_section("chart")

    def show_section(self, name: str) -> None:
        """Show "chart", "year", "checkin" or "questionnaires"."""
        index = SECTIONS.index(name)
        self.section_buttons.button(index).setChecked(True)
        self.sections.setCurrentIndex(index)

    def current_section(self) -> str:
        return SECTIONS[self.sections.currentIndex()]

    def open_questionnaire(self, instrument_id: str) -> None:
        """Show the questionnaire ``instrument_id``, ready to answer."""
        self.show_section("questionnaires")
        self.questionnaire.choose(instrument_id)
        self.questionnaire.focus_first_item()

    def refresh(self) -> None:
        """Re-read check-ins and results if anything changed since the last look."""
        if not self._watch.changed():
            return
        self.recent.refresh()
        self.history.refresh()
        self.trends.refresh()
        self.year.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)

    def _on_section_buttons_id_clicked(self, index: int) -> None:
        self.show_section(SECTIONS[index])
        if SECTIONS[index] == "checkin":
            self.checkin_form.setFocus()

    def _on_checkin_form_saved(self, _: str) -> None:
        self.status_message.emit(self.tr("Check-in saved."))
        self._on_data_changed()

    def _on_recent_edit_requested(self, record_id: str) -> None:
        self.checkin_form.edit(self._services.vault.store.get(record_id))

    def _on_recent_changed(self) -> None:
        editing = self.checkin_form.editing
        if editing is not None and self._services.vault.store.get(editing.id).deleted:
            self.checkin_form.reset()
        self._on_data_changed()

    def _on_questionnaire_taken(self, _: str) -> None:
        self.status_message.emit(self.tr("Your answers are saved."))
        self._on_data_changed()

    def _on_data_changed(self) -> None:
        self._watch.forget()
        self.refresh()
