"""A full disk or a read-only folder: the command says so plainly and loses nothing."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from journal_app.cli import UNEXPECTED
from journal_app.storage import database

LONG = "An evening worth keeping, written slowly. " * 300  # needs new database pages


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database opened from now on can grow no further (SQLITE_FULL, as on a full disk)."""
    setup = database._pragmas

    def and_no_room(conn: sqlite3.Connection) -> None:
        setup(conn)
        conn.execute("PRAGMA max_page_count = 1")  # clamped to the pages it has

    monkeypatch.setattr(database, "_pragmas", and_no_room)


@pytest.fixture
def full_disk(monkeypatch):
    fill_the_disk(monkeypatch)
    return monkeypatch


def test_write_on_a_full_disk_says_so_and_exits_1(initialised, write_entry, monkeypatch, list_json):
    kept = write_entry("Written while there was room.")
    fill_the_disk(monkeypatch)
    full_disk = monkeypatch
    result = initialised("write", LONG)
    assert result.code == 1
    assert result.err.strip() == (
        "The disk is full, so this couldn't be saved. Everything saved before is safe: "
        "free some space, then try again."
    )
    assert UNEXPECTED not in result.err and "damaged" not in result.err
    full_disk.undo()
    assert [e["id"] for e in list_json()] == [kept]
    assert initialised("write", LONG).code == 0
    assert len(list_json()) == 2


def test_import_on_a_full_disk_imports_nothing_and_says_why(
    initialised, tmp_path, full_disk, list_json
):
    folder = tmp_path / "notes"
    folder.mkdir()
    for day in range(1, 8):
        (folder / f"2024-03-0{day}.md").write_text(LONG, "utf-8")
    result = initialised("import", "markdown", str(folder))
    assert result.code == 1
    assert "The disk is full" in result.err
    full_disk.undo()
    assert list_json() == []


def test_a_journal_on_a_read_only_disk_says_so(initialised, write_entry, monkeypatch, data_dir):
    write_entry("Something to read later.")
    real_open = os.open

    def read_only_disk(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr("journal_app.storage.lock.os.open", read_only_disk)
    result = initialised("list")
    assert result.code == 1
    assert result.err.strip() == (
        f"The folder {data_dir} is read-only, so the journal couldn't be opened. Everything "
        "saved before is safe: make it writable, or choose a folder you can write to, then "
        "try again."
    )


def test_a_read_only_journal_file_is_not_called_damaged(initialised, monkeypatch, data_dir):
    setup = database._pragmas

    def read_only(conn: sqlite3.Connection) -> None:
        setup(conn)
        conn.execute("PRAGMA query_only = ON")  # writes fail with SQLITE_READONLY

    monkeypatch.setattr(database, "_pragmas", read_only)
    result = initialised("write", "A few words.")
    assert result.code == 1
    assert result.err.startswith(f"The folder {data_dir} is read-only, so this couldn't be saved.")
    assert "damaged" not in result.err and UNEXPECTED not in result.err


def test_init_in_a_folder_it_may_not_create_says_so(cli, data_dir, monkeypatch):
    def forbidden(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr("pathlib.Path.mkdir", forbidden)
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": "correct horse battery staple"})
    assert result.code == 1
    assert result.err.strip() == (
        f"Afterglow isn't allowed to write to {data_dir}, so the journal couldn't be created. "
        "Everything saved before is safe: check the folder's permissions, then try again."
    )
