"""Year at a glance: days painted by mood, words for every day, keys, a day opened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QApplication

from journal_app.ui.mood.year import YearSection
from journal_app.ui.mood.year_model import DATE_ROLE, MOOD_ROLE, SESSION_ROLE
from journal_app.ui.mood.year_style import marker_colour, mood_colour
from tests.ui.fit_helpers import problems
from tests.ui.windows import show_in_window

TODAY = date(2026, 3, 14)  # tests.conftest.NOW, in the tests' local time


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    """Day and month names as the spec writes them, whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def show(qtbot, theme):
    """Build a YearSection over ``services`` in a window of ``size``, with the keyboard."""
    windows = []

    def make(services, size=(1000, 760)) -> YearSection:
        section = YearSection(services, theme)
        windows.append(show_in_window(qtbot, section, size, active=True))
        return section

    yield make
    for window in windows:
        window.close()


def pixel(section: YearSection, day: date, dx: float = 0, dy: float = 0) -> QColor:
    """The colour drawn at the centre of ``day``'s cell (moved by a fraction of its size)."""
    view = section.view
    rect = view.visualRect(section.model.index_of(day))
    image: QImage = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x = rect.center().x() + dx * rect.height()
    y = rect.center().y() + dy * rect.height()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def near(first: QColor, second: QColor, slack: int = 6) -> bool:
    return all(
        abs(a - b) <= slack for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True)
    )


def test_days_are_painted_by_their_mean_mood_and_empty_days_stay_empty(show, unlocked, theme):
    unlocked.checkins.add(2, at=datetime(2026, 3, 3, 8))
    unlocked.checkins.add(9, at=datetime(2026, 3, 5, 8))
    unlocked.checkins.add(6, at=datetime(2026, 3, 6, 8))
    unlocked.checkins.add(7, at=datetime(2026, 3, 6, 20))
    section = show(unlocked)
    assert near(pixel(section, date(2026, 3, 3), dx=0.3), mood_colour(2))
    assert near(pixel(section, date(2026, 3, 5), dx=0.3), mood_colour(9))
    assert near(pixel(section, date(2026, 3, 6), dx=0.3), mood_colour(6.5))
    surface = QColor(theme.colours()["surface"])
    assert near(pixel(section, date(2026, 3, 4), dx=0.3), surface)  # nothing but a point
    assert section.model.index_of(date(2026, 3, 4)).data(MOOD_ROLE) is None


def test_a_session_is_marked_by_a_dot_that_does_not_rely_on_colour(show, unlocked):
    unlocked.checkins.add(8, at=datetime(2026, 2, 10, 8))
    unlocked.journeys.add(datetime(2026, 2, 10, 10))
    section = show(unlocked)  # a journey in the past is logged as having happened
    index = section.model.index_of(date(2026, 2, 10))
    assert index.data(SESSION_ROLE) == "session"
    centre = pixel(section, date(2026, 2, 10))
    assert near(centre, marker_colour(mood_colour(8)))
    assert not near(centre, mood_colour(8), 40)
    assert near(pixel(section, date(2026, 2, 10), dx=0.35), mood_colour(8))


def test_a_planned_session_is_a_ring_and_says_so(show, unlocked):
    unlocked.journeys.add(datetime(2026, 4, 2, 10))
    section = show(unlocked)
    index = section.model.index_of(date(2026, 4, 2))
    assert index.data(SESSION_ROLE) == "planned"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Thu 2 April: no check-in · planned medicine session"
    )


def test_every_day_has_words_on_hover_and_for_screen_readers(show, unlocked):
    unlocked.checkins.add(6, at=datetime(2026, 3, 3, 8))
    unlocked.checkins.add(7, at=datetime(2026, 3, 3, 21))
    unlocked.journeys.add(datetime(2026, 3, 3, 10))
    unlocked.checkins.add(5, at=datetime(2026, 3, 14, 9))
    section = show(unlocked)
    model = section.model
    tuesday = model.index_of(date(2026, 3, 3))
    words = "Tue 3 March: mood 6.5 of 10 (2 check-ins) · medicine session"
    assert tuesday.data(Qt.ItemDataRole.ToolTipRole) == words
    assert tuesday.data(Qt.ItemDataRole.AccessibleTextRole) == words
    assert tuesday.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    today = model.index_of(TODAY).data(Qt.ItemDataRole.ToolTipRole)
    assert today == "Sat 14 March (today): mood 5 of 10 (1 check-in)"
    empty = model.index_of(date(2026, 3, 4)).data(Qt.ItemDataRole.ToolTipRole)
    assert empty == "Wed 4 March: no check-in"
    assert model.headerData(2, Qt.Orientation.Vertical) == "Mar"
    assert model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleTextRole) == (
        "March"
    )
    assert section.view.accessibleName() == "Your mood in 2026, day by day"
    table = QAccessible.queryAccessibleInterface(section.view)
    assert table.role() == QAccessible.Role.Table
    names = [table.child(n).text(QAccessible.Text.Name) for n in range(table.childCount())]
    assert words in names  # what a screen reader reads as the cell gets focus


def test_the_model_passes_the_model_tester(qtmodeltester, show, unlocked):
    unlocked.checkins.add(6, at=datetime(2026, 3, 3, 8))
    section = show(unlocked)
    qtmodeltester.check(section.model)


def test_days_past_a_months_end_are_neither_drawn_nor_chosen(show, unlocked):
    section = show(unlocked)
    missing = section.model.index(1, 29)  # 30 February
    assert missing.data(DATE_ROLE) is None
    assert missing.data(Qt.ItemDataRole.ToolTipRole) is None
    assert not section.model.flags(missing) & Qt.ItemFlag.ItemIsEnabled


@pytest.mark.parametrize(
    ("start", "key", "modifier", "end"),
    [
        (date(2026, 2, 28), Qt.Key.Key_Right, None, date(2026, 3, 1)),
        (date(2026, 3, 1), Qt.Key.Key_Left, None, date(2026, 2, 28)),
        (date(2024, 3, 1), Qt.Key.Key_Left, None, date(2024, 2, 29)),
        (date(2026, 1, 31), Qt.Key.Key_Down, None, date(2026, 2, 28)),
        (date(2024, 1, 31), Qt.Key.Key_Down, None, date(2024, 2, 29)),
        (date(2026, 5, 31), Qt.Key.Key_Up, None, date(2026, 4, 30)),
        (date(2026, 1, 10), Qt.Key.Key_Up, None, date(2026, 1, 10)),
        (date(2026, 12, 31), Qt.Key.Key_Right, None, date(2026, 12, 31)),
        (date(2026, 1, 1), Qt.Key.Key_Left, None, date(2026, 1, 1)),
        (date(2026, 6, 15), Qt.Key.Key_Home, None, date(2026, 6, 1)),
        (date(2026, 6, 15), Qt.Key.Key_End, None, date(2026, 6, 30)),
        (
            date(2026, 6, 15),
            Qt.Key.Key_End,
            Qt.KeyboardModifier.ControlModifier,
            date(2026, 12, 31),
        ),
        (date(2026, 6, 15), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier, date(2026, 1, 1)),
    ],
)
def test_arrow_keys_walk_the_calendar_by_date(qtbot, show, unlocked, start, key, modifier, end):
    unlocked.checkins.add(5, at=datetime(start.year, 1, 1, 9))
    section = show(unlocked)
    section.show_year(start.year)
    section.view.set_current_day(start)
    section.view.setFocus()
    qtbot.keyClick(section.view, key, modifier or Qt.KeyboardModifier.NoModifier)
    assert section.view.current_day() == end


def ring_colours(section: YearSection, day: date) -> list[QColor]:
    """The colours on a line from the top of ``day``'s cell down to its centre."""
    rect = section.view.visualRect(section.model.index_of(day))
    image = section.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x = round(rect.center().x() * ratio)
    return [
        image.pixelColor(x, y)
        for y in range(round(rect.top() * ratio), round(rect.center().y() * ratio))
    ]


def test_the_focused_day_has_a_visible_ring(qtbot, show, unlocked, theme):
    section = show(unlocked)
    day = date(2026, 3, 10)
    accent = QColor(theme.colours()["accent"])
    section.view.set_current_day(day)
    section.previous_button.setFocus()
    assert not any(near(colour, accent, 30) for colour in ring_colours(section, day))
    section.view.setFocus()
    qtbot.waitUntil(section.view.hasFocus)
    assert any(near(colour, accent, 30) for colour in ring_colours(section, day))


def test_the_opened_day_keeps_a_ring_when_focus_moves_on(qtbot, show, unlocked, theme):
    section = show(unlocked)
    day = date(2026, 3, 10)
    text = QColor(theme.colours()["text"])
    assert not any(near(colour, text, 30) for colour in ring_colours(section, day))
    section.open_day(day)
    section.previous_button.setFocus()
    assert any(near(colour, text, 30) for colour in ring_colours(section, day))


def test_a_click_opens_the_day_below(qtbot, show, unlocked):
    unlocked.checkins.add(4, at=datetime(2026, 3, 3, 8), note="Rough night, better by lunch.")
    entry = unlocked.journal.create("Walked by the river.", title="River", day=date(2026, 3, 3))
    section = show(unlocked)
    rect = section.view.visualRect(section.model.index_of(date(2026, 3, 3)))
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = section.day
    assert panel.day == date(2026, 3, 3)
    assert panel.title.text() == "Tuesday 3 March 2026"
    lines = panel.lines()
    assert "mood 4" in lines[0] and "Rough night, better by lunch." in lines[0]
    assert lines[1] == "Open the entry “River”"
    with qtbot.waitSignal(section.open_entry_requested) as opened:
        panel.buttons[0].click()
    assert opened.args == [entry.id]


def test_enter_opens_the_day_and_its_session(qtbot, show, unlocked):
    record = unlocked.journeys.add(datetime(2026, 3, 20, 10))
    section = show(unlocked)
    section.view.set_current_day(date(2026, 3, 20))
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert section.day.day == date(2026, 3, 20)
    assert section.day.lines() == ["Open the planned session"]
    with qtbot.waitSignal(section.open_journey_requested) as opened:
        section.day.buttons[0].click()
    assert opened.args == [record.id]


def test_an_empty_day_opens_and_says_so_kindly(qtbot, show, unlocked):
    section = show(unlocked)
    section.open_day(date(2026, 1, 5))
    assert section.day.lines() == []
    assert section.day.hint.isVisibleTo(section)
    assert section.day.hint.text() == "Nothing was written or checked in on this day."


def test_a_crowded_day_lists_a_few_and_counts_the_rest(show, unlocked):
    for minute in range(40):
        unlocked.checkins.add(5, at=datetime(2026, 2, 2, 9, minute), note="x" * 5000)
    for n in range(8):
        unlocked.journal.create("words", title="A " * 95 + str(n), day=date(2026, 2, 2))
    section = show(unlocked)
    section.open_day(date(2026, 2, 2))
    lines = section.day.lines()
    assert lines[6] == "…and 34 more check-ins this day."
    assert all(len(line) < 400 for line in lines[:6])  # a long note is cut short
    assert len(section.day.buttons) == 5
    button = section.day.buttons[0]
    assert button.is_elided()
    assert button.toolTip() == button.text() == button.accessibleName()  # the whole title
    assert button.width() <= section.day.width()
    assert section.day.minimumSizeHint().width() < 400  # a long title never widens the page
    assert lines[-1].startswith("…and 3 more entries")
    assert section.model.index_of(date(2026, 2, 2)).data(Qt.ItemDataRole.ToolTipRole) == (
        "Mon 2 February: mood 5 of 10 (40 check-ins)"
    )


def test_the_year_chooser_moves_between_years_with_records(qtbot, show, unlocked):
    unlocked.checkins.add(3, at=datetime(2024, 2, 29, 8))
    section = show(unlocked)
    assert section.year() == TODAY.year
    assert section.view.current_day() == TODAY
    assert not section.next_button.isEnabled()
    section.previous_button.click()
    assert section.year() == 2025
    assert section.view.current_day() == date(2025, 3, 14)  # the same day, a year back
    section.previous_button.click()
    assert section.year() == 2024
    assert not section.previous_button.isEnabled()
    assert section.model.index_of(date(2024, 2, 29)).data(MOOD_ROLE) == 3
    assert section.model.index_of(date(2026, 3, 3)).isValid() is False
    section.view.set_current_day(date(2024, 2, 29))
    section.next_button.click()
    assert section.view.current_day() == date(2025, 2, 28)  # no 29th in 2025
    section.this_year_button.click()
    assert section.year() == TODAY.year
    assert section.view.current_day() == TODAY
    assert section.year_label.text() == "2026"


def test_only_the_shown_years_days_are_read(show, unlocked):
    for year in range(2020, 2027):
        unlocked.checkins.add(5, at=datetime(year, 6, 1, 9))
    section = show(unlocked)
    section.show_year(2022)
    assert set(section.model._days.moods) == {date(2022, 6, 1)}


def test_a_checkin_from_a_clock_set_wrong_shows_and_nothing_breaks(qtbot, show, unlocked):
    unlocked.checkins.add(7, at=datetime(2031, 7, 4, 9))
    unlocked.checkins.add(2, at=datetime(2199, 12, 31, 23, 59))
    section = show(unlocked)
    assert section.span() == range(2026, 2200)
    assert section.next_button.isEnabled()
    section.show_year(2031)
    assert section.model.index_of(date(2031, 7, 4)).data(MOOD_ROLE) == 7
    section.show_year(2199)
    section.view.set_current_day(date(2199, 12, 31))
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Right)  # the last day of the last year
    assert section.view.current_day() == date(2199, 12, 31)
    assert not section.next_button.isEnabled()
    section.open_day(date(2199, 12, 31))
    assert "mood 2" in section.day.lines()[0]


def test_a_new_checkin_shows_after_a_refresh(show, unlocked):
    section = show(unlocked)
    assert section.model.index_of(TODAY).data(MOOD_ROLE) is None
    section.open_day(TODAY)
    unlocked.checkins.add(8, at=datetime(2026, 3, 14, 9))
    section.refresh()
    assert section.model.index_of(TODAY).data(MOOD_ROLE) == 8
    assert "mood 8" in section.day.lines()[0]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_calendar_fits_1024_by_600_without_scrolling_sideways(qtbot, window):
    window.resize(1024, 600)
    shell = window.shell
    shell.show_page("mood")
    shell.mood.show_section("year")
    QApplication.processEvents()
    section = shell.mood.year
    view = section.view
    page_width = shell.mood.width()
    assert page_width <= 1024 - 150  # the sidebar takes its part
    right = view.mapTo(shell.mood, view.rect().topRight()).x()
    assert right <= page_width
    metrics = view.horizontalHeader().fontMetrics()
    for column in range(31):
        assert view.columnWidth(column) >= metrics.horizontalAdvance("31")
        assert view.columnViewportPosition(column) + view.columnWidth(column) <= (
            view.viewport().width()
        )
    assert view.rowViewportPosition(11) + view.rowHeight(11) <= view.viewport().height()
    assert view.verticalHeader().width() >= view.verticalHeader().sizeHint().width()
    assert problems(section) == []


def test_large_text_still_fits_with_fewer_day_numbers(qtbot, show, unlocked):
    section = show(unlocked, (824, 600))
    header = section.view.horizontalHeader()
    assert header.step() == 1  # every day numbered at the usual size
    section.setStyleSheet("* { font-size: 18pt; }")  # as Large Text does, whatever the sheet
    QApplication.processEvents()
    view = section.view
    assert header.step() > 1
    need = header.fontMetrics().horizontalAdvance("31")
    assert header.step() * header.sectionSize(0) >= need  # numbers never run into each other
    assert view.rowViewportPosition(11) + view.rowHeight(11) <= view.viewport().height()
    assert view.columnViewportPosition(30) + view.columnWidth(30) <= view.viewport().width()
    assert view.rowHeight(0) >= view.fontMetrics().height()
