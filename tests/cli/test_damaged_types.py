"""A row holding text or a number where its sealed bytes belong is one damaged record."""

from __future__ import annotations

import json
import sqlite3

import pytest

from journal_app.services.journal import JournalService
from tests.conftest import PASSPHRASE


@pytest.fixture
def entries(initialised) -> list[str]:
    for text in ("first entry", "second entry", "third entry", "fourth entry"):
        assert initialised("write", text).code == 0
    return [r["id"] for r in json.loads(initialised("list", "--json").out)]


@pytest.fixture
def damaged(entries, data_dir) -> list[str]:
    """Three rows of the wrong storage type, and one with an id that is not text."""
    conn = sqlite3.connect(data_dir / "vault.db")
    conn.execute("UPDATE records SET blob = 'not sealed at all' WHERE id = ?", [entries[0]])
    conn.execute("UPDATE records SET blob = 42 WHERE id = ?", [entries[1]])
    conn.execute("UPDATE records SET blob = 4.2 WHERE id = ?", [entries[2]])
    conn.execute("INSERT INTO records(id, blob) VALUES (x'00ff', x'0102')")
    conn.commit()
    conn.close()
    return [entries[0], entries[1], entries[2], "00ff"]


def test_wrong_types_are_named_as_damaged_records(initialised, damaged):
    result = initialised("list")
    assert result.code == 4
    assert "Traceback" not in result.err
    for record_id in damaged:
        assert record_id in result.err


def test_skip_damaged_opens_the_rest(initialised, entries, damaged):
    result = initialised("--skip-damaged", "list", "--json")
    assert result.code == 0, result.err
    assert [r["id"] for r in json.loads(result.out)] == [entries[3]]
    assert initialised("--skip-damaged", "write", "still writable").code == 0


def test_the_vault_opens_with_them_set_aside(make_vault):
    vault = make_vault()
    vault.create(PASSPHRASE)
    kept = JournalService(vault).create("kept").id
    vault.lock()
    conn = sqlite3.connect(vault.folder / "vault.db")
    conn.execute("INSERT INTO records(id, blob) VALUES ('aa', 'text'), ('bb', 7)")
    conn.commit()
    conn.close()
    vault.unlock(PASSPHRASE)
    try:
        assert sorted(vault.store.damaged) == ["aa", "bb"]
        assert [r.id for r in JournalService(vault).entries()] == [kept]
    finally:
        vault.lock()
