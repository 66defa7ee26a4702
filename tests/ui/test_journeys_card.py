"""The session card in the Session step: medicine, dose by route, readings, side effects."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QScrollArea, QWidget

from journal_app.domain.journey import SessionLog, SideEffect, Vital
from journal_app.ui.journeys.page import JourneysPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
START = datetime(2026, 2, 1, 10, 0)


@pytest.fixture
def past(unlocked):
    return unlocked.journeys.add(START)


def open_page(qtbot, unlocked, record) -> JourneysPage:
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.open_journey(record.id, "session")
    page.resize(820, 560)
    page.show()
    return page


@pytest.fixture
def page(qtbot, unlocked, past):
    return open_page(qtbot, unlocked, past)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(box: QComboBox, value: str | None) -> None:
    box.setCurrentIndex(box.findData(value))


def log_of(unlocked, record) -> SessionLog:
    return unlocked.journeys.get(record.id).data.session


def shown(page, widget) -> bool:
    return widget.isVisibleTo(page)


def test_the_dose_shows_only_the_fields_of_the_chosen_route(page):
    session = page.view.session
    boxes = session.dosing.boxes
    layouts = {
        None: {"dose_mg"},
        "oral": {"dose_mg"},
        "IM": {"dose_mg"},
        "subcutaneous": {"dose_mg"},
        "sublingual": {"dose_mg"},
        "intranasal": {"dose_mg"},  # ketamine as a spray is written in mg
        "IV": {"dose_mg", "dose_mg_per_kg", "weight_kg", "infusion_minutes"},  # mg or per kg
        "lozenge": {"dose_mg", "hold_minutes"},
    }
    for route, fields in layouts.items():
        choose(session.route, route)
        assert {f for f, box in boxes.items() if shown(page, box)} == fields, route
    choose(session.medicine.box, "esketamine")
    choose(session.route, "intranasal")
    assert {f for f, box in boxes.items() if shown(page, box)} == {"devices"}


def test_another_medicine_asks_for_its_name(qtbot, unlocked, past, page):
    medicine = page.view.session.medicine
    assert not shown(page, medicine.name)
    choose(medicine.box, "other")
    assert shown(page, medicine.name)
    page.flush()
    assert "give the medicine's name" in medicine.error.text()
    qtbot.keyClicks(medicine.name, "Ibogaine")
    page.flush()
    log = log_of(unlocked, past)
    assert (log.medicine, log.medicine_name) == ("other", "Ibogaine")


def test_devices_show_their_mg_and_are_saved_as_given(qtbot, unlocked, past, page):
    session = page.view.session
    choose(session.medicine.box, "esketamine")
    choose(session.route, "intranasal")
    qtbot.keyClicks(session.dosing.boxes["devices"], "2")
    assert session.dosing.total.text() == "2 devices · 56 mg"
    assert shown(page, session.dosing.total)
    page.flush()
    log = log_of(unlocked, past)
    assert (log.medicine, log.route, log.devices, log.dose_given_mg) == (
        "esketamine",
        "intranasal",
        2,
        56,
    )


def test_mg_per_kg_shows_the_mg_and_hidden_fields_keep_their_text(qtbot, unlocked, past, page):
    session = page.view.session
    boxes = session.dosing.boxes
    choose(session.medicine.box, "esketamine")
    choose(session.route, "intranasal")
    qtbot.keyClicks(boxes["devices"], "2")
    choose(session.route, "IV")  # the devices box hides, its text kept
    qtbot.keyClicks(boxes["dose_mg_per_kg"], "0,5")
    qtbot.keyClicks(boxes["weight_kg"], "70")
    qtbot.keyClicks(boxes["infusion_minutes"], "40")
    assert session.dosing.total.text() == "0.5 mg/kg × 70 kg · 35 mg"
    page.flush()
    log = log_of(unlocked, past)
    assert (log.devices, log.dose_mg_per_kg, log.weight_kg, log.dose_given_mg) == (
        None,  # the 2 devices typed under another route are not taken while hidden
        0.5,
        70,
        35,
    )
    assert log.infusion_minutes == 40
    assert boxes["devices"].text() == "2"  # and not lost either


def test_an_iv_dose_can_be_given_as_the_total_in_mg(qtbot, unlocked, past, page):
    session = page.view.session
    choose(session.route, "IV")
    qtbot.keyClicks(session.dose, "35")
    page.flush()
    assert log_of(unlocked, past).dose_given_mg == 35


def test_a_lozenge_keeps_its_mg_and_minutes_held(qtbot, unlocked, past, page):
    session = page.view.session
    choose(session.route, "lozenge")
    qtbot.keyClicks(session.dose, "200")
    qtbot.keyClicks(session.dosing.boxes["hold_minutes"], "15")
    page.flush()
    log = log_of(unlocked, past)
    assert (log.route, log.dose_mg, log.hold_minutes) == ("lozenge", 200, 15)


def test_a_reading_is_saved_and_shown_again_when_reopened(qtbot, unlocked, past, page):
    before = page.view.session.vitals.moments["before"]
    assert not shown(page, before.systolic)
    click(qtbot, before.add_button)
    assert before.systolic.hasFocus() or not page.isActiveWindow()
    qtbot.keyClicks(before.systolic, "128")
    qtbot.keyClicks(before.diastolic, "82")
    qtbot.keyClicks(before.pulse, "72")
    more = page.view.session.vitals.more
    click(qtbot, more.add_button)
    row = more.rows[0]
    qtbot.keyClicks(row.systolic, "150")
    qtbot.keyClicks(row.diastolic, "95")
    page.flush()
    clock = f"{unlocked.journeys.now():%H:%M}"
    assert log_of(unlocked, past).vitals == (Vital("before", 128, 82, 72), Vital(clock, 150, 95))

    again = open_page(qtbot, unlocked, past).view.session
    before = again.vitals.moments["before"]
    assert (before.systolic.text(), before.diastolic.text(), before.pulse.text()) == (
        "128",
        "82",
        "72",
    )
    assert not before.add_button.isVisibleTo(again)
    assert again.vitals.moments["leaving"].add_button.isVisibleTo(again)
    assert [r.value()[0] for r in again.vitals.more.rows] == [Vital(clock, 150, 95)]


def test_a_reading_out_of_range_is_explained_and_its_text_kept(qtbot, unlocked, past, page):
    reading = page.view.session.vitals.moments["40min"]
    click(qtbot, reading.add_button)
    qtbot.keyClicks(reading.systolic, "300")
    qtbot.keyClicks(reading.diastolic, "80")
    page.flush()
    assert shown(page, reading.error)
    assert "from 60 to 260" in reading.error.text()
    assert "except the session" in page.view.save_state.text()
    assert reading.systolic.text() == "300"
    assert log_of(unlocked, past).vitals == ()

    reading.systolic.clear()
    qtbot.keyClicks(reading.systolic, "130")
    page.flush()
    assert not shown(page, reading.error)
    assert log_of(unlocked, past).vitals == (Vital("40min", 130, 80),)


def test_half_a_reading_asks_for_both_numbers(qtbot, unlocked, past, page):
    reading = page.view.session.vitals.moments["leaving"]
    click(qtbot, reading.add_button)
    qtbot.keyClicks(reading.systolic, "120")
    page.flush()
    assert "Write both numbers" in reading.error.text()
    click(qtbot, reading.remove_button)  # closes it again, and nothing is waiting
    page.flush()
    assert page.view.save_state.text() == "Saved"


def test_a_side_effect_is_saved_with_how_strong_it_was(qtbot, unlocked, past, page):
    effects = page.view.session.effects
    detail = effects.details["nausea"]
    assert not shown(page, detail)
    click(qtbot, effects.boxes["nausea"])
    assert shown(page, detail)
    page.flush()
    assert shown(page, effects.hint)  # no strength yet: kept on screen, not saved
    assert page.view.save_state.text() == "Saved"
    assert log_of(unlocked, past).side_effects == ()

    choose(detail.severity, "moderate")
    click(qtbot, detail.until.now_button)
    qtbot.keyClicks(effects.own, "Cold hands")
    qtbot.keyClick(effects.own, Qt.Key.Key_Return)
    choose(effects.details["Cold hands"].severity, "mild")
    page.flush()
    now = unlocked.journeys.now()
    assert log_of(unlocked, past).side_effects == (
        SideEffect("nausea", "moderate", now),
        SideEffect("Cold hands", "mild"),
    )
    again = open_page(qtbot, unlocked, past).view.session.effects
    assert again.boxes["Cold hands"].isChecked() and again.boxes["nausea"].isChecked()
    assert again.details["nausea"].chosen() == "moderate"


def test_felt_clear_now_fills_in_this_minute(qtbot, unlocked, past, page):
    clear_at = page.view.session.clear_at
    assert clear_at.edit.accessibleName() == "Felt clear and ready to go home at"
    click(qtbot, clear_at.now_button)
    page.flush()
    assert log_of(unlocked, past).clear_at == unlocked.journeys.now()


def test_an_existing_journey_opens_as_before(qtbot, unlocked):
    record = unlocked.journeys.add(
        START, session=SessionLog(start=START, route="IV", dose_mg=35, intensity=6)
    )
    session = open_page(qtbot, unlocked, record).view.session
    assert session.medicine.box.currentData() is None
    assert shown(session, session.dose) and session.dose.text() == "35"  # kept in view
    assert session.vitals.moments["before"].add_button.isVisibleTo(session)
    assert not any(label.isVisibleTo(session) for label in session.errors.values())
    assert session.value() == log_of(unlocked, record)


def focus_walk(session) -> list[QWidget]:
    """The widgets Tab reaches in the step, in order (as Tab would, from the first)."""
    column = session.findChild(QScrollArea).widget()
    first = session.planned
    walked, widget = [first], first.nextInFocusChain()
    while widget is not first:
        inside = column.isAncestorOf(widget) and not isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        )
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if inside and tabbable and widget.isVisibleTo(session) and widget.isEnabled():
            walked.append(widget)
        widget = widget.nextInFocusChain()
    return walked


def test_tab_walks_the_card_top_to_bottom(qtbot, unlocked, past, page):
    session = page.view.session
    click(qtbot, session.vitals.moments["before"].add_button)
    click(qtbot, session.vitals.more.add_button)  # rows added later join in their place
    qtbot.keyClicks(session.effects.own, "Cold hands")
    click(qtbot, session.effects.add_button)
    column = session.findChild(QScrollArea).widget()
    walked = focus_walk(session)
    places = [w.mapTo(column, QPoint(0, w.height() // 2)).y() for w in walked]
    rows = [(y, w.mapTo(column, QPoint(0, 0)).x()) for y, w in zip(places, walked, strict=True)]
    for (y1, x1), (y2, x2), widget in zip(rows, rows[1:], walked[1:], strict=False):
        assert y2 > y1 + 4 or (abs(y2 - y1) <= 4 and x2 > x1), widget.accessibleName()
    names = [w.accessibleName() for w in walked]
    assert names.index("Medicine") < names.index("Route") < names.index("Dose in mg")
    assert names.index("Dose in mg") < names.index("Started") < names.index("Intensity")
    assert names.index("Intensity") < names.index("Nausea or vomiting")
    assert names.index("Cold hands: how strong") < names.index(
        "Felt clear and ready to go home at: now"
    )
    assert walked[-1] is session.narrative


def test_every_field_of_the_card_has_a_name(qtbot, page):
    session = page.view.session
    for step in ("before", "40min", "leaving"):
        click(qtbot, session.vitals.moments[step].add_button)
    choose(session.route, "IV")
    click(qtbot, session.effects.boxes["dizziness"])
    for widget in focus_walk(session):
        words = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        assert words.strip(), widget
    reading = session.vitals.moments["before"]
    assert reading.systolic.accessibleName() == (
        "Blood pressure, before dosing: top number (systolic)"
    )
    assert session.dosing.boxes["weight_kg"].accessibleName() == "Body weight in kg"
