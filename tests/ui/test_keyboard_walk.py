"""A keyboard-only walk: first run, an entry, a check-in, a journey, the summary.

Every step is a key pressed on the widget that has the focus, as a person without a
mouse would press it; nothing is clicked and no widget is given the focus by the test.
After each key the focus must be somewhere a person can see and use. Buttons are
pressed with Space, which every Qt button takes; Enter is used where a field or a
dialog's default button takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from journal_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.printing_helpers import set_printers

SIZE = (1024, 600)  # the small laptop the issue was tried on
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
MOST_TABS = 80  # more stops than this between two places is a walk nobody would finish
# The offscreen platform cannot pass a window's size hints on; it says so as a warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def named(words: str) -> Callable[[QWidget], bool]:
    """A focused widget whose accessible name (or button text) starts with ``words``."""

    def matches(widget: QWidget) -> bool:
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        return widget.accessibleName().startswith(words) or text.startswith(words)

    return matches


@dataclass
class Walk:
    """Keys pressed on whatever has the focus, with a look at the focus after each."""

    qtbot: object
    window: MainWindow
    trail: list[str] = field(default_factory=list)

    def focus(self) -> QWidget:
        """The focused widget, which must be on screen, enabled and in the active window."""
        widget = QApplication.focusWidget()
        assert widget is not None, f"nothing has the focus after {self.trail[-3:]}"
        assert widget.isVisible(), f"{describe(widget)} has the focus but is hidden"
        assert widget.isEnabled(), f"{describe(widget)} has the focus but is disabled"
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, describe(widget)
        assert not widget.visibleRegion().isEmpty(), f"{describe(widget)} is scrolled away"
        assert widget.window() is QApplication.activeWindow(), describe(widget)
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        target = self.focus()
        self.trail.append(f"{key.name}+{modifier.name} on {describe(target)}")
        self.qtbot.keyClick(target, key, modifier)  # type: ignore[attr-defined]

    def type(self, text: str) -> None:
        target = self.focus()
        self.trail.append(f"typed {len(text)} characters into {describe(target)}")
        self.qtbot.keyClicks(target, text)  # type: ignore[attr-defined]

    def tab_to(self, wanted: Callable[[QWidget], bool], *, back: bool = False) -> QWidget:
        """Press Tab (or Shift+Tab) until the focus is on the wanted widget."""
        seen = []
        for _ in range(MOST_TABS):
            widget = self.focus()
            if wanted(widget):
                return widget
            seen.append(describe(widget))
            self.press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, SHIFT if back else NONE)
        raise AssertionError("Tab never reached it; it went round " + " → ".join(seen[:30]))

    def in_dialog(self, steps: Callable[[QWidget], None]) -> Callable[[], None]:
        """Arrange for ``steps`` to run in the next modal dialog, once it has the focus.

        Returns a check to call after the key that opened the dialog: it re-raises what
        went wrong inside (the dialog is closed then, so the walk never hangs).
        """
        problems: list[BaseException] = []
        timer = QTimer()
        timer.setInterval(10)
        tries = [0]

        def poll() -> None:
            tries[0] += 1
            dialog = QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            if dialog is None or focus is None or focus.window() is not dialog:
                if tries[0] > 300:
                    timer.stop()
                    problems.append(AssertionError("no dialog took the focus"))
                    if dialog is not None:
                        dialog.close()
                return
            timer.stop()
            try:
                steps(dialog)
            except BaseException as error:  # re-raised by the check, after closing
                problems.append(error)
                dialog.close()

        timer.timeout.connect(poll)
        timer.start()

        def check() -> None:
            timer.stop()
            if problems:
                raise problems[0]
            # The window manager gives the window back its activation when a dialog
            # closes; the offscreen platform has none, so the walk does it.
            if QApplication.activeModalWidget() is None:
                self.window.activateWindow()
                self.qtbot.waitUntil(  # type: ignore[attr-defined]
                    lambda: QApplication.activeWindow() is self.window, timeout=2000
                )

        return check


@pytest.fixture
def walk(qtbot, session, theme, qsettings, monkeypatch) -> Walk:
    """A new person's window at 1024×600, active, with no journal yet."""
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: True)
    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    return Walk(qtbot, window)


def first_run(walk: Walk, services) -> None:
    """Welcome, a passphrase typed twice, the recovery key kept: through to the shell."""
    window = walk.window
    assert walk.focus() is window.first_run.welcome.start_button
    walk.press(Qt.Key.Key_Space)  # Get started
    walk.type(PASSPHRASE)
    walk.press(Qt.Key.Key_Return)  # on to "again"
    walk.type(PASSPHRASE)
    walk.press(Qt.Key.Key_Return)  # creates the journal
    walk.qtbot.waitUntil(lambda: window.first_run.recovery.shown_code() != "", timeout=5000)
    walk.tab_to(named("I have written down or printed my recovery key"))
    walk.press(Qt.Key.Key_Space)
    walk.tab_to(named("Open my journal"))
    walk.press(Qt.Key.Key_Space)
    walk.qtbot.waitUntil(lambda: window.shell is not None, timeout=5000)
    assert services.vault.unlocked
    assert walk.focus() is window.shell.navigation


def test_first_run_by_keyboard_creates_the_journal_and_opens_it(walk, services):
    first_run(walk, services)
    assert services.vault.exists()
    walk.press(Qt.Key.Key_Down)  # the sidebar moves between pages with the arrows
    assert walk.window.shell.current_page() == "journal"


def test_an_entry_written_by_keyboard_is_saved(walk, services):
    first_run(walk, services)
    walk.press(Qt.Key.Key_N, CTRL)
    editor = walk.window.shell.journal.editor
    assert walk.focus() is editor.body
    walk.type("A quiet walk by the river.")
    walk.tab_to(named("Title"), back=True)
    walk.type("Morning")
    walk.press(Qt.Key.Key_S, CTRL)
    [entry] = services.journal.entries()
    assert entry.data.body == "A quiet walk by the river."
    assert entry.data.title == "Morning"


def test_a_check_in_by_keyboard_is_saved(walk, services):
    # The check-in is being reworked into a one-key mood row: this part follows it.
    first_run(walk, services)
    walk.press(Qt.Key.Key_1, CTRL)
    walk.tab_to(named("Mood 1 of 10"))
    walk.press(Qt.Key.Key_7)
    walk.qtbot.waitUntil(lambda: len(services.checkins.checkins()) == 1, timeout=3000)
    [checkin] = services.checkins.checkins()
    assert checkin.data.mood == 7


def test_a_journey_planned_and_walked_by_keyboard(walk, services):
    first_run(walk, services)
    walk.press(Qt.Key.Key_3, CTRL)
    walk.tab_to(named("Plan a journey"))

    def plan(dialog: QWidget) -> None:
        walk.tab_to(named("Time of the session"))
        walk.press(Qt.Key.Key_A, CTRL)
        walk.type("09:30")
        walk.press(Qt.Key.Key_Return)  # the dialog's default: Plan it

    done = walk.in_dialog(plan)
    walk.press(Qt.Key.Key_Space)
    done()
    [journey] = services.journeys.journeys()
    assert journey.data.planned_at.time() == datetime(2026, 1, 1, 9, 30).time()

    page = walk.window.shell.journeys
    walk.focus()
    walk.press(Qt.Key.Key_1, ALT)
    assert page.view.current_step() == "preparation"
    walk.press(Qt.Key.Key_PageDown, CTRL)
    assert page.view.current_step() == "intention"
    walk.tab_to(named("My intention, in one sentence"))
    walk.type("Meet the grief gently")
    walk.press(Qt.Key.Key_S, CTRL)
    assert services.journeys.get(journey.id).data.intention.sentence == "Meet the grief gently"
    for step in ("session", "aftercare", "integration"):
        walk.press(Qt.Key.Key_PageDown, CTRL)
        assert page.view.current_step() == step


def test_the_summary_saved_and_printed_by_keyboard(walk, services, tmp_path, monkeypatch):
    set_printers(monkeypatch, 0)  # the usual laptop: Print offers a PDF instead
    asked: list[str] = []
    answers = [tmp_path / "for-my-therapist.pdf", tmp_path / "printed-instead.pdf"]

    def choose(parent, caption, suggested, filters, *args, **kwargs):
        asked.append(suggested)
        return str(answers[len(asked) - 1]), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    first_run(walk, services)
    walk.press(Qt.Key.Key_P, CTRL)
    assert walk.window.shell.current_page() == "summary"
    assert named("Print the summary")(walk.focus())
    walk.tab_to(named("Save the summary as a PDF file"), back=True)
    walk.press(Qt.Key.Key_Space)
    assert answers[0].read_bytes().startswith(b"%PDF")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents or Path.home())

    walk.tab_to(named("Print the summary"))

    def save_instead(box: QWidget) -> None:
        assert walk.focus().window() is box  # the keyboard went into the question
        walk.press(Qt.Key.Key_Return)  # the box's default: Save as PDF…

    done = walk.in_dialog(save_instead)
    walk.press(Qt.Key.Key_Space)
    done()
    assert answers[1].read_bytes().startswith(b"%PDF")
