"""Input the command line must refuse: exit 2 (or 1), a reason on stderr, nothing stored."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE

BAD_DATES = ["2026-13-01", "14/03/2026", "2026-02-30", "2026-3-1", "yesterday"]


@pytest.mark.parametrize("bad", BAD_DATES)
def test_list_with_a_malformed_from_date_exits_2(initialised, bad):
    result = initialised("list", "--from", bad)
    assert result.code == 2


@pytest.mark.parametrize("bad", ["2026-13-01", "14/03/2026"])
def test_malformed_date_message_asks_for_yyyy_mm_dd(initialised, bad):
    result = initialised("list", "--to", bad)
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err


def test_write_with_a_malformed_date_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("write", "some text", "--date", "2026-13-01")
    assert result.code == 2
    assert list_json() == []


def test_list_from_after_to_exits_2_with_the_reason(initialised):
    result = initialised("list", "--from", "2026-03-10", "--to", "2026-03-01")
    assert result.code == 2
    assert "--from is after --to" in result.err
    assert result.out == ""


def test_list_n_zero_exits_2(initialised):
    result = initialised("list", "-n", "0")
    assert result.code == 2
    assert "-n must be 1 or more" in result.err


def test_search_n_zero_exits_2(initialised):
    result = initialised("search", "word", "-n", "0")
    assert result.code == 2


def test_list_unknown_kind_exits_2(initialised):
    assert initialised("list", "--kind", "dream").code == 2


def test_show_without_an_id_exits_2(initialised):
    assert initialised("show").code == 2


def test_usage_error_message_goes_to_the_given_stderr(cli):
    result = cli("frobnicate")
    assert result.code == 2
    assert "frobnicate" in result.err


def test_usage_error_prints_nothing_on_standard_output(cli, capsys):
    result = cli("frobnicate")
    assert result.code == 2
    assert result.out == ""
    assert capsys.readouterr().out == ""


def test_unknown_option_exits_2(initialised):
    assert initialised("list", "--colour", "red").code == 2


def test_edit_entry_in_the_trash_exits_2_and_leaves_it(initialised, write_entry):
    entry_id = write_entry("in the bin")
    assert initialised("delete", entry_id).code == 0
    result = initialised("edit", entry_id, "--text", "changed")
    assert result.code == 2
    assert "Trash" in result.err
    trash = json.loads(initialised("trash", "--json").out)
    assert [(e["id"], e["rev"]) for e in trash] == [(entry_id, 2)]


def test_edit_with_a_checkin_id_says_there_is_no_such_entry(initialised):
    checkin = json.loads(initialised("checkin", "--mood", "5", "--json").out)
    result = initialised("edit", checkin["id"], "--text", "not an entry")
    assert result.code == 1
    assert "Something went wrong" not in result.err
    assert checkin["id"] in result.err


def test_delete_with_a_checkin_id_leaves_the_checkin_alone(initialised, list_json):
    checkin = json.loads(initialised("checkin", "--mood", "5", "--json").out)
    result = initialised("delete", checkin["id"])
    assert result.code == 1
    assert [c["id"] for c in list_json("--kind", "checkin")] == [checkin["id"]]


def test_show_a_revision_id_exits_2(initialised, write_entry, make_vault):
    entry_id = write_entry("first")
    assert initialised("edit", entry_id, "--text", "second").code == 0
    vault = make_vault()
    vault.unlock(PASSPHRASE)
    try:
        revision_id = vault.store.revisions(entry_id)[0].id
    finally:
        vault.lock()
    result = initialised("show", revision_id)
    assert result.code == 2
    assert "previous version" in result.err


def test_ambiguous_prefix_exits_2(initialised, write_entry, monkeypatch):
    ids = iter(["abcd" + "0" * 28, "abcd" + "1" * 28])
    monkeypatch.setattr("journal_app.domain.records.new_id", lambda: next(ids))
    write_entry("one")
    write_entry("two")
    result = initialised("show", "abcd")
    assert result.code == 2
    assert "More than one" in result.err
