"""Date pickers offer only 1900-2199; an old record outside that range is shown as stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

from journal_app.services.bundle import Services
from journal_app.ui.journal.page import JournalPage
from journal_app.ui.journeys.dialogs import PlanDialog
from journal_app.ui.journeys.page import JourneysPage
from journal_app.ui.summary.page import SummaryPage
from tests.conftest import PASSPHRASE
from tests.old_journal import ENTRY_ID, JOURNEY_ID, LOGGED_JOURNEY_ID, write_old_records

FIRST = QDate(1900, 1, 1)
LAST = QDate(2199, 12, 31)


@pytest.fixture
def old(unlocked: Services) -> Services:
    """The journal holding records from earlier versions (years 999 and 9999), unlocked."""
    write_old_records(unlocked.vault)
    unlocked.vault.unlock(PASSPHRASE)
    return unlocked


def journal_page(qtbot, services: Services) -> QWidget:
    page = JournalPage(services)
    qtbot.addWidget(page)
    return page


def journeys_page(qtbot, services: Services) -> QWidget:
    page = JourneysPage(services)
    qtbot.addWidget(page)
    page.open_journey(services.journeys.add(datetime(2026, 2, 1, 10, 0)).id, "session")
    return page


def summary_page(qtbot, services: Services) -> QWidget:
    page = SummaryPage(services)
    qtbot.addWidget(page)
    return page


def plan_dialog(qtbot, services: Services) -> QWidget:
    dialog = PlanDialog(services.journeys.now())
    qtbot.addWidget(dialog)
    return dialog


# Every place that builds a date picker, with how many it holds: the count catches a
# picker added (or lost) without this test seeing it.
BUILDERS: list[tuple[Callable[..., QWidget], int]] = [
    (journal_page, 3),  # the entry's day, and the filter's two dates
    (journeys_page, 15),  # the session times, felt clear, and 9 side effects lasted until
    (summary_page, 2),  # first and last day
    (plan_dialog, 1),
]


@pytest.mark.parametrize(("build", "count"), BUILDERS, ids=[b.__name__ for b, _ in BUILDERS])
def test_every_date_picker_offers_only_the_journal_years(qtbot, unlocked, build, count):
    built = build(qtbot, unlocked)  # held, so the pickers live while they are checked
    pickers = [p for p in built.findChildren(QDateTimeEdit) if not isinstance(p, QTimeEdit)]
    assert len(pickers) == count
    for picker in pickers:
        name = picker.accessibleName()
        assert (picker.minimumDate(), picker.maximumDate()) == (FIRST, LAST), name
        if picker.calendarPopup():
            calendar = picker.calendarWidget()
            assert (calendar.minimumDate(), calendar.maximumDate()) == (FIRST, LAST), name
        picker.setDate(QDate(1899, 12, 31))
        assert picker.date() == FIRST, name
        picker.setDate(QDate(2200, 1, 1))
        assert picker.date() == LAST, name
        for day in (FIRST, LAST):
            picker.setDate(day)
            assert picker.date() == day, name


def test_an_old_entry_opens_as_stored_and_is_not_saved(make_page, old):
    before = old.journal.get(ENTRY_ID)
    page = make_page()
    page.open_entry(ENTRY_ID)

    assert page.editor.day.date() == QDate(999, 6, 1)  # not moved to 1900
    assert not page.autosave.unsaved()
    page.flush()
    after = old.journal.get(ENTRY_ID)
    assert (after.rev, after.data.day) == (before.rev, date(999, 6, 1))

    page.new_entry()  # the next entry gets the usual range back, and is not marked edited
    assert (page.editor.day.minimumDate(), page.editor.day.maximumDate()) == (FIRST, LAST)
    assert not page.autosave.unsaved()


def test_editing_an_old_entry_asks_for_a_new_day_rather_than_moving_it(qtbot, make_page, old):
    page = make_page()
    page.open_entry(ENTRY_ID)
    qtbot.keyClicks(page.editor.body, " Still here.")
    page.flush()

    assert "between 1900 and 2199" in (page.unsaved_problem() or "")
    stored = old.journal.get(ENTRY_ID).data
    assert (stored.day, stored.body) == (date(999, 6, 1), "An entry from long ago")

    page.editor.day.setDate(QDate(2026, 3, 1))
    page.flush()
    stored = old.journal.get(ENTRY_ID).data
    assert (stored.day, stored.body) == (date(2026, 3, 1), "An entry from long ago Still here.")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_old_journeys_open_as_stored_and_are_not_saved(qtbot, old):
    revs = {rid: old.journeys.get(rid).rev for rid in (JOURNEY_ID, LOGGED_JOURNEY_ID)}
    page = JourneysPage(old)
    qtbot.addWidget(page)
    session = page.view.session

    page.open_journey(JOURNEY_ID, "session")
    assert session.planned_at() == datetime(9999, 12, 20, 10, 0)  # not moved to 2199
    assert session.start.value() == datetime(9999, 12, 20, 10, 0)
    page.flush()
    page.open_journey(LOGGED_JOURNEY_ID, "session")
    assert session.planned_at() == datetime(999, 6, 2, 10, 0)
    assert (session.start.value(), session.end.value()) == (
        datetime(999, 6, 2, 10, 0),
        datetime(999, 6, 2, 12, 0),
    )
    assert session.onset.value() is None
    assert (session.onset.edit.minimumDate(), session.onset.edit.maximumDate()) == (FIRST, LAST)
    page.flush()

    assert not page.view.saver.unsaved()
    assert {rid: old.journeys.get(rid).rev for rid in revs} == revs
