"""The window says the core's messages in the person's language (journal_app.ui.messages)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from journal_app.domain.errors import DiskFull, JournalError, ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Day, Message, verbatim
from journal_app.ui.messages import render, render_all
from journal_app.ui.questions import QuestionsDialog
from journal_app.ui.save_words import save_problem

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)
GERMAN = {
    "{name} must be between {low:g} and {high:g} (got {value!r}).": (
        "{name} muss zwischen {low:g} und {high:g} liegen ({value!r} angegeben)."
    ),
    "Mood": "Stimmung",
    "The question is empty; write a few words, then add it.": "Die Frage ist leer.",
    "The disk is full, so {outcome}. Everything saved before is safe: free some space, "
    "then try again.": "Die Platte ist voll, also {outcome}.",
    "this couldn't be saved": "konnte das nicht gespeichert werden",
    "The disk is full.": "Die Platte ist voll.",
    "{count:,} left": "noch {count:,}",
    "Broken {nothing_like_this}": "Kaputt {something_else}",
    "Unbalanced {count}": "Kaputt {count",
    "Peek {name}": "Guck {name.__class__.__mro__}",
    "I noticed bladder changes (going more often, urgency, pain or blood) this week "
    "— worth mentioning to my prescriber.": "Veränderungen an der Blase diese Woche.",
    "From your weekly check on {on}.": "Aus dem Wochen-Check vom {on}.",
}


class FakeCatalogue(QTranslator):
    """A translation with a few German lines under the context "messages" only."""

    def __init__(self, lines: dict[str, str]) -> None:
        super().__init__()
        self.lines = lines
        self.asked: list[tuple[str, str]] = []

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.append((context, source))
        # None, not "": Qt takes an empty text from a translator as the translation.
        return self.lines.get(source) if context == "messages" else None


@pytest.fixture
def german(qapp) -> Iterator[FakeCatalogue]:
    catalogue = FakeCatalogue(GERMAN)
    QCoreApplication.installTranslator(catalogue)
    yield catalogue
    QCoreApplication.removeTranslator(catalogue)


def test_an_error_from_a_real_service_is_said_in_the_translation(german, unlocked):
    with pytest.raises(ValidationError) as caught:
        unlocked.checkins.add(42)
    error = caught.value
    assert str(error) == "Mood must be between 1 and 10 (got 42)."  # the command line's English
    assert render(error) == "Stimmung muss zwischen 1 und 10 liegen (42 angegeben)."
    assert ("messages", "Mood") in german.asked


def test_without_a_translation_the_window_says_the_english(qapp, unlocked):
    with pytest.raises(ValidationError) as caught:
        unlocked.checkins.add(42)
    assert render(caught.value) == str(caught.value)


def test_a_widget_shows_a_service_refusal_translated(german, qtbot, unlocked):
    dialog = QuestionsDialog(unlocked)
    qtbot.addWidget(dialog)
    dialog.add_button.click()  # nothing typed: the service refuses an empty question
    assert dialog.problem.text() == "Die Frage ist leer."
    assert not dialog.problem.isHidden()


def test_a_kept_suggestion_is_kept_in_the_words_the_person_read(german, qtbot, unlocked):
    unlocked.journeys.add(datetime(2026, 3, 10, 10, 0))
    unlocked.weekly_check.record(datetime(2026, 3, 12, 9, 0), bladder=True)
    dialog = QuestionsDialog(unlocked)
    qtbot.addWidget(dialog)
    suggestion, keep, _ = dialog.suggestion_rows[0]
    assert keep.accessibleDescription() == "Aus dem Wochen-Check vom 12 March."
    assert suggestion.why == "From your weekly check on 12 March."  # the English stays
    keep.click()
    assert [item.text for item in unlocked.questions.items()] == [
        "Veränderungen an der Blase diese Woche."
    ]


def test_the_save_status_renders_the_phrase_inside_the_sentence(german):
    said = save_problem(DiskFull())
    assert said.startswith("Die Platte ist voll.")
    assert render(DiskFull()) == "Die Platte ist voll, also konnte das nicht gespeichert werden."


def test_a_broken_translation_falls_back_to_the_english(german):
    assert render(Message("Broken {nothing_like_this}", nothing_like_this=1)) == "Broken 1"
    assert render(Message("Unbalanced {count}", count=3)) == "Unbalanced 3"


def test_grouped_numbers_and_days_follow_the_locale(german):
    message = Message("{count:,} left", count=1234567)
    assert render(message, QLocale("de_DE")) == "noch 1.234.567"
    assert render(message, QLocale("C")) == "noch 1,234,567"
    day = Message(
        QT_TRANSLATE_NOOP("messages", "From your weekly check on {on}."),
        on=Day(date(2026, 3, 9), "long", year=False),
    )
    assert str(day) == "From your weekly check on 9 March."
    assert render(day, QLocale("C")) == "Aus dem Wochen-Check vom 9 March."
    assert render(day, QLocale("de_DE")) == "Aus dem Wochen-Check vom 9 März."


def test_text_already_in_words_and_other_errors_pass_through(german):
    assert render("Schon übersetzt {x}") == "Schon übersetzt {x}"
    assert render(verbatim("{Mood}")) == "{Mood}"
    assert render(JournalError("Mood")) == "Mood"  # plain text is never looked up
    assert render(OSError("disk on fire")) == "disk on fire"
    assert render_all([Message("Mood"), "x"]) == ["Stimmung", "x"]


def test_hostile_values_are_never_treated_as_templates(german):
    assert render(Message("{count:,} left", count=5, extra="{__class__}")) == "noch 5"
    assert render(Message("{name}", name="{count} {0} {")) == "{count} {0} {"
    # A translation may only name the template's own fields: no attributes, no indexes.
    assert render(Message("Peek {name}", name="x")) == "Peek x"
