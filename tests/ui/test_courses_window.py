"""Courses in the window: the grouped list, the Course… dialog, course steps, Today, reminders."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel

from journal_app.domain.errors import ValidationError
from journal_app.domain.relapse import FALLING_LINE, Watch
from journal_app.services.courses import CourseService
from journal_app.services.relapse import RelapseService
from journal_app.ui.journeys.course_dialog import CourseChoice, CourseDialog
from journal_app.ui.journeys.page import JourneysPage
from journal_app.ui.pages.today import TodayPage
from journal_app.ui.pages.today_journeys import NUDGE_DISMISSED_KEY
from journal_app.ui.reminders import Reminders
from tests.ui.fake_notices import FakeNotices

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
INDUCTION_DAYS = (
    datetime(2026, 2, 23, 10, 0),
    datetime(2026, 2, 26, 10, 0),
    datetime(2026, 3, 2, 10, 0),
    datetime(2026, 3, 5, 10, 0),
    datetime(2026, 3, 9, 10, 0),
    datetime(2026, 3, 12, 10, 0),
)


@pytest.fixture
def journal(unlocked):
    """A single session on 1 Feb, then an induction of six, twice weekly, planned as six."""
    single = unlocked.journeys.add(datetime(2026, 2, 1, 10, 0))
    sessions = [unlocked.journeys.add(when) for when in INDUCTION_DAYS]
    course = unlocked.journeys.courses.of_journey(sessions[0].id)
    unlocked.journeys.courses.set(course.id, planned=6)
    return single, sessions


@pytest.fixture
def page(qtbot, unlocked, journal):
    made = JourneysPage(unlocked)
    qtbot.addWidget(made)
    return made


def headers(page):
    return [row for row in page.list.rows() if row.id not in page.list.ids()]


def test_the_list_is_grouped_by_course_with_its_kind_length_and_dates(page, journal):
    single, sessions = journal
    shown = headers(page)
    assert [h.title for h in shown] == ["Single session", "Induction · 6 of 6"]
    assert shown[0].when == "1 Feb 2026"
    assert shown[1].when == "23 Feb – 12 Mar 2026"
    assert shown[1].next == "Course: Week 2 due"
    assert page.list.ids() == [single.id, *(s.id for s in sessions)]
    assert page.list.row_of(sessions[2].id).title == "Session 3 of 6"
    assert page.list.row_of(single.id).title == "Session 1 of 1"
    assert page.list.course_of(sessions[2].id) == shown[1]


def test_course_headers_cannot_be_chosen_and_the_model_is_sound(qtbot, page, journal):
    # The list widget owns its model, and a tester still watching as it is destroyed
    # crashes (so pytest-qt's qtmodeltester, which outlives the test, can't be used here).
    model = page.list.model()
    mode = QAbstractItemModelTester.FailureReportingMode.Warning  # Qt warnings fail tests
    tester = QAbstractItemModelTester(model, mode)
    page.list.set_rows(page.list.rows(), journal[1][0].id)  # a refill, watched by the tester
    del tester
    header = page.list.item(0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    opened = page.view.record.id
    page.list.setCurrentItem(header)
    assert page.view.record.id == opened  # nothing to open on a header


def test_the_course_dialog_offers_kind_planned_and_where_the_session_belongs(
    qtbot, unlocked, journal
):
    _, sessions = journal
    courses = unlocked.journeys.courses
    view = courses.of_journey(sessions[0].id)
    dialog = CourseDialog(view, courses.courses(), sessions[5].id)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "induction"
    assert dialog.planned.number() == 6
    assert dialog.choice() == CourseChoice()  # nothing changed
    dialog.kind.setCurrentIndex(dialog.kind.findData("maintenance"))
    dialog.planned.setValue(8)
    dialog.course.setCurrentIndex(dialog.course.findData("new"))
    assert dialog.choice() == CourseChoice("maintenance", 8, "new")
    assert [dialog.course.itemText(n) for n in range(dialog.course.count())] == [
        "Single session · 1 Feb 2026",
        "Induction · 23 Feb – 12 Mar 2026",
        "A new course of its own",
    ]


def test_changing_the_kind_and_planned_length(qtbot, page, unlocked, journal, monkeypatch):
    _, sessions = journal
    page.open_journey(sessions[1].id)
    monkeypatch.setattr(
        CourseDialog, "ask", classmethod(lambda cls, *args: CourseChoice("maintenance", 8))
    )
    with qtbot.waitSignal(page.status_message) as said:
        qtbot.mouseClick(page.view.course_button, Qt.MouseButton.LeftButton)
    assert "Saved" in said.args[0]
    view = unlocked.journeys.courses.of_journey(sessions[1].id)
    assert (view.kind, view.planned) == ("maintenance", 8)
    assert headers(page)[1].title == "Maintenance · 6 of 8"
    assert page.view.title.text().startswith("Session 2 of 8 ·")
    assert page.view.course_label.text() == "Maintenance · 23 Feb – 12 Mar 2026"


def test_moving_a_session_to_a_new_course(qtbot, page, unlocked, journal, monkeypatch):
    _, sessions = journal
    page.open_journey(sessions[5].id)
    monkeypatch.setattr(
        CourseDialog, "ask", classmethod(lambda cls, *args: CourseChoice(move_to="new"))
    )
    page.view.course_button.click()
    moved = unlocked.journeys.courses.of_journey(sessions[5].id)
    assert [r.id for r in moved.journeys] == [sessions[5].id]
    assert [h.title for h in headers(page)] == [
        "Single session",
        "Induction · 5 of 6",
        "Single session",
    ]
    assert page.view.record.id == sessions[5].id
    assert page.view.title.text().startswith("Session 1 of 1 ·")


def test_a_course_that_cannot_change_says_so_kindly(qtbot, page, journal, monkeypatch):
    _, sessions = journal
    page.open_journey(sessions[0].id)

    def refuse(self, *args, **kwargs):
        raise ValidationError("That number of sessions is out of range.")

    monkeypatch.setattr(CourseService, "set", refuse)
    monkeypatch.setattr(CourseDialog, "ask", classmethod(lambda cls, *args: CourseChoice(None, 9)))
    with qtbot.waitSignal(page.status_message) as said:
        page.view.course_button.click()
    assert said.args[0] == ("The course wasn't changed. That number of sessions is out of range.")


def test_the_integration_pane_shows_the_session_and_the_course_steps(page, journal):
    _, sessions = journal
    page.open_journey(sessions[5].id, "integration")
    pane = page.view.integration
    assert list(pane.buttons) == ["0h", "1d", "course-week-1", "course-week-2", *AFTER]
    assert pane.buttons["course-week-2"].text() == "Week 2\ndue now"
    assert pane.buttons["course-3d"].text() == "+3 days\nupcoming"  # "After the course"
    assert pane.current_step() == "1d"


AFTER = ["course-3d", "course-14d", "course-30d"]


def test_a_course_step_answered_in_the_pane_is_stored_on_the_course(qtbot, page, unlocked, journal):
    _, sessions = journal
    page.open_journey(sessions[5].id, "course-week-2")
    pane = page.view.integration
    assert pane.current_step() == "course-week-2"
    qtbot.keyClicks(pane.form("course-week-2").boxes["int-cw-days"], "slower mornings")
    page.flush()
    course = unlocked.journeys.courses.of_journey(sessions[5].id).course
    assert course.integration["course-week-2"]["int-cw-days"].text == "slower mornings"
    assert "course-week-2" not in unlocked.journeys.get(sessions[5].id).data.integration
    assert pane.buttons["course-week-2"].text() == "Week 2\ndone"
    page.open_journey(sessions[2].id, "course-week-2")  # the same answer from another session
    box = page.view.integration.form("course-week-2").boxes["int-cw-days"]
    assert box.toPlainText() == "slower mornings"


def test_a_step_carried_forward_says_into_which_session(page, journal):
    _, sessions = journal
    page.open_journey(sessions[0].id, "1d")
    pane = page.view.integration
    assert pane.buttons["1d"].text() == "+1 day\ncarried forward"
    assert pane.form("1d").status.text() == (
        "Carried forward into session 2 · you can still write here"
    )
    page.open_journey(sessions[5].id, "course-week-1")
    assert (
        page.view.integration.form("course-week-1").status.text().startswith("Carried forward · ")
    )


def test_answers_to_steps_a_session_no_longer_has_are_earlier_reflections(qtbot, unlocked, journal):
    _, sessions = journal
    unlocked.journeys.answer(sessions[0].id, "3d", "int-3d-grew", "more patience")
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.open_journey(sessions[0].id, "3d")
    pane = page.view.integration
    assert "earlier" in pane.buttons
    assert pane.current_step() == "earlier"
    card = pane.earlier.cards["3d"]
    assert card.isVisibleTo(pane)
    words = [label.text() for label in card.findChildren(QLabel)]
    assert "+3 days · What grew, what faded" in words
    assert "more patience" in words


def test_the_1d_mood_in_a_course_saves_a_check_in(qtbot, page, unlocked, journal):
    single, sessions = journal
    page.open_journey(sessions[5].id, "1d")
    form = page.view.integration.form("1d")
    assert form.mood is not None and form.mood.number() is None
    assert not form.mood_button.isEnabled()  # nothing is saved unless a mood is set
    form.mood.setValue(7)
    qtbot.mouseClick(form.mood_button, Qt.MouseButton.LeftButton)
    assert [r.data.mood for r in unlocked.checkins.checkins()] == [7]
    assert "mood chart" in form.mood_note.text()
    form.mood.setValue(6)
    form.mood_button.click()  # changed again: the same check-in, not another
    assert [r.data.mood for r in unlocked.checkins.checkins()] == [6]
    page.open_journey(sessions[0].id, "1d")
    assert page.view.integration.form("1d").mood is None  # carried forward: today is later
    page.open_journey(single.id, "1d")
    assert page.view.integration.form("1d").mood is None  # a single session: no number


def test_today_shows_three_steps_newest_first_and_says_more_are_waiting(qtbot, unlocked, journal):
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    steps = [page.integration.steps.item(n).text() for n in range(page.integration.steps.count())]
    assert steps == [
        "Session 6, +1 day: Body, sleep and dreams · ready now",
        "Session 6, right after: Capture · waiting",
        "Course: Week 2 · The week between sessions · ready now",
    ]
    assert page.integration.more.isVisibleTo(page)
    assert page.integration.more.text() == (
        "A few more reflections are waiting in Journeys — no rush."
    )
    with qtbot.waitSignal(page.open_journey_requested) as opened:
        page.integration.steps.itemActivated.emit(page.integration.steps.item(2))
    assert opened.args[1] == "course-week-2"


def test_today_says_nothing_more_when_all_that_waits_is_shown(qtbot, unlocked):
    unlocked.journeys.add(datetime(2026, 3, 13, 10, 0))
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    assert 1 <= page.integration.steps.count() <= 3
    assert not page.integration.more.isVisibleTo(page)


def test_after_an_induction_today_nudges_for_a_mood_until_dismissed(qtbot, unlocked, journal):
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    line = page.after_course
    assert line.isVisibleTo(page) and line.nudge_row.isVisibleTo(page)
    assert not line.falling.isVisibleTo(page)
    line.dismiss_button.click()
    assert not line.isVisibleTo(page)
    assert unlocked.settings.get(NUDGE_DISMISSED_KEY) == unlocked.journeys.now().date().isoformat()
    unlocked.settings.set(NUDGE_DISMISSED_KEY, None)
    unlocked.checkins.add(6)  # a mood today: no nudge
    fresh = TodayPage(unlocked)
    qtbot.addWidget(fresh)
    assert not fresh.after_course.isVisibleTo(fresh)


def test_today_is_quiet_without_an_induction_and_kind_when_mood_falls(qtbot, unlocked, monkeypatch):
    unlocked.journeys.add(datetime(2026, 3, 10, 10, 0))
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    assert not page.after_course.isVisibleTo(page)
    monkeypatch.setattr(RelapseService, "watch", lambda self, *a, **k: Watch(True, False, True))
    page.after_course.refresh()
    assert page.after_course.falling.isVisibleTo(page)
    assert page.after_course.falling.text() == FALLING_LINE
    assert not page.after_course.nudge_row.isVisibleTo(page)


def test_reminders_wait_for_the_session_to_end_and_remind_of_course_steps(unlocked, journal):
    reminders = Reminders(unlocked, notifier=FakeNotices())  # shown, so marked
    try:
        now = unlocked.journeys.now()
        running = unlocked.journeys.add(now - timedelta(minutes=30))
        fired = reminders.check(now)
        assert (running.id, "0h") not in fired  # the session runs: nothing about it
        assert any(step == "course-week-2" for _, step in fired)
        assert reminders.check(now + timedelta(minutes=5)) == []  # once only
        later = reminders.check(now + timedelta(hours=1, minutes=31))
        assert (running.id, "0h") in later
    finally:
        reminders.stop()
