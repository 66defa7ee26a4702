"""Fixtures for widget tests: services on a temporary folder, a session, a window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from journal_app.services.bundle import Services
from journal_app.ui.enter_keys import EnterKeys, install_enter_keys
from journal_app.ui.journal.page import JournalPage
from journal_app.ui.main_window import MainWindow
from journal_app.ui.session import SessionViewModel
from journal_app.ui.theme import ThemeManager
from journal_app.ui.wheel_guard import WheelGuard, install_wheel_guard
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.ui.fit_fixtures import fit_demo, text_size  # noqa: F401  (fixtures for test_fit_*)


@pytest.fixture(scope="session", autouse=True)
def wheel_guard(qapp) -> WheelGuard:
    """The guard build_window installs, so every widget test meets the wheel as people do."""
    return install_wheel_guard(qapp)


@pytest.fixture(scope="session", autouse=True)
def enter_keys(qapp) -> EnterKeys:
    """Enter presses the focused button, as build_window arranges for the real app."""
    return install_enter_keys(qapp)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """Services over a data folder with no journal yet."""
    built = Services.build(tmp_path / "journal", kdf_params=cheap_kdf, clock=fixed_clock)
    yield built
    built.vault.lock()


@pytest.fixture
def unlocked(services: Services) -> Services:
    """Services over a new journal, created and unlocked."""
    services.vault.create(PASSPHRASE)
    return services


@pytest.fixture
def session(qapp, services: Services) -> Iterator[SessionViewModel]:
    """A session view-model; locked at the end so it stops watching the application."""
    model = SessionViewModel(services)
    yield model
    model.lock()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def theme(qapp, qsettings: QSettings) -> ThemeManager:
    manager = ThemeManager(qapp, qsettings)
    manager.apply()
    return manager


@pytest.fixture
def window(qtbot, unlocked, session, theme, qsettings, monkeypatch) -> MainWindow:
    """The main window, shown and unlocked (some test files use their own ``window``)."""
    # Closing at the end of a test would otherwise ask, in a modal box, about unsaved words.
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: True)
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.show()
    session.finish_first_run()
    return made


@pytest.fixture(autouse=True)
def delete_closed_widgets() -> Iterator[None]:
    """Delete the widgets pytest-qt closed, which deleteLater() leaves alive with no loop."""
    yield  # else a later test's restyle calls into a page whose Python side is gone
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_page(qtbot, unlocked: Services) -> Callable[[], JournalPage]:
    def make() -> JournalPage:
        page = JournalPage(unlocked)
        qtbot.addWidget(page)
        return page

    return make
