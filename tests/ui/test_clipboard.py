"""Journal text copied while unlocked leaves the clipboard with the lock; nothing else does."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from journal_app.app import build_window
from journal_app.ui.clipboard import ClipboardGuard
from tests.conftest import PASSPHRASE


@pytest.fixture
def clipboard(qapp):
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def active():
    """Whether Afterglow is the active application (the offscreen platform can't own)."""
    return {"now": True}


@pytest.fixture
def guarded(session, clipboard, active):
    ClipboardGuard(session, clipboard, app_active=lambda: active["now"])
    return session


def test_text_copied_from_the_journal_is_cleared_on_lock(guarded, clipboard):
    guarded.services.vault.create(PASSPHRASE)
    clipboard.setText("What I wrote after the session")
    guarded.lock()
    assert clipboard.text() == ""


def test_what_was_on_the_clipboard_before_unlocking_is_left_alone(guarded, clipboard):
    clipboard.setText("a shopping list")
    guarded.services.vault.create(PASSPHRASE)
    guarded.lock()
    assert clipboard.text() == "a shopping list"


def test_text_another_program_copied_since_is_left_alone(guarded, clipboard, active):
    guarded.services.vault.create(PASSPHRASE)
    clipboard.setText("What I wrote after the session")
    active["now"] = False  # the person moved to their browser and copied a link there
    clipboard.setText("https://example.org")
    guarded.lock()
    assert clipboard.text() == "https://example.org"


def test_once_locked_it_is_forgotten(guarded, clipboard):
    guarded.services.vault.create(PASSPHRASE)
    clipboard.setText("copied while unlocked")
    guarded.lock()
    clipboard.setText("copied while unlocked")  # the same words, copied from elsewhere later
    guarded.services.vault.unlock(PASSPHRASE)
    guarded.lock()
    assert clipboard.text() == "copied while unlocked"


def test_the_window_has_a_guard(qtbot, tmp_path, qsettings):
    launched = build_window(tmp_path / "unused", demo=True, settings=qsettings)
    assert launched is not None
    qtbot.addWidget(launched.window)
    try:
        assert launched.session.findChild(ClipboardGuard) is not None
    finally:
        launched.cleanup()
