"""Records changed outside Afterglow: the command line says which, what was done, what to do."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from journal_app.domain.errors import (
    DamagedRecords,
    IntegrityError,
    TamperedRecords,
)
from journal_app.messages import Message
from journal_app.services.bundle import Services
from journal_app.storage.codec import REMOVED, REPLAYED, ROLLED_BACK, STRANGER, UNTRASHED
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

SAID = {
    "rollback": str(Message(ROLLED_BACK)),
    "removed": str(Message(REMOVED)),
    "replayed": str(Message(REPLAYED)),
    "untrashed": str(Message(UNTRASHED)),
    "stranger": str(Message(STRANGER)),
}


def _blob(conn: sqlite3.Connection, record_id: str) -> bytes:
    return bytes(conn.execute("SELECT blob FROM records WHERE id = ?", [record_id]).fetchone()[0])


def tampered_journal(
    folder: Path,
    kinds: tuple[str, ...] = ("rollback", "removed", "replayed", "stranger"),
    *,
    strangers: int = 1,
    damaged: bool = False,
) -> dict[str, str]:
    """Make a journal in ``folder`` and change its file as an outsider would.

    A stranger is a copy of another row under a new id. Returns the id of the record each
    kind of change touched (and of one left alone, under "kept", and of the one merely
    damaged, under "damaged").
    """
    services = Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.create(PASSPHRASE)
    journal = services.journal
    made = [k for k in kinds if k != "stranger"] + ["kept"] + (["damaged"] if damaged else [])
    ids = {kind: journal.create(f"words for {kind}").id for kind in made}
    db = folder / "vault.db"
    conn = sqlite3.connect(db)
    before = {kind: _blob(conn, record_id) for kind, record_id in ids.items()}
    conn.close()
    if "rollback" in kinds:
        journal.edit(ids["rollback"], body="words for rollback, edited")
    if "untrashed" in kinds:
        journal.delete(ids["untrashed"])
    if "replayed" in kinds:
        journal.delete(ids["replayed"])
        journal.purge(ids["replayed"])
    services.vault.lock()

    conn = sqlite3.connect(db)
    for kind in ("rollback", "untrashed"):
        if kind in kinds:
            conn.execute("UPDATE records SET blob = ? WHERE id = ?", [before[kind], ids[kind]])
    if "removed" in kinds:
        conn.execute("DELETE FROM records WHERE id = ?", [ids["removed"]])
    if "replayed" in kinds:
        conn.execute("INSERT INTO records VALUES (?, ?)", [ids["replayed"], before["replayed"]])
    if "stranger" in kinds:
        for number in range(strangers):
            stranger = os.urandom(16).hex()
            conn.execute("INSERT INTO records VALUES (?, ?)", [stranger, before["kept"]])
            ids["stranger" if number == 0 else f"stranger{number}"] = stranger
    if damaged:
        blob = bytearray(before["damaged"])
        blob[-3] ^= 0x01
        conn.execute("UPDATE records SET blob = ? WHERE id = ?", [bytes(blob), ids["damaged"]])
    conn.commit()
    conn.close()
    return ids


def _line_of(err: str, record_id: str) -> str:
    found = [line for line in err.splitlines() if line.strip().startswith(record_id[:8])]
    assert len(found) == 1, err
    return found[0]


def test_each_kind_of_change_is_named_with_what_was_done_and_exits_4(cli, data_dir):
    ids = tampered_journal(data_dir, ("rollback", "removed", "replayed", "untrashed", "stranger"))
    result = cli("list")
    assert result.code == 4
    assert result.out == ""
    first = result.err.splitlines()[0]
    assert first == (
        "The journal file was changed outside Afterglow, so 5 saved records were left out "
        "and nothing was opened:"
    )
    for kind, said in SAID.items():
        assert _line_of(result.err, ids[kind]) == f"  {ids[kind][:8]}: {said}"
    assert ids["kept"][:8] not in result.err
    assert "backup restore" in result.err
    assert "Afterglow changed nothing in the file" in result.err
    assert "--skip-damaged" in result.err
    assert "damaged and can't be opened" not in result.err  # none is merely damaged
    assert "Traceback" not in result.err


def test_one_record_is_said_in_the_singular(cli, data_dir):
    ids = tampered_journal(data_dir, ("removed",))
    result = cli("list")
    assert result.code == 4
    assert result.err.startswith(
        "The journal file was changed outside Afterglow, so 1 saved record was left out "
        "and nothing was opened:\n"
    )
    assert _line_of(result.err, ids["removed"]).endswith(SAID["removed"])


def test_skip_damaged_says_what_was_left_out_and_why_then_carries_on(cli, data_dir):
    ids = tampered_journal(data_dir, ("rollback", "removed", "stranger"))
    result = cli("--skip-damaged", "list", "--json")
    assert result.code == 0, result.err
    assert [r["id"] for r in json.loads(result.out)] == [ids["kept"]]
    assert result.err.splitlines()[0] == (
        "Leaving out 3 saved records, because the journal file was changed outside Afterglow:"
    )
    for kind in ("rollback", "removed", "stranger"):
        assert _line_of(result.err, ids[kind]).endswith(SAID[kind])


def test_past_ten_records_the_rest_are_counted(cli, data_dir):
    tampered_journal(data_dir, ("stranger",), strangers=13)
    result = cli("list")
    assert result.code == 4
    named = [line for line in result.err.splitlines() if line.endswith(SAID["stranger"])]
    assert len(named) == 10
    assert "  and 3 more" in result.err.splitlines()


def test_merely_damaged_records_are_counted_after_the_tampered_ones(cli, data_dir):
    ids = tampered_journal(data_dir, ("rollback",), damaged=True)
    result = cli("list")
    assert result.code == 4
    assert _line_of(result.err, ids["rollback"]).endswith(SAID["rollback"])
    assert f"1 other saved entry is damaged and can't be opened: {ids['damaged']}." in (result.err)
    skipped = cli("list", "--skip-damaged")
    assert skipped.code == 0, skipped.err
    assert _line_of(skipped.err, ids["rollback"]).endswith(SAID["rollback"])
    assert f"Leaving out 1 damaged record(s): {ids['damaged']}." in skipped.err


def test_a_journal_only_damaged_keeps_the_damaged_wording(cli, data_dir):
    ids = tampered_journal(data_dir, (), damaged=True)
    result = cli("list")
    assert result.code == 4
    assert result.err.strip() == str(DamagedRecords([ids["damaged"]]))
    assert "outside Afterglow" not in result.err


def test_the_error_is_an_integrity_error_said_in_marked_messages():
    error = TamperedRecords({"a" * 32: Message(REMOVED)}, ["a" * 32, "b" * 32])
    assert isinstance(error, IntegrityError) and error.exit_code == 4
    assert error.record_ids == ["a" * 32, "b" * 32]
    assert isinstance(error.message, Message)
    lines = str(error).splitlines()
    assert lines[1] == f"  aaaaaaaa: {SAID['removed']}"
    assert lines[2] == f"1 other saved entry is damaged and can't be opened: {'b' * 32}."
    assert lines[-1].startswith("Afterglow changed nothing in the file. Restore the journal")


@pytest.mark.parametrize("count", [6, 12])
def test_many_merely_damaged_records_are_named_five_at_most(count):
    damaged = [f"{n:032x}" for n in range(1, count + 1)]
    error = TamperedRecords({"a" * 32: Message(REMOVED)}, ["a" * 32, *damaged])
    line = str(error).splitlines()[2]
    assert line.startswith(f"{count} other saved entries are damaged and can't be opened: ")
    assert line.endswith(" and more.")
    assert line.count(",") == 4
