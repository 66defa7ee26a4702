"""Names that used to hide Qt's API mean Qt's thing again; the typed helpers behave."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from journal_app.services.bundle import Services
from journal_app.ui.journeys.empty import UndoBar
from journal_app.ui.journeys.stepper import STEPS, StepBar
from journal_app.ui.mood.chart import MoodChart
from journal_app.ui.named import named
from journal_app.ui.summary.period import PeriodChooser

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_named_sets_the_name_the_style_sheet_reads_and_returns_the_widget(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet("QLabel#muted { color: rgb(1, 2, 3); }")
    label = QLabel("quiet words", holder)
    assert named(label, "muted") is label
    assert label.objectName() == "muted"
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(1, 2, 3)


def test_named_keeps_the_type_for_the_caller(qtbot) -> None:
    button = named(QPushButton("Undo"), "link")
    qtbot.addWidget(button)
    button.setCheckable(True)  # a QPushButton method: the type came back whole
    assert button.isCheckable()


def test_the_mood_chart_answers_qt_metric_and_names_its_metric_apart(
    qtbot, unlocked: Services, theme
) -> None:
    chart = MoodChart(unlocked, theme.colours())
    qtbot.addWidget(chart)
    chart.resize(640, 300)
    assert chart.metric(QPaintDevice.PaintDeviceMetric.PdmWidth) == 640
    chart.set_metric("phq9")
    assert chart.metric_name == "phq9"
    # The plot's font() is Qt's again; the labels' own font is label_font.
    assert isinstance(chart.plot.font(), QFont)
    assert chart.plot.label_font.pixelSize() > 0


def test_the_step_bar_moves_like_a_widget_and_steps_with_step_by(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = StepBar(holder)
    chosen: list[str] = []
    bar.step_chosen.connect(chosen.append)
    bar.move(QPoint(7, 9))
    assert bar.pos() == QPoint(7, 9)
    bar.step_by(2)
    assert bar.current() == STEPS[2]
    bar.step_by(99)  # stops at the last step
    bar.step_by(-99)  # and at the first
    assert chosen == [STEPS[2], STEPS[-1], STEPS[0]]


def test_the_undo_bar_dismisses_and_keeps_qt_hide(qtbot) -> None:
    bar = UndoBar()
    qtbot.addWidget(bar)
    assert UndoBar.hide is QWidget.hide
    bar.offer("abc123", "Session 1 is in the Trash.")
    assert bar.isVisible()
    bar.dismiss()
    assert bar.record_id is None
    assert not bar.isVisible()


def test_the_period_reads_in_order_whichever_way_it_was_typed(qtbot) -> None:
    chooser = PeriodChooser(date(2026, 3, 14))
    qtbot.addWidget(chooser)
    chooser.choose("custom")
    chooser.start.setDate(QDate(2026, 3, 10))
    chooser.end.setDate(QDate(2026, 2, 1))
    assert chooser.range() == (date(2026, 2, 1), date(2026, 3, 10))
