from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from tests.conftest import PASSPHRASE


def test_unlock_runs_in_the_background_and_reports_success(qtbot, services, session):
    services.vault.create(PASSPHRASE)
    services.vault.lock()
    busy = []
    session.busy_changed.connect(busy.append)
    with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
        session.unlock(PASSPHRASE)
    assert busy == [True, False]
    assert session.unlocked


def test_a_wrong_passphrase_reports_a_kind_message(qtbot, services, session):
    services.vault.create(PASSPHRASE)
    services.vault.lock()
    with qtbot.waitSignal(session.unlock_failed, timeout=5000) as failed:
        session.unlock("not it at all")
    assert "doesn't open this journal" in failed.args[0]
    assert not session.unlocked


def test_lock_announces_itself_before_the_keys_go(qtbot, unlocked, session):
    seen = []
    session.about_to_lock.connect(lambda: seen.append(unlocked.vault.unlocked))
    with qtbot.waitSignal(session.vault_locked):
        session.lock()
    assert seen == [True]
    assert not unlocked.vault.unlocked


def test_idle_time_locks_the_journal(qtbot, unlocked, session):
    session.finish_first_run()
    session._idle.setInterval(10)  # stand-in for minutes of quiet
    session._idle.start()
    with qtbot.waitSignal(session.vault_locked, timeout=2000):
        pass
    assert not unlocked.vault.unlocked


def test_auto_lock_minutes_are_kept_in_the_vault(unlocked, session):
    session.finish_first_run()
    session.set_auto_lock_minutes(12)
    assert unlocked.settings.get("auto_lock_minutes") == 12
    session.lock()
    unlocked.vault.unlock(PASSPHRASE)
    session.finish_first_run()
    assert session.auto_lock_minutes == 12


def test_activity_postpones_the_auto_lock(unlocked, session):
    session.finish_first_run()
    session._idle.start(50)
    remaining = session._idle.remainingTime()
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    session.eventFilter(session, event)
    assert session._idle.remainingTime() > remaining


def test_locking_backs_up_what_changed(qtbot, unlocked, session):
    session.finish_first_run()
    unlocked.journal.create("worth keeping")
    with qtbot.waitSignal(session.auto_backup_written) as written:
        session.lock()
    folder = unlocked.vault.folder / "backups"
    assert [str(p) for p in folder.iterdir()] == [written.args[0]]
    unlocked.vault.unlock(PASSPHRASE)
    session.finish_first_run()
    session.lock()  # nothing changed since: no second backup
    assert len(list(folder.iterdir())) == 1
