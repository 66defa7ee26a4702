"""Make the README's screenshots: every page, light and dark, from a demo journal.

Run: python tools/screenshots.py [--out docs/screenshots]
Draws offscreen (no display needed) into PNG files.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from journal_app.app import DEMO_PASSPHRASE, demo_kdf, demo_services
from journal_app.services.bundle import Services
from journal_app.ui.journeys.stepper import STEPS
from journal_app.ui.main_window import MainWindow
from journal_app.ui.session import SessionViewModel
from journal_app.ui.theme import ThemeManager

SIZE = (1280, 820)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(window: MainWindow, app: QApplication, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))
    print(f"saved {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="afterglow-shots-"))
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    theme = ThemeManager(app, settings)
    services, _ = demo_services()
    for mode in ("light", "dark"):
        theme.set_mode(mode)
        session = SessionViewModel(services)
        window = MainWindow(session, theme, settings, demo=False)
        window.resize(*SIZE)
        window.show()
        session.finish_first_run()
        assert window.shell is not None
        shell = window.shell
        shoot(window, app, out / f"today-{mode}.png")
        shell.show_page("journal")
        first = services.journal.entries()[0]
        shell.journal.open_entry(first.id)
        shoot(window, app, out / f"journal-{mode}.png")
        shell.journal.focus_search()
        from PySide6.QtTest import QTest

        QTest.keyClicks(QApplication.focusWidget(), "rain walk")
        shoot(window, app, out / f"journal-search-{mode}.png")
        shell.show_page("journeys")
        journeys = services.journeys
        planned = journeys.next_planned()
        recent = [r for r in journeys.journeys() if r.data.session.start][-1]
        for step in STEPS:
            record = planned if step in ("preparation", "intention") and planned else recent
            shell.journeys.open_journey(record.id, step)
            shoot(window, app, out / f"journeys-{step}-{mode}.png")
        shell.journeys.open_journey(recent.id, "30d")
        shoot(window, app, out / f"journeys-integration-30d-{mode}.png")
        shell.show_page("mood")
        shoot(window, app, out / f"mood-{mode}.png")
        shell.show_page("summary")
        shoot(window, app, out / f"summary-{mode}.png")
        shell.show_page("settings")
        shoot(window, app, out / f"settings-{mode}.png")
        session.lock()
        shoot(window, app, out / f"unlock-{mode}.png")
        window.close()
        services.vault.unlock(DEMO_PASSPHRASE)

        fresh = Services.build(scratch / f"empty-{mode}", kdf_params=demo_kdf)
        first_run = MainWindow(SessionViewModel(fresh), theme, settings)
        first_run.resize(*SIZE)
        first_run.show()
        shoot(first_run, app, out / f"welcome-{mode}.png")
        first_run.close()


if __name__ == "__main__":
    main()
