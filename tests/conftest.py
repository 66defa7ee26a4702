"""Shared fixtures: cheap key derivation, a fixed clock, an unlocked vault, a CLI runner."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal_app.cli import main
from journal_app.crypto.kdf import KdfParams
from journal_app.services.vault import VaultService

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 3, 14, 18, 30, tzinfo=UTC)


def cheap_kdf() -> KdfParams:
    """Argon2id at its smallest, so tests do not spend half a second per unlock."""
    return KdfParams(os.urandom(16), memory_kib=64, iterations=1, lanes=1)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture(autouse=True)
def no_collection_at_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locking collects garbage (8 ms in the app, 25 s over the suite): off, but where tested."""
    monkeypatch.setattr("journal_app.services.vault_core.COLLECT_AT_LOCK", False)


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This computer's notes about journals (rollback_watch) go to a folder of the test's."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("JOURNAL_APP_STATE_DIR", str(folder))
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))  # for an env without the variable
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def make_vault(data_dir: Path) -> Callable[..., VaultService]:
    def make(**options: object) -> VaultService:
        options.setdefault("kdf_params", cheap_kdf)
        options.setdefault("clock", fixed_clock)
        return VaultService(data_dir, **options)  # type: ignore[arg-type]

    return make


@pytest.fixture
def vault(make_vault: Callable[..., VaultService]) -> Iterator[VaultService]:
    """A new vault, created and unlocked."""
    service = make_vault()
    service.create(PASSPHRASE)
    yield service
    service.lock()


@dataclass
class Result:
    code: int
    out: str
    err: str


class UnexpectedPrompt(BaseException):
    """Raised past the CLI's own error handling, so an extra prompt fails the test."""


class Prompt:
    """Answers getpass-style prompts from a list; fails the test if asked too often."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.asked.append(prompt)
        if not self.answers:
            raise UnexpectedPrompt(prompt)
        return self.answers.pop(0)


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., Result]:
    """Run ``journal-app`` in-process against the test's data folder."""

    def run(
        *args: str,
        input: str = "",
        env: dict[str, str] | None = None,
        prompts: list[str] | None = None,
        passphrase: str | None = PASSPHRASE,
    ) -> Result:
        environment = {"JOURNAL_APP_DATA_DIR": str(data_dir)}
        if passphrase is not None:
            environment["JOURNAL_APP_PASSPHRASE"] = passphrase
        environment.update(env or {})
        out, err = io.StringIO(), io.StringIO()
        code = main(
            list(args),
            stdin=io.StringIO(input),
            stdout=out,
            stderr=err,
            env=environment,
            prompt=Prompt(prompts or []),
            kdf_params=cheap_kdf,
            clock=fixed_clock,
        )
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def initialised(cli: Callable[..., Result]) -> Callable[..., Result]:
    """The CLI runner, with a journal already created in the data folder."""
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE})
    assert result.code == 0, result.err
    return cli
