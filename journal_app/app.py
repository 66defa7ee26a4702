"""Composition root for the window: paths, services, Qt application, window. Nothing else."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.crypto.kdf import KdfParams
from journal_app.hardening import harden_process
from journal_app.paths import state_dir
from journal_app.services.bundle import Services
from journal_app.services.demo import DemoWriter
from journal_app.services.demo_folder import DemoFolder, remove_stale_demos
from journal_app.services.rollback_watch import RollbackWatch
from journal_app.services.session import JournalSession
from journal_app.services.vault import VaultService
from journal_app.ui.display_check import check_display_libraries

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.session import SessionViewModel

DEMO_PASSPHRASE = "afterglow demo"
DEMO_YEARS = 2
# The window unlocks off the UI thread, so it can wait a little for a command that is
# reading the journal to finish, rather than saying at once that it is busy.
WINDOW_LOCK_WAIT = 5.0


def demo_kdf() -> KdfParams:
    """Cheap settings: the demo journal is made up and thrown away on exit."""
    return KdfParams(os.urandom(16), memory_kib=8 * 1024, iterations=1, lanes=1)


def demo_services() -> tuple[Services, DemoFolder]:
    """A fresh, unlocked demo journal in a temporary folder (returned for removal).

    Demo folders left by a killed Afterglow are removed first: nothing of a demo is kept.
    """
    remove_stale_demos()
    folder = DemoFolder()
    try:
        services = Services.build(folder.journal, kdf_params=demo_kdf)
        services.vault.create(DEMO_PASSPHRASE)
        DemoWriter(services.vault, seed=1).write(years=DEMO_YEARS)
    except BaseException:
        folder.remove()
        raise
    return services, folder


@dataclass
class Launched:
    """What :func:`build_window` made, and how to tidy up after it."""

    app: QApplication
    window: MainWindow
    session: SessionViewModel
    cleanup: Callable[[], None]


def build_window(
    folder: Path, *, demo: bool = False, settings: QSettings | None = None
) -> Launched | None:
    """Build the application and its window; None if another launch already has it open.

    ``settings`` defaults to the user's QSettings (window geometry and theme only).
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.app_icon import name_the_app
    from journal_app.ui.clipboard import ClipboardGuard
    from journal_app.ui.enter_keys import install_enter_keys
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.session import SessionViewModel
    from journal_app.ui.single_instance import SingleInstance
    from journal_app.ui.system_lock import SystemLockWatcher
    from journal_app.ui.theme import ThemeManager
    from journal_app.ui.translations import chosen_locale, install_translations
    from journal_app.ui.wheel_guard import install_wheel_guard

    harden_process()  # no core dumps, no tracing, private files: before any key exists
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Afterglow")
    app.setOrganizationName("Afterglow")
    app.setApplicationDisplayName("Afterglow")
    name_the_app(app)  # the window icon, and the launcher's id for Wayland shells
    install_wheel_guard(app)  # the wheel scrolls the page; it never changes an unfocused value
    install_enter_keys(app)  # Enter presses the focused button, on pages as in dialogs

    demo_folder: DemoFolder | None = None
    instance = None
    if demo:
        services, demo_folder = demo_services()
    else:
        instance = SingleInstance(folder, app)
        if instance.notify_running():
            return None
        instance.listen()
        # Notices an older copy of the journal (services/rollback_watch.py).
        watch = RollbackWatch.in_folder(state_dir(os.environ))
        services = Services.over(
            VaultService(folder, lock_wait=WINDOW_LOCK_WAIT, rollback_watch=watch)
        )
        services.vault.remove_leftovers()  # of a restore or a new journal that was killed
        remove_stale_demos()

    settings = settings if settings is not None else QSettings()
    install_translations(app, chosen_locale(settings))  # before any widget has words
    theme = ThemeManager(app, settings)
    theme.apply()
    # The session is built before anything unlocks, so it sees every unlock (the demo's too).
    session = SessionViewModel(services, journal=JournalSession(services.vault))
    ClipboardGuard(session)  # what was copied from the journal goes with the lock
    window = MainWindow(session, theme, settings, demo=demo)
    SystemLockWatcher(window).lock_requested.connect(session.lock)
    if instance is not None:
        instance.raise_requested.connect(window.show_and_raise)

    def cleanup() -> None:
        session.lock()
        if instance is not None:
            instance.close()
        if demo_folder is not None:
            demo_folder.remove()

    window.show()
    if demo:
        session.finish_first_run()
    return Launched(app, window, session, cleanup)


def run(folder: Path, *, demo: bool = False) -> int:
    """Open Afterglow's window on the journal in ``folder`` (or a throwaway demo one)."""
    if (problem := check_display_libraries()) is not None:
        sys.stderr.write(problem + "\n")  # one plain sentence instead of Qt's abort
        return 1
    launched = build_window(folder, demo=demo)
    if launched is None:
        sys.stderr.write(
            "Afterglow is already open with this journal; its window was brought forward.\n"
        )
        return 0
    from journal_app.ui.quit_signals import QuitOnSignals

    app = launched.app
    # `kill` or Ctrl-C ends the loop, so the journal locks and a demo folder goes.
    signals = QuitOnSignals(lambda: app.exit(0), app)
    try:
        return app.exec()
    finally:
        signals.close()
        launched.cleanup()
