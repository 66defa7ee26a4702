"""What a command needs from the outside world: streams, environment, secrets, the vault."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from journal_app.crypto.kdf import KdfParams, calibrate
from journal_app.domain.clock import Clock, utc_now
from journal_app.domain.errors import (
    DamagedRecords,
    InvalidText,
    JournalError,
    TamperedRecords,
    ValidationError,
)
from journal_app.paths import data_dir, state_dir
from journal_app.services.rollback_watch import RollbackWatch
from journal_app.services.session import JournalSession
from journal_app.services.vault import VaultService

PASSPHRASE_ENV = "JOURNAL_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "JOURNAL_APP_NEW_PASSPHRASE"
RECOVERY_ENV = "JOURNAL_APP_RECOVERY_KEY"
NO_SECRET = (
    "No passphrase was given and there is no terminal to ask on. Use --passphrase-file "
    "FILE or set JOURNAL_APP_PASSPHRASE."
)
SECRET_FILE_LIMIT = 4096  # bytes read from a passphrase or recovery key file, at most
LOCK_WAIT_SECONDS = 10.0  # how long a command waits for another Afterglow to finish
WAITING = (
    "Another Afterglow is using this journal; waiting up to {seconds:.0f} seconds for it to finish…"
)


def read_secret_file(path: str, what: str) -> str:
    """The first line of a small file or a pipe holding a secret (at most 4 KiB is read).

    Devices, folders and anything else are refused: ``/dev/urandom`` or ``/dev/zero``
    would never end.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # no waiting for a writer to appear on a named pipe
    except OSError as error:
        raise JournalError(f"Couldn't read the {what} file {path}: {error.strerror}.") from None
    try:
        mode = os.fstat(fd).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
            raise ValidationError(
                f"The {what} file {path} is not a regular file or a pipe, so it wasn't read. "
                f"Put the {what} on the first line of a small file and give that."
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a pipe's writer may still be on its way
        data = _read_at_most(fd, SECRET_FILE_LIMIT + 1, path, what)
    finally:
        os.close(fd)
    first, newline, _ = data.partition(b"\n")
    if not newline and len(data) > SECRET_FILE_LIMIT:
        raise ValidationError(
            f"The {what} file {path} is longer than {SECRET_FILE_LIMIT // 1024} KiB with no "
            f"line break, far more than a {what}, so it wasn't used. Put the {what} on the "
            "first line of a small file and give that."
        )
    try:
        return first.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        raise InvalidText(f"The {what} file {path}") from None


def _read_at_most(fd: int, limit: int, path: str, what: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        try:
            chunk = os.read(fd, limit - size)
        except OSError as error:
            raise JournalError(f"Couldn't read the {what} file {path}: {error.strerror}.") from None
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk:
            break  # the first line is all that is used
    return b"".join(chunks)


def utf8_text(text: str, source: str) -> str:
    """Return ``text``, refusing it if it came from bytes that weren't UTF-8.

    Python keeps such bytes (from a file, a variable or a terminal in another encoding)
    as lone surrogates, which can be neither stored nor turned into a key.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidText(source) from None
    return text


class NoTerminal(JournalError):
    """A secret was needed, but there is nobody to ask."""


def terminal_prompt(prompt: str) -> str:
    """Ask for a secret on the terminal without echoing it."""
    if os.name == "posix":
        try:
            Path("/dev/tty").open().close()
        except OSError:
            raise NoTerminal(NO_SECRET) from None
    elif not sys.stdin.isatty():
        raise NoTerminal(NO_SECRET)
    return getpass.getpass(prompt)


@dataclass
class CliContext:
    """Everything outside the program that a command touches; tests pass their own."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    prompt: Callable[[str], str] = terminal_prompt
    kdf_params: Callable[[], KdfParams] = calibrate
    clock: Clock = utc_now
    args: argparse.Namespace = field(default_factory=argparse.Namespace)
    read_only: bool = False  # the command only reads: it shares the journal with readers
    _vault: VaultService | None = None
    _session: JournalSession | None = None

    # Output

    def out(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def say(self, text: str) -> None:
        """A message for the person (not for scripts): goes to standard error."""
        self.stderr.write(text + "\n")

    def json(self, value: Any) -> None:
        self.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

    # Secrets

    def passphrase(self) -> str:
        """The current passphrase: --passphrase-file, else the environment, else a prompt."""
        path = getattr(self.args, "passphrase_file", None)
        if path:
            return read_secret_file(path, "passphrase")
        if self.env.get(PASSPHRASE_ENV):
            return utf8_text(self.env[PASSPHRASE_ENV], PASSPHRASE_ENV)
        return utf8_text(self.prompt("Passphrase: "), "The passphrase")

    def new_passphrase(self, *, fallback_to_current: bool = False) -> str:
        """A new passphrase: $JOURNAL_APP_NEW_PASSPHRASE, else asked twice."""
        if self.env.get(NEW_PASSPHRASE_ENV):
            return utf8_text(self.env[NEW_PASSPHRASE_ENV], NEW_PASSPHRASE_ENV)
        has_current = getattr(self.args, "passphrase_file", None) or self.env.get(PASSPHRASE_ENV)
        if fallback_to_current and has_current:
            return self.passphrase()
        first = utf8_text(
            self.prompt("New passphrase (at least 10 characters): "), "The new passphrase"
        )
        second = self.prompt("Type it again: ")
        if first != second:
            raise ValidationError("The two passphrases were different; nothing was changed.")
        return first

    def recovery_key(self) -> str:
        """The recovery key: --recovery-key-file, else the environment, else a prompt."""
        path = getattr(self.args, "recovery_key_file", None)
        if path:
            return read_secret_file(path, "recovery key")
        if self.env.get(RECOVERY_ENV):
            return utf8_text(self.env[RECOVERY_ENV], RECOVERY_ENV)
        return utf8_text(self.prompt("Recovery key: "), "The recovery key")

    # The vault

    @property
    def folder(self) -> Path:
        return data_dir(getattr(self.args, "data_dir", None), self.env)

    def check_folder(self) -> None:
        """Raise ValidationError (a usage error) if the data folder was given empty."""
        data_dir(getattr(self.args, "data_dir", None), self.env)

    def vault(self) -> VaultService:
        """The vault service for the data folder (not yet unlocked).

        A command that only reads shares the journal with other readers; one that
        writes has it alone. Either waits up to LOCK_WAIT_SECONDS for the other kind.
        """
        if self._vault is None:
            self._vault = VaultService(
                self.folder,
                kdf_params=self.kdf_params,
                clock=self.clock,
                lock_wait=LOCK_WAIT_SECONDS,
                read_only=self.read_only,
                on_lock_wait=lambda: self.say(WAITING.format(seconds=LOCK_WAIT_SECONDS)),
                rollback_watch=RollbackWatch.in_folder(state_dir(self.env)),
            )
            self._vault.collect_at_lock = False  # the process ends right after its lock
            self._vault.remove_leftovers()
            self._session = JournalSession(self._vault)
        return self._vault

    def session(self) -> JournalSession:
        """The session that owns the journal while this command runs (and locks it)."""
        self.vault()
        assert self._session is not None
        return self._session

    def unlocked(self) -> VaultService:
        """The vault, unlocked; damaged or tampered records stop the command unless told."""
        vault = self.vault()
        vault.require_exists()
        vault.unlock(self.passphrase())
        if vault.moved is not None:
            self.say(str(vault.moved))
        if vault.older_copy is not None:
            self.say(str(vault.older_copy))
        damaged = vault.store.damaged
        tampered = vault.store.tampered
        if damaged or tampered:
            if not getattr(self.args, "skip_damaged", False):
                if tampered:
                    raise TamperedRecords(tampered, damaged)
                raise DamagedRecords(damaged)
            if tampered:
                self.say(str(TamperedRecords.left_out(tampered)))
            others = [record_id for record_id in damaged if record_id not in tampered]
            if others:
                self.say(
                    f"Leaving out {len(others)} damaged record(s): {', '.join(others)}. "
                    "Restore them from a backup when you can."
                )
        return vault

    def close(self) -> None:
        if self._session is not None:
            for problem in self._session.lock().messages():
                self.say(problem)
