"""Secrets read from files: bounded, regular files or pipes only, and never a hang."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from journal_app.cli.context import SECRET_FILE_LIMIT, CliContext
from journal_app.crypto import recovery
from journal_app.domain.errors import ValidationError
from tests.conftest import PASSPHRASE


def test_a_passphrase_file_opens_the_journal(initialised, tmp_path):
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\nanything after the first line is ignored\n")
    result = initialised("--passphrase-file", str(secret), "list", passphrase=None)
    assert result.code == 0, result.err


@pytest.mark.parametrize("device", ["/dev/urandom", "/dev/zero"])
def test_a_device_is_refused_without_reading_it(initialised, device):
    result = initialised("--passphrase-file", device, "list", passphrase=None)
    assert result.code == 2
    assert "not a regular file or a pipe" in result.err


def test_a_huge_file_is_refused_after_reading_4_kib(initialised, tmp_path):
    huge = tmp_path / "huge"
    with huge.open("wb") as handle:
        handle.truncate(1 << 30)  # a gigabyte of zeros with no line break (sparse on disk)
    result = initialised("--passphrase-file", str(huge), "list", passphrase=None)
    assert result.code == 2
    assert "4 KiB" in result.err


def test_a_long_first_line_is_refused_and_a_short_one_is_used(initialised, tmp_path):
    long_line = tmp_path / "long"
    long_line.write_text("y" * (SECRET_FILE_LIMIT + 10) + "\n")
    assert initialised("--passphrase-file", str(long_line), "list", passphrase=None).code == 2
    short_first = tmp_path / "short"
    short_first.write_text(PASSPHRASE + "\n" + "z" * 100_000)
    assert initialised("--passphrase-file", str(short_first), "list", passphrase=None).code == 0


def test_a_pipe_works(initialised):
    reader, writer = os.pipe()
    os.write(writer, (PASSPHRASE + "\n").encode())
    os.close(writer)
    try:
        result = initialised("--passphrase-file", f"/dev/fd/{reader}", "list", passphrase=None)
    finally:
        os.close(reader)
    assert result.code == 0, result.err


def test_a_named_pipe_nobody_writes_to_does_not_hang(initialised, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = initialised("--passphrase-file", str(fifo), "list", passphrase=None)
    assert result.code == 3  # an empty passphrase, which doesn't open the journal


def _context(tmp_path: Path, **args: object) -> CliContext:
    def no_prompt(prompt: str) -> str:
        raise AssertionError(f"asked {prompt!r}")

    return CliContext(args=argparse.Namespace(**args), env={}, prompt=no_prompt)


def test_the_recovery_key_comes_from_its_file_first(tmp_path):
    _, code = recovery.generate()
    key_file = tmp_path / "key"
    key_file.write_text(code + "\n")
    ctx = _context(tmp_path, recovery_key_file=str(key_file))
    ctx.env = {"JOURNAL_APP_RECOVERY_KEY": "not this one"}
    assert ctx.recovery_key() == code


def test_the_recovery_key_file_is_bounded_too(tmp_path):
    with pytest.raises(ValidationError, match="not a regular file or a pipe"):
        _context(tmp_path, recovery_key_file="/dev/zero").recovery_key()
