"""Journal text never reaches logs or standard error, even with --debug."""

from __future__ import annotations

import logging
import sqlite3

MARKER = "Heronsong-4471"


def test_debug_output_never_contains_journal_text(initialised, caplog, data_dir):
    caplog.set_level(logging.DEBUG)
    run = lambda *args, **kw: initialised("--debug", *args, **kw)  # noqa: E731
    results = [
        run("write", f"text {MARKER}", "--title", f"title {MARKER}", "--tag", MARKER),
        run("write", input=f"from stdin {MARKER}"),
        run("checkin", "--mood", "6", "--note", MARKER),
        run("journey", "add", "--date", "2026-03-01", "--intention", MARKER),
        run("search", MARKER),
        run("checkin", "--mood", "11", "--note", MARKER),  # refused
        run("write", f"text {MARKER}", "--date", "2026-02-30"),  # refused
        run("write", f"text {MARKER}", passphrase="wrong passphrase"),  # refused
    ]
    entry_id = initialised("list", "--json").out.split('"id": "')[1][:32]
    results.append(run("edit", entry_id, input=f"edited {MARKER}"))
    results.append(run("edit", entry_id, "--text", "  "))  # refused
    conn = sqlite3.connect(data_dir / "vault.db")
    conn.execute("UPDATE records SET blob = zeroblob(300)")
    conn.commit()
    conn.close()
    results.append(run("list"))  # damaged
    assert [r.code for r in results] == [0, 0, 0, 0, 0, 2, 2, 3, 0, 2, 4]
    for result in results:
        assert MARKER not in result.err
    assert all(MARKER not in record.getMessage() for record in caplog.records)
    assert any("running" in record.getMessage() for record in caplog.records)


def test_debug_output_on_a_full_disk_never_contains_journal_text(initialised, caplog, monkeypatch):
    from journal_app.storage import database

    caplog.set_level(logging.DEBUG)
    setup = database._pragmas

    def and_no_room(conn: sqlite3.Connection) -> None:
        setup(conn)
        conn.execute("PRAGMA max_page_count = 1")

    monkeypatch.setattr(database, "_pragmas", and_no_room)
    text = f"{MARKER} " * 2000  # needs new pages, so the full disk refuses it
    results = [
        initialised("--debug", "write", text, "--title", MARKER),
        initialised("--debug", "write", input=text),
        initialised("--debug", "checkin", "--mood", "5", "--note", text[:1000]),
    ]
    assert all(r.code == 1 for r in results), [r.code for r in results]
    for result in results:
        assert "disk is full" in result.err
        assert MARKER not in result.err and MARKER not in result.out
    assert all(MARKER not in record.getMessage() for record in caplog.records)
