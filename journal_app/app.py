"""Composition root for the window: paths, services, Qt application, window. Nothing else."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from journal_app.crypto.kdf import KdfParams
from journal_app.services.bundle import Services
from journal_app.services.demo import DemoWriter

DEMO_PASSPHRASE = "afterglow demo"
DEMO_YEARS = 2


def _demo_kdf() -> KdfParams:
    # The demo journal is made-up and thrown away on exit: cheap settings keep it instant.
    return KdfParams(os.urandom(16), memory_kib=8 * 1024, iterations=1, lanes=1)


def _demo_services() -> tuple[Services, Path]:
    folder = Path(tempfile.mkdtemp(prefix="afterglow-demo-"))
    services = Services.build(folder / "journal", kdf_params=_demo_kdf)
    services.vault.create(DEMO_PASSPHRASE)
    DemoWriter(services.vault, seed=1).write(years=DEMO_YEARS)
    return services, folder


def run(folder: Path, *, demo: bool = False) -> int:
    """Open Afterglow's window on the journal in ``folder`` (or a throwaway demo one)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.session import SessionViewModel
    from journal_app.ui.single_instance import SingleInstance
    from journal_app.ui.system_lock import SystemLockWatcher
    from journal_app.ui.theme import ThemeManager

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Afterglow")
    app.setOrganizationName("Afterglow")
    app.setApplicationDisplayName("Afterglow")

    demo_folder = None
    if demo:
        services, demo_folder = _demo_services()
    else:
        instance = SingleInstance(folder)
        if instance.notify_running():
            sys.stderr.write(
                "Afterglow is already open with this journal; its window was brought forward.\n"
            )
            return 0
        instance.listen()
        services = Services.build(folder)

    settings = QSettings()
    theme = ThemeManager(app, settings)
    theme.apply()
    session = SessionViewModel(services)
    window = MainWindow(session, theme, settings, demo=demo)
    watcher = SystemLockWatcher(window)
    watcher.lock_requested.connect(session.lock)
    if not demo:
        instance.raise_requested.connect(window.show_and_raise)
    window.show()
    if demo:
        session.finish_first_run()
    try:
        return app.exec()
    finally:
        session.lock()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
