"""What typing the window's code turned up: dates, local times, hostile drafts, Qt's own names."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QWidget

from journal_app.services.bundle import Services
from journal_app.ui.dates import from_qdate, local_moment, to_qdate
from journal_app.ui.gate.first_run import FirstRunFlow
from journal_app.ui.journal.page import JournalPage
from journal_app.ui.journal.versions import saved_at
from journal_app.ui.main_window import MainWindow
from journal_app.ui.questions import QuestionsDialog
from journal_app.ui.safety_plan import SafetyPlanDialog
from journal_app.ui.session import SessionViewModel
from journal_app.ui.shell import Shell


@pytest.fixture
def local_zone() -> Iterator[None]:
    """Run the test with the computer's clock set to a zone; put it back afterwards."""
    before = os.environ.get("TZ")
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def set_zone(zone: str) -> None:
    if not hasattr(time, "tzset") or not Path("/usr/share/zoneinfo", zone).exists():
        pytest.skip("needs POSIX time zones")
    os.environ["TZ"] = zone
    time.tzset()


@pytest.mark.parametrize(
    "day",
    [date(1900, 1, 1), date(2199, 12, 31), date(2028, 2, 29), datetime(2026, 3, 14, 23, 59)],
)
def test_a_day_goes_to_qt_and_back_unchanged(day: date) -> None:
    qdate = to_qdate(day)

    assert (qdate.year(), qdate.month(), qdate.day()) == (day.year, day.month, day.day)
    assert from_qdate(qdate) == date(day.year, day.month, day.day)
    assert type(from_qdate(qdate)) is date


def test_an_invalid_qdate_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError):
        from_qdate(QDate())


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("UTC", (QDate(2026, 3, 14), QTime(18, 30))),
        ("America/New_York", (QDate(2026, 3, 14), QTime(14, 30))),  # summer time began 8 March
        ("Pacific/Auckland", (QDate(2026, 3, 15), QTime(7, 30))),  # already the next day
    ],
)
def test_an_earlier_version_shows_when_it_was_saved_in_local_time(
    local_zone: None, zone: str, shown: tuple[QDate, QTime]
) -> None:
    set_zone(zone)

    words = saved_at("2026-03-14T18:30:00Z")

    assert words == QLocale().toString(QDateTime(*shown), "ddd d MMM yyyy, HH:mm")


def test_a_local_moment_is_the_same_instant_to_the_millisecond(local_zone: None) -> None:
    set_zone("Asia/Kolkata")  # a half-hour offset
    moment = datetime(2026, 3, 14, 18, 30, 15, 123000, tzinfo=UTC)

    local = local_moment(moment)

    assert local.toMSecsSinceEpoch() == 1_773_513_015_123
    assert (local.time().hour(), local.time().minute()) == (0, 0)  # 18:30 UTC is 00:00 IST


@pytest.mark.parametrize(
    ("tags", "prompt_id"),
    [(5, 123), ("calm", ["x"]), (None, ""), ({"a": 1}, None)],
)
def test_a_restored_draft_with_odd_fields_keeps_its_words(
    qtbot, unlocked: Services, tags: object, prompt_id: object
) -> None:
    page = JournalPage(unlocked)
    qtbot.addWidget(page)

    page.restore_draft({"body": "words kept over the lock", "tags": tags, "prompt_id": prompt_id})

    assert page.editor.body.toPlainText() == "words kept over the lock"
    assert page.editor.tags.text() == ""  # "calm" is not split into c, a, l, m


def test_a_restored_draft_keeps_its_tags(qtbot, unlocked: Services) -> None:
    page = JournalPage(unlocked)
    qtbot.addWidget(page)

    page.restore_draft({"body": "words", "tags": ["calm", "river"]})

    assert page.editor.draft().tags == ("calm", "river")


def test_find_in_journal_opens_the_journal_with_the_search_focused(window: MainWindow) -> None:
    assert window.shell is not None
    window.find_action.trigger()

    assert window.shell.current_page() == "journal"
    assert window.focusWidget() is window.shell.journal.filters.search


def test_the_window_keeps_qts_own_names(qtbot, unlocked: Services) -> None:
    """``find``, ``create`` and ``scroll`` are QWidget methods; ours have other names."""
    session = SessionViewModel(unlocked)
    flow = FirstRunFlow(session)
    safety_plan = SafetyPlanDialog(unlocked)
    questions = QuestionsDialog(unlocked)
    for widget in (flow, safety_plan, questions):
        qtbot.addWidget(widget)

    assert Shell.find is QWidget.find
    assert "create" not in vars(flow) and flow.create_step is not None
    assert "scroll" not in vars(safety_plan) and "scroll" not in vars(questions)
    assert safety_plan.scroll_area.widget() is not None
    assert questions.scroll_area.widget() is not None
