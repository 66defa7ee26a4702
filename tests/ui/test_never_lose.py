"""Nothing typed is lost: failed saves keep the words and retry, lock seals them, quit asks."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from journal_app.services.bundle import Services
from journal_app.ui.main_window import MainWindow
from journal_app.ui.saving import MAX_WAIT_MS
from tests.conftest import PASSPHRASE

WORDS = "Lanternmoss words that must not be lost"
FILLER = "Written earlier on. " * 300


def free_disk(services: Services) -> None:
    services.vault._file._db.conn.execute("PRAGMA max_page_count=1073741823")  # type: ignore[union-attr]


def fill_disk(services: Services) -> None:
    conn = services.vault._file._db.conn  # type: ignore[union-attr]
    conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")


def bodies(services: Services) -> list[str]:
    return [r.data.body for r in services.journal.entries()]


def type_entry(qtbot, window: MainWindow, text: str) -> QPlainTextEdit:
    window.shell.new_entry()
    page = window.shell.journal
    page.autosave.set_delay(50)
    page.autosave.set_retry(100)
    body = page.findChild(QPlainTextEdit, "body")
    body.setFocus()
    body.setPlainText(FILLER)  # longer than a database page, so a full database refuses it
    qtbot.keyClicks(body, text)
    return body


def test_a_full_disk_keeps_the_words_says_so_and_saves_when_space_returns(qtbot, window):
    services = window.session.services
    fill_disk(services)
    type_entry(qtbot, window, WORDS)
    page = window.shell.journal
    qtbot.waitUntil(lambda: page.autosave.problem is not None, timeout=3000)
    assert page.autosave.problem.startswith("The disk is full. Your words are still here")
    assert page.editor.save_problem.text() == page.autosave.problem
    assert page.editor.save_problem.isVisibleTo(page)
    assert page.editor.save_state.text() == "Not saved"
    assert page.autosave.unsaved()
    free_disk(services)
    qtbot.waitUntil(lambda: any(WORDS in b for b in bodies(services)), timeout=3000)
    assert page.autosave.problem is None
    assert page.editor.save_state.text() == "Saved"
    assert not page.editor.save_problem.isVisibleTo(page)


def test_steady_typing_is_saved_without_waiting_for_a_pause(qtbot, window):
    services = window.session.services
    window.shell.new_entry()
    page = window.shell.journal
    page.autosave.set_delay(60_000)  # the pause never comes
    page.autosave.set_max_wait(200)
    body = page.findChild(QPlainTextEdit, "body")
    qtbot.keyClicks(body, "steady ")
    for _ in range(10):
        qtbot.keyClicks(body, "typing ")
        qtbot.wait(40)
    qtbot.waitUntil(lambda: any("steady typing" in b for b in bodies(services)), timeout=3000)


def test_the_longest_wait_before_a_save_is_within_five_seconds():
    assert MAX_WAIT_MS <= 5000


def test_lock_after_a_failed_save_seals_the_words_and_brings_them_back(qtbot, window):
    services = window.session.services
    fill_disk(services)
    type_entry(qtbot, window, WORDS)
    qtbot.waitUntil(lambda: window.shell.journal.autosave.problem is not None, timeout=3000)
    window.session.lock()
    assert not services.vault.unlocked
    assert window.shell is None
    # Only ciphertext is held while locked.
    held = b"".join(window.session.journal._drafts.values())
    assert held and WORDS.encode() not in held
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.shell is not None, timeout=5000)
    page = window.shell.journal
    assert window.shell.current_page() == "journal"
    assert WORDS in page.editor.draft().body
    page.autosave.set_delay(50)
    qtbot.waitUntil(lambda: any(WORDS in b for b in bodies(services)), timeout=5000)


def test_quit_with_unsaved_words_asks_first_and_can_stay_open(qtbot, window, monkeypatch):
    services = window.session.services
    fill_disk(services)
    type_entry(qtbot, window, WORDS)
    asked: list[list[str]] = []
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: asked.append(problems))
    window.close()
    assert asked and "disk is full" in asked[0][0]
    assert services.vault.unlocked and window.shell is not None
    assert WORDS in window.shell.journal.editor.draft().body
    free_disk(services)
    window.close()  # now it saves, and quits without asking
    assert len(asked) == 1
    assert not services.vault.unlocked


def test_a_huge_paste_is_refused_plainly_and_kept(qtbot, window):
    services = window.session.services
    window.shell.new_entry()
    page = window.shell.journal
    line = "a pasted line of ordinary words, over and over again\n"
    huge = line * (1_000_000 // len(line) + 1)
    page.editor.body.setPlainText(huge)
    page.flush()
    problem = page.autosave.problem
    assert problem is not None and "1,000,000" in problem, problem
    kept = page.editor.draft().body
    assert len(kept) == len(huge) and kept == huge  # (no diff of a megabyte on failure)
    assert bodies(services) == []


def test_lock_completes_when_the_automatic_backup_fails(qtbot, window, monkeypatch):
    services = window.session.services
    services.journal.create("changed, so a backup is due")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(services.backups, "auto_backup", full)
    window.session.lock()
    assert not services.vault.unlocked
    assert window.shell is None
    notices = window.unlock_page.notices
    assert notices.isVisibleTo(window) and "automatic backup" in notices.text()
    assert window.session.lock_notices


def test_lock_completes_when_a_page_fails_to_flush(qtbot, window, monkeypatch):
    services = window.session.services
    window.shell.show_page("journal")

    def broken(self):
        raise RuntimeError("a bug in a page")

    monkeypatch.setattr(type(window.shell.journal), "flush", broken)
    window.session.lock()
    assert not services.vault.unlocked


def test_the_idle_timer_restarts_if_locking_fails(qtbot, window, monkeypatch):
    session = window.session

    def broken() -> None:
        raise RuntimeError("bug")

    with monkeypatch.context() as patch:
        patch.setattr(session, "lock", broken)
        with pytest.raises(RuntimeError):
            session._on_idle_timeout()
        assert session._idle.isActive()


def test_lock_completes_even_if_the_session_itself_fails(qtbot, window, monkeypatch):
    services = window.session.services

    def broken() -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(window.session.journal, "lock", broken)
    window.session.lock()
    assert not services.vault.unlocked
    assert window.shell is None
    assert "Your saved words are safe" in window.unlock_page.notices.text()


def test_lock_during_a_merge_finishes_or_reports_it_and_loses_nothing(
    qtbot, window, tmp_path, monkeypatch
):
    from tests.ui.backup_helpers import journal_with_backup

    session = window.session
    services = session.services
    path, _ = journal_with_backup(tmp_path / "other")
    contents = services.backups.open(path, passphrase=PASSPHRASE)
    original = services.backups.merge
    entered = []

    def slow_merge(opened, **options):
        entered.append(True)
        return original(opened, **options)

    monkeypatch.setattr(services.backups, "merge", slow_merge)
    # The backup is of another journal: its entries come in as new ones, when asked.
    assert session.merge_backup(contents, from_other_journal=True)
    session.lock()  # at once, while the merge may be running
    qtbot.waitUntil(lambda: not session.busy, timeout=5000)
    assert not services.vault.unlocked
    notices = " ".join(session.lock_notices)
    session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: services.vault.unlocked, timeout=5000)
    merged = any(r.data.body == "from the backup" for r in services.journal.entries())
    if merged:
        assert entered
    else:
        assert "merge was stopped" in notices and "changed nothing" in notices


def test_a_journey_that_could_not_be_saved_is_sealed_at_lock_and_saved_after(qtbot, window):
    from datetime import datetime

    services = window.session.services
    record = services.journeys.add(datetime(2026, 3, 20, 10, 0))
    window.shell.show_page("journeys")
    page = window.shell.journeys
    page.open_journey(record.id, "intention")
    page.view.saver.set_retry(100)
    fill_disk(services)
    sentence = page.view.intention.sentence
    sentence.setFocus()
    qtbot.keyClicks(sentence, "Meet what comes with kindness. " + "Again. " * 700)
    page.flush()
    assert page.unsaved_problem().startswith("The disk is full.")
    window.session.lock()
    assert window.shell is None and not services.vault.unlocked
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.shell is not None, timeout=5000)
    assert window.shell.current_page() == "journeys"
    shown = window.shell.journeys.view.intention.sentence.text()
    assert shown.startswith("Meet what comes with kindness.")
    free_disk(services)
    window.shell.journeys.flush()
    stored = services.journeys.get(record.id).data.intention.sentence
    assert stored.startswith("Meet what comes with kindness.")


def test_a_merge_on_a_full_disk_says_so_changes_nothing_and_works_once_there_is_room(
    qtbot, window, tmp_path
):
    from tests.ui.backup_helpers import journal_with_backup

    session = window.session
    services = session.services
    path, _ = journal_with_backup(tmp_path / "other", body="from the backup " * 400)
    contents = services.backups.open(path, passphrase=PASSPHRASE)
    fill_disk(services)
    with qtbot.waitSignal(session.backup_merge_failed, timeout=5000) as failed:
        assert session.merge_backup(contents, from_other_journal=True)
    assert failed.args[0].startswith("The disk is full")
    assert bodies(services) == []
    free_disk(services)
    with qtbot.waitSignal(session.backup_merged, timeout=5000):
        assert session.merge_backup(contents, from_other_journal=True)
    assert any(b.startswith("from the backup") for b in bodies(services))


def test_a_change_made_on_another_thread_reaches_the_page_on_screen(qtbot, window):
    import threading

    from tests.ui.test_window import texts_in

    services = window.session.services
    assert window.shell.current_page() == "today"
    worker = threading.Thread(target=services.journal.create, args=("Zephyrline evening",))
    worker.start()  # as a merge on the thread pool would
    worker.join(5)
    qtbot.waitUntil(
        lambda: any("Zephyrline evening" in text for text in texts_in(window.shell.today)),
        timeout=3000,
    )


def test_news_of_a_change_that_arrives_after_the_lock_is_let_go(qtbot, window):
    """A worker's change event is queued; if the lock came first, no page reads the journal."""
    import threading

    session = window.session
    services = session.services
    blocker = threading.Event()
    worker = threading.Thread(
        target=lambda: (services.journal.create("Queued news"), blocker.set())
    )
    worker.start()
    worker.join(5)
    assert blocker.is_set()  # the event is queued for the UI thread, not yet delivered
    session.lock()
    qtbot.waitUntil(lambda: not services.vault.unlocked, timeout=5000)
    qtbot.wait(50)  # the queued event arrives now; reading the locked journal would raise
    assert not services.vault.unlocked
