from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.domain.journey import SessionLog
from journal_app.ui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.ui.pages.settings import SettingsPage
from journal_app.ui.pages.today import TodayPage, greeting_for, prompt_of_the_day
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize(
    ("hour", "start"),
    [(7, "Good morning"), (13, "Good afternoon"), (20, "Good evening"), (2, "Still up")],
)
def test_the_greeting_follows_the_time_of_day(hour, start):
    assert greeting_for(hour).startswith(start)


def test_the_prompt_stays_the_same_all_day_and_changes_on_request():
    prompts = [{"id": str(n), "text": f"prompt {n}"} for n in range(30)]
    assert prompt_of_the_day(prompts, "2026-03-14") == prompt_of_the_day(prompts, "2026-03-14")
    assert prompt_of_the_day(prompts, "2026-03-14", 1) != prompt_of_the_day(prompts, "2026-03-14")


@pytest.fixture
def today(qtbot, unlocked):
    unlocked.journal.create("an older entry", day=date(2026, 3, 1))
    unlocked.journal.create("the newest entry", title="Fresh", day=date(2026, 3, 13))
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    return page


def test_today_lists_the_latest_entries_newest_first(today):
    assert today.recent.count() == 2
    assert "Fresh" in today.recent.item(0).text()


def test_activating_a_recent_entry_asks_to_open_it(qtbot, today, unlocked):
    newest = unlocked.journal.entries()[0]
    with qtbot.waitSignal(today.open_entry_requested) as opened:
        today.recent.itemActivated.emit(today.recent.item(0))
    assert opened.args == [newest.id]


def test_write_about_this_passes_the_prompt_id(qtbot, today):
    with qtbot.waitSignal(today.new_entry_requested) as asked:
        today.write_button.click()
    assert asked.args == [today.prompt["id"]]
    shown = today.prompt_label.text()
    today.another_button.click()
    assert today.prompt_label.text() != shown


def test_today_shows_the_next_planned_session(qtbot, unlocked):
    unlocked.journeys.add(datetime(2026, 3, 1, 10), session=SessionLog(route="IM"))
    unlocked.journeys.add(datetime(2026, 3, 20, 9, 30), intention="Meet the tiredness kindly")
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    assert "Session 2" in page.next_session.label.text()
    assert "Meet the tiredness kindly" in page.next_session.label.text()


def test_today_is_gentle_when_empty(qtbot, unlocked):
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    assert page.recent_empty.isVisibleTo(page)
    assert "No session planned" in page.next_session.label.text()


@pytest.fixture
def settings_page(qtbot, unlocked, session, theme):
    session.finish_first_run()
    page = SettingsPage(session, theme)
    qtbot.addWidget(page)
    return page


def test_auto_lock_minutes_are_saved(settings_page, session, unlocked):
    settings_page.auto_lock.setValue(15)
    assert session.auto_lock_minutes == 15
    assert unlocked.settings.get("auto_lock_minutes") == 15


def test_choosing_a_theme_applies_it(settings_page, theme):
    settings_page.theme_choice.setCurrentIndex(settings_page.theme_choice.findData("dark"))
    assert theme.shown == "dark" and theme.mode == "dark"
    theme.set_mode("light")
    assert settings_page.theme_choice.currentData() == "light"


def test_changing_the_passphrase_from_settings(
    qtbot, settings_page, session, unlocked, monkeypatch
):
    monkeypatch.setattr(
        ChangePassphraseDialog,
        "get_new_passphrase",
        classmethod(lambda cls, parent: ("a much better passphrase", True)),
    )
    with qtbot.waitSignal(session.passphrase_changed, timeout=5000):
        settings_page.change_passphrase.click()
    session.lock()
    unlocked.vault.unlock("a much better passphrase")
    unlocked.vault.lock()
    with pytest.raises(Exception, match="doesn't open"):
        unlocked.vault.unlock(PASSPHRASE)


def test_the_data_folder_is_shown(settings_page, unlocked):
    assert str(unlocked.vault.folder) == settings_page.folder_label.text()


def test_reminders_and_quiet_hours_are_saved(settings_page, unlocked):
    from PySide6.QtCore import QTime

    settings_page.reminders_on.setChecked(False)
    assert unlocked.settings.get("reminders_enabled") is False
    assert not settings_page.quiet_from.isEnabled()
    settings_page.reminders_on.setChecked(True)
    settings_page.quiet_from.setTime(QTime(22, 15))
    assert unlocked.settings.get("quiet_hours_from") == "22:15"


def test_today_lists_integration_steps_and_opens_them(qtbot, unlocked):
    record = unlocked.journeys.add(datetime(2026, 3, 13, 10, 0))
    unlocked.journeys.answer(record.id, "0h", "int-0h-images", "a slow tide", starred=True)
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    steps = page.integration.steps
    assert steps.count() >= 1 and "Session 1" in steps.item(0).text()
    with qtbot.waitSignal(page.open_journey_requested) as opened:
        steps.itemActivated.emit(steps.item(0))
    assert opened.args[0] == record.id and opened.args[1] in {"1d", "3d"}
    assert "a slow tide" in page.integration.insights.item(0).text()


def test_the_next_session_shows_preparation_progress(qtbot, unlocked):
    from dataclasses import replace

    record = unlocked.journeys.add(datetime(2026, 3, 20, 10, 0))
    prepared = replace(
        record.data,
        preparation=replace(record.data.preparation, checked=("prep-prescriber", "prep-room")),
    )
    unlocked.journeys.save(record.id, prepared)
    page = TodayPage(unlocked)
    qtbot.addWidget(page)
    assert page.next_session.progress_label.text().startswith("Preparation: 2 of ")
    with qtbot.waitSignal(page.open_journey_requested) as opened:
        page.next_session.open_button.click()
    assert opened.args == [record.id, ""]


def test_questionnaire_suggestions_can_be_switched_off(qtbot, settings_page, unlocked):
    from PySide6.QtWidgets import QWidget

    from journal_app.ui.pages.today_checkin import DueHintLine

    holder = QWidget()
    qtbot.addWidget(holder)
    line = DueHintLine(unlocked, holder)
    line.refresh()
    assert not line.isHidden()  # no PHQ-9 yet: a first one is suggested
    settings_page.questionnaire_hints.setChecked(False)
    line.refresh()
    assert line.isHidden()
