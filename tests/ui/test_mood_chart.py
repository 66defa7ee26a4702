"""The mood chart widget: empty, one point, gaps, long series, ranges, sessions, print."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPdfWriter, QPicture, QWheelEvent
from PySide6.QtWidgets import QApplication

from journal_app.domain.checkin import CheckIn
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.mood.chart import MoodChart
from journal_app.ui.mood.chart_data import DAY, local_midnight

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
TODAY = date(2026, 3, 14)  # the fixed clock in tests/conftest.py
PHQ9_MODERATE = [2, 2, 1, 1, 1, 1, 1, 1, 2]  # 12


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates read "Sun 1 Mar 2026" whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def make_chart(qtbot, unlocked: Services, theme) -> Callable[..., MoodChart]:
    def make(*, show: bool = True) -> MoodChart:
        chart = MoodChart(unlocked, theme.colours())
        chart.resize(1000, 400)
        qtbot.addWidget(chart)
        if show:
            chart.show()
            qtbot.waitExposed(chart)
        return chart

    return make


def evening(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=20)


def add_days(services: Services, first: date, offsets: list[int]) -> None:
    for n in offsets:
        day = first + timedelta(days=n)
        services.checkins.add(3 + n % 6, at=evening(day), sleep_hours=7.0)


def x_range(chart: MoodChart) -> tuple[float, float]:
    left, right = chart.plot.vb.viewRange()[0]
    return left, right


def test_with_no_check_ins_a_calm_message_stands_in_for_the_plot(make_chart):
    chart = make_chart()
    assert chart._stack.currentWidget() is chart.message
    assert chart.message.text() == "No check-ins yet. Your first one will start the line."
    chart.set_metric("phq9")
    assert "No PHQ-9 results yet" in chart.message.text()


def test_check_ins_without_that_number_say_so_kindly(make_chart, unlocked):
    unlocked.checkins.add(6, at=evening(TODAY))
    chart = make_chart()
    chart.set_metric("sleep_hours")
    assert chart._stack.currentWidget() is chart.message
    assert "hours of sleep" in chart.message.text()
    chart.set_metric("mood")
    assert chart._stack.currentWidget() is chart.view


def test_one_check_in_is_one_visible_point_with_room_around_it(make_chart, unlocked):
    unlocked.checkins.add(7, at=evening(TODAY - timedelta(days=2)))
    chart = make_chart()
    assert chart._stack.currentWidget() is chart.view
    xs, ys = chart.plot.points.getData()
    assert ys.tolist() == [7.0]
    assert chart.plot.points.isVisible()
    left, right = x_range(chart)
    assert left < xs[0] < right
    assert right - left >= 13 * DAY


def test_gaps_of_days_and_months_break_the_lines(make_chart, unlocked):
    add_days(unlocked, date(2025, 9, 1), [0, 1, 2, 4, 5, 6, 7, 8, 120, 121, 122])
    chart = make_chart()
    assert chart.plot.daily.opts["connect"] == "finite"
    assert chart.plot.trend.opts["connect"] == "finite"
    _, daily = chart.plot.daily.getData()
    _, trend = chart.plot.trend.getData()
    assert np.isnan(daily[3])  # the missing fourth day
    assert np.isnan(daily[9:120]).all()
    assert np.isnan(trend[12:120]).all()  # the 7-day mean does not bridge four months
    assert np.isfinite(trend[4:9]).all()  # but carries over a single missing day


def test_ten_years_of_synthetic_days_draw(make_chart, unlocked, monkeypatch):
    first = TODAY - timedelta(days=3649)
    rng = np.random.default_rng(7)
    records = [
        Record.create(CheckIn(at=evening(first + timedelta(days=n)), mood=int(m)), "x")
        for n, m in enumerate(rng.integers(1, 11, 3650))
        if n % 17 != 5
    ]
    monkeypatch.setattr(unlocked.checkins, "checkins", lambda: records)
    chart = make_chart()
    assert len(chart.plot.series.x) == 3650
    width = chart.plot.vb.sceneBoundingRect().width()
    # Four days a pixel: drawn as a min-max envelope per pixel, the mean every 3 pixels.
    assert len(chart.plot.daily.getData()[0]) <= 2 * width + 2
    assert len(chart.plot.trend.getData()[0]) <= width / 3 + 2
    assert not chart.plot.points.isVisible()  # too dense to dot at this width
    chart.set_range(30)
    assert len(chart.plot.daily.getData()[0]) == 31  # every day, and the one before
    assert chart.plot.points.isVisible()
    assert not chart.grab().isNull()


def test_set_range_changes_only_the_visible_days(make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=700), list(range(0, 700, 3)))
    chart = make_chart()
    daily = chart.plot.daily
    everything = x_range(chart)
    assert everything[0] < local_midnight(TODAY - timedelta(days=699))
    for days in (30, 90, 365):
        chart.set_range(days)
        left, right = x_range(chart)
        assert right - left == pytest.approx(days * DAY, rel=0.01)
        assert left < local_midnight(TODAY) < right
        assert chart.plot.daily is daily  # the same item, not rebuilt
    chart.set_range(None)
    assert x_range(chart) == pytest.approx(everything)
    assert chart.days is None


def test_the_y_axis_is_fixed_to_the_metric(make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=10), list(range(10)))
    chart = make_chart()
    bottom, top = chart.plot.vb.viewRange()[1]
    assert bottom < 1 < 10 < top < 10.5
    chart.set_metric("sleep_hours")
    bottom, top = chart.plot.vb.viewRange()[1]
    assert bottom < 0 < 12 < top < 12.6
    assert not chart.plot.vb.state["mouseEnabled"][0]
    assert not chart.plot.vb.state["mouseEnabled"][1]


def test_sessions_are_labelled_marks_and_planned_ones_are_dashed(make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=200), list(range(200)))
    done = unlocked.journeys.add(datetime(2025, 12, 1, 10))
    planned = unlocked.journeys.add(datetime(2026, 3, 20, 10))
    chart = make_chart()
    done_x, done_y = chart.plot.done_marks.getData()
    planned_x, _ = chart.plot.planned_marks.getData()
    assert done_x.tolist() == [local_midnight(date(2025, 12, 1))] * 2
    assert planned_x.tolist() == [local_midnight(date(2026, 3, 20))] * 2
    assert done_y.tolist() == list(chart.plot.vb.viewRange()[1])  # from bottom to top
    assert chart.plot.done_marks.opts["pen"].style() == Qt.PenStyle.SolidLine
    assert chart.plot.planned_marks.opts["pen"].dashPattern()
    labels = [text for _, text in chart.plot.session_axis._tickLevels[0]]
    assert labels == ["S1", "S2"]
    assert [m.journey_id for m in chart.plot.marks] == [done.id, planned.id]


def test_clicking_near_a_session_mark_says_which_journey(qtbot, make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=100), list(range(100)))
    journey = unlocked.journeys.add(datetime(2026, 2, 1, 10))
    chart = make_chart()
    scene_pos = chart.plot.vb.mapViewToScene(QPointF(local_midnight(date(2026, 2, 1)), 5))
    near = chart.view.mapFromScene(scene_pos) + QPoint(3, 0)
    with qtbot.waitSignal(chart.journey_clicked) as clicked:
        qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=near)
    assert clicked.args == [journey.id]
    with qtbot.assertNotEmitted(chart.journey_clicked):
        qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=near + QPoint(60, 0))


def test_hovering_reads_out_the_nearest_day(make_chart, unlocked):
    unlocked.checkins.add(8, at=evening(TODAY - timedelta(days=3)))
    unlocked.checkins.add(4, at=evening(TODAY - timedelta(days=1)))
    chart = make_chart()
    chart.set_range(30)
    x = local_midnight(TODAY - timedelta(days=3))
    chart._on_scene_mouse_moved(chart.plot.vb.mapViewToScene(QPointF(x + DAY * 0.2, 2)))
    assert chart.plot.readout.isVisible()
    text = chart.plot.readout.textItem.toPlainText()
    assert "11 Mar 2026" in text and "Mood 8" in text
    QApplication.sendEvent(chart, QEvent(QEvent.Type.Leave))
    assert not chart.plot.readout.isVisible()


def test_phq9_shows_its_severity_bands_and_labels(make_chart, unlocked):
    unlocked.assessments.take("phq9", PHQ9_MODERATE, datetime(2026, 3, 1, 9))
    unlocked.assessments.take("phq9", [0] * 9, datetime(2026, 3, 13, 9))
    chart = make_chart()
    chart.set_metric("phq9")
    assert chart.plot.score_points.getData()[1].tolist() == [12.0, 0.0]
    bands = [band.region() for band in chart.plot.bands]
    assert [round(high, 1) for _, high in bands[:-1]] == [4.5, 9.5, 14.5, 19.5]
    assert [low for low, _ in bands[1:]] == [4.5, 9.5, 14.5, 19.5]
    assert bands[0][0] < 0 and bands[-1][1] > 27  # the end bands fill the margins
    labels = [text for _, text in chart.plot.band_axis._tickLevels[0]]
    assert labels == ["Minimal", "Mild", "Moderate", "Moderately severe", "Severe"]
    brushes = {band.brush().color().lightness() for band in chart.plot.bands}
    assert len(brushes) == 5  # told apart by lightness alone, in black and white too
    bottom, top = chart.plot.vb.viewRange()[1]
    assert bottom < 0 and 27 < top < 29


def test_who5_is_drawn_as_a_percent(make_chart, unlocked):
    unlocked.assessments.take("who5", [3, 3, 3, 3, 3], datetime(2026, 3, 1, 9))
    chart = make_chart()
    chart.set_metric("who5")
    assert chart.plot.score_points.getData()[1].tolist() == [60.0]
    assert chart.plot.vb.viewRange()[1][1] > 100


def test_check_in_metrics_have_no_bands(make_chart, unlocked):
    unlocked.assessments.take("phq9", PHQ9_MODERATE, datetime(2026, 3, 1, 9))
    unlocked.checkins.add(5, at=evening(TODAY))
    chart = make_chart()
    chart.set_metric("phq9")
    chart.set_metric("mood")
    assert chart.plot.bands == []
    assert not chart.plot.band_axis.isVisible()


def test_an_unknown_metric_or_an_empty_range_is_refused(make_chart):
    chart = make_chart()
    with pytest.raises(ValueError, match="unknown metric"):
        chart.set_metric("joy")
    with pytest.raises(ValueError, match="at least one day"):
        chart.set_range(0)


def test_the_wheel_scrolls_the_page_not_the_chart(make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=40), list(range(40)))
    chart = make_chart()
    before = x_range(chart)
    wheel = QWheelEvent(
        QPointF(200, 150),
        QPointF(200, 150),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    chart.view.wheelEvent(wheel)
    assert not wheel.isAccepted()  # so Qt hands it on to the scrolling page
    assert x_range(chart) == before


def test_screen_readers_hear_what_the_chart_covers(make_chart, unlocked):
    add_days(unlocked, date(2026, 3, 1), [0, 1, 2])
    chart = make_chart()
    assert (
        chart.view.accessibleDescription() == "Mood: 3 days from Sun 1 Mar 2026 to Tue 3 Mar 2026."
    )


def test_render_to_a_picture_and_a_pdf(make_chart, unlocked, tmp_path):
    add_days(unlocked, TODAY - timedelta(days=60), list(range(0, 60, 2)))
    unlocked.assessments.take("phq9", PHQ9_MODERATE, datetime(2026, 3, 1, 9))
    unlocked.journeys.add(datetime(2026, 2, 1, 10))
    chart = make_chart(show=False)
    picture = QPicture()
    painter = QPainter(picture)
    chart.render_to(painter, QRectF(0, 0, 600, 240), metric="mood", days=90)
    painter.end()
    assert picture.size() > 1000
    assert picture.boundingRect().width() >= 590

    out = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(out))
    painter = QPainter(writer)
    width = writer.width()
    chart.render_to(painter, QRectF(0, 0, width, width * 0.4))
    chart.render_to(painter, QRectF(0, width * 0.5, width, width * 0.4), metric="phq9")
    chart.render_to(
        painter, QRectF(0, width, width, width * 0.4), span=(date(2026, 1, 1), date(2026, 3, 1))
    )
    painter.end()
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_size > 5000


def test_render_to_an_empty_chart_draws_the_message(make_chart):
    chart = make_chart(show=False)
    picture = QPicture()
    painter = QPainter(picture)
    chart.render_to(painter, QRectF(0, 0, 400, 200))
    painter.end()
    assert picture.size() > 0


def test_a_theme_change_recolours_the_chart(make_chart, unlocked, theme):
    unlocked.assessments.take("phq9", PHQ9_MODERATE, datetime(2026, 3, 1, 9))
    add_days(unlocked, TODAY - timedelta(days=20), list(range(20)))
    chart = make_chart()
    theme.set_mode("light")
    light = theme.colours()
    chart.set_colours(light)
    light_band = chart.plot.bands
    theme.set_mode("dark")
    dark = theme.colours()
    chart.set_colours(dark)
    assert chart.view.backgroundBrush().color().name() == dark["surface"]
    assert chart.plot.trend.opts["pen"].color().name() == dark["accent"]
    assert chart.plot.value_axis.textPen().color().name() == dark["muted"]
    chart.set_metric("phq9")
    assert chart.plot.score_points.opts["brush"].color().name() == dark["accent"]
    assert light_band == [] and chart.plot.bands
    band = chart.plot.bands[-1].brush().color()
    assert band.lightness() > chart.plot.bands[0].brush().color().lightness()  # dark: lighter
    assert "color: " + dark["muted"] in chart.message.styleSheet()


def test_a_range_with_nothing_in_it_says_so_quietly(make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=200), list(range(20)))
    chart = make_chart()
    assert not chart.plot.quiet.isVisible()
    chart.set_range(30)
    assert chart.plot.quiet.isVisible()
    assert chart.plot.quiet.textItem.toPlainText() == "Nothing recorded in these days."


def test_years_of_fortnightly_results_lose_their_dots_not_their_line(make_chart, unlocked):
    first = datetime(2016, 3, 1, 9)
    for n in range(0, 3650, 14):
        unlocked.assessments.take("phq9", [n % 4] * 9, first + timedelta(days=n))
    chart = make_chart()
    chart.set_metric("phq9")
    assert not chart.plot.score_points.isVisible()
    assert chart.plot.scores.opts["pen"].widthF() < 2
    chart.set_range(90)
    assert chart.plot.score_points.isVisible()
    assert chart.plot.scores.opts["pen"].widthF() == 2


def test_a_series_of_close_sessions_shares_one_label(make_chart, unlocked):
    add_days(unlocked, TODAY - timedelta(days=3000), list(range(0, 3000, 5)))
    for offset in (0, 3, 7, 10, 14, 18):
        unlocked.journeys.add(datetime(2019, 5, 1, 10) + timedelta(days=offset))
    chart = make_chart()
    labels = [text for _, text in chart.plot.session_axis._tickLevels[0]]
    assert labels == ["S1–6"]
    chart.set_range(30)
    assert chart.plot.session_axis._tickLevels[0] == []
