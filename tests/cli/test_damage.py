"""Tampered or damaged vaults: exit 4, name what failed, keep the rest readable."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import PASSPHRASE


def _ids(cli) -> list[str]:
    return [r["id"] for r in json.loads(cli("list", "--json").out)]


def _blob(conn, record_id):
    return conn.execute("SELECT blob FROM records WHERE id=?", [record_id]).fetchone()[0]


@pytest.fixture
def three_entries(initialised):
    for text in ("first entry", "second entry", "third entry"):
        assert initialised("write", text).code == 0
    return _ids(initialised)


def test_a_flipped_byte_exits_4_naming_the_record(initialised, three_entries, data_dir):
    damaged = three_entries[0]
    conn = sqlite3.connect(data_dir / "vault.db")
    blob = bytearray(_blob(conn, damaged))
    blob[-3] ^= 0x01
    conn.execute("UPDATE records SET blob=? WHERE id=?", [bytes(blob), damaged])
    conn.commit()
    conn.close()
    result = initialised("list")
    assert result.code == 4
    assert damaged in result.err and "Traceback" not in result.err
    assert result.out == ""


def test_skip_damaged_reads_the_others(initialised, three_entries, data_dir):
    conn = sqlite3.connect(data_dir / "vault.db")
    first, second = (_blob(conn, i) for i in three_entries[:2])
    conn.execute("UPDATE records SET blob=? WHERE id=?", [second, three_entries[0]])
    conn.execute("UPDATE records SET blob=? WHERE id=?", [first, three_entries[1]])
    conn.commit()
    conn.close()
    assert initialised("list").code == 4
    result = initialised("--skip-damaged", "list", "--json")
    assert result.code == 0
    assert [r["id"] for r in json.loads(result.out)] == [three_entries[2]]
    assert three_entries[0] in result.err and three_entries[1] in result.err
    assert initialised("list", "--skip-damaged").code == 0  # the option works after the command


def test_absurd_kdf_memory_exits_4_before_deriving(initialised, data_dir):
    conn = sqlite3.connect(data_dir / "vault.db")
    conn.execute(
        "UPDATE keyslots SET params = json_set(params, '$.memory_kib', ?)", [64 * 1024 * 1024]
    )
    conn.commit()
    conn.close()
    result = initialised("list")
    assert result.code == 4
    assert "MiB" in result.err and "tampered" in result.err


def test_a_file_that_is_not_a_database_exits_4(cli, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "vault.db").write_bytes(b"\x00garbage" * 512)
    result = cli("list", passphrase=PASSPHRASE)
    assert result.code == 4
    assert "damaged" in result.err
