"""The first-run flow: welcome, a passphrase typed twice, the recovery key kept."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from journal_app.ui.gate.first_run import CREATE, RECOVERY, WELCOME, FirstRunFlow
from journal_app.ui.gate.recovery_key import format_code
from tests.conftest import PASSPHRASE
from tests.ui.printing_helpers import real_printer_capturing_to, set_printers
from tests.ui.windows import show_in_window

LEFT = Qt.MouseButton.LeftButton
CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"


@pytest.fixture
def flow(qtbot, session, theme):
    widget = FirstRunFlow(session)
    window = show_in_window(qtbot, widget)
    yield widget
    del window


def test_the_welcome_says_what_afterglow_is_and_is_not(flow):
    words = " ".join(w.text() for w in flow.welcome.findChildren(QLabel))
    assert flow.current_step() == WELCOME
    assert "encrypted and stays on this computer" in words
    assert "Nothing is sent anywhere" in words
    assert "not medical advice" in words
    assert "nobody monitors" in words
    assert flow.welcome.start_button.text() == "Get started"


def test_first_run_creates_the_journal_and_shows_the_key_once(qtbot, flow, session, services):
    qtbot.mouseClick(flow.welcome.start_button, LEFT)
    assert flow.current_step() == CREATE
    qtbot.keyClicks(flow.create_step.form.first, PASSPHRASE)
    qtbot.keyClicks(flow.create_step.form.second, PASSPHRASE)
    assert flow.create_step.form.meter.bar.value() == 4

    with qtbot.waitSignal(session.vault_created, timeout=5000) as created:
        qtbot.mouseClick(flow.create_step.create_button, LEFT)
        assert not flow.create_step.create_button.isEnabled()
        assert flow.create_step.busy.isVisible()
    code = created.args[0]

    assert flow.current_step() == RECOVERY
    assert flow.recovery.shown_code().split() == code.split("-")
    assert flow.create_step.form.first.text() == ""  # the passphrase is not kept on screen
    assert not flow.recovery.open_button.isEnabled()

    qtbot.mouseClick(flow.recovery.confirm, LEFT)
    assert flow.recovery.open_button.isEnabled()
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        qtbot.mouseClick(flow.recovery.open_button, LEFT)
    assert services.vault.unlocked
    assert flow.recovery.shown_code() == ""


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("short", "short", "at least 10 characters (this one has 5)"),
        ("correct horse battery", "correct horse battery!", "The two passphrases are different."),
        ("", "", "Choose a passphrase"),
    ],
)
def test_a_passphrase_that_cannot_be_used_is_refused(
    qtbot, flow, session, services, monkeypatch, first, second, message
):
    calls: list[str] = []
    monkeypatch.setattr(session, "create", calls.append)
    qtbot.mouseClick(flow.welcome.start_button, LEFT)
    qtbot.keyClicks(flow.create_step.form.first, first)
    qtbot.keyClicks(flow.create_step.form.second, second)
    qtbot.mouseClick(flow.create_step.create_button, LEFT)
    assert message in flow.create_step.form.message.text()
    assert flow.create_step.form.message.isVisible()
    assert calls == []
    assert not services.vault.exists()


def test_enter_moves_to_the_second_field_then_creates(qtbot, flow, session):
    qtbot.mouseClick(flow.welcome.start_button, LEFT)
    form = flow.create_step.form
    qtbot.keyClicks(form.first, PASSPHRASE)
    qtbot.keyClick(form.first, Qt.Key.Key_Return)
    assert form.second.hasFocus()
    qtbot.keyClicks(form.second, PASSPHRASE)
    with qtbot.waitSignal(session.vault_created, timeout=5000):
        qtbot.keyClick(form.second, Qt.Key.Key_Return)


def test_the_mismatch_waits_until_the_second_passphrase_is_complete(qtbot, flow):
    form = flow.create_step.form
    qtbot.keyClicks(form.first, "quiet otter mango")
    qtbot.keyClicks(form.second, "quiet")
    assert not form.message.isVisible()
    qtbot.keyClicks(form.second, " otter mangoes")
    assert form.message.text() == "The two passphrases are different."


def test_back_returns_to_the_welcome(qtbot, flow):
    qtbot.mouseClick(flow.welcome.start_button, LEFT)
    qtbot.mouseClick(flow.create_step.back_button, LEFT)
    assert flow.current_step() == WELCOME


def test_open_my_journal_waits_for_the_box_to_be_ticked(qtbot, flow, session):
    session.vault_created.emit(CODE)
    assert flow.current_step() == RECOVERY
    assert not flow.recovery.open_button.isEnabled()
    flow.recovery.confirm.setChecked(True)
    assert flow.recovery.open_button.isEnabled()
    flow.recovery.confirm.setChecked(False)
    assert not flow.recovery.open_button.isEnabled()


def test_print_sends_the_code_and_what_it_is_for(qtbot, flow, session, monkeypatch, tmp_path):
    real_printer_capturing_to(monkeypatch, tmp_path / "paper.pdf")
    session.vault_created.emit(CODE)
    qtbot.mouseClick(flow.recovery.print_button, LEFT)
    printed = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "paper.pdf").pages
    )
    assert "ABCD EFGH JKMN PQRS" in printed
    assert "forget your passphrase" in printed
    assert flow.recovery.print_status.isVisible()
    assert flow.recovery.print_status.text() == "Sent to the printer."


def test_a_cancelled_print_says_nothing(qtbot, flow, session, monkeypatch):
    set_printers(monkeypatch, 1)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    printed: list[object] = []
    monkeypatch.setattr(QTextDocument, "print_", printed.append)
    session.vault_created.emit(CODE)
    qtbot.mouseClick(flow.recovery.print_button, LEFT)
    assert printed == []
    assert not flow.recovery.print_status.isVisible()


def test_there_is_no_copy_button(flow):
    names = [b.text().lower() for b in flow.findChildren(QPushButton)]
    assert not any("copy" in name for name in names)


def test_the_code_is_laid_out_in_groups_of_four():
    assert format_code(CODE).splitlines() == [
        "ABCD EFGH JKMN PQRS",
        "TVWX YZ01 2345 6789",
        "ABCD EFGH JKMN PQRS",
        "TVWX YZ01",
    ]
