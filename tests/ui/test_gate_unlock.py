"""The unlock page: passphrase, kind errors, caps-lock hint and the recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.gate.unlock import UnlockPage, caps_lock_likely
from tests.conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
NEW_PASSPHRASE = "quiet otter mango canyon"


@pytest.fixture
def page(qtbot, session, theme):
    widget = UnlockPage(session)
    # Inside a window with a set minimum size, as in MainWindow: a window sized only by
    # its layout makes the offscreen platform warn.
    window = QWidget()
    window.setMinimumSize(1000, 700)
    QVBoxLayout(window).addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    yield widget
    del window


@pytest.fixture
def recovery_code(services):
    """A journal on disk, locked; returns its recovery code."""
    code = services.vault.create(PASSPHRASE)
    services.vault.lock()
    return code


@pytest.fixture
def spy_unlock(session, monkeypatch):
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(session, "unlock", lambda *args: calls.append(args))
    monkeypatch.setattr(session, "unlock_with_recovery", lambda *args: calls.append(args))
    return calls


def test_a_wrong_then_the_right_passphrase(qtbot, page, session, services, recovery_code):
    qtbot.keyClicks(page.passphrase, "not my passphrase")
    with qtbot.waitSignal(session.unlock_failed, timeout=5000) as failed:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert page.busy.isVisible()
        assert not page.passphrase.isEnabled()
        assert not page.unlock_button.isEnabled()
    assert "doesn't open this journal" in failed.args[0]
    assert page.message.text() == failed.args[0]
    assert page.message.isVisible()
    assert page.passphrase.isEnabled()
    assert not page.busy.isVisible()
    assert page.passphrase.selectedText() == "not my passphrase"  # ready to be retyped

    qtbot.keyClicks(page.passphrase, PASSPHRASE)  # replaces the selection
    assert page.passphrase.text() == PASSPHRASE
    assert not page.message.isVisible()
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        qtbot.mouseClick(page.unlock_button, LEFT)
    assert services.vault.unlocked


def test_an_empty_passphrase_is_not_sent(qtbot, page, spy_unlock):
    qtbot.mouseClick(page.unlock_button, LEFT)
    assert page.message.text() == "Type your passphrase to open your journal."
    assert spy_unlock == []


def test_the_caps_lock_hint_follows_what_is_typed(qtbot, page):
    assert not page.caps_hint.isVisible()
    qtbot.keyClicks(page.passphrase, "CORRECT HORSE")
    assert page.caps_hint.isVisible()
    assert page.caps_hint.text() == "Caps Lock may be on."
    qtbot.keyClicks(page.passphrase, " battery")
    assert not page.caps_hint.isVisible()


@pytest.mark.parametrize(
    ("text", "likely"),
    [("CORRECT", True), ("HORSE 42!", True), ("Correct", False), ("AB1", False), ("", False)],
)
def test_caps_lock_is_likely_only_when_every_letter_is_a_capital(text, likely):
    assert caps_lock_likely(text) is likely


def test_show_reveals_the_passphrase(qtbot, page):
    qtbot.mouseClick(page.show_button, LEFT)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert page.show_button.text() == "Hide"
    qtbot.mouseClick(page.show_button, LEFT)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_the_recovery_key_sets_a_new_passphrase(qtbot, page, session, services, recovery_code):
    qtbot.mouseClick(page.recovery_button, LEFT)
    assert page.showing_recovery()
    form = page.recovery
    qtbot.keyClicks(form.key, recovery_code)
    qtbot.keyClicks(form.form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(form.form.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        qtbot.mouseClick(form.unlock_button, LEFT)
    services.vault.lock()
    services.vault.unlock(NEW_PASSPHRASE)
    assert services.vault.unlocked


def test_a_wrong_recovery_key_is_explained(qtbot, page, session, recovery_code):
    qtbot.mouseClick(page.recovery_button, LEFT)
    form = page.recovery
    qtbot.keyClicks(form.key, "ABCD-EFGH")
    qtbot.keyClicks(form.form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(form.form.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(session.unlock_failed, timeout=5000) as failed:
        qtbot.keyClick(form.form.second, Qt.Key.Key_Return)
    assert form.key_message.text() == failed.args[0]
    assert form.key_message.isVisible()
    assert form.key.selectedText() == "ABCD-EFGH"
    assert form.unlock_button.isEnabled()


@pytest.mark.parametrize(
    ("key", "first", "second", "message"),
    [
        ("", NEW_PASSPHRASE, NEW_PASSPHRASE, "Type your recovery key"),
        ("ABCD-EFGH", "short", "short", "at least 10 characters"),
        ("ABCD-EFGH", NEW_PASSPHRASE, NEW_PASSPHRASE + "s", "The two passphrases are different."),
    ],
)
def test_the_recovery_form_refuses_what_cannot_work(
    qtbot, page, spy_unlock, key, first, second, message
):
    qtbot.mouseClick(page.recovery_button, LEFT)
    form = page.recovery
    qtbot.keyClicks(form.key, key)
    qtbot.keyClicks(form.form.first, first)
    qtbot.keyClicks(form.form.second, second)
    qtbot.mouseClick(form.unlock_button, LEFT)
    shown = form.key_message.text() + form.form.message.text()
    assert message in shown
    assert spy_unlock == []


def test_escape_and_back_return_to_the_passphrase(qtbot, page):
    qtbot.mouseClick(page.recovery_button, LEFT)
    qtbot.keyClicks(page.recovery.key, "ABCD")
    qtbot.keyClick(page.recovery.key, Qt.Key.Key_Escape)
    assert not page.showing_recovery()
    assert page.recovery.key.text() == ""
    qtbot.mouseClick(page.recovery_button, LEFT)
    qtbot.mouseClick(page.recovery.back_button, LEFT)
    assert not page.showing_recovery()


def test_clear_empties_every_field_and_message(qtbot, page, session, spy_unlock):
    qtbot.keyClicks(page.passphrase, "SOMETHING TYPED")
    qtbot.mouseClick(page.unlock_button, LEFT)
    session.unlock_failed.emit("That passphrase doesn't open this journal.")
    assert page.message.isVisible()
    assert page.caps_hint.isVisible()
    qtbot.mouseClick(page.recovery_button, LEFT)
    for field in page.recovery.findChildren(QLineEdit):
        qtbot.keyClicks(field, "typed")
    qtbot.mouseClick(page.recovery.unlock_button, LEFT)
    assert page.recovery.form.message.isVisible()

    page.clear()
    assert [field.text() for field in page.findChildren(QLineEdit)] == [""] * 4
    assert not page.message.isVisible()
    assert not page.recovery.key_message.isVisible()
    assert not page.recovery.form.message.isVisible()
    assert not page.caps_hint.isVisible()
    assert not page.showing_recovery()


@pytest.mark.parametrize("kind", [QLineEdit, QAbstractButton, QProgressBar])
def test_every_control_has_a_name_for_screen_readers(page, kind):
    for widget in page.findChildren(kind):
        assert widget.accessibleName(), widget


def tab_order(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab would reach from ``start``."""
    found: list[QWidget] = [start]
    widget = start.nextInFocusChain()
    while len(found) < count and widget is not start:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tabbable and widget.isVisible() and widget.isEnabled():
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_tab_goes_through_the_page_in_reading_order(qtbot, page):
    assert tab_order(page.passphrase, 4) == [
        page.passphrase,
        page.show_button,
        page.unlock_button,
        page.recovery_button,
    ]
    qtbot.mouseClick(page.recovery_button, LEFT)
    form = page.recovery
    assert tab_order(form.key, 6) == [
        form.key,
        form.form.first,
        form.form.second,
        form.form.show_text,
        form.back_button,
        form.unlock_button,
    ]
