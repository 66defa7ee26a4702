"""The chart part of the Mood page: what to show, over how long, and what it adds up to."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.bundle import Services
from journal_app.ui.mood.chart import MoodChart
from journal_app.ui.mood.insights import InsightsPanel
from journal_app.ui.mood.toggles import one_tab_stop, toggle_button
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card
from journal_app.ui.theme import ThemeManager

DEFAULT_DAYS = 90
ALL = 0  # the range buttons' id for "All"
CHART_MIN_HEIGHT = 300


class TrendsSection(QWidget):
    """A metric picker, 30 days / 90 days / 1 year / All, the chart and the figures."""

    journey_clicked = Signal(str)

    def __init__(
        self, services: Services, theme: ThemeManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._theme = theme
        self.metric_choice = QComboBox()
        self.metric_choice.setAccessibleName(self.tr("What the chart shows"))
        for name, label in (
            ("mood", self.tr("Mood")),
            ("anxiety", self.tr("Anxiety")),
            ("energy", self.tr("Energy")),
            ("sleep_hours", self.tr("Hours of sleep")),
            ("phq9", "PHQ-9"),
            ("gad7", "GAD-7"),
            ("who5", "WHO-5"),
            ("pcl5", "PCL-5"),
        ):
            self.metric_choice.addItem(label, name)
        self.ranges = QButtonGroup(self)
        one_tab_stop(self.ranges)
        range_row = QHBoxLayout()
        range_row.setSpacing(6)
        for days, label in (
            (30, self.tr("30 days")),
            (90, self.tr("90 days")),
            (365, self.tr("1 year")),
            (None, self.tr("All")),
        ):
            name = self.tr("Show {span}").format(span=label)
            range_row.addWidget(toggle_button(label, name, self.ranges, days or ALL, self))
        self.chart = MoodChart(services, theme.colours())
        self.chart.setMinimumHeight(CHART_MIN_HEIGHT)
        self.insights = InsightsPanel(services)

        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Show")))
        toolbar.addWidget(self.metric_choice)
        toolbar.addStretch(1)
        toolbar.addLayout(range_row)
        insights_card, insights_layout = card(self.tr("What your entries show"))
        insights_layout.addWidget(self.insights)
        inner = named(QWidget(), "page")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(32, 8, 32, 24)
        layout.setSpacing(14)
        layout.addLayout(toolbar)
        layout.addWidget(self.chart, 1)
        layout.addWidget(insights_card)
        scroll = QScrollArea(widgetResizable=True)  # in a small window, the figures scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take focus instead
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.metric_choice.currentIndexChanged.connect(self._on_metric_current_index_changed)
        self.ranges.idClicked.connect(self._on_ranges_id_clicked)
        self.chart.journey_clicked.connect(self.journey_clicked)
        theme.theme_changed.connect(self._on_theme_changed)
        self.set_range(DEFAULT_DAYS)

    def set_range(self, days: int | None) -> None:
        """Show the last ``days`` days (30, 90, 365) or everything (None)."""
        self.ranges.button(days or ALL).setChecked(True)
        self.chart.set_range(days)
        self._refresh_insights()

    def days(self) -> int | None:
        return self.ranges.checkedId() or None

    def refresh(self) -> None:
        self.chart.refresh()
        self._refresh_insights()

    def _refresh_insights(self) -> None:
        days = self.days()
        start = None
        if days is not None:
            start = self._services.journeys.now().date() - timedelta(days=days - 1)
        self.insights.refresh(start)

    def _on_metric_current_index_changed(self, _: int) -> None:
        self.chart.set_metric(self.metric_choice.currentData())

    def _on_ranges_id_clicked(self, days: int) -> None:
        self.set_range(days or None)

    def _on_theme_changed(self, _: str) -> None:
        self.chart.set_colours(self._theme.colours())
