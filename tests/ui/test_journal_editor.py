"""Writing in the Journal page: autosave, revisions per session, prompts, opening entries."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt

from journal_app.services.bundle import Services
from journal_app.ui.journal.autosave import SAVE_DELAY_MS
from journal_app.ui.journal.page import JournalPage
from journal_app.ui.journal.prompts import PromptDeck, load_prompts

FAST_MS = 20


@pytest.fixture
def page(make_page: Callable[[], JournalPage]) -> JournalPage:
    return make_page()


@pytest.fixture
def fast_page(page: JournalPage) -> JournalPage:
    page.autosave.set_delay(FAST_MS)
    return page


def bodies(services: Services) -> list[str]:
    return [r.data.body for r in services.journal.entries()]


def test_a_new_entry_autosaves_once_typing_pauses(qtbot, page, unlocked):
    qtbot.keyClicks(page.editor.body, "Slept well for once.")

    assert bodies(unlocked) == []
    assert page.editor.save_state.text() == "Not saved yet"
    qtbot.waitUntil(lambda: bodies(unlocked) == ["Slept well for once."], timeout=SAVE_DELAY_MS * 3)
    assert page.editor.save_state.text() == "Saved"
    assert page.count.text() == "1 entry"


def test_a_new_entry_is_saved_with_every_field(qtbot, fast_page, unlocked):
    editor = fast_page.editor
    qtbot.keyClicks(editor.title, "Evening")
    editor.day.setDate(date(2026, 3, 10))
    qtbot.keyClicks(editor.tags, "calm, #sleep")
    editor.private.setChecked(True)
    qtbot.keyClicks(editor.body, "Quiet walk home.")

    qtbot.waitUntil(lambda: len(unlocked.journal.entries()) == 1)
    entry = unlocked.journal.entries()[0].data
    assert (entry.title, entry.day, entry.tags, entry.private) == (
        "Evening",
        date(2026, 3, 10),
        ("calm", "sleep"),
        True,
    )
    assert entry.body == "Quiet walk home."


def test_flush_saves_at_once(qtbot, page, unlocked):
    qtbot.keyClicks(page.editor.body, "Before I lock it.")

    page.flush()

    assert bodies(unlocked) == ["Before I lock it."]
    assert not page.autosave.pending


def test_an_empty_body_is_not_saved(qtbot, fast_page, unlocked):
    qtbot.keyClicks(fast_page.editor.title, "Only a title")
    qtbot.keyClicks(fast_page.editor.body, "   ")

    fast_page.flush()

    assert bodies(unlocked) == []
    assert fast_page.editor.save_state.text() == "Write something to save it"


def test_a_refused_save_shows_why_and_keeps_the_text(qtbot, fast_page, unlocked):
    qtbot.keyClicks(fast_page.editor.tags, "x" * 41)
    qtbot.keyClicks(fast_page.editor.body, "Words worth keeping.")

    fast_page.flush()

    assert bodies(unlocked) == []
    assert "at most 40 characters" in fast_page.editor.save_problem.text()
    assert fast_page.editor.save_state.text() == "Not saved"
    assert fast_page.editor.body.toPlainText() == "Words worth keeping."


def test_an_entry_that_cannot_save_stays_open_rather_than_lose_words(qtbot, fast_page, unlocked):
    other = unlocked.journal.create("Another day.", day=date(2026, 3, 1))
    qtbot.keyClicks(fast_page.editor.tags, "x" * 41)
    qtbot.keyClicks(fast_page.editor.body, "Unsaved words.")

    with qtbot.waitSignal(fast_page.status_message):
        fast_page.open_entry(other.id)

    assert fast_page.editor.body.toPlainText() == "Unsaved words."


def test_opening_an_entry_fills_the_editor(unlocked, make_page):
    record = unlocked.journal.create(
        "# Morning\nSoft light.", day=date(2026, 3, 3), title="After", tags=["light"], private=True
    )
    page = make_page()

    page.open_entry(record.id)

    editor = page.editor
    assert editor.title.text() == "After"
    assert editor.day.date().toPython() == date(2026, 3, 3)
    assert editor.body.toPlainText() == "# Morning\nSoft light."
    assert editor.tags.text() == "light"
    assert editor.private.isChecked()
    assert editor.words.text() == "3 words"
    assert editor.save_state.text() == "Saved"
    assert editor.delete_button.isEnabled()
    assert page.list.currentIndex().isValid()
    assert page.list.currentIndex() == page.model.index_of(record.id)


def test_the_first_save_of_a_session_keeps_one_version(qtbot, fast_page, unlocked):
    record = unlocked.journal.create("First words.", day=date(2026, 3, 3))
    fast_page.open_entry(record.id)

    qtbot.keyClicks(fast_page.editor.body, " More.")
    fast_page.flush()
    qtbot.keyClicks(fast_page.editor.body, " And more.")
    qtbot.waitUntil(lambda: bodies(unlocked) == ["First words. More. And more."])

    revisions = unlocked.journal.revisions(record.id)
    assert [r.data.snapshot["data"]["body"] for r in revisions] == ["First words."]


def test_coming_back_to_an_entry_keeps_another_version(qtbot, fast_page, unlocked):
    record = unlocked.journal.create("One.", day=date(2026, 3, 3))
    fast_page.open_entry(record.id)
    qtbot.keyClicks(fast_page.editor.body, " Two.")
    fast_page.new_entry()
    fast_page.open_entry(record.id)
    qtbot.keyClicks(fast_page.editor.body, " Three.")
    fast_page.flush()

    bodies_kept = [r.data.snapshot["data"]["body"] for r in unlocked.journal.revisions(record.id)]
    assert bodies_kept == ["One. Two.", "One."]


def test_editing_a_title_updates_the_list(qtbot, fast_page, unlocked):
    record = unlocked.journal.create("Body.", day=date(2026, 3, 3), title="Old")
    fast_page.open_entry(record.id)

    qtbot.keyClicks(fast_page.editor.title, "er")
    fast_page.flush()

    assert fast_page.model.index_of(record.id).data() == "Older"


def test_give_me_a_prompt_inserts_a_quote_and_remembers_its_id(qtbot, fast_page, unlocked):
    fast_page.editor._deck = PromptDeck(load_prompts(), random.Random(7))
    qtbot.mouseClick(fast_page.editor.prompt_button, Qt.MouseButton.LeftButton)
    prompt = fast_page.editor.draft().prompt_id
    text = fast_page.editor.body.toPlainText()
    assert prompt is not None and text.startswith("> ") and text.endswith("\n\n")

    fast_page.flush()
    assert bodies(unlocked) == []  # a prompt alone is not an entry yet

    qtbot.keyClicks(fast_page.editor.body, "It was the light.")
    fast_page.flush()
    saved = unlocked.journal.entries()[0].data
    assert saved.prompt_id == prompt
    assert saved.body == text + "It was the light."


def test_asking_for_another_prompt_replaces_the_first(qtbot, fast_page):
    editor = fast_page.editor
    qtbot.mouseClick(editor.prompt_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.prompt_button, Qt.MouseButton.LeftButton)

    assert editor.body.toPlainText().count("> ") == 1


def test_new_entry_with_a_prompt_id_opens_with_that_prompt(fast_page):
    fast_page.new_entry("daily-sleep-last-night")

    assert fast_page.editor.body.toPlainText().startswith("> How was sleep last night?")
    assert fast_page.editor.draft().prompt_id == "daily-sleep-last-night"


def test_preview_shows_the_markdown_read_only(qtbot, fast_page):
    qtbot.keyClicks(fast_page.editor.body, "**bold** words")

    fast_page.editor.preview_button.click()

    assert fast_page.editor.pages.currentWidget() is fast_page.editor.preview
    assert fast_page.editor.preview.isReadOnly()
    assert fast_page.editor.preview.toPlainText().strip() == "bold words"
