"""The change-passphrase dialog and the strength meter every passphrase form uses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journal_app.ui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.ui.dialogs.strength_meter import StrengthMeter

NEW_PASSPHRASE = "quiet otter mango canyon"


@pytest.fixture
def dialog(qtbot, theme):
    made = ChangePassphraseDialog()
    qtbot.addWidget(made)
    return made


def type_twice(qtbot, dialog: ChangePassphraseDialog, first: str, second: str) -> None:
    qtbot.keyClicks(dialog.form.first, first)
    qtbot.keyClicks(dialog.form.second, second)


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("short", "short", "Please use at least 10 characters (this one has 5)."),
        (NEW_PASSPHRASE, NEW_PASSPHRASE + "!", "The two passphrases are different."),
        (NEW_PASSPHRASE, "", "Please type the passphrase a second time"),
    ],
)
def test_the_dialog_refuses_what_cannot_be_used(qtbot, dialog, first, second, message):
    type_twice(qtbot, dialog, first, second)
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert message in dialog.form.message.text()
    assert not dialog.form.message.isHidden()


def test_the_dialog_returns_a_good_passphrase(qtbot, dialog):
    type_twice(qtbot, dialog, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    assert dialog.form.message.isHidden()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase() == NEW_PASSPHRASE


def test_ok_is_enabled_only_while_the_passphrase_can_be_used(qtbot, dialog):
    type_twice(qtbot, dialog, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.form.second, "x")
    assert not dialog.ok_button.isEnabled()


def test_get_new_passphrase_returns_it_and_forgets_it(qtbot, monkeypatch):
    seen: list[ChangePassphraseDialog] = []

    def fake_exec(self: ChangePassphraseDialog) -> int:
        seen.append(self)
        type_twice(qtbot, self, NEW_PASSPHRASE, NEW_PASSPHRASE)
        self.accept()
        return self.result()

    monkeypatch.setattr(ChangePassphraseDialog, "exec", fake_exec)
    assert ChangePassphraseDialog.get_new_passphrase(None) == (NEW_PASSPHRASE, True)
    assert seen[0].form.first.text() == ""


def test_get_new_passphrase_reports_cancel(qapp, monkeypatch):
    monkeypatch.setattr(ChangePassphraseDialog, "exec", lambda self: self.reject() or 0)
    assert ChangePassphraseDialog.get_new_passphrase(None) == ("", False)


def test_the_meter_speaks_plainly(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("correct horse battery staple")
    assert meter.bar.value() == 4
    assert meter.summary.text() == "Strong: would take centuries to guess"
    meter.set_passphrase("password123")
    assert meter.bar.value() == 0
    assert meter.summary.text().startswith("Too weak: could be guessed in")
    assert meter.advice.text() == "Avoid common words like 'password'."
    meter.set_passphrase("short")
    assert meter.summary.text() == "Too short: use at least 10 characters (5 so far)"
    meter.set_passphrase("")
    assert meter.summary.text() == ""
