"""Today: a greeting, a quick check-in, today's prompt, the last few entries, the next session."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from journal_app.domain.text import first_line
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.bundle import Services
from journal_app.texts import load_toml
from journal_app.ui.date_words import in_words
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card, centred_column
from journal_app.ui.pages.today_checkin import DueHintLine, QuickCheckInCard
from journal_app.ui.pages.today_journeys import AfterCourseLine, IntegrationCard, NextSessionCard
from journal_app.ui.pages.today_weekly import QuestionsLine, WeeklyCheckCard
from journal_app.ui.watch import JournalWatch

RECENT = 5


def greeting_for(hour: int) -> str:
    """A greeting that fits the time of day (kept kind at night)."""
    if 5 <= hour < 12:
        return QT_TRANSLATE_NOOP("TodayPage", "Good morning")
    if 12 <= hour < 18:
        return QT_TRANSLATE_NOOP("TodayPage", "Good afternoon")
    if 18 <= hour < 23:
        return QT_TRANSLATE_NOOP("TodayPage", "Good evening")
    return QT_TRANSLATE_NOOP("TodayPage", "Still up? Go gently tonight")


def prompt_of_the_day(prompts: list[dict[str, str]], day: str, offset: int = 0) -> dict[str, str]:
    """The same prompt all day long; ``offset`` steps to another one."""
    digest = int(hashlib.sha256(day.encode()).hexdigest(), 16)
    return prompts[(digest + offset) % len(prompts)]


class TodayPage(QWidget):
    """The page Afterglow opens on."""

    open_entry_requested = Signal(str)
    open_journey_requested = Signal(str, str)  # journey id, integration step or ""
    new_entry_requested = Signal(str)  # a prompt id, or "" for a blank entry
    questionnaire_requested = Signal(str)  # a questionnaire id, to take on the Mood page

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._offset = 0
        self._watch = JournalWatch(services, seen_now=False)
        self._prompts = load_toml("prompts/daily.toml")["prompts"]
        now = services.journeys.now()
        self._today = now.date()

        greeting = greeting_for(now.hour)
        self.greeting = named(QLabel(self.tr(greeting)), "pageTitle")  # i18n: marked
        self.date_label = named(QLabel(in_words(self._today, "dddd dd MMMM yyyy")), "muted")
        self.greeting.setAccessibleName(self.tr("Greeting"))
        self.checkin = QuickCheckInCard(services)
        self.due_hint = DueHintLine(services)
        self.after_course = AfterCourseLine(services)
        self.weekly = WeeklyCheckCard(services)
        self.questions_line = QuestionsLine(services)

        prompt_card, prompt_layout = card(self.tr("Today's prompt"))
        self.prompt_label = QLabel(wordWrap=True)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_label.setAccessibleName(self.tr("Today's prompt"))
        self.write_button = named(QPushButton(self.tr("Write about this")), "primary")
        self.write_button.setAccessibleName(self.tr("Write an entry about today's prompt"))
        self.another_button = QPushButton(self.tr("Another prompt"))
        self.another_button.setAccessibleName(self.tr("Show another prompt"))
        self.blank_button = QPushButton(self.tr("Blank entry"))
        self.blank_button.setAccessibleName(self.tr("Write a new entry without a prompt"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.blank_button)
        prompt_layout.addWidget(self.prompt_label)
        prompt_layout.addLayout(buttons)

        recent_card, recent_layout = card(self.tr("Lately"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Your most recent entries"))
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setFixedHeight(RECENT * 34 + 8)
        self.recent_empty = named(
            QLabel(
                self.tr("Nothing written yet. Whatever you write stays on this computer."),
                wordWrap=True,
            ),
            "muted",
        )
        recent_layout.addWidget(self.recent)
        recent_layout.addWidget(self.recent_empty)

        self.integration = IntegrationCard(services)
        self.next_session = NextSessionCard(services)

        centred_column(
            self,
            [
                self.greeting,
                self.date_label,
                self.checkin,
                self.weekly,
                self.questions_line,
                self.after_course,
                self.due_hint,
                self.integration,
                prompt_card,
                self.next_session,
                recent_card,
            ],
        )

        self.write_button.clicked.connect(self._on_write_clicked)
        self.another_button.clicked.connect(self._on_another_clicked)
        self.blank_button.clicked.connect(lambda: self.new_entry_requested.emit(""))
        self.recent.itemActivated.connect(self._on_recent_activated)
        self.integration.open_requested.connect(self.open_journey_requested)
        self.next_session.open_requested.connect(self.open_journey_requested)
        self.due_hint.take_requested.connect(self.questionnaire_requested)
        self.checkin.changed.connect(self.after_course.refresh)
        self.weekly.questions_requested.connect(self._on_questions_requested)
        self.questions_line.open_requested.connect(self._on_questions_requested)
        self.refresh()

    @property
    def prompt(self) -> dict[str, str]:
        return prompt_of_the_day(self._prompts, self._today.isoformat(), self._offset)

    def refresh(self) -> None:
        """Re-read the journal if it changed since the last look."""
        if not self._watch.changed():
            return
        self.prompt_label.setText(self.prompt["text"])
        self.recent.clear()
        for record in self._services.journal.entries()[:RECENT]:
            entry = record.data
            heading = entry.title or first_line(entry.body, 70)
            item = QListWidgetItem(f"{in_words(entry.day, 'ddd dd MMM')}   {heading}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.recent.addItem(item)
        has_entries = self.recent.count() > 0
        self.recent.setVisible(has_entries)
        self.recent_empty.setVisible(not has_entries)
        self.checkin.refresh()
        self.due_hint.refresh()
        self.weekly.refresh()
        self.questions_line.refresh()
        self.after_course.refresh()
        self.integration.refresh()
        self.next_session.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.weekly.settle()  # its thanks were seen; back on Today, it is gone until due
        self.checkin.settle()  # a check-in made here now reads "You checked in at …"
        super().hideEvent(event)

    def _on_questions_requested(self) -> None:
        from journal_app.ui.questions import QuestionsDialog  # loaded when first opened

        QuestionsDialog.show_for(self, self._services)

    def _on_write_clicked(self) -> None:
        self.new_entry_requested.emit(self.prompt["id"])

    def _on_another_clicked(self) -> None:
        self._offset += 1
        self.prompt_label.setText(self.prompt["text"])

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.open_entry_requested.emit(item.data(Qt.ItemDataRole.UserRole))
