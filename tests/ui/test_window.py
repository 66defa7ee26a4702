from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal_app.services.bundle import Services
from journal_app.ui.main_window import GEOMETRY_KEY, MainWindow
from journal_app.ui.session import SessionViewModel
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

MARKER = "Quillfeather-5512"


@pytest.fixture
def window(qtbot, session, theme, qsettings):
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def unlocked_window(qtbot, unlocked, session, theme, qsettings):
    unlocked.journal.create(f"Body {MARKER}", title=f"Title {MARKER}", tags=[MARKER])
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    made.show()
    session.finish_first_run()
    return made


def texts_in(root: QWidget) -> list[str]:
    """Every piece of text any widget under ``root`` holds, models included."""
    found: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            pending = [model.index(r, 0) for r in range(model.rowCount())]
            while pending:
                index = pending.pop()
                found.append(str(index.data(Qt.ItemDataRole.DisplayRole)))
                found.append(str(index.data(Qt.ItemDataRole.ToolTipRole)))
                pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return found


def test_first_launch_shows_the_welcome(window):
    assert window.first_run is not None
    assert window.stack.currentWidget() is window.first_run
    assert not window.lock_action.isEnabled()


def test_an_existing_journal_opens_on_the_unlock_page(qtbot, services, theme, qsettings):
    services.vault.create(PASSPHRASE)
    services.vault.lock()
    session = SessionViewModel(services)
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    assert made.stack.currentWidget() is made.unlock_page


def test_unlocking_shows_the_pages(unlocked_window):
    shell = unlocked_window.shell
    assert shell is not None
    names = [shell.navigation.item(i).text() for i in range(shell.navigation.count())]
    assert names == ["Today", "Journal", "Journeys", "Mood", "Summary", "Settings"]
    assert unlocked_window.lock_action.isEnabled()


def test_ctrl_l_locks_and_leaves_no_journal_text_in_any_widget(qtbot, unlocked_window):
    shell = unlocked_window.shell
    entry = shell.journal  # open the entry so the editor holds its text
    record = unlocked_window.session.services.journal.entries()[0]
    shell.show_page("journal")
    entry.open_entry(record.id)
    assert any(MARKER in t for t in texts_in(unlocked_window))
    qtbot.keyClick(unlocked_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked_window.shell is None)
    assert not unlocked_window.session.services.vault.unlocked
    qtbot.waitUntil(lambda: not any(MARKER in t for t in texts_in(unlocked_window)))
    assert unlocked_window.stack.currentWidget() is unlocked_window.unlock_page


def test_page_shortcuts_switch_pages(qtbot, unlocked_window):
    shell = unlocked_window.shell
    for key, name in (
        (Qt.Key.Key_2, "journal"),
        (Qt.Key.Key_3, "journeys"),
        (Qt.Key.Key_4, "mood"),
        (Qt.Key.Key_5, "summary"),
        (Qt.Key.Key_6, "settings"),
        (Qt.Key.Key_1, "today"),
    ):
        qtbot.keyClick(unlocked_window, key, Qt.KeyboardModifier.ControlModifier)
        assert shell.current_page() == name
    shortcuts = [a.shortcut().toString() for a in unlocked_window.page_actions]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 7)]


def test_ctrl_p_opens_the_summary_ready_to_print(qtbot, unlocked_window):
    assert unlocked_window.print_summary_action.shortcut().toString() == "Ctrl+P"
    qtbot.keyClick(unlocked_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    shell = unlocked_window.shell
    assert shell.current_page() == "summary"
    assert shell.summary.print_button.hasFocus()


def test_print_summary_waits_for_the_journal_to_be_unlocked(window):
    assert not window.print_summary_action.isEnabled()


def test_new_entry_shortcut_opens_a_blank_entry(qtbot, unlocked_window):
    qtbot.keyClick(unlocked_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert unlocked_window.shell.current_page() == "journal"


def test_geometry_is_remembered_and_nothing_else(qtbot, unlocked_window, qsettings):
    unlocked_window.close()
    assert qsettings.value(GEOMETRY_KEY) is not None
    assert set(qsettings.allKeys()) <= {GEOMETRY_KEY, "appearance/theme"}


def test_closing_saves_typing_and_locks(qtbot, unlocked_window):
    services = unlocked_window.session.services
    unlocked_window.shell.new_entry()
    editor = unlocked_window.shell.journal
    body = editor.findChild(QPlainTextEdit, "body")
    body.setFocus()
    qtbot.keyClicks(body, "written just before closing")
    unlocked_window.close()
    assert not services.vault.unlocked
    services.vault.unlock(PASSPHRASE)
    bodies = [r.data.body for r in services.journal.entries()]
    assert any("written just before closing" in b for b in bodies)


def test_a_simulated_crash_keeps_text_up_to_the_last_autosave(qtbot, unlocked_window, tmp_path):
    services = unlocked_window.session.services
    unlocked_window.shell.new_entry()
    body = unlocked_window.shell.journal.findChild(QPlainTextEdit, "body")
    qtbot.keyClicks(body, "autosaved words")
    qtbot.waitUntil(
        lambda: any("autosaved words" in r.data.body for r in services.journal.entries()),
        timeout=5000,
    )
    # The process dies: nothing is flushed, the vault is simply reopened elsewhere.
    folder = services.vault.folder
    services.vault.lock()
    reopened = Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    reopened.vault.unlock(PASSPHRASE)
    assert any("autosaved words" in r.data.body for r in reopened.journal.entries())
    reopened.vault.lock()


def test_a_damaged_record_is_named_and_the_rest_opens(qtbot, services, theme, qsettings):
    services.vault.create(PASSPHRASE)
    kept = services.journal.create("this one is fine")
    broken = services.journal.create("this one breaks")
    services.vault.lock()
    conn = sqlite3.connect(services.vault.folder / "vault.db")
    conn.execute("UPDATE records SET blob = zeroblob(300) WHERE id = ?", [broken.id])
    conn.commit()
    conn.close()
    session = SessionViewModel(services)
    made = MainWindow(session, theme, qsettings)
    qtbot.addWidget(made)
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        session.unlock(PASSPHRASE)
    assert made.shell.damaged_banner is not None
    assert broken.id[:8] in made.shell.damaged_banner.text()
    assert [r.id for r in services.journal.entries()] == [kept.id]
    session.lock()


def test_a_due_step_on_today_opens_that_step_of_the_journey(qtbot, unlocked_window):
    from datetime import datetime

    services = unlocked_window.session.services
    record = services.journeys.add(datetime(2026, 3, 13, 10, 0))
    shell = unlocked_window.shell
    shell.show_page("journal")
    shell.show_page("today")  # Today re-reads the journal when it is shown again
    steps = shell.today.integration.steps
    assert steps.count() >= 1
    steps.itemActivated.emit(steps.item(0))
    assert shell.current_page() == "journeys"
    assert shell.journeys.view.record.id == record.id


def test_need_help_is_in_the_help_menu_even_while_locked(qtbot, window, monkeypatch):
    from journal_app.ui.crisis import CrisisDialog

    shown = []
    monkeypatch.setattr(
        CrisisDialog, "show_for", classmethod(lambda cls, parent, services: shown.append(1))
    )
    help_menu = window.menuBar().actions()[-1].menu()
    [action] = [a for a in help_menu.actions() if "Help Now" in a.text()]
    assert action.isEnabled()
    action.trigger()
    assert shown == [1]
