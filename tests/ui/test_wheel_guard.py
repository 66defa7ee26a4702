"""The mouse wheel scrolls the page; it changes a field only once the field has focus."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDial,
    QDoubleSpinBox,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.journal.page import JournalPage
from journal_app.ui.journeys.fields import ScaleField, TimeField
from journal_app.ui.journeys.page import JourneysPage
from journal_app.ui.journeys.stepper import STEPS
from journal_app.ui.mood.page import SECTIONS, MoodPage
from journal_app.ui.mood.spin import HoursSpinBox, ScaleSpinBox
from journal_app.ui.pages.settings import SettingsPage
from journal_app.ui.pages.today import TodayPage
from journal_app.ui.summary.page import SummaryPage
from journal_app.ui.wheel_guard import WheelGuard, install_wheel_guard, is_guarded
from tests.ui.windows import show_in_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
UP, DOWN = 120, -120
START = datetime(2026, 2, 1, 10, 0)


def wheel(widget: QWidget, notch: int) -> QWheelEvent:
    """Turn the wheel one notch over the middle of ``widget``, as a mouse there would.

    Qt hands a real wheel event to the widget under the pointer (a spin box's line edit,
    say) and then to its parents until one takes it; a sent event stops at the first.
    """
    middle = widget.rect().center()
    receiver = widget.childAt(middle) or widget
    while True:
        event = QWheelEvent(
            QPointF(receiver.mapFrom(widget, middle) if receiver is not widget else middle),
            QPointF(widget.mapToGlobal(middle)),
            QPoint(),
            QPoint(0, notch),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(receiver, event)
        if event.isAccepted() or receiver is widget:
            return event
        receiver = receiver.parentWidget()


def value_of(field: QWidget) -> object:
    if isinstance(field, QDateTimeEdit):
        return field.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentIndex()
    assert isinstance(field, QAbstractSlider)
    return field.value()


# Each kind of field, built holding a value the wheel could change.
def spin_box() -> QWidget:
    return QSpinBox(minimum=0, maximum=10, value=5)


def double_spin_box() -> QWidget:
    return QDoubleSpinBox(minimum=0, maximum=10, value=5)


def date_edit() -> QWidget:
    return QDateEdit(QDate(2026, 3, 14))


def time_edit() -> QWidget:
    return QTimeEdit(QTime(10, 30))


def date_time_edit() -> QWidget:
    return QDateTimeEdit(QDateTime(QDate(2026, 3, 14), QTime(10, 30)))


def combo_box(editable: bool = False) -> QWidget:
    box = QComboBox(editable=editable)
    box.addItems(["Clinic", "Home", "Other"])
    box.setCurrentIndex(1)
    return box


def slider() -> QWidget:
    return QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=10, value=5)


def time_field() -> QWidget:
    field = TimeField("Started", lambda: START, lambda: START)
    field.set_value(datetime(2026, 2, 4, 10, 0))  # a Wednesday: the weekday can step both ways
    return field


def scale_field() -> QWidget:
    field = ScaleField("Intensity", "gentle", "very strong")
    field.set_value(5)
    return field


KINDS: dict[str, Callable[[], QWidget]] = {
    "spin box": spin_box,
    "double spin box": double_spin_box,
    "date": date_edit,
    "time": time_edit,
    "date and time": date_time_edit,
    "drop-down": combo_box,
    "editable drop-down": lambda: combo_box(editable=True),
    "slider": slider,
    "dial": lambda: QDial(minimum=0, maximum=10, value=5),
    "check-in scale": lambda: ScaleSpinBox(0, 10, "Anxiety"),
    "hours of sleep": lambda: HoursSpinBox("Hours of sleep"),
    "session time": time_field,
    "session scale": scale_field,
}


def field_in(widget: QWidget) -> QWidget:
    """The guarded field itself: the app's composite fields hold one inside."""
    if is_guarded(widget):
        return widget
    [field] = [w for w in widget.findChildren(QWidget) if is_guarded(w)]
    return field


class TallPage:
    """``widget`` at the top of a scroll area whose content is much taller than it."""

    def __init__(self, qtbot, widget: QWidget) -> None:
        self.field = field_in(widget)
        self.elsewhere = QLineEdit()
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(widget)
        layout.addWidget(self.elsewhere)
        layout.addSpacing(2000)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(column)
        self.window = show_in_window(qtbot, self.scroll, (480, 320), active=True)

    def position(self) -> int:
        return self.scroll.verticalScrollBar().value()


@pytest.fixture(params=KINDS, ids=list(KINDS))
def tall_page(request, qtbot) -> Iterator[TallPage]:
    page = TallPage(qtbot, KINDS[request.param]())
    yield page
    page.window.close()


def test_the_wheel_over_an_unfocused_field_scrolls_the_page_instead(tall_page):
    tall_page.elsewhere.setFocus()  # the person is typing somewhere else
    field = tall_page.field
    assert not field.hasFocus()
    before = value_of(field)

    wheel(field, DOWN)
    assert value_of(field) == before
    scrolled = tall_page.position()
    assert scrolled > 0
    wheel(field, UP)
    assert value_of(field) == before
    assert tall_page.position() < scrolled


def test_a_real_wheel_turn_neither_focuses_nor_changes_the_field(tall_page):
    """Through the window system, as from a mouse: Qt offers focus, then the event."""
    tall_page.elsewhere.setFocus()
    field, window = tall_page.field, tall_page.window
    before = value_of(field)
    middle = QPointF(field.mapTo(window, field.rect().center()))
    QTest.wheelEvent(window.windowHandle(), middle, QPoint(0, DOWN))
    QApplication.processEvents()
    assert value_of(field) == before
    assert not field.hasFocus()
    assert tall_page.position() > 0


def test_the_wheel_still_changes_a_focused_field(tall_page):
    field = tall_page.field
    field.setFocus()
    assert field.hasFocus()
    before = value_of(field)
    wheel(field, UP)
    assert value_of(field) != before
    assert tall_page.position() == 0


def test_the_wheel_cannot_give_any_kind_of_field_focus(qtbot):
    column = QWidget()
    layout = QVBoxLayout(column)
    made = [make() for make in KINDS.values()]
    for widget in made:
        layout.addWidget(widget)
    fields = [field_in(widget) for widget in made]
    window = show_in_window(qtbot, column)
    # Qt focuses a WheelFocus field on the wheel before any filter sees the event.
    assert {field.focusPolicy() for field in fields} == {Qt.FocusPolicy.StrongFocus}
    window.close()


def test_an_unfocused_field_outside_any_scroll_area_stays_as_it_is(qtbot):
    box = combo_box()
    window = show_in_window(qtbot, box, (300, 200))
    wheel(box, DOWN)
    assert box.currentIndex() == 1
    window.close()


@pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)
def test_an_open_drop_down_list_still_scrolls(qtbot):
    box = QComboBox(maxVisibleItems=5)
    box.addItems([f"Region {n}" for n in range(40)])
    page = TallPage(qtbot, box)
    box.showPopup()
    list_view = box.view()
    assert list_view.isVisible()
    event = wheel(list_view.viewport(), DOWN)
    assert event.isAccepted()
    assert list_view.verticalScrollBar().value() > 0
    assert page.position() == 0
    box.hidePopup()
    page.window.close()


def test_installing_twice_keeps_one_guard(qapp, wheel_guard):
    assert install_wheel_guard(qapp) is wheel_guard
    assert qapp.findChildren(WheelGuard) == [wheel_guard]


# The real pages: the wheel over every field that is not focused changes nothing.


def fields_of(root: QWidget) -> list[QWidget]:
    """Every guarded field in ``root``'s window (drop-down lists and calendars left out)."""
    window = root.window()
    return [w for w in root.findChildren(QWidget) if is_guarded(w) and w.window() is window]


def wheel_over_every_field(root: QWidget) -> int:
    """Turn the wheel both ways over each unfocused field; return how many were tried."""
    fields = fields_of(root)
    before = {field: value_of(field) for field in fields}
    tried = 0
    for field in fields:
        if field.hasFocus():
            continue
        for notch in (UP, DOWN, DOWN, UP):
            wheel(field, notch)
            changed = [f.accessibleName() for f in fields if value_of(f) != before[f]]
            assert changed == [], f"the wheel over {field.accessibleName()!r} changed {changed}"
        tried += 1
    return tried


@pytest.fixture
def show(qtbot) -> Iterator[Callable[[QWidget], QWidget]]:
    windows: list[QWidget] = []

    def shown(page: QWidget) -> QWidget:
        windows.append(show_in_window(qtbot, page, active=True))
        return page

    yield shown
    for window in windows:
        window.close()


def test_the_journey_session_step_keeps_route_setting_and_times(qtbot, unlocked, show):
    record = unlocked.journeys.add(START)
    page = show(JourneysPage(unlocked))
    for step in STEPS:  # every step built, the session one shown
        page.open_journey(record.id, step)
    page.open_journey(record.id, "session")
    session = page.view.session
    session.route.setCurrentIndex(session.route.findData("IM"))
    session.setting.setCurrentIndex(session.setting.findData("clinic"))
    session.start.set_value(START)
    session.provider.setFocus()
    page.flush()
    version = unlocked.vault.store.version

    assert wheel_over_every_field(page) >= 9
    page.flush()
    assert unlocked.vault.store.version == version
    log = unlocked.journeys.get(record.id).data.session
    assert (log.route, log.setting, log.start, log.intensity) == ("IM", "clinic", START, None)


def test_the_session_step_scrolls_under_the_wheel(qtbot, unlocked, show):
    record = unlocked.journeys.add(START)
    page = show(JourneysPage(unlocked))
    page.open_journey(record.id, "session")
    session = page.view.session
    scroll_bar = session.findChild(QScrollArea).verticalScrollBar()
    assert scroll_bar.maximum() > 0
    wheel(session.route, DOWN)
    assert scroll_bar.value() > 0
    assert session.route.currentData() is None


def test_the_mood_page_keeps_an_earlier_checkin_as_it_was(qtbot, unlocked, theme, show):
    record = unlocked.checkins.add(mood=6, anxiety=None)
    page = show(MoodPage(unlocked, theme))
    for section in SECTIONS:
        page.show_section(section)
    page.show_section("checkin")
    page.checkin_form.edit(record)  # mood has focus; the other scales must not move
    version = unlocked.vault.store.version

    assert wheel_over_every_field(page) >= 3  # check-in scales are button rows; hours spin
    assert page.checkin_form.anxiety.number() is None
    page.checkin_form.save()
    assert unlocked.vault.store.version == version  # nothing changed, so nothing to save
    assert unlocked.checkins.checkins()[0].data.anxiety is None


def test_the_settings_page_keeps_every_setting(qtbot, unlocked, session, theme, show):
    session.finish_first_run()
    version = unlocked.vault.store.version
    page = show(SettingsPage(session, theme))
    page.change_passphrase.setFocus()
    assert wheel_over_every_field(page) == 6  # with the daily check-in reminder's time
    assert unlocked.vault.store.version == version
    assert (session.auto_lock_minutes, theme.mode) == (5, "system")


@pytest.mark.parametrize(
    "make", [TodayPage, SummaryPage, JournalPage], ids=["today", "summary", "journal"]
)
def test_the_other_pages_change_nothing_either(qtbot, unlocked, show, make):
    unlocked.journal.create("A quiet morning", title="Morning", tags=["calm"])
    version = unlocked.vault.store.version
    page = show(make(unlocked))
    if isinstance(page, TodayPage):
        page.checkin.form.unfold()  # the details are built when first opened
    assert wheel_over_every_field(page) >= 1  # Today: the check-in's hours of sleep
    assert unlocked.vault.store.version == version
