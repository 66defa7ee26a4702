"""What the login entry starts: this journal's window, at the passphrase screen."""

from __future__ import annotations

import sys
from pathlib import Path

from journal_app.app import build_window
from journal_app.cli.parser import build_parser
from journal_app.services.autostart import launch_command
from tests.conftest import PASSPHRASE


def test_the_login_command_opens_this_journal_locked(qtbot, services, qsettings):
    services.vault.create(PASSPHRASE)
    services.vault.lock()
    command = launch_command(services.vault.folder)
    assert command[:3] == [sys.executable, "-m", "journal_app"]
    args = build_parser().parse_args(command[3:])
    assert args.command is None and not args.demo  # the window, not a command or the demo
    launched = build_window(Path(args.data_dir), settings=qsettings)
    assert launched is not None
    qtbot.addWidget(launched.window)
    try:
        window = launched.window
        assert window.session.services.vault.folder == services.vault.folder
        assert window.stack.currentWidget() is window.unlock_page
        assert window.shell is None and not window.session.services.vault.unlocked
    finally:
        launched.cleanup()
