"""Ctrl+L locks from the window's own dialogs, modal ones too; elsewhere it does nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from journal_app.ui.crisis import CrisisDialog

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


def ctrl_l(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow, timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_in_the_crisis_panel_locks_and_the_lines_stay(qtbot, window):
    services = window.session.services
    seen: dict[str, object] = {}

    def press_in_panel() -> None:
        panel = QApplication.activeModalWidget()
        assert isinstance(panel, CrisisDialog)
        try:
            ctrl_l(qtbot, panel)
            qtbot.waitUntil(lambda: not services.vault.unlocked, timeout=3000)
            seen["open after lock"] = panel.isVisible()
        finally:
            panel.accept()  # never leave the test waiting on a modal panel

    QTimer.singleShot(0, press_in_panel)
    CrisisDialog.show_for(window, services)  # modal, as from "Need help now?"
    assert not services.vault.unlocked
    assert seen.get("open after lock") is True  # who to call stays on screen while locked


def test_ctrl_l_in_a_plain_dialog_of_the_window_locks(qtbot, window):
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setFocus()
    ctrl_l(qtbot, field)
    qtbot.waitUntil(lambda: not window.session.services.vault.unlocked, timeout=5000)


def test_ctrl_l_in_a_window_afterglow_does_not_own_does_nothing(qtbot, window):
    stranger = QLineEdit()
    qtbot.addWidget(stranger)
    stranger.show()
    ctrl_l(qtbot, stranger)
    qtbot.wait(20)
    assert window.session.services.vault.unlocked


def test_other_keys_in_a_dialog_reach_it(qtbot, window):
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setFocus()
    ctrl_l_free = "l"
    qtbot.keyClicks(field, ctrl_l_free)
    assert field.text() == "l" and window.session.services.vault.unlocked
