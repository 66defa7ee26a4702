"""One unlocked journal's life: its keys, its background work, its changes and its lock.

The window and the command line both open the journal through a :class:`JournalSession`.
It is the only way to lock, and locking always completes: new work is refused, running
work is given a bounded time to finish or is stopped at its next safe point (so it is
either done or reported as not done), optional steps such as the automatic backup are
tried and their failures reported, and only then are the keys and records dropped.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from journal_app.crypto.errors import DecryptionFailed
from journal_app.domain.errors import JournalError, VaultLocked
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.changes import ChangeFeed
from journal_app.services.vault import VaultService

T = TypeVar("T")

WAIT_SECONDS = 10.0


class WorkStopped(VaultLocked):
    """Background work was stopped at a safe point because the journal locked."""


@dataclass
class LockReport:
    """What a lock could not do, in words for the person (empty when all went well)."""

    problems: list[Message] = field(default_factory=list)

    def messages(self) -> list[str]:
        """The problems in English, for the command line."""
        return [str(problem) for problem in self.problems]


class TaskHandle:
    """A running piece of background work; its steps fail fast once the journal locks."""

    def __init__(self, session: JournalSession, name: str, *, stoppable: bool) -> None:
        self.name = name
        self.stoppable = stoppable
        self._session = session

    @property
    def stopping(self) -> bool:
        return self._session.closing and self.stoppable

    def check(self) -> None:
        """Raise WorkStopped if the journal is locking and this work may be stopped."""
        if self.stopping or not self._session.unlocked:
            raise WorkStopped(stopped_message(self.name))

    @contextmanager
    def step(self) -> Iterator[None]:
        """Change the journal: the lock waits for a step that has begun to end."""
        with self._session.life:
            self.check()
            yield


def stopped_message(name: str) -> Message:
    """``name`` is the work's name as the caller shows it ("backup"), already in its language."""
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "The {name} was stopped because the journal locked, and it changed nothing. "
            "You can run it again once the journal is open.",
        ),
        name=name,
    )


class JournalSession:
    """Owns an unlocked journal: background work, change events, drafts and the lock."""

    def __init__(self, vault: VaultService, *, wait_seconds: float = WAIT_SECONDS) -> None:
        self.vault = vault
        self.changes: ChangeFeed = vault.changes
        self.wait_seconds = wait_seconds
        self.life = threading.RLock()  # held by a step that changes the journal, and by lock
        self._work = threading.Condition()
        self._running: list[TaskHandle] = []
        self._closing = False
        self._before_lock: list[tuple[str, Callable[[], None]]] = []
        self._drafts: dict[str, bytes] = {}
        vault.on_open(self._on_vault_opened)
        vault.on_new_key(self._reseal_drafts)
        if vault.unlocked:  # opened before the session was made (the demo journal)
            self._on_vault_opened()

    # State

    @property
    def unlocked(self) -> bool:
        return self.vault.unlocked

    @property
    def closing(self) -> bool:
        return self._closing

    def _on_vault_opened(self) -> None:
        self._closing = False
        if not self.vault.read_only:
            self._group_courses()

    def _group_courses(self) -> None:
        """Write down the courses of journeys from before courses (readers group them too).

        A failure (a full disk) changes nothing and stops nothing: the grouping is the same
        when read, and is written at the next unlock.
        """
        from journal_app.services.courses import CourseService  # it builds on the vault

        try:
            CourseService(self.vault).migrate()
        except JournalError:
            import logging  # only now: importing it costs every command 7 ms

            logging.getLogger(__name__).info("courses not written down this time")

    # Background work

    def run(self, name: str, work: Callable[[TaskHandle], T], *, stoppable: bool = True) -> T:
        """Run ``work`` (on the caller's thread) as registered work the lock knows about.

        ``stoppable`` work is stopped at its next :meth:`TaskHandle.step` once locking
        begins; other work (writing a backup file) is waited for.
        """
        handle = TaskHandle(self, name, stoppable=stoppable)
        with self._work:
            if self._closing or not self.unlocked:
                raise WorkStopped(stopped_message(name))
            self._running.append(handle)
        try:
            return work(handle)
        finally:
            with self._work:
                self._running.remove(handle)
                self._work.notify_all()

    def before_lock(self, name: str, step: Callable[[], None]) -> None:
        """Add an optional step run at every lock (the automatic backup, say)."""
        self._before_lock.append((name, step))

    # Drafts that could not be saved

    def seal_draft(self, name: str, payload: dict[str, Any]) -> None:
        """Keep unsaved work sealed with the journal's key (only ciphertext stays in memory)."""
        plaintext = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._drafts[name] = self.vault.seal_note(name, plaintext)

    def take_drafts(self) -> dict[str, dict[str, Any]]:
        """The drafts sealed at the last lock, opened with this unlock's key, and forgotten."""
        opened: dict[str, dict[str, Any]] = {}
        for name, blob in list(self._drafts.items()):
            try:
                opened[name] = json.loads(self.vault.open_note(name, blob))
            except JournalError:
                continue  # opened with another journal's key: not ours to show
            del self._drafts[name]
        return opened

    def _reseal_drafts(self, reseal: Callable[[str, bytes], bytes]) -> None:
        """The data key changed (a new passphrase): seal the kept drafts under the new one."""
        for name, blob in list(self._drafts.items()):
            try:
                self._drafts[name] = reseal(name, blob)
            except DecryptionFailed:
                continue  # sealed under another journal's key: left as it was

    def has_drafts(self) -> bool:
        return bool(self._drafts)

    # Locking

    def lock(self) -> LockReport:
        """Lock now; always completes. Returns what could not be done, in plain words."""
        report = LockReport()
        if not self.unlocked:
            return report
        with self._work:
            self._closing = True
            deadline = time.monotonic() + self.wait_seconds
            while self._running and time.monotonic() < deadline:
                self._work.wait(max(0.0, deadline - time.monotonic()))
            unfinished = [task.name for task in self._running]
        for name in unfinished:
            report.problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The {name} was still running when the journal locked. If it doesn't "
                        "show as done after you unlock, please run it again.",
                    ),
                    name=name,
                )
            )
        for name, step in self._before_lock:
            try:
                step()
            except JournalError as error:
                report.problems.append(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "The {name} wasn't made. {reason}"),
                        name=name,
                        reason=error.message,
                    )
                )
            except Exception:
                report.problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The {name} wasn't made because of an unexpected problem. "
                            "Your journal is safe; it will be tried again next time.",
                        ),
                        name=name,
                    )
                )
        with self.life:
            self.vault.lock()
        return report
