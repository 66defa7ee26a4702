"""Return and Enter press the focused button, on pages as in dialogs, and nothing else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.enter_keys import EnterKeys, install_enter_keys
from journal_app.ui.gate.unlock import UnlockPage
from journal_app.ui.mood.page import MoodPage
from tests.conftest import PASSPHRASE
from tests.ui.windows import show_in_window

RETURN, ENTER = Qt.Key.Key_Return, Qt.Key.Key_Enter


class Page(QWidget):
    """A page as the main window shows them: buttons, fields and a list, no dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Save check-in", objectName="primary")
        self.tool = QToolButton(text="More")
        self.disabled = QPushButton("Not yet")
        self.disabled.setEnabled(False)
        self.line = QLineEdit()
        self.text = QPlainTextEdit()
        self.list = QListWidget()
        self.list.addItems(["one", "two"])
        self.clicks: list[str] = []
        layout = QVBoxLayout(self)
        for widget in (self.button, self.tool, self.disabled, self.line, self.text, self.list):
            layout.addWidget(widget)
        self.button.clicked.connect(lambda: self.clicks.append("button"))
        self.tool.clicked.connect(lambda: self.clicks.append("tool"))
        self.disabled.clicked.connect(lambda: self.clicks.append("disabled"))
        self.line.returnPressed.connect(lambda: self.clicks.append("line"))
        self.list.activated.connect(lambda _: self.clicks.append("list"))


@pytest.fixture
def page(qtbot) -> Iterator[Page]:
    made = Page()
    window = show_in_window(qtbot, made, (400, 500), active=True)
    yield made
    window.close()


def press(widget: QWidget, key: Qt.Key, qtbot, **options: object) -> None:
    widget.setFocus()
    assert widget.hasFocus()
    qtbot.keyClick(widget, key, **options)


@pytest.mark.parametrize("key", [RETURN, ENTER])
def test_enter_presses_a_focused_button_on_a_page(qtbot, page, key):
    press(page.button, key, qtbot)
    press(page.tool, key, qtbot)
    assert page.clicks == ["button", "tool"]


def test_the_number_pad_enter_presses_too(qtbot, page):
    press(page.button, ENTER, qtbot, modifier=Qt.KeyboardModifier.KeypadModifier)
    assert page.clicks == ["button"]


def test_without_the_filter_a_page_button_ignores_enter(qtbot, qapp, page, enter_keys):
    """The control: Qt alone presses a button on Enter only inside a dialog."""
    page.button.removeEventFilter(enter_keys)
    qapp.focusChanged.disconnect(enter_keys._on_focus_changed)
    try:
        press(page.button, RETURN, qtbot)
    finally:
        qapp.focusChanged.connect(enter_keys._on_focus_changed)
    assert page.clicks == []


def test_a_shortcut_with_enter_is_not_taken(qtbot, page):
    press(page.button, RETURN, qtbot, modifier=Qt.KeyboardModifier.ControlModifier)
    press(page.button, RETURN, qtbot, modifier=Qt.KeyboardModifier.AltModifier)
    assert page.clicks == []


def test_holding_enter_down_presses_once(qtbot, page):
    page.button.setFocus()
    for repeat in (False, True, True):
        event = QKeyEvent(
            QEvent.Type.KeyPress, RETURN, Qt.KeyboardModifier.NoModifier, "\r", repeat
        )
        QApplication.sendEvent(page.button, event)
    assert page.clicks == ["button"]


def test_a_disabled_button_stays_unpressed(qtbot, page):
    event = QKeyEvent(QEvent.Type.KeyPress, RETURN, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.disabled, event)
    assert page.clicks == []


def test_fields_and_lists_keep_their_own_enter(qtbot, page):
    press(page.line, RETURN, qtbot)
    qtbot.keyClicks(page.text, "first")
    press(page.text, RETURN, qtbot)
    qtbot.keyClicks(page.text, "second")
    page.list.setCurrentRow(0)
    press(page.list, RETURN, qtbot)
    assert page.text.toPlainText() == "first\nsecond"
    assert page.clicks == ["line", "list"]


def test_a_button_that_reads_its_own_keys_keeps_them(qtbot):
    class Picker(QPushButton):
        def __init__(self) -> None:
            super().__init__("7")
            self.keys: list[int] = []

        def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
            self.keys.append(event.key())

    picker = Picker()
    clicks: list[bool] = []
    picker.clicked.connect(clicks.append)
    window = show_in_window(qtbot, picker, (200, 100), active=True)
    press(picker, RETURN, qtbot)
    assert picker.keys == [RETURN]
    assert clicks == []
    window.close()


def test_installing_twice_gives_the_same_filter(qapp, enter_keys):
    assert install_enter_keys(qapp) is enter_keys
    assert len(qapp.findChildren(EnterKeys)) == 1


# Dialogs


class Dialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.other = QPushButton("Copy")
        self.other.setAutoDefault(False)  # as many of Afterglow's side buttons are
        self.copied = 0
        self.other.clicked.connect(self._on_other_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.field, self.other, self.buttons):
            layout.addWidget(widget)
        self.setMinimumSize(360, 220)  # a window sized by its layout makes offscreen warn

    def _on_other_clicked(self) -> None:
        self.copied += 1

    def button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        return self.buttons.button(which)


@pytest.fixture
def dialog(qtbot) -> Dialog:
    made = Dialog()
    qtbot.addWidget(made)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    return made


def test_enter_in_a_dialog_field_presses_the_default_button(qtbot, dialog):
    press(dialog.field, RETURN, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_on_a_focused_cancel_cancels(qtbot, dialog):
    press(dialog.button(QDialogButtonBox.StandardButton.Cancel), RETURN, qtbot)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_enter_on_a_side_button_presses_it_not_the_default(qtbot, dialog):
    press(dialog.other, RETURN, qtbot)
    assert dialog.copied == 1
    assert dialog.isVisible()  # OK, the default, was not pressed as well


# The screens the issue names


def test_enter_on_see_my_result_submits_the_questionnaire(qtbot, unlocked, theme, monkeypatch):
    monkeypatch.setattr(CrisisDialog, "show_for", classmethod(lambda cls, parent, s: None))
    page = MoodPage(unlocked, theme)
    window = show_in_window(qtbot, page, (1080, 780), active=True)
    page.open_questionnaire("gad7")
    form = page.questionnaire
    for item in form.answers.items:
        item.choose(0)
    assert form.submit_button.isEnabled()
    with qtbot.waitSignal(form.taken, timeout=2000):
        press(form.submit_button, RETURN, qtbot)
    assert form.result.isVisible()
    window.close()


def test_enter_on_a_focused_unlock_opens_the_journal(qtbot, services, session, theme):
    services.vault.create(PASSPHRASE)
    services.vault.lock()
    page = UnlockPage(session)
    window = show_in_window(qtbot, page, (1000, 700), active=True)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        press(page.unlock_button, RETURN, qtbot)
    assert services.vault.unlocked
    window.close()
