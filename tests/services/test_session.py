"""The journal session: background work, the lock that always completes, changes, drafts."""

from __future__ import annotations

import errno
import threading

import pytest

from journal_app.domain.errors import JournalError, VaultLocked
from journal_app.services.editing import EditSession
from journal_app.services.journal import JournalService
from journal_app.services.session import JournalSession, WorkStopped
from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE


@pytest.fixture
def session(vault: VaultService) -> JournalSession:
    return JournalSession(vault, wait_seconds=5.0)


def test_an_optional_step_that_fails_never_stops_the_lock(session: JournalSession) -> None:
    def full_disk() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def ours() -> None:
        raise JournalError("The backup folder is not a folder.")

    session.before_lock("automatic backup", full_disk)
    session.before_lock("extra copy", ours)
    report = session.lock()
    assert not session.unlocked
    assert len(report.problems) == 2
    assert "automatic backup" in report.messages()[0]
    assert "The backup folder is not a folder." in report.messages()[1]


def test_work_is_refused_once_locked(session: JournalSession) -> None:
    session.lock()
    with pytest.raises(VaultLocked):
        session.run("merge", lambda handle: None)


def test_lock_waits_for_running_work_to_finish(session: JournalSession) -> None:
    started, release = threading.Event(), threading.Event()
    finished: list[bool] = []

    def work(handle: object) -> None:
        started.set()
        release.wait(5)
        finished.append(True)

    worker = threading.Thread(
        target=session.run, args=("backup", work), kwargs={"stoppable": False}
    )
    worker.start()
    started.wait(5)
    threading.Timer(0.2, release.set).start()
    session.lock()
    worker.join(5)
    assert finished == [True]
    assert not session.unlocked


def test_work_that_has_not_begun_changing_the_journal_is_stopped(
    session: JournalSession, vault: VaultService
) -> None:
    journal = JournalService(vault)
    reached, outcome = threading.Event(), []

    def merge(handle: object) -> None:
        reached.set()
        while not session.closing:  # still verifying the backup when the lock begins
            threading.Event().wait(0.01)
        with handle.step():  # type: ignore[attr-defined]
            journal.create("from the backup")

    def run() -> None:
        try:
            session.run("merge", merge)
        except WorkStopped as error:
            outcome.append(str(error))

    worker = threading.Thread(target=run)
    worker.start()
    reached.wait(5)
    session.lock()
    worker.join(5)
    assert outcome and "merge was stopped" in outcome[0] and "changed nothing" in outcome[0]
    vault.unlock(PASSPHRASE)
    assert JournalService(vault).entries() == []


def test_a_step_that_has_begun_is_finished_before_the_keys_go(
    session: JournalSession, vault: VaultService
) -> None:
    journal = JournalService(vault)
    inside, release = threading.Event(), threading.Event()

    def merge(handle: object) -> None:
        with handle.step():  # type: ignore[attr-defined]
            inside.set()
            release.wait(5)
            journal.create("merged just in time")

    worker = threading.Thread(target=session.run, args=("merge", merge))
    worker.start()
    inside.wait(5)
    threading.Timer(0.2, release.set).start()
    session.lock()
    worker.join(5)
    vault.unlock(PASSPHRASE)
    assert [r.data.body for r in JournalService(vault).entries()] == ["merged just in time"]


def test_work_still_running_after_the_wait_is_reported_and_the_lock_completes(
    vault: VaultService,
) -> None:
    session = JournalSession(vault, wait_seconds=0.1)
    started, release = threading.Event(), threading.Event()
    worker = threading.Thread(
        target=session.run,
        args=("backup", lambda handle: (started.set(), release.wait(5))),
        kwargs={"stoppable": False},
    )
    worker.start()
    started.wait(5)
    report = session.lock()
    release.set()
    worker.join(5)
    assert not session.unlocked
    assert any("still running" in problem for problem in report.messages())


def test_changes_are_pushed_with_their_kinds(session: JournalSession, vault: VaultService) -> None:
    seen: list[frozenset[str]] = []
    session.changes.subscribe(seen.append)
    record = JournalService(vault).create("first words")
    JournalService(vault).edit(record.id, body="second words")
    assert seen[0] == {"entry"}
    assert seen[1] == {"entry", "revision"}


def test_listeners_that_are_gone_are_dropped(session: JournalSession, vault: VaultService) -> None:
    class Page:
        def __init__(self) -> None:
            self.seen = 0

        def on_change(self, kinds: frozenset[str]) -> None:
            self.seen += 1

    page = Page()
    session.changes.subscribe(page.on_change)
    JournalService(vault).create("one")
    assert page.seen == 1
    del page
    JournalService(vault).create("two")  # no error from a listener that is gone


def test_changes_reach_listeners_after_a_lock_and_unlock(
    session: JournalSession, vault: VaultService
) -> None:
    seen: list[frozenset[str]] = []
    session.changes.subscribe(seen.append)
    session.lock()
    vault.unlock(PASSPHRASE)
    JournalService(vault).create("after the unlock")
    assert seen == [frozenset({"entry"})]


def test_a_sealed_draft_is_only_ciphertext_while_locked_and_comes_back_after(
    session: JournalSession, vault: VaultService
) -> None:
    secret = "words typed while the disk was full"
    session.seal_draft("journal", {"body": secret})
    session.lock()
    assert session.has_drafts()
    held = b"".join(session._drafts.values())
    assert secret.encode() not in held
    vault.unlock(PASSPHRASE)
    assert session.take_drafts() == {"journal": {"body": secret}}
    assert session.take_drafts() == {}


def test_edit_session_keeps_one_revision_per_session() -> None:
    kept: list[bool] = []

    class Saved:
        def __init__(self, rev: int) -> None:
            self.id, self.rev = "x", rev

    revs = iter(range(2, 10))

    def write(keep: bool) -> Saved:
        kept.append(keep)
        return Saved(next(revs))

    edit = EditSession("x", 1)
    for _ in range(3):
        edit.save(write)  # type: ignore[arg-type]
    assert kept == [True, False, False]


def test_edit_session_keeps_nothing_for_a_save_that_changed_nothing(vault: VaultService) -> None:
    journal = JournalService(vault)
    record = journal.create("as it was")
    edit = EditSession(record.id, record.rev)
    edit.save(lambda keep: journal.edit(record.id, body="as it was", keep_revision=keep))
    edit.save(lambda keep: journal.edit(record.id, body="changed", keep_revision=keep))
    assert [r.data.snapshot["data"]["body"] for r in journal.revisions(record.id)] == ["as it was"]


def test_a_sealed_draft_survives_a_recovery_unlock_that_sets_a_new_passphrase(
    make_vault,
) -> None:
    """A new passphrase makes a new data key: drafts sealed at the lock are re-sealed."""
    vault = make_vault()
    code = vault.create(PASSPHRASE)
    session = JournalSession(vault)
    secret = "words kept across the lock"
    session.seal_draft("journal", {"body": secret})
    session.lock()
    vault.unlock_with_recovery(code, new_passphrase="a brand new passphrase here")
    assert session.take_drafts() == {"journal": {"body": secret}}
    assert not session.has_drafts()
    vault.lock()
