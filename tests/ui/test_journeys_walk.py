"""Walking one journey through the Journeys page, from preparation to the month after."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.services import guides
from journal_app.ui.journeys.page import JourneysPage

# Showing a window on the offscreen platform logs this harmless warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def past(unlocked):
    """A session on 1 Feb 2026: by the fixed clock (14 Mar) its steps are due or overdue."""
    return unlocked.journeys.add(datetime(2026, 2, 1, 10, 0))


@pytest.fixture
def page(qtbot, unlocked, past):
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def stored(unlocked, record):
    return unlocked.journeys.get(record.id).data


def test_walking_a_whole_journey_saves_every_step(qtbot, unlocked, past, page):
    view = page.view
    prep_ids = [item.id for item in guides.preparation_checklist()]

    click(qtbot, view.steps.buttons["preparation"])
    click(qtbot, view.preparation.checklist.box(prep_ids[0]))
    click(qtbot, view.preparation.checklist.box(prep_ids[2]))
    total = len(prep_ids)
    assert view.preparation.checklist.progress_label.text() == f"2 of {total} ready"
    assert view.preparation.checklist.progress.value() == 2
    qtbot.keyClicks(view.preparation.screening["ride_home"], "Sam, at four")

    click(qtbot, view.steps.buttons["intention"])
    assert view.stack.currentWidget() is view.intention
    first_prompt = guides.intention_prompts()[0].id
    qtbot.keyClicks(view.intention.answers[first_prompt], "To rest a little")
    qtbot.keyClicks(view.intention.sentence, "Meet the tiredness kindly")

    click(qtbot, view.steps.buttons["session"])
    session = view.session
    session.setting.setCurrentIndex(session.setting.findData("clinic"))
    session.route.setCurrentIndex(session.route.findData("sublingual"))
    assert session.route.currentText() == "Sublingual"
    qtbot.keyClicks(session.dose, "50")
    click(qtbot, session.end.now_button)
    session.intensity.slider.setValue(7)
    assert session.intensity.number.text() == "7"
    qtbot.keyClicks(session.note, "warm hands")
    qtbot.keyClick(session.note, Qt.Key.Key_Return)
    assert session.note_list.count() == 1
    assert "warm hands" in session.note_list.item(0).text()
    assert stored(unlocked, past).session.notes[0].text == "warm hands"  # saved at once

    click(qtbot, view.steps.buttons["aftercare"])
    after_id = guides.aftercare_checklist()[0].id
    click(qtbot, view.aftercare.checklist.box(after_id))

    click(qtbot, view.steps.buttons["integration"])
    integration = view.integration
    click(qtbot, integration.buttons["0h"])
    capture_id = guides.integration_step("0h").prompts[0].id
    qtbot.keyClicks(integration.form("0h").boxes[capture_id], "A slow blue river")
    click(qtbot, integration.buttons["30d"])  # moving on saves the +0h answer
    assert stored(unlocked, past).integration["0h"][capture_id].text == "A slow blue river"
    month = integration.form("30d")
    assert month.capture_card is not None and month.capture_card.isVisible()
    assert "A slow blue river" in [
        w.text() for w in month.capture_card.findChildren(type(month.status))
    ]
    later_id = guides.integration_step("30d").prompts[1].id
    qtbot.keyClicks(month.boxes[later_id], "The river is still there")
    assert month.stars[later_id].isEnabled()
    click(qtbot, month.stars[later_id])
    assert month.stars[later_id].text().startswith("★")

    page.flush()
    journey = stored(unlocked, past)
    assert set(journey.preparation.checked) == {prep_ids[0], prep_ids[2]}
    assert journey.preparation.screening == {"ride_home": "Sam, at four"}
    assert journey.intention.answers == {first_prompt: "To rest a little"}
    assert journey.intention.sentence == "Meet the tiredness kindly"
    log = journey.session
    assert (log.setting, log.route, log.dose_mg, log.intensity) == ("clinic", "sublingual", 50, 7)
    assert log.start == datetime(2026, 2, 1, 10, 0)
    assert log.end == unlocked.journeys.now()
    assert journey.aftercare == (after_id,)
    answer = journey.integration["30d"][later_id]
    assert answer.text == "The river is still there" and answer.starred
    assert [i.answer.text for i in unlocked.journeys.insights()] == ["The river is still there"]
    assert len(unlocked.vault.store.revisions(past.id)) == 1  # one editing session, one version


def test_the_stepper_shows_progress_on_each_step(qtbot, page):
    view = page.view
    item = guides.preparation_checklist()[0].id
    click(qtbot, view.steps.buttons["preparation"])
    click(qtbot, view.preparation.checklist.box(item))
    assert (
        view.steps.buttons["preparation"]
        .text()
        .endswith(f"1 of {len(guides.preparation_checklist())}")
    )
    assert view.steps.buttons["intention"].text().endswith("not yet")
    assert view.steps.buttons["session"].text().endswith("to log")
    assert view.steps.buttons["integration"].text().endswith("0 of 6 done")


def test_the_steps_can_be_taken_in_any_order(qtbot, page):
    view = page.view
    for step in ("aftercare", "preparation", "integration", "intention"):
        click(qtbot, view.steps.buttons[step])
        assert view.current_step() == step
        assert view.stack.currentWidget() is view.pane(step)


def test_typing_saves_itself_after_a_pause(qtbot, unlocked, past, page):
    page.view.saver.set_delay(10)
    page.view.show_step("session")
    qtbot.keyClicks(page.view.session.narrative, "Capture first")
    qtbot.waitUntil(lambda: stored(unlocked, past).session.narrative == "Capture first")
    assert page.view.save_state.text() == "Saved"


def test_flush_saves_pending_typing(qtbot, unlocked, past, page):
    page.view.show_step("session")
    qtbot.keyClicks(page.view.session.provider, "Dr. Rivera")
    assert page.view.saver.pending
    assert stored(unlocked, past).session.provider == ""
    page.flush()
    assert not page.view.saver.pending
    assert stored(unlocked, past).session.provider == "Dr. Rivera"


def test_an_integration_answer_is_saved_on_flush(qtbot, unlocked, past, page):
    page.open_journey(past.id, "1d")
    prompt = guides.integration_step("1d").prompts[0].id
    qtbot.keyClicks(page.view.integration.form("1d").boxes[prompt], "Slept long")
    page.flush()
    assert stored(unlocked, past).integration["1d"][prompt].text == "Slept long"
    assert page.view.integration.buttons["1d"].text().endswith("done")


def test_own_items_can_be_added_and_items_hidden_and_shown_again(qtbot, unlocked, past, page):
    click(qtbot, page.view.steps.buttons["preparation"])
    prep = page.view.preparation
    total = len(guides.preparation_checklist())
    qtbot.keyClicks(prep.own_item, "Bring my blue scarf")
    qtbot.keyClick(prep.own_item, Qt.Key.Key_Return)
    assert prep.checklist.counts() == (0, total + 1)
    click(qtbot, prep.checklist.box("custom-1"))
    first = guides.preparation_checklist()[0].id
    hide = [b for b in prep.checklist.findChildren(type(prep.add_button)) if b.text() == "Hide"]
    click(qtbot, hide[0])
    assert prep.checklist.counts() == (1, total)
    assert prep.show_hidden.isVisibleTo(prep)
    page.flush()
    saved = stored(unlocked, past).preparation
    assert saved.custom_items == (("custom-1", "Bring my blue scarf"),)
    assert saved.checked == ("custom-1",)
    assert saved.hidden == (first,)
    click(qtbot, prep.show_hidden)
    assert prep.checklist.counts() == (1, total + 1)


def test_earlier_intentions_are_shown_to_see_them_evolve(qtbot, unlocked, past):
    unlocked.journeys.add(datetime(2026, 1, 3, 10, 0), intention="Be less afraid of the dark")
    later = unlocked.journeys.add(datetime(2026, 3, 20, 10, 0))
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.open_journey(later.id, "intention")
    pane = page.view.intention
    assert pane.earlier_card.isVisibleTo(pane)
    # Eleven weeks apart: another course, so it's named by its date.
    assert pane.earlier_list.text() == "3 Jan 2026: “Be less afraid of the dark”"


def test_starring_an_empty_answer_is_not_offered(page):
    page.open_journey(page.view.record.id, "3d")
    form = page.view.integration.form("3d")
    assert not any(star.isEnabled() for star in form.stars.values())
