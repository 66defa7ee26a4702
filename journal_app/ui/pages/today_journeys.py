"""Today's journey cards: integration steps that are ready, insights, the next session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.integration import OVERDUE
from journal_app.domain.text import first_line
from journal_app.services.bundle import Services
from journal_app.services.guides import integration_step, preparation_checklist
from journal_app.ui.pages.layout import card

INSIGHTS_SHOWN = 3
ROLE_JOURNEY = Qt.ItemDataRole.UserRole
ROLE_STEP = Qt.ItemDataRole.UserRole + 1


def step_label(step: str) -> str:
    """ "+1 day" for "1d", "+0 hours" for "0h"."""
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
        self.steps_empty = QLabel(
            self.tr("Nothing is waiting. Steps appear here in the month after a session."),
            objectName="muted",
            wordWrap=True,
        )
        self.insights_title = QLabel(self.tr("Insights to carry forward"), objectName="hint")
        self.insights = _list(self.tr("Your starred insights"))
        for each in (self.steps, self.steps_empty, self.insights_title, self.insights):
            layout.addWidget(each)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.steps.itemActivated.connect(self._on_item_activated)
        self.insights.itemActivated.connect(self._on_item_activated)

    def refresh(self) -> None:
        journeys = self._services.journeys
        self.steps.clear()
        for due in journeys.due():
            number, _ = journeys.number_in_series(due.journey)
            title = integration_step(due.state.step).title
            when = self.tr("waiting") if due.state.status == OVERDUE else self.tr("ready now")
            text = self.tr("Session {n}, {label}: {title} · {when}").format(
                n=number, label=step_label(due.state.step), title=title, when=when
            )
            self._add(self.steps, text, due.journey.id, due.state.step)
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
        frame, layout = card(self.tr("Next session"))
        self.label = QLabel(wordWrap=True)
        self.label.setAccessibleName(self.tr("Your next planned session"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Preparation progress"))
        self.progress_label = QLabel(objectName="hint")
        self.open_button = QPushButton(self.tr("Open this journey"))
        self.open_button.setAccessibleName(self.tr("Open your next journey"))
        for each in (self.label, self.progress, self.progress_label, self.open_button):
            layout.addWidget(each)
        layout.setAlignment(self.open_button, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    @property
    def frame(self) -> QFrame:
        return self.findChild(QFrame, "card")

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
        text = self.tr("Session {n} is planned for {when}.").format(
            n=number, when=journey.planned_at.strftime("%A %d %B at %H:%M")
        )
        if journey.intention.sentence:
            text += "\n" + self.tr("Your intention: “{s}”").format(s=journey.intention.sentence)
        self.label.setText(text)
        items = [i.id for i in preparation_checklist() if i.id not in journey.preparation.hidden]
        items += [item_id for item_id, _ in journey.preparation.custom_items]
        ready = sum(1 for i in items if i in journey.preparation.checked)
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(ready)
        self.progress_label.setText(
            self.tr("Preparation: {ready} of {total} ready").format(ready=ready, total=len(items))
        )

    def _on_open_button_clicked(self) -> None:
        if self._journey_id:
            self.open_requested.emit(self._journey_id, "")
