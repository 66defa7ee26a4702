"""Every page fits from 1024×600 at 1× to 1920×1080 at 2×, in both themes, with Large Text.

At 2× a 1920×1080 screen is 960×540 logical pixels, which is what Qt lays out in, so
the window is given that size. For each page (and each journey step) the window must
take the size asked (its minimum fits), nothing may be cut off at the right, and no
words may be clipped: a label or button is as wide as its words, or ends in "…" with
the whole text in its tooltip and the name a screen reader reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

from journal_app.services.bundle import Services
from journal_app.ui.journeys.stepper import STEPS
from journal_app.ui.main_window import MainWindow
from journal_app.ui.session import SessionViewModel
from journal_app.ui.theme import ThemeManager
from tests.conftest import PASSPHRASE
from tests.ui.fit_fixtures import DESIGN_POINTS
from tests.ui.fit_helpers import problems, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SCREENS = {
    "1024x600": (QSize(1024, 600), 1.0),
    "1920x1080 at 2x": (QSize(960, 540), 1.0),
    "1366x768 Large Text": (QSize(1366, 768), 1.5),
}


@pytest.fixture
def open_window(
    qtbot, qapp, fit_demo: Services, tmp_path: Path, monkeypatch
) -> Iterator[Callable[[], tuple[MainWindow, ThemeManager]]]:
    """Opens the demo journal's window, with the theme that paints it."""
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: True)
    sessions: list[SessionViewModel] = []

    def open_it() -> tuple[MainWindow, ThemeManager]:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        theme = ThemeManager(qapp, settings)
        theme.set_mode("light")
        if not fit_demo.vault.unlocked:
            fit_demo.vault.unlock(PASSPHRASE)
        session = SessionViewModel(fit_demo)
        sessions.append(session)
        window = MainWindow(session, theme, settings)
        qtbot.addWidget(window)
        window.show()
        session.finish_first_run()
        return window, theme

    yield open_it
    for session in sessions:
        session.lock()


def visits(window: MainWindow, services: Services) -> Iterator[tuple[str, Callable[[], None]]]:
    """Each page, and each step of a planned and of a past journey."""
    shell = window.shell
    assert shell is not None
    yield "Today", lambda: shell.show_page("today")

    def journal() -> None:
        shell.show_page("journal")
        shell.journal.open_entry(services.journal.entries()[0].id)

    yield "Journal", journal
    journeys = services.journeys
    planned = journeys.next_planned()
    past = [r for r in journeys.journeys() if r.data.session.start][-1]
    for step in STEPS:
        record = planned if planned is not None and step in ("preparation", "intention") else past

        def journey(record_id: str = record.id, step: str = step) -> None:
            shell.show_page("journeys")
            shell.journeys.open_journey(record_id, step)

        yield f"Journeys, {step}", journey
    yield "Journeys, +30 days", lambda: shell.journeys.open_journey(past.id, "30d")
    for name in ("mood", "summary", "settings"):
        yield name.title(), lambda name=name: shell.show_page(name)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_fits_the_screen_with_nothing_cut_off(open_window, text_size, fit_demo, screen):
    size, scale = SCREENS[screen]
    text_size(DESIGN_POINTS * scale)
    window, theme = open_window()
    window.resize(size)
    found = []
    for mode in ("light", "dark"):
        theme.set_mode(mode)
        for name, go in visits(window, fit_demo):
            go()
            settle()
            where = f"{mode}, {name}"
            if window.size() != size:
                found.append(f"{where}: the window is {window.size().toTuple()}, not as asked")
            area = window.shell.page_area  # a page that needs more room would scroll in it
            if area.horizontalScrollBar().maximum() or area.verticalScrollBar().maximum():
                needs = window.shell.stack.minimumSizeHint().toTuple()
                found.append(f"{where}: the page needs {needs}, more than the window has")
            found += [f"{where}: {problem}" for problem in problems(window)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_first_run_and_unlock_fit_the_screen(
    qtbot, services, session, theme, qsettings, text_size, screen
):
    size, scale = SCREENS[screen]
    text_size(DESIGN_POINTS * scale)
    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    window.show()
    window.resize(size)
    flow = window.first_run
    assert flow is not None
    found = []
    for index in range(flow.steps.count()):
        flow.steps.setCurrentIndex(index)
        settle()
        found += [f"first run, step {index + 1}: {problem}" for problem in problems(window)]
    services.vault.create(PASSPHRASE)
    session.finish_first_run()
    session.lock()
    settle()
    found += [f"unlock: {problem}" for problem in problems(window)]
    assert window.size() == size
    assert not found, "\n".join(found)
