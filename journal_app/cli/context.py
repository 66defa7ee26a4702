"""What a command needs from the outside world: streams, environment, secrets, the vault."""

from __future__ import annotations

import argparse
import getpass
import json
import os
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
    ValidationError,
)
from journal_app.paths import data_dir
from journal_app.services.session import JournalSession
from journal_app.services.vault import VaultService

PASSPHRASE_ENV = "JOURNAL_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "JOURNAL_APP_NEW_PASSPHRASE"
RECOVERY_ENV = "JOURNAL_APP_RECOVERY_KEY"
NO_SECRET = (
    "No passphrase was given and there is no terminal to ask on. Use --passphrase-file "
    "FILE or set JOURNAL_APP_PASSPHRASE."
)


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
            try:
                text = Path(path).read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise InvalidText(f"The passphrase file {path}") from None
            except OSError as error:
                raise JournalError(
                    f"Couldn't read the passphrase file {path}: {error.strerror}."
                ) from None
            return text.splitlines()[0] if text else ""
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
        if self.env.get(RECOVERY_ENV):
            return utf8_text(self.env[RECOVERY_ENV], RECOVERY_ENV)
        return utf8_text(self.prompt("Recovery key: "), "The recovery key")

    # The vault

    @property
    def folder(self) -> Path:
        return data_dir(getattr(self.args, "data_dir", None), self.env)

    def vault(self) -> VaultService:
        """The vault service for the data folder (not yet unlocked)."""
        if self._vault is None:
            self._vault = VaultService(
                self.folder, kdf_params=self.kdf_params, clock=self.clock, lock_wait=2.0
            )
            self._session = JournalSession(self._vault)
        return self._vault

    def session(self) -> JournalSession:
        """The session that owns the journal while this command runs (and locks it)."""
        self.vault()
        assert self._session is not None
        return self._session

    def unlocked(self) -> VaultService:
        """The vault, unlocked with the passphrase, refusing damaged records unless told."""
        vault = self.vault()
        vault.require_exists()
        vault.unlock(self.passphrase())
        damaged = vault.store.damaged
        if damaged:
            if not getattr(self.args, "skip_damaged", False):
                raise DamagedRecords(damaged)
            self.say(
                f"Leaving out {len(damaged)} damaged record(s): {', '.join(damaged)}. "
                "Restore them from a backup when you can."
            )
        return vault

    def close(self) -> None:
        if self._session is not None:
            for problem in self._session.lock().messages():
                self.say(problem)
