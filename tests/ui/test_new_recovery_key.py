"""Settings, "New recovery key…": ask, make the new key, show it once; the old key stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from journal_app.domain.errors import JournalError, WrongPassphrase
from journal_app.services.bundle import Services
from journal_app.services.vault import VaultService
from journal_app.ui.dialogs.new_recovery_key import (
    ConfirmNewRecoveryKeyDialog,
    NewRecoveryKeyDialog,
)
from journal_app.ui.pages.settings import SettingsPage
from journal_app.ui.session import SessionViewModel
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.ui.fit_helpers import problems, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # shown dialogs

SMALL_SCREEN = QSize(1024, 600)
FRAME = QSize(16, 40)  # what a window manager adds around a dialog


@pytest.fixture
def old_code(services: Services) -> str:
    """A new journal, unlocked with its passphrase; its first recovery key."""
    return services.vault.create(PASSPHRASE)


@pytest.fixture
def page(qtbot, old_code, session: SessionViewModel, theme) -> SettingsPage:
    session.finish_first_run()
    made = SettingsPage(session, theme)
    qtbot.addWidget(made)
    return made


def opens(folder: Path, code: str) -> bool:
    """Whether ``code`` opens the journal in ``folder``, from a fresh vault service."""
    vault = VaultService(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    try:
        vault.unlock_with_recovery(code)
    except WrongPassphrase:
        return False
    vault.lock()
    return True


class Seen:
    """What the two dialogs showed while a test clicked through them."""

    def __init__(self) -> None:
        self.confirm: ConfirmNewRecoveryKeyDialog | None = None
        self.codes: list[str] = []


def click_through(qtbot, monkeypatch, *, make: bool = True) -> Seen:
    """Answer the confirmation (Make, or Cancel) and keep the key once it is shown."""
    seen = Seen()

    def confirm_exec(dialog: ConfirmNewRecoveryKeyDialog) -> int:
        seen.confirm = dialog
        dialog.show()
        if not make:
            dialog.cancel_button.click()
            return dialog.result()
        dialog.make_button.click()
        qtbot.waitUntil(lambda: dialog.code is not None or bool(dialog.error.text()))
        return dialog.result()

    def code_exec(dialog: NewRecoveryKeyDialog) -> int:
        seen.codes.append(dialog.step.shown_code())
        dialog.step.confirm.setChecked(True)
        dialog.step.open_button.click()
        return dialog.result()

    monkeypatch.setattr(ConfirmNewRecoveryKeyDialog, "exec", confirm_exec)
    monkeypatch.setattr(NewRecoveryKeyDialog, "exec", code_exec)
    return seen


def test_the_button_sits_with_the_passphrase_and_has_an_accessible_name(page):
    button = page.new_recovery_key
    assert isinstance(button, QPushButton)
    assert button.text() == "New recovery key…"
    assert button.accessibleName() == "Make a new recovery key"


def test_confirming_shows_a_new_key_that_opens_the_journal_and_the_old_one_stops(
    qtbot, monkeypatch, page, session, services, old_code
):
    seen = click_through(qtbot, monkeypatch)
    with qtbot.waitSignal(page.status_message) as said:
        page.new_recovery_key.click()
    assert "new recovery key is in use" in said.args[0]
    assert len(seen.codes) == 1
    new_code = seen.codes[0]
    assert new_code.replace(" ", "").replace("\n", "") != old_code.replace("-", "")
    session.lock()
    assert opens(services.vault.folder, new_code)
    assert not opens(services.vault.folder, old_code)


def test_the_key_is_forgotten_once_the_dialog_closes(qtbot, monkeypatch, page):
    shown: list[NewRecoveryKeyDialog] = []
    seen = click_through(qtbot, monkeypatch)
    keep = NewRecoveryKeyDialog.exec

    def code_exec(dialog: NewRecoveryKeyDialog) -> int:
        shown.append(dialog)
        return keep(dialog)

    monkeypatch.setattr(NewRecoveryKeyDialog, "exec", code_exec)
    page.new_recovery_key.click()
    assert seen.codes and shown
    assert shown[0].step.shown_code() == ""


def test_cancelling_changes_nothing(qtbot, monkeypatch, page, session, services, old_code):
    seen = click_through(qtbot, monkeypatch, make=False)
    page.new_recovery_key.click()
    assert seen.confirm is not None and seen.confirm.code is None
    assert seen.codes == []
    session.lock()
    assert opens(services.vault.folder, old_code)


def test_a_failure_shows_its_message_and_the_old_key_still_works(
    qtbot, monkeypatch, page, session, services, old_code
):
    def fail() -> str:
        raise JournalError("The disk is full, so your recovery key wasn't changed.")

    monkeypatch.setattr(services.vault, "new_recovery_key", fail)
    seen = click_through(qtbot, monkeypatch)
    page.new_recovery_key.click()
    dialog = seen.confirm
    assert dialog is not None and dialog.code is None
    assert dialog.error.text() == "The disk is full, so your recovery key wasn't changed."
    assert not dialog.make_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert seen.codes == []
    session.lock()
    assert opens(services.vault.folder, old_code)


def test_a_journal_opened_with_the_recovery_key_only_says_what_to_do(
    qtbot, monkeypatch, services, session, theme, old_code
):
    services.vault.lock()
    services.vault.unlock_with_recovery(old_code)
    session.finish_first_run()
    settings = SettingsPage(session, theme)
    qtbot.addWidget(settings)
    seen = click_through(qtbot, monkeypatch)
    settings.new_recovery_key.click()
    assert seen.confirm is not None
    assert "open the journal with your passphrase" in seen.confirm.error.text()
    assert seen.codes == []
    session.lock()
    assert opens(services.vault.folder, old_code)


def test_the_confirmation_can_be_escaped_but_not_while_the_key_is_made(qtbot, page, session):
    dialog = ConfirmNewRecoveryKeyDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._set_working(True)
    dialog.reject()
    assert dialog.isVisible()
    dialog._set_working(False)
    dialog.reject()
    assert not dialog.isVisible()


def closes_quietly(dialog: NewRecoveryKeyDialog) -> None:
    """Say the key is kept, so closing at the end of a test asks nothing."""
    dialog.step.confirm.setChecked(True)
    dialog.close()


@pytest.fixture
def code_dialog(qtbot, page, session, old_code) -> Iterator[NewRecoveryKeyDialog]:
    dialog = NewRecoveryKeyDialog(session, old_code)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    closes_quietly(dialog)


@pytest.mark.parametrize(
    ("answer", "closed"),
    [(QMessageBox.StandardButton.Cancel, False), (QMessageBox.StandardButton.Close, True)],
)
def test_closing_the_key_before_it_is_kept_asks_first(monkeypatch, code_dialog, answer, closed):
    asked: list[str] = []

    def question(parent, title, text, *args) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    code_dialog.reject()
    assert asked and "won't be shown again" in asked[0]
    assert code_dialog.isVisible() is not closed
    assert (code_dialog.step.shown_code() == "") is closed


def test_done_waits_for_the_promise(code_dialog):
    assert not code_dialog.step.open_button.isEnabled()
    assert code_dialog.step.open_button.text() == "Done"
    code_dialog.step.confirm.setChecked(True)
    code_dialog.step.open_button.click()
    assert code_dialog.result() == QDialog.DialogCode.Accepted
    assert code_dialog.step.shown_code() == ""


def test_locking_takes_the_key_off_the_screen(code_dialog, session):
    assert code_dialog.step.shown_code()
    session.lock()
    assert not code_dialog.isVisible()
    assert code_dialog.step.shown_code() == ""


def _fits(qtbot, dialog: QDialog) -> list[str]:
    dialog.show()
    settle()
    room = SMALL_SCREEN - FRAME
    dialog.resize(dialog.size().boundedTo(room))
    settle()
    found = [f"{dialog.size().toTuple()} is larger than {room.toTuple()}"] * (
        dialog.width() > room.width() or dialog.height() > room.height()
    )
    found += problems(dialog)
    for button in dialog.findChildren(QPushButton):
        if not button.isVisible():
            continue
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        if not dialog.rect().contains(where):
            found.append(f"the button {button.text()!r} is out of view")
    return found


def test_both_dialogs_fit_1024_by_600(qtbot, page, session, old_code):
    confirm = ConfirmNewRecoveryKeyDialog(session)
    qtbot.addWidget(confirm)
    shown = NewRecoveryKeyDialog(session, old_code)
    qtbot.addWidget(shown)
    try:
        assert _fits(qtbot, confirm) == []
        assert _fits(qtbot, shown) == []
    finally:
        closes_quietly(shown)


def test_a_lock_during_the_change_leaves_a_notice_and_never_a_lost_key_unsaid(
    qtbot, page, session, services, old_code
):
    handed: list[str] = []
    assert session.new_recovery_key(handed.append, handed.append)
    session.lock()
    qtbot.waitUntil(lambda: not session.busy)
    assert handed == []  # the page is gone: nothing is shown on a locked screen
    assert len(session.lock_notices) == 1
    notice = session.lock_notices[0]
    if "was stopped" in notice:
        assert opens(services.vault.folder, old_code)
    else:
        assert "make another one" in notice
        assert not opens(services.vault.folder, old_code)


def test_a_key_made_as_the_journal_locks_is_not_lost_without_a_word(
    qtbot, monkeypatch, page, session, services, old_code
):
    started = threading.Event()
    go_on = threading.Event()
    make = services.vault.new_recovery_key

    def slow() -> str:
        started.set()
        go_on.wait(5)
        return make()

    monkeypatch.setattr(services.vault, "new_recovery_key", slow)
    handed: list[str] = []
    assert session.new_recovery_key(handed.append, handed.append)
    qtbot.waitUntil(started.is_set)
    go_on.set()
    session.lock()  # waits for the change that has begun
    qtbot.waitUntil(lambda: not session.busy)
    assert handed == []
    assert any("make another one" in notice for notice in session.lock_notices)
    assert not opens(services.vault.folder, old_code)


def test_idleness_doesn_t_lock_while_the_new_key_is_written_down(page, session):
    # Writing 56 characters on paper makes no input events; the key must not vanish.
    session.set_auto_lock_minutes(1)
    with session.idle_held():
        session._on_idle_timeout()
        assert session.unlocked
    assert session._idle.isActive()
    assert session._idle.remainingTime() > 50_000  # a full minute again, not a second
    session._on_idle_timeout()
    assert not session.unlocked


def test_the_key_dialog_holds_idleness_off_while_it_is_open(qtbot, monkeypatch, page, session):
    held: list[int] = []

    def exec_and_look(dialog: NewRecoveryKeyDialog) -> int:
        held.append(session._idle_holds)
        dialog.step.confirm.setChecked(True)
        return 1

    monkeypatch.setattr(NewRecoveryKeyDialog, "exec", exec_and_look)
    NewRecoveryKeyDialog.show_code(session, "ABCD-" * 13 + "ABCD", page)
    assert held == [1] and session._idle_holds == 0
