"""Logging a session: times, kind messages for what can't be saved, and planned sessions."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.domain.journey import SessionLog
from journal_app.ui.journeys.fields import to_qt
from journal_app.ui.journeys.page import JourneysPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
START = datetime(2026, 2, 1, 10, 0)


@pytest.fixture
def past(unlocked):
    return unlocked.journeys.add(START)


@pytest.fixture
def page(qtbot, unlocked, past):
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.open_journey(past.id, "session")
    page.show()
    return page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def log_of(unlocked, record):
    return unlocked.journeys.get(record.id).data.session


def test_an_end_before_the_start_is_explained_and_nothing_wrong_is_saved(
    qtbot, unlocked, past, page
):
    session = page.view.session
    qtbot.keyClicks(session.provider, "Dr. Rivera")
    click(qtbot, session.end.toggle_button)  # "Pick a time" starts at the start time
    session.end.edit.setDateTime(to_qt(datetime(2026, 2, 1, 9, 0)))
    page.flush()

    error = session.errors["end"]
    assert error.isVisibleTo(page)
    assert "can't end before it starts" in error.text()
    assert "except the session" in page.view.save_state.text()
    log = log_of(unlocked, past)
    assert log.end is None  # nothing wrong saved
    assert log.provider == ""  # the session waits as a whole, so nothing half-written
    assert session.end.value() == datetime(2026, 2, 1, 9, 0)  # and nothing typed is lost
    assert session.provider.text() == "Dr. Rivera"

    session.end.edit.setDateTime(to_qt(datetime(2026, 2, 1, 11, 30)))
    page.flush()
    assert not error.isVisibleTo(page)
    assert page.view.save_state.text() == "Saved"
    log = log_of(unlocked, past)
    assert (log.end, log.provider) == (datetime(2026, 2, 1, 11, 30), "Dr. Rivera")


def test_other_steps_still_save_while_the_session_waits(qtbot, unlocked, past, page):
    session = page.view.session
    click(qtbot, session.onset.toggle_button)
    session.onset.edit.setDateTime(to_qt(datetime(2026, 2, 1, 8, 0)))
    qtbot.keyClicks(page.view.intention.sentence, "Rest")
    page.flush()
    assert "onset can't come before" in session.errors["onset"].text()
    journey = unlocked.journeys.get(past.id).data
    assert journey.intention.sentence == "Rest"
    assert journey.session.onset is None


def test_a_journey_with_session_problems_stays_open(qtbot, unlocked, past, page):
    other = unlocked.journeys.add(datetime(2026, 3, 28, 10, 0))
    qtbot.keyClicks(page.view.session.dose, "5000")
    with qtbot.waitSignal(page.status_message) as said:
        page.open_journey(other.id)
    assert "stays open" in said.args[0]
    assert page.view.record.id == past.id
    assert "at most 1000 mg" in page.view.session.errors["dose"].text()
    assert log_of(unlocked, past).dose_mg is None


def test_the_dose_may_be_empty_or_a_number_with_a_comma(qtbot, unlocked, past, page):
    dose = page.view.session.dose
    qtbot.keyClicks(dose, "37,5")
    page.flush()
    assert log_of(unlocked, past).dose_mg == 37.5
    dose.selectAll()
    qtbot.keyClicks(dose, "a little")
    page.flush()
    assert "as a number" in page.view.session.errors["dose"].text()
    assert log_of(unlocked, past).dose_mg == 37.5
    dose.selectAll()
    qtbot.keyClick(dose, Qt.Key.Key_Backspace)
    page.flush()
    assert log_of(unlocked, past).dose_mg is None


def test_now_buttons_fill_in_this_minute_and_clear_empties(qtbot, unlocked, past, page):
    peak = page.view.session.peak
    assert peak.value() is None and peak.empty.isVisibleTo(page)
    click(qtbot, peak.now_button)
    assert peak.value() == unlocked.journeys.now()
    page.flush()
    assert log_of(unlocked, past).peak == unlocked.journeys.now()
    click(qtbot, peak.toggle_button)  # now "Clear"
    page.flush()
    assert log_of(unlocked, past).peak is None


def test_scales_start_unset_and_show_their_value(qtbot, unlocked, past, page):
    scale = page.view.session.dissociation
    assert scale.number.text() == "–"
    scale.slider.setFocus()
    qtbot.keyClick(scale.slider, Qt.Key.Key_Right)
    assert scale.number.text() == "1"
    page.flush()
    assert log_of(unlocked, past).dissociation == 1
    click(qtbot, scale.clear_button)
    page.flush()
    assert log_of(unlocked, past).dissociation is None


def test_sitter_present_is_only_recorded_once_answered(qtbot, unlocked, past, page):
    qtbot.keyClicks(page.view.session.music, "Rain sounds")
    page.flush()
    assert log_of(unlocked, past).sitter_present is None
    click(qtbot, page.view.session.sitter)
    page.flush()
    assert log_of(unlocked, past).sitter_present is True


def test_notes_are_stamped_with_now_and_kept_even_while_times_wait(qtbot, unlocked, past, page):
    session = page.view.session
    click(qtbot, session.end.toggle_button)
    session.end.edit.setDateTime(to_qt(datetime(2026, 2, 1, 9, 0)))
    qtbot.keyClicks(session.note, "the room went gold")
    click(qtbot, session.add_note_button)
    notes = log_of(unlocked, past).notes
    assert [(n.at, n.text) for n in notes] == [(unlocked.journeys.now(), "the room went gold")]
    assert session.note.text() == ""
    assert session.note_list.item(0).text().endswith("the room went gold")


def test_the_narrative_hint_says_capture_first(page):
    hints = [label.text() for label in page.view.session.findChildren(type(page.view.title))]
    assert "Capture first, interpret later." in hints


def test_a_future_journey_shows_every_integration_step_upcoming(qtbot, unlocked):
    future = unlocked.journeys.add(
        datetime(2026, 4, 2, 10, 0), session=SessionLog(start=datetime(2026, 4, 2, 10, 0))
    )
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.open_journey(future.id, "integration")
    integration = page.view.integration
    assert all(b.text().endswith("upcoming") for b in integration.buttons.values())
    # No end logged: the capture falls due two hours after the start, never during it.
    assert integration.form("0h").status.text() == "Upcoming · due Thu 2 Apr 12:00"
    assert integration.form("3d").status.text() == "Upcoming · due Sun 5 Apr 10:00"
    assert page.view.steps.buttons["session"].text().endswith("planned")
    assert page.list.row_of(future.id).next == "Prepare"


def test_a_session_can_be_moved_into_the_future_to_plan_it(qtbot, unlocked, past, page):
    session = page.view.session
    session.start.edit.setDateTime(to_qt(datetime(2026, 5, 1, 9, 0)))
    page.flush()
    assert log_of(unlocked, past).start == datetime(2026, 5, 1, 9, 0)
    assert all(s.status == "upcoming" for s in unlocked.journeys.steps(past.id))
    assert all(b.text().endswith("upcoming") for b in page.view.integration.buttons.values())
