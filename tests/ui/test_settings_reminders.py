"""Settings, Reminders: how they appear, the daily check-in, the calendar file, autostart."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal_app.services.autostart import Autostart
from journal_app.services.reminder_times import CHECKIN_AT, CHECKIN_ON, QUIET_FROM
from journal_app.ui.notify import DESKTOP, NOWHERE, TRAY
from journal_app.ui.pages.settings import SettingsPage
from tests.ui.fake_notices import FakeNotices

NONE_SAID = "This computer doesn't show notifications from Afterglow, so reminders can't appear."


@pytest.fixture
def autostart(tmp_path: Path) -> Autostart:
    return Autostart(tmp_path / "config" / "autostart")


@pytest.fixture
def make_page(qtbot, unlocked, session, theme, autostart):
    def make(route: str = DESKTOP) -> SettingsPage:
        page = SettingsPage(session, theme, notices=FakeNotices(route=route), autostart=autostart)
        qtbot.addWidget(page)
        return page

    return make


@pytest.mark.parametrize(
    ("route", "words", "name"),
    [
        (DESKTOP, "notifications on your desktop", "hint"),
        (TRAY, "system tray", "hint"),
        (NOWHERE, NONE_SAID, "banner"),
    ],
)
def test_settings_says_plainly_how_reminders_appear_or_that_they_cant(
    make_page, route, words, name
):
    page = make_page(route)
    card = page.reminders_card
    assert words in card.delivery.text()
    assert card.delivery.objectName() == name
    assert card.add_to_calendar.isVisibleTo(card)
    if route == NOWHERE:
        assert "Add to my calendar instead" in card.delivery.text()


def test_the_daily_check_in_reminder_is_off_and_can_be_set(make_page, unlocked):
    page = make_page()
    card = page.reminders_card
    assert not card.checkin_on.isChecked() and not card.checkin_at.isEnabled()
    card.checkin_on.setChecked(True)
    assert card.checkin_at.isEnabled()
    card.checkin_at.setTime(QTime(9, 15))
    assert unlocked.settings.get(CHECKIN_ON) is True
    assert unlocked.settings.get(CHECKIN_AT) == "09:15"


def test_a_check_in_time_inside_quiet_hours_is_pointed_out(make_page, unlocked):
    page = make_page()
    card = page.reminders_card
    card.checkin_on.setChecked(True)
    card.checkin_at.setTime(QTime(23, 0))  # quiet from 21:30 to 08:30
    assert card.quiet_note.isVisibleTo(card)
    card.quiet_from.setTime(QTime(23, 30))
    assert not card.quiet_note.isVisibleTo(card)
    assert unlocked.settings.get(QUIET_FROM) == "23:30"


def test_quiet_hours_stay_open_for_the_daily_reminder_alone(make_page):
    page = make_page()
    card = page.reminders_card
    card.reminders_on.setChecked(False)
    assert not card.quiet_from.isEnabled()
    card.checkin_on.setChecked(True)
    assert card.quiet_from.isEnabled()


# Add to my calendar


def test_add_to_my_calendar_starts_in_documents_and_saves_nothing_private(
    make_page, unlocked, tmp_path, monkeypatch
):
    from datetime import timedelta

    unlocked.journeys.add(unlocked.journeys.now() - timedelta(days=1), intention="Ketamine")
    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page = make_page()
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.reminders_card.add_to_calendar.click()
    assert Path(asked[0]).name == "afterglow-reminders.ics"
    assert "Documents" in asked[0] or Path(asked[0]).parent == Path.home()
    written = target.with_name("mine.ics")
    text = written.read_text(encoding="utf-8")
    assert "ketamine" not in text.lower()
    events = list(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    assert events and messages == [
        f"Saved {len(events)} reminders to {written}. Open it with your calendar app to add them."
    ]


def test_the_journals_own_folder_is_refused_kindly(make_page, unlocked, monkeypatch):
    answers = iter([str(unlocked.vault.folder / "r.ics"), ""])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (next(answers), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    page = make_page()
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.reminders_card.add_to_calendar.click()
    assert "inside your journal's folder" in warnings[0]
    assert messages == ["Nothing was saved."]
    assert not (unlocked.vault.folder / "r.ics").exists()


# Open Afterglow when I log in


def test_autostart_writes_and_removes_its_entry(make_page, autostart):
    page = make_page()
    messages: list[str] = []
    page.status_message.connect(messages.append)
    box = page.reminders_card.autostart
    assert box.isVisibleTo(page) and not box.isChecked()
    box.setChecked(True)
    assert autostart.enabled()
    assert "locked" in messages[-1]
    assert "journal_app" in autostart.path.read_text()
    box.setChecked(False)
    assert not autostart.path.exists()


def test_autostart_that_cannot_be_written_says_so_and_stays_off(
    make_page, tmp_path, session, theme, qtbot
):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    page = SettingsPage(
        session, theme, notices=FakeNotices(), autostart=Autostart(blocker / "autostart")
    )
    qtbot.addWidget(page)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.reminders_card.autostart.setChecked(True)
    assert not page.reminders_card.autostart.isChecked()
    assert messages[-1].startswith("That couldn't be changed")


def test_autostart_is_not_offered_on_other_systems(make_page, monkeypatch):
    monkeypatch.setattr("journal_app.ui.pages.settings_reminders.supported", lambda: False)
    page = make_page()
    assert not page.reminders_card.autostart.isVisibleTo(page)
    assert not page.reminders_card.autostart_note.isVisibleTo(page)
