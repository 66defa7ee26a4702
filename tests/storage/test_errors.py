"""SQLite's and the OS's errors become messages a person can act on; "damaged" only if so."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from journal_app.domain.errors import (
    DiskError,
    DiskFull,
    IntegrityError,
    InvalidText,
    JournalError,
    NoPermission,
    ReadOnlyStorage,
    StorageProblem,
    ValidationError,
    VaultBusy,
    storage_problem,
)
from journal_app.storage.errors import sqlite_code, storage_error, translating

VAULT = Path("/home/sam/.local/share/afterglow/vault.db")


def sqlite_error(
    message: str, code: int | None, kind: type[sqlite3.Error] = sqlite3.OperationalError
) -> sqlite3.Error:
    """An error as the sqlite3 module raises it (with its result code when given)."""
    error = kind(message)
    if code is not None:
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


EXTENDED = {  # (primary code) | (n << 8), as SQLite reports its extended result codes
    "readonly_dbmoved": sqlite3.SQLITE_READONLY | (4 << 8),
    "ioerr_write": sqlite3.SQLITE_IOERR | (3 << 8),
    "cantopen_isdir": sqlite3.SQLITE_CANTOPEN | (2 << 8),
}


@pytest.mark.parametrize(
    ("message", "code", "expected"),
    [
        ("database or disk is full", sqlite3.SQLITE_FULL, DiskFull),
        ("attempt to write a readonly database", sqlite3.SQLITE_READONLY, ReadOnlyStorage),
        ("attempt to write a readonly database", EXTENDED["readonly_dbmoved"], ReadOnlyStorage),
        ("unable to open database file", sqlite3.SQLITE_CANTOPEN, NoPermission),
        ("unable to open database file", EXTENDED["cantopen_isdir"], NoPermission),
        ("access permission denied", sqlite3.SQLITE_PERM, NoPermission),
        ("not authorized", sqlite3.SQLITE_AUTH, NoPermission),
        ("disk I/O error", sqlite3.SQLITE_IOERR, DiskError),
        ("disk I/O error", EXTENDED["ioerr_write"], DiskError),
        ("database is locked", sqlite3.SQLITE_BUSY, VaultBusy),
    ],
)
def test_each_sqlite_code_has_its_own_error(message, code, expected):
    found = storage_error(sqlite_error(message, code), path=VAULT)
    assert type(found) is expected
    assert "damaged" not in str(found)
    assert found.exit_code == 1


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("database disk image is malformed", sqlite3.SQLITE_CORRUPT),
        ("file is not a database", sqlite3.SQLITE_NOTADB),
    ],
)
def test_only_real_corruption_is_called_damaged(message, code):
    found = storage_error(sqlite_error(message, code, sqlite3.DatabaseError), path=VAULT)
    assert type(found) is IntegrityError
    assert "vault.db is damaged" in str(found)
    assert found.exit_code == 4


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", DiskFull),
        ("attempt to write a readonly database", ReadOnlyStorage),
        ("unable to open database file", NoPermission),
        ("disk I/O error", DiskError),
        ("file is not a database", IntegrityError),
    ],
)
def test_an_error_without_a_code_is_known_by_its_words(message, expected):
    error = sqlite_error(message, None)
    assert not hasattr(error, "sqlite_errorcode")
    assert type(storage_error(error, path=VAULT)) is expected


def test_extended_codes_fold_to_their_primary_code():
    error = sqlite_error("attempt to write a readonly database", EXTENDED["readonly_dbmoved"])
    assert sqlite_code(error) == sqlite3.SQLITE_READONLY


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EROFS, ReadOnlyStorage),
        (errno.EACCES, NoPermission),
        (errno.EPERM, NoPermission),
        (errno.EIO, DiskError),
    ],
)
def test_each_os_error_has_its_own_error(number, expected):
    error = OSError(number, "as the system says it")
    assert type(storage_problem(error)) is expected
    assert type(storage_error(error, path=VAULT)) is expected


def test_another_os_error_is_a_plain_storage_problem_naming_the_reason():
    error = OSError(errno.ENAMETOOLONG, "File name too long")
    assert storage_problem(error) is None
    found = storage_error(error, path=VAULT)
    assert type(found) is StorageProblem
    assert "File name too long" in str(found)
    assert "damaged" not in str(found)


def test_the_messages_say_what_happened_and_what_to_do():
    assert str(DiskFull()) == (
        "The disk is full, so this couldn't be saved. Everything saved before is safe: "
        "free some space, then try again."
    )
    assert str(ReadOnlyStorage()) == (
        "The journal's folder is read-only, so this couldn't be saved. Everything saved "
        "before is safe: make the folder writable, or move the journal to one that is, "
        "then try again."
    )
    assert str(NoPermission()) == (
        "Afterglow isn't allowed to write to the journal's folder, so this couldn't be "
        "saved. Everything saved before is safe: check the folder's permissions, then try "
        "again."
    )
    assert str(DiskError()) == (
        "The disk didn't respond properly, so this couldn't be saved. Everything saved "
        "before is safe: check that the disk is still connected, then try again."
    )


def test_read_only_and_permission_messages_name_the_folder():
    error = sqlite_error("attempt to write a readonly database", sqlite3.SQLITE_READONLY)
    found = storage_error(error, path=VAULT)
    assert str(found).startswith(f"The folder {VAULT.parent} is read-only, so this couldn't")
    assert found.where == VAULT.parent  # type: ignore[attr-defined]
    denied = storage_error(OSError(errno.EACCES, "Permission denied"), path=VAULT)
    assert f"Afterglow isn't allowed to write to {VAULT.parent}" in str(denied)


def test_the_outcome_says_what_did_not_happen():
    error = sqlite_error("database or disk is full", sqlite3.SQLITE_FULL)
    found = storage_error(error, outcome="the journal couldn't be opened")
    assert str(found).startswith("The disk is full, so the journal couldn't be opened.")


def test_each_problem_has_a_short_summary_for_a_status_line():
    for kind in (DiskFull, ReadOnlyStorage, NoPermission, DiskError):
        assert kind.summary.endswith(".")
        assert len(kind.summary) < 60
    assert DiskFull.summary == "The disk is full."


def test_invalid_text_is_a_validation_error_with_exit_code_2():
    error = InvalidText("notes.txt")
    assert isinstance(error, ValidationError)
    assert error.exit_code == 2
    assert str(error) == (
        "notes.txt isn't UTF-8 text, so it wasn't read. Save it as UTF-8 and try again."
    )


def test_translating_raises_the_journal_error_and_keeps_the_cause():
    cause = sqlite_error("database or disk is full", sqlite3.SQLITE_FULL)
    with pytest.raises(DiskFull) as caught, translating(VAULT):
        raise cause
    assert caught.value.__cause__ is cause


def test_translating_lets_journal_errors_through_unchanged():
    original = VaultBusy("busy")
    with pytest.raises(VaultBusy) as caught, translating(VAULT):
        raise original
    assert caught.value is original


@pytest.mark.parametrize(
    "bug",
    [
        sqlite3.ProgrammingError("Cannot operate on a closed database."),
        sqlite3.IntegrityError("NOT NULL constraint failed: records.blob"),
    ],
)
def test_translating_leaves_our_own_bugs_alone(bug):
    with pytest.raises(type(bug)), translating(VAULT):
        raise bug


def test_every_storage_problem_is_a_journal_error():
    for kind in (DiskFull, ReadOnlyStorage, NoPermission, DiskError):
        assert issubclass(kind, StorageProblem)
        assert issubclass(kind, JournalError)
        assert not issubclass(kind, IntegrityError)
