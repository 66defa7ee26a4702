"""The Journeys page: the series, planning, the Trash, jumping to a step, the keyboard."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journal_app.domain.journey import SessionLog
from journal_app.services import guides
from journal_app.ui.journeys.dialogs import (
    ConfirmDelete,
    JourneyTrashDialog,
    PlanDialog,
    default_plan_time,
)
from journal_app.ui.journeys.page import JourneysPage
from journal_app.ui.journeys.stepper import STEPS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


@pytest.fixture
def series(unlocked):
    """Three journeys: one a month ago, one two days ago (logged), one planned."""
    add = unlocked.journeys.add
    return [
        add(datetime(2026, 2, 1, 10, 0)),
        add(datetime(2026, 3, 12, 9, 30), session=SessionLog(route="IM", setting="clinic")),
        add(datetime(2026, 3, 28, 10, 0)),
    ]


@pytest.fixture
def make(qtbot, unlocked):
    def make_page() -> JourneysPage:
        page = JourneysPage(unlocked)
        qtbot.addWidget(page)
        return page

    return make_page


def rows(page):
    return [page.list.row_of(record_id) for record_id in page.list.ids()]


def test_the_list_shows_the_series_with_next_steps(make, series):
    page = make()
    shown = rows(page)
    # Feb 1 is a course of its own; Mar 28 is within 21 days of Mar 12, so joins its course.
    assert [r.title for r in shown] == ["Session 1 of 1", "Session 1 of 2", "Session 2 of 2"]
    headers = [r.title for r in page.list.rows() if r.id not in page.list.ids()]
    assert headers == ["Single session", "Induction · 2 sessions"]
    assert shown[0].when == "Sun 1 Feb 2026, 10:00 · past"
    assert shown[2].when == "Sat 28 Mar 2026, 10:00 · planned"
    assert shown[1].details == "IM · Clinic"
    assert shown[0].next == "Log the session"
    assert shown[1].next == "Integration: +1 day due"
    assert shown[2].next == "Prepare"
    item_text = page.list.item(3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Session 1 of 2" in item_text and "+1 day due" in item_text


def test_the_page_opens_where_attention_is_wanted(make, series):
    page = make()
    assert page.view.record.id == series[1].id  # its +1 day step is due now
    assert page.view.current_step() == "integration"
    assert page.view.integration.current_step() == "1d"
    assert page.view.title.text() == "Session 1 of 2 · Thu 12 Mar 2026, 09:30"


def test_choosing_a_journey_in_the_list_opens_it(qtbot, make, series):
    page = make()
    page.list.setCurrentRow(4)  # two course headers come before it
    assert page.view.record.id == series[2].id
    assert page.view.current_step() == "preparation"


def test_open_journey_lands_on_an_integration_step(make, series):
    page = make()
    page.open_journey(series[0].id, "1d")
    assert page.view.record.id == series[0].id
    assert page.view.current_step() == "integration"
    assert page.view.integration.current_step() == "1d"
    assert page.list.currentItem().data(Qt.ItemDataRole.UserRole) == series[0].id
    page.open_journey(series[0].id, "aftercare")
    assert page.view.current_step() == "aftercare"


def test_open_journey_refuses_one_in_the_trash(qtbot, make, series, unlocked):
    unlocked.journeys.delete(series[0].id)
    page = make()
    with qtbot.waitSignal(page.status_message) as said:
        page.open_journey(series[0].id)
    assert "Trash" in said.args[0]
    assert page.view.record.id != series[0].id


def test_planning_a_journey_adds_it_and_opens_it(qtbot, make, series, unlocked, monkeypatch):
    page = make()
    asked = []

    def ask(parent, now):
        asked.append(now)
        return datetime(2026, 4, 20, 10, 0)

    monkeypatch.setattr(PlanDialog, "ask", classmethod(lambda cls, p, now: ask(p, now)))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert asked == [unlocked.journeys.now()]
    added = unlocked.journeys.journeys()[-1]
    assert added.data.planned_at == datetime(2026, 4, 20, 10, 0)
    assert added.data.session.start is None  # planned, not logged
    assert page.view.record.id == added.id
    assert page.view.current_step() == "preparation"
    assert rows(page)[-1].title == "Session 1 of 1"  # 23 days after the last: a new course


def test_cancelling_the_plan_dialog_adds_nothing(qtbot, make, series, unlocked, monkeypatch):
    page = make()
    monkeypatch.setattr(PlanDialog, "ask", classmethod(lambda cls, p, now: None))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert len(unlocked.journeys.journeys()) == 3


def test_the_plan_dialog_defaults_to_next_week_at_ten(qtbot):
    now = datetime(2026, 3, 14, 18, 30)
    assert default_plan_time(now) == datetime(2026, 3, 21, 10, 0)
    dialog = PlanDialog(now)
    qtbot.addWidget(dialog)
    assert dialog.date.calendarPopup()
    assert dialog.when() == datetime(2026, 3, 21, 10, 0)


def test_the_empty_page_invites_a_first_plan(qtbot, make, unlocked, monkeypatch):
    page = make()
    assert page.body.currentWidget() is page.empty
    assert page.empty.text.text().startswith("No journeys yet. When you plan your first session")
    monkeypatch.setattr(
        PlanDialog, "ask", classmethod(lambda cls, p, now: datetime(2026, 3, 21, 10, 0))
    )
    qtbot.mouseClick(page.empty.plan_button, Qt.MouseButton.LeftButton)
    assert page.body.currentWidget() is not page.empty
    assert rows(page)[0].title == "Session 1 of 1"


def test_delete_asks_kindly_then_moves_to_the_trash_and_undo_restores(
    qtbot, make, series, unlocked, monkeypatch
):
    page = make()
    page.open_journey(series[0].id)
    asked = []
    monkeypatch.setattr(
        ConfirmDelete, "ask", classmethod(lambda cls, parent, name: asked.append(name) or True)
    )
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Session 1"]
    assert unlocked.journeys.get(series[0].id).deleted
    assert series[0].id not in page.list.ids()
    assert page.view.record.id != series[0].id
    assert page.undo_bar.isVisibleTo(page)
    assert "Session 1 is in the Trash" in page.undo_bar.message.text()

    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert not unlocked.journeys.get(series[0].id).deleted
    assert page.list.ids()[0] == series[0].id
    assert page.view.record.id == series[0].id
    assert not page.undo_bar.isVisibleTo(page)


def test_keeping_a_journey_deletes_nothing(qtbot, make, series, unlocked, monkeypatch):
    page = make()
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, name: False))
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    assert not any(r.deleted for r in unlocked.journeys.journeys())
    assert len(page.list.ids()) == 3


def test_deleting_the_last_journey_shows_the_empty_page(qtbot, make, unlocked, monkeypatch):
    only = unlocked.journeys.add(datetime(2026, 3, 21, 10, 0))
    page = make()
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, name: True))
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    assert page.body.currentWidget() is page.empty
    assert page.view.record is None
    assert unlocked.journeys.get(only.id).deleted


def test_the_trash_lists_deleted_journeys_and_restores_one(
    qtbot, make, series, unlocked, monkeypatch
):
    unlocked.journeys.delete(series[2].id)
    page = make()
    dialog = JourneyTrashDialog(unlocked)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "Sat 28 Mar 2026, 10:00"
    monkeypatch.setattr(
        JourneyTrashDialog, "choose", classmethod(lambda cls, parent, services: series[2].id)
    )
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert not unlocked.journeys.get(series[2].id).deleted
    assert page.view.record.id == series[2].id
    assert len(page.list.ids()) == 3


def test_every_control_has_a_name_for_screen_readers(make, series):
    page = make()
    for step in STEPS:  # panes and integration steps are built when first shown
        page.view.show_step(step)
    for step in page.view.integration.buttons:
        page.view.integration.show_step(step)
    nameless = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.window() is page  # not a drop-down's own pop-up list
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName()
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # their inner edits
    ]
    assert nameless == []


def test_tab_reaches_the_list_the_steps_and_the_fields(qtbot, make, series):
    page = make()
    page.open_journey(series[2].id, "preparation")
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.plan_button.setFocus()
    reached = []
    for _ in range(70):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    steps = page.view.steps.buttons
    assert page.trash_button in reached
    assert page.list in reached
    assert all(button in reached for button in steps.values())
    first_item = guides.preparation_checklist()[0].id
    assert page.view.preparation.checklist.box(first_item) in reached
    assert page.view.preparation.screening["medications"] in reached


def test_steps_switch_with_ctrl_page_keys_and_alt_numbers(qtbot, make, series):
    page = make()
    page.open_journey(series[2].id, "preparation")
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.view.steps.buttons["preparation"].setFocus()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert page.view.current_step() == "intention"
    assert page.view.stack.currentWidget() is page.view.intention
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert page.view.current_step() == "preparation"
    for number, step in enumerate(STEPS, start=1):
        qtbot.keyClick(
            QApplication.focusWidget(),
            Qt.Key(Qt.Key.Key_0 + number),
            Qt.KeyboardModifier.AltModifier,
        )
        assert page.view.current_step() == step
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert page.view.current_step() == "integration"  # stops at the end


def test_a_changed_start_renumbers_the_series(qtbot, make, series, unlocked):
    page = make()
    page.open_journey(series[2].id, "session")
    page.view.session.planned.setDateTime(page.view.session.planned.dateTime().addDays(-60))
    page.flush()
    assert rows(page)[0].id == series[2].id
    assert page.view.title.text().startswith("Session 1 of 2 ·")
    assert unlocked.journeys.get(series[2].id).data.planned_at == datetime(2026, 1, 27, 10, 0)


def test_the_checklists_show_the_items_for_the_session_setting_and_route(qtbot, make, unlocked):
    home = unlocked.journeys.add(
        datetime(2026, 3, 12, 9, 30), session=SessionLog(route="IM", setting="home")
    )
    clinic = unlocked.journeys.add(
        datetime(2026, 4, 20, 9, 30), session=SessionLog(route="IV", setting="clinic")
    )
    page = make()
    page.open_journey(home.id, "preparation")
    shown = {row.id for row in page.view.preparation._rows()}
    assert "prep-sitter-blood-pressure" in shown and "prep-ride-home" not in shown
    page.open_journey(clinic.id, "preparation")
    shown = {row.id for row in page.view.preparation._rows()}
    assert "prep-ride-home" in shown and "prep-sitter-blood-pressure" not in shown
    assert "prep-intranasal-ask" not in shown  # an IV session


def test_the_difficult_experience_prompt_carries_its_fixed_line(qtbot, make, unlocked):
    from PySide6.QtWidgets import QLabel

    record = unlocked.journeys.add(datetime(2026, 3, 12, 9, 30))
    page = make()
    page.open_journey(record.id, "0h")
    line = "If feeling unreal, frightened or low lasts beyond a day"
    labels = [w.text() for w in page.view.findChildren(QLabel)]
    assert any(text.startswith(line) for text in labels)


def test_the_progress_counts_the_same_items_the_checklists_show():
    from journal_app.domain.journey import Journey
    from journal_app.services.guides import aftercare_checklist, preparation_checklist
    from journal_app.ui.journeys.describe import aftercare_progress, preparation_progress

    everywhere = Journey(planned_at=datetime(2026, 3, 12, 9, 30))
    clinic = Journey(
        planned_at=datetime(2026, 3, 12, 9, 30), session=SessionLog(setting="clinic", route="IV")
    )
    home = Journey(
        planned_at=datetime(2026, 3, 12, 9, 30), session=SessionLog(setting="home", route="IM")
    )
    every = preparation_progress(preparation_checklist(), everywhere)[1]
    at_clinic = preparation_progress(preparation_checklist(), clinic)[1]
    at_home = preparation_progress(preparation_checklist(), home)[1]
    assert every == len(preparation_checklist()) and at_clinic < every and at_home < every
    shown = [i for i in preparation_checklist() if i.applies("home", "IM")]
    assert at_home == len(shown)
    assert aftercare_progress(aftercare_checklist(), clinic)[1] == len(
        [i for i in aftercare_checklist() if i.applies("clinic", "IV")]
    )
