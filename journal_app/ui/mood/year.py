"""Year at a glance: every day of a year coloured by mood, sessions marked, a day opened."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.bundle import Services
from journal_app.ui.mood.year_data import YearDays, year_days, year_span
from journal_app.ui.mood.year_day import DayPanel
from journal_app.ui.mood.year_legend import YearLegend
from journal_app.ui.mood.year_model import DATE_ROLE, YearModel
from journal_app.ui.mood.year_view import YearView
from journal_app.ui.named import named
from journal_app.ui.theme import ThemeManager


class YearSection(QWidget):
    """A year chooser, the calendar and its key, and the day last opened."""

    open_entry_requested = Signal(str)
    open_journey_requested = Signal(str)

    def __init__(
        self, services: Services, theme: ThemeManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._span = range(self._today().year, self._today().year + 1)

        self.previous_button = QPushButton("‹")
        self.previous_button.setAccessibleName(self.tr("Previous year"))
        self.previous_button.setToolTip(self.tr("Previous year"))
        self.year_label = named(QLabel(), "sectionTitle")
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName(self.tr("Next year"))
        self.next_button.setToolTip(self.tr("Next year"))
        self.this_year_button = QPushButton(self.tr("This year"))
        self.this_year_button.setAccessibleName(self.tr("Show this year"))
        self.model = YearModel(self)
        self.view = YearView(self.model, theme)
        self.legend = YearLegend(theme)
        self.day = DayPanel()

        chooser = QHBoxLayout()
        chooser.setSpacing(6)
        for widget in (self.previous_button, self.year_label, self.next_button):
            chooser.addWidget(widget)
        chooser.addSpacing(8)
        chooser.addWidget(self.this_year_button)
        chooser.addStretch(1)
        day_card = named(QFrame(), "card")
        day_layout = QVBoxLayout(day_card)
        day_layout.setContentsMargins(20, 16, 20, 16)
        day_layout.addWidget(self.day)
        inner = named(QWidget(), "page")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(32, 8, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(chooser)
        layout.addWidget(self.view)
        layout.addWidget(self.legend)
        layout.addWidget(day_card)
        layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for first, second in (
            (self.previous_button, self.next_button),
            (self.next_button, self.this_year_button),
            (self.this_year_button, self.view),
        ):
            QWidget.setTabOrder(first, second)

        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.this_year_button.clicked.connect(self._on_this_year_button_clicked)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        self.day.open_entry_requested.connect(self.open_entry_requested)
        self.day.open_journey_requested.connect(self.open_journey_requested)
        self.model.set_days(YearDays(self._today().year), self._today())
        self.refresh()

    def year(self) -> int:
        return self.model.year

    def span(self) -> range:
        """The years the chooser offers."""
        return self._span

    def refresh(self) -> None:
        """Re-read the shown year (and which years there are) from the journal."""
        services = self._services
        self._span = year_span(
            services.checkins.checkins(), services.journeys.journeys(), self._today().year
        )
        self.show_year(self.model.year if self.model.year in self._span else self._today().year)
        if self.day.day is not None:
            self.open_day(self.day.day)

    def show_year(self, year: int) -> None:
        """Show ``year``; the cursor keeps its day and month where the year has them."""
        year = min(max(year, self._span.start), self._span.stop - 1)
        current = self.view.current_day()
        start, end = date(year, 1, 1), date(year, 12, 31)
        days = year_days(
            self._services.checkins.checkins(start=start, end=end),
            (r for r in self._services.journeys.journeys() if start <= r.data.when.date() <= end),
            year,
        )
        self.model.set_days(days, self._today())
        self.year_label.setText(str(year))
        self.year_label.setAccessibleName(self.tr("Showing {year}").format(year=year))
        self.view.setAccessibleName(self.tr("Your mood in {year}, day by day").format(year=year))
        self.previous_button.setEnabled(year > self._span.start)
        self.next_button.setEnabled(year < self._span.stop - 1)
        self.view.set_current_day(self._cursor_day(year, current, self._today()))

    def open_day(self, day: date) -> None:
        """Show what happened on ``day`` below the calendar."""
        services = self._services
        self.model.set_opened(day)
        journeys = [r for r in services.journeys.journeys() if r.data.when.date() == day]
        self.day.show_day(
            day,
            services.checkins.checkins(start=day, end=day),
            journeys,
            list(reversed(services.journal.entries(start=day, end=day))),
        )

    @staticmethod
    def _cursor_day(year: int, before: date | None, today: date) -> date:
        """The same day and month in ``year`` (28 February for a 29th), else today or 1 January."""
        if before is None:
            return today if today.year == year else date(year, 1, 1)
        last = calendar.monthrange(year, before.month)[1]
        return date(year, before.month, min(before.day, last))

    def _today(self) -> date:
        return self._services.journeys.now().date()

    def _on_previous_button_clicked(self) -> None:
        self.show_year(self.model.year - 1)

    def _on_next_button_clicked(self) -> None:
        self.show_year(self.model.year + 1)

    def _on_this_year_button_clicked(self) -> None:
        self.show_year(self._today().year)
        self.view.set_current_day(self._today())

    def _on_view_clicked(self, index: QModelIndex) -> None:
        day = index.data(DATE_ROLE)
        if isinstance(day, date):
            self.open_day(day)
