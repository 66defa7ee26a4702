"""Today's journey cards: integration steps that are ready, insights, the next session.

And, in the four weeks after an induction course, a gentle daily mood nudge (dismissible
for the day, no streaks) and one kind line if mood has been falling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.course_schedule import is_course_step, step_kind
from journal_app.domain.integration import OVERDUE
from journal_app.domain.relapse import FALLING_LINE
from journal_app.domain.text import first_line
from journal_app.messages import phrase
from journal_app.services.bundle import Services
from journal_app.services.guides import integration_step, preparation_checklist
from journal_app.services.journeys import LET_GO_AFTER, DueStep
from journal_app.services.relapse import RelapseService
from journal_app.ui.date_words import in_words
from journal_app.ui.journeys.describe import preparation_progress
from journal_app.ui.journeys.describe import step_label as course_step_label
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card

INSIGHTS_SHOWN = 3
NUDGE_DISMISSED_KEY = "mood_nudge_dismissed"  # the day "Not today" was chosen
ROLE_JOURNEY = Qt.ItemDataRole.UserRole
ROLE_STEP = Qt.ItemDataRole.UserRole + 1


def step_label(step: str) -> str:
    """ "+1 day" for "1d", "right after" for "0h", "Week 2" for "course-week-2"."""
    if is_course_step(step):
        return course_step_label(step)
    amount, unit = int(step[:-1]), step[-1]
    if unit == "h":
        return "right after" if amount == 0 else f"+{amount} hours"
    return f"+{amount} day" + ("" if amount == 1 else "s")


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def _fit(widget: QListWidget) -> None:
    widget.setFixedHeight(max(1, widget.count()) * 34 + 8)
    widget.setVisible(widget.count() > 0)


class IntegrationCard(QWidget):
    """Steps due or overdue (one click opens them) and starred insights to revisit."""

    open_requested = Signal(str, str)  # journey id, step

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.frame, layout = card(self.tr("Integration"))
        self.steps = _list(self.tr("Integration steps ready for you"))
        self.steps_empty = named(
            QLabel(
                self.tr("Nothing is waiting. Steps appear here in the month after a session."),
                wordWrap=True,
            ),
            "muted",
        )
        self.more = named(
            QLabel(
                self.tr("A few more reflections are waiting in Journeys — no rush."), wordWrap=True
            ),
            "hint",
        )
        self.more.setAccessibleName(self.tr("More reflections are waiting"))
        self.insights_title = named(QLabel(self.tr("Insights to carry forward")), "hint")
        self.insights = _list(self.tr("Your starred insights"))
        for each in (self.steps, self.more, self.steps_empty, self.insights_title, self.insights):
            layout.addWidget(each)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.steps.itemActivated.connect(self._on_item_activated)
        self.insights.itemActivated.connect(self._on_item_activated)

    def refresh(self) -> None:
        journeys = self._services.journeys
        self.steps.clear()
        shown = journeys.due()  # at most three, the most recent first
        for due in shown:
            step = due.state.step
            when = self.tr("waiting") if due.state.status == OVERDUE else self.tr("ready now")
            if is_course_step(step):
                text = self.tr("Course: {label} · {title} · {when}").format(
                    label=step_label(step), title=integration_step(step_kind(step)).title, when=when
                )
            else:
                number = self._number(due)
                text = self.tr("Session {n}, {label}: {title} · {when}").format(
                    n=number, label=step_label(step), title=integration_step(step).title, when=when
                )
            self._add(self.steps, text, due.journey.id, step)
        waiting = journeys.courses.waiting(journeys.now(), LET_GO_AFTER)
        self.more.setVisible(waiting > len(shown))
        self.steps_empty.setVisible(self.steps.count() == 0)
        _fit(self.steps)
        self.insights.clear()
        for insight in journeys.insights()[:INSIGHTS_SHOWN]:
            number, _ = journeys.number_in_series(insight.journey)
            text = self.tr("Session {n}: {words}").format(
                n=number, words=first_line(insight.answer.text, 90)
            )
            self._add(self.insights, text, insight.journey.id, insight.step)
        self.insights_title.setVisible(self.insights.count() > 0)
        _fit(self.insights)

    def _number(self, due: DueStep) -> int:
        """The session's number within its course."""
        if due.course is not None:
            return due.course.number(due.journey.id)[0]
        return self._services.journeys.number_in_series(due.journey)[0]

    @staticmethod
    def _add(widget: QListWidget, text: str, journey_id: str, step: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE_JOURNEY, journey_id)
        item.setData(ROLE_STEP, step)
        widget.addItem(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(ROLE_JOURNEY), item.data(ROLE_STEP))


class NextSessionCard(QWidget):
    """The next planned journey, its intention and how far preparation has come."""

    open_requested = Signal(str, str)  # journey id, "" for its first unfinished step

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._journey_id = ""
        self.frame, layout = card(self.tr("Next session"))
        self.label = QLabel(wordWrap=True)
        self.label.setAccessibleName(self.tr("Your next planned session"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Preparation progress"))
        self.progress_label = named(QLabel(), "hint")
        self.open_button = QPushButton(self.tr("Open this journey"))
        self.open_button.setAccessibleName(self.tr("Open your next journey"))
        for each in (self.label, self.progress, self.progress_label, self.open_button):
            layout.addWidget(each)
        layout.setAlignment(self.open_button, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    def refresh(self) -> None:
        journeys = self._services.journeys
        record = journeys.next_planned()
        has_one = record is not None
        for widget in (self.progress, self.progress_label, self.open_button):
            widget.setVisible(has_one)
        if record is None:
            self._journey_id = ""
            self.label.setText(self.tr("No session planned. When you plan one, it will show here."))
            return
        self._journey_id = record.id
        journey = record.data
        number, _ = journeys.number_in_series(record)
        planned = journey.planned_at
        when = self.tr("{day} at {time}").format(
            day=in_words(planned, "dddd dd MMMM"), time=in_words(planned, "HH:mm")
        )
        text = self.tr("Session {n} is planned for {when}.").format(n=number, when=when)
        if journey.intention.sentence:
            text += "\n" + self.tr("Your intention: “{s}”").format(s=journey.intention.sentence)
        self.label.setText(text)
        ready, total = preparation_progress(preparation_checklist(), journey)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(ready)
        self.progress_label.setText(
            self.tr("Preparation: {ready} of {total} ready").format(ready=ready, total=total)
        )

    def _on_open_button_clicked(self) -> None:
        if self._journey_id:
            self.open_requested.emit(self._journey_id, "")


class AfterCourseLine(QWidget):
    """The weeks after an induction: a mood nudge under the check-in, gone for the day on
    "Not today" (no streaks, nothing counted); and one kind line when mood has been falling.

    Quiet outside those four weeks.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._relapse = RelapseService(services.vault)
        self.falling = named(QLabel(render(phrase(FALLING_LINE)), wordWrap=True), "hint")
        self.falling.setAccessibleName(self.tr("About the last week"))
        self.nudge = named(
            QLabel(
                self.tr("After a course, a mood each day (just above) shows how the weeks go."),
                wordWrap=True,
            ),
            "hint",
        )
        self.nudge.setAccessibleName(self.tr("A mood for today"))
        self.dismiss_button = named(QPushButton(self.tr("Not today")), "link")
        self.dismiss_button.setAccessibleName(self.tr("Hide the mood nudge for today"))
        self.nudge_row = QWidget()
        row = QHBoxLayout(self.nudge_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nudge, 1)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.nudge_row)
        layout.addWidget(self.falling)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)

    def _today(self) -> str:
        return self._services.journeys.now().date().isoformat()

    def refresh(self) -> None:
        journeys = self._services.journeys
        now = journeys.now()
        watch = self._relapse.watch(journeys.courses.relapse_anchor(now), now)
        dismissed = self._services.settings.get(NUDGE_DISMISSED_KEY) == self._today()
        nudge = watch.nudge_today and not dismissed
        self.falling.setVisible(watch.falling)
        self.nudge_row.setVisible(nudge)
        self.setVisible(watch.falling or nudge)

    def _on_dismiss_button_clicked(self) -> None:
        self._services.settings.set(NUDGE_DISMISSED_KEY, self._today())
        self.refresh()
