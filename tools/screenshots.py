"""Make the README's screenshots: every page and the main dialogs, light and dark.

Run: python tools/screenshots.py [--out docs/screenshots] [--pages today,journal]

Two screens, as people have them: a small laptop at 1024×600 (``today-1024x600-light.png``)
and a 1920×1080 screen at 2× scaling, 960×540 to the layout (``today-2x-dark.png``).
The scale factor must be set before Qt starts, so each screen is drawn by a run of this
script of its own (``--scale 1`` or ``--scale 2``), offscreen, from a demo journal.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMessageLogContext, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal_app.app import DEMO_PASSPHRASE, demo_kdf, demo_services
from journal_app.services.bundle import Services
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.questions import QuestionsDialog
from journal_app.ui.safety_plan import SafetyPlanDialog
from journal_app.ui.session import SessionViewModel
from journal_app.ui.theme import ThemeManager

SCREENS = {  # scale: (physical width, height, the name's tag)
    1: (1024, 600, "1024x600"),
    2: (1920, 1080, "2x"),
}
JOURNEY_SHOTS = {  # name: the step opened
    "preparation": "preparation",
    "intention": "intention",
    "session": "session",
    "aftercare": "aftercare",
    "integration": "integration",
    "integration-30d": "30d",
}
PAGES = (
    "welcome",
    "today",
    "journal",
    "journal-search",
    *(f"journeys-{step}" for step in JOURNEY_SHOTS),
    "mood",
    "mood-year",
    "summary",
    "settings",
    "need-help",
    "safety-plan",
    "questions",
    "unlock",
)
WAIT_TRIES = 200  # event-loop turns to wait for a dialog to appear


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated names")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--scale", type=int, choices=sorted(SCREENS), help="one screen only")
    arguments = parser.parse_args(argv)
    unknown = set(arguments.pages.split(",")) - set(PAGES)
    if unknown:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}; known: {', '.join(PAGES)}")
    return arguments


def run_each_screen(arguments: argparse.Namespace) -> int:
    """Draw each screen in a process of its own, with its scale set before Qt starts."""
    failed = 0
    for scale, (width, height, _) in SCREENS.items():
        with tempfile.TemporaryDirectory(prefix="afterglow-screen-") as scratch:
            config = Path(scratch) / "screen.json"
            screen = {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "QT_SCALE_FACTOR": str(scale),
            }
            command = [
                sys.executable,
                __file__,
                f"--out={arguments.out}",
                f"--pages={arguments.pages}",
                f"--themes={arguments.themes}",
                f"--scale={scale}",
            ]
            failed |= subprocess.run(command, env=env, check=False).returncode
    return failed


class Camera:
    """Draws windows and dialogs into ``out``, named for the page, the screen and the theme."""

    def __init__(self, app: QApplication, out: Path, tag: str, wanted: set[str]) -> None:
        self.app, self.out, self.tag, self.wanted = app, out, tag, wanted

    def settle(self) -> None:
        for _ in range(8):
            self.app.processEvents()

    def save(self, widget: QWidget, name: str, mode: str) -> None:
        self.settle()
        path = self.out / f"{name}-{self.tag}-{mode}.png"
        widget.grab().save(str(path))
        print(f"saved {path}")

    def shoot(self, window: QWidget, name: str, mode: str) -> None:
        if name in self.wanted:
            self.save(window, name, mode)

    def shoot_dialog(self, name: str, mode: str, open_dialog: Callable[[], object]) -> None:
        """Open a dialog (modal or not), draw it, close it."""
        if name not in self.wanted:
            return
        done: list[bool] = []

        def grab_and_close(tries: int = 0) -> None:
            shown = [
                w for w in self.app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
            ]
            if not shown and tries < WAIT_TRIES:
                QTimer.singleShot(10, lambda: grab_and_close(tries + 1))
                return
            for dialog in shown:
                self.save(dialog, name, mode)
                dialog.reject()
            done.append(True)

        QTimer.singleShot(0, grab_and_close)
        open_dialog()
        while not done:
            self.app.processEvents()


def shoot_journal(camera: Camera, window: MainWindow, services: Services, mode: str) -> None:
    """Every page and dialog of the unlocked demo journal, then the unlock page."""
    session = window.session
    session.finish_first_run()
    assert window.shell is not None
    shell = window.shell
    wanted = camera.wanted
    camera.shoot(window, "today", mode)
    if wanted & {"journal", "journal-search"}:
        shell.show_page("journal")
        shell.journal.open_entry(services.journal.entries()[0].id)
        camera.shoot(window, "journal", mode)
        shell.journal.focus_search()
        QTest.keyClicks(QApplication.focusWidget(), "rain walk")
        camera.shoot(window, "journal-search", mode)
    if any(name.startswith("journeys-") for name in wanted):
        shell.show_page("journeys")
        planned = services.journeys.next_planned()
        recent = [r for r in services.journeys.journeys() if r.data.session.start][-1]
        for name, step in JOURNEY_SHOTS.items():
            early = step in ("preparation", "intention") and planned is not None
            record = planned if early and planned is not None else recent
            shell.journeys.open_journey(record.id, step)
            camera.shoot(window, f"journeys-{name}", mode)
    for page in ("mood", "summary", "settings"):
        if page in wanted:
            shell.show_page(page)
            camera.shoot(window, page, mode)
        if page == "mood" and "mood-year" in wanted:
            shell.show_page("mood")
            shell.mood.show_section("year")
            camera.shoot(window, "mood-year", mode)
            shell.mood.show_section("chart")
    camera.shoot_dialog("need-help", mode, lambda: CrisisDialog.show_for(window, services))
    camera.shoot_dialog("safety-plan", mode, lambda: SafetyPlanDialog.edit(shell, services))
    camera.shoot_dialog("questions", mode, lambda: QuestionsDialog.show_for(shell, services))
    session.lock()
    camera.shoot(window, "unlock", mode)


def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on, but the offscreen platform's note about size hints."""
    if "does not support propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def draw(arguments: argparse.Namespace) -> int:
    """Draw the chosen pages on the screen this process was started with."""
    qInstallMessageHandler(quiet)
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen().geometry()
    arguments.out.mkdir(parents=True, exist_ok=True)
    wanted = set(arguments.pages.split(","))
    camera = Camera(app, arguments.out, SCREENS[arguments.scale][2], wanted)
    scratch = Path(tempfile.mkdtemp(prefix="afterglow-shots-"))
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    theme = ThemeManager(app, settings)
    services, demo_folder = demo_services()
    try:
        for mode in arguments.themes.split(","):
            theme.set_mode(mode)
            fresh = Services.build(scratch / f"empty-{mode}", kdf_params=demo_kdf)
            first_run = MainWindow(SessionViewModel(fresh), theme, settings)
            first_run.setGeometry(screen)
            first_run.show()
            camera.shoot(first_run, "welcome", mode)
            first_run.close()

            window = MainWindow(SessionViewModel(services), theme, settings)
            window.setGeometry(screen)
            window.show()
            shoot_journal(camera, window, services, mode)
            window.close()
            services.vault.unlock(DEMO_PASSPHRASE)
    finally:
        services.vault.lock()
        demo_folder.remove()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = parse(sys.argv[1:] if argv is None else argv)
    if arguments.scale is None:
        return run_each_screen(arguments)
    return draw(arguments)


if __name__ == "__main__":
    sys.exit(main())
