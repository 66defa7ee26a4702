"""The daily journal from the command line: write, list, show, edit, delete, search."""

from __future__ import annotations

import json

from journal_app.services.journal import JournalService
from tests.conftest import PASSPHRASE

# write


def test_write_with_text_argument_stores_the_entry(initialised, list_json):
    result = initialised("write", "A quiet evening with tea")
    assert result.code == 0, result.err
    assert [e["title"] for e in list_json()] == ["A quiet evening with tea"]


def test_write_prints_the_new_id_on_stdout(initialised, list_json):
    result = initialised("write", "Walked by the river")
    assert result.code == 0, result.err
    assert result.out.strip() == list_json()[0]["id"]
    assert len(result.out.strip()) == 32


def test_write_reads_the_text_from_stdin_when_none_is_given(initialised):
    wrote = initialised("write", input="Typed into the pipe\nsecond line\n")
    assert wrote.code == 0, wrote.err
    shown = json.loads(initialised("show", wrote.out.strip(), "--json").out)
    assert shown["data"]["body"] == "Typed into the pipe\nsecond line\n"


def test_write_title_is_stored(write_entry, list_json):
    write_entry("The body text", "--title", "Sunday")
    assert list_json()[0]["title"] == "Sunday"


def test_write_repeated_tag_stores_every_tag(write_entry, list_json):
    write_entry("Tagged twice", "--tag", "rest", "--tag", "family")
    assert list_json()[0]["tags"] == ["rest", "family"]


def test_write_tag_with_a_leading_hash_is_stored_without_it(write_entry, list_json):
    write_entry("Hashed", "--tag", "#rest")
    assert list_json()[0]["tags"] == ["rest"]


def test_write_date_sets_the_day_of_the_entry(write_entry, list_json):
    write_entry("Looking back", "--date", "2026-02-01")
    assert list_json()[0]["date"] == "2026-02-01"


def test_write_without_date_uses_today(write_entry, list_json):
    write_entry("Right now")
    assert list_json()[0]["date"] == "2026-03-14"


def test_write_private_marks_the_entry_private(write_entry, list_json):
    write_entry("Only for me", "--private")
    write_entry("For anyone")
    private = {e["title"]: e["private"] for e in list_json()}
    assert private == {"Only for me": True, "For anyone": False}


def test_write_empty_text_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("write", "")
    assert result.code == 2
    assert "needs some text" in result.err
    assert list_json() == []


def test_write_whitespace_only_text_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("write", "  \n\t  ")
    assert result.code == 2
    assert list_json() == []


def test_write_empty_stdin_exits_2_and_stores_nothing(initialised, list_json):
    result = initialised("write", input="")
    assert result.code == 2
    assert list_json() == []


# list


def test_list_shows_newest_day_first(write_entry, list_json):
    write_entry("middle", "--date", "2026-02-10")
    write_entry("newest", "--date", "2026-03-01")
    write_entry("oldest", "--date", "2026-01-05")
    assert [e["title"] for e in list_json()] == ["newest", "middle", "oldest"]


def test_list_text_shows_date_short_id_and_heading(initialised, write_entry):
    entry_id = write_entry("Morning pages", "--date", "2026-03-02", "--tag", "habit")
    line = initialised("list").out.strip()
    assert line.startswith(f"2026-03-02  {entry_id[:8]}  Morning pages")
    assert "#habit" in line


def test_list_from_and_to_keep_only_entries_in_between_inclusive(write_entry, list_json):
    for day in ("2026-01-31", "2026-02-01", "2026-02-15", "2026-02-28", "2026-03-01"):
        write_entry(f"entry {day}", "--date", day)
    listed = list_json("--from", "2026-02-01", "--to", "2026-02-28")
    assert [e["date"] for e in listed] == ["2026-02-28", "2026-02-15", "2026-02-01"]


def test_list_from_alone_leaves_out_older_entries(write_entry, list_json):
    write_entry("old", "--date", "2026-01-01")
    write_entry("new", "--date", "2026-03-01")
    assert [e["title"] for e in list_json("--from", "2026-02-01")] == ["new"]


def test_list_tag_filter_ignores_case(write_entry, list_json):
    write_entry("tagged", "--tag", "Rest")
    write_entry("untagged")
    assert [e["title"] for e in list_json("--tag", "rEST")] == ["tagged"]


def test_list_tag_filter_accepts_a_leading_hash(write_entry, list_json):
    write_entry("tagged", "--tag", "rest")
    write_entry("other", "--tag", "work")
    assert [e["title"] for e in list_json("--tag", "#rest")] == ["tagged"]


def test_list_n_limits_to_the_newest_entries(write_entry, list_json):
    for day in ("2026-03-01", "2026-03-02", "2026-03-03"):
        write_entry(f"entry {day}", "--date", day)
    assert [e["date"] for e in list_json("-n", "2")] == ["2026-03-03", "2026-03-02"]


def test_list_json_gives_an_array_with_the_summary_fields(initialised, write_entry):
    entry_id = write_entry(
        "Body text here", "--title", "T", "--tag", "a", "--date", "2026-03-01", "--private"
    )
    listed = json.loads(initialised("list", "--json").out)
    assert isinstance(listed, list)
    summary = listed[0]
    assert {k: summary[k] for k in ("id", "kind", "date", "title", "tags", "private")} == {
        "id": entry_id,
        "kind": "entry",
        "date": "2026-03-01",
        "title": "T",
        "tags": ["a"],
        "private": True,
    }


def test_list_json_of_an_empty_journal_is_an_empty_array(initialised):
    result = initialised("list", "--json")
    assert result.code == 0
    assert json.loads(result.out) == []


def test_list_of_an_empty_journal_says_so_on_stderr(initialised):
    result = initialised("list")
    assert result.code == 0
    assert result.out == ""
    assert "Nothing to show yet" in result.err


# show


def test_show_full_id_prints_the_entry(initialised, write_entry):
    entry_id = write_entry("The whole story\n\nwith a second paragraph", "--title", "Story")
    result = initialised("show", entry_id)
    assert result.code == 0, result.err
    assert "Story" in result.out
    assert "with a second paragraph" in result.out
    assert entry_id in result.out


def test_show_accepts_a_unique_four_character_prefix(initialised, write_entry):
    entry_id = write_entry("Found by prefix")
    result = initialised("show", entry_id[:4])
    assert result.code == 0, result.err
    assert "Found by prefix" in result.out


def test_show_json_returns_the_full_record_with_the_body(initialised, write_entry):
    entry_id = write_entry("Full body\nover two lines", "--tag", "x")
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert record["id"] == entry_id
    assert record["kind"] == "entry"
    assert record["rev"] == 1
    assert record["data"]["body"] == "Full body\nover two lines"
    assert record["data"]["tags"] == ["x"]


def test_show_unknown_id_exits_1(initialised, write_entry):
    write_entry("something")
    result = initialised("show", "0" * 32)
    assert result.code == 1
    assert "Nothing in this journal" in result.err
    assert result.out == ""


def test_show_prefix_shorter_than_four_characters_exits_2(initialised, write_entry):
    entry_id = write_entry("something")
    result = initialised("show", entry_id[:3])
    assert result.code == 2
    assert "at least 4" in result.err


# edit


def test_edit_text_option_replaces_the_body(initialised, write_entry):
    entry_id = write_entry("First draft")
    result = initialised("edit", entry_id, "--text", "Second draft")
    assert result.code == 0, result.err
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert record["data"]["body"] == "Second draft"
    assert record["rev"] == 2


def test_edit_reads_new_text_from_stdin(initialised, write_entry):
    entry_id = write_entry("First draft")
    result = initialised("edit", entry_id, input="Rewritten from a pipe\n")
    assert result.code == 0, result.err
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert record["data"]["body"] == "Rewritten from a pipe\n"
    assert record["rev"] == 2


def test_edit_keeps_the_previous_version_as_a_revision(initialised, write_entry, make_vault):
    entry_id = write_entry("First draft")
    assert initialised("edit", entry_id, "--text", "Second draft").code == 0
    vault = make_vault()
    vault.unlock(PASSPHRASE)
    try:
        revisions = JournalService(vault).revisions(entry_id)
        assert [r.kind for r in revisions] == ["revision"]
        assert revisions[0].data.snapshot["data"]["body"] == "First draft"
        assert revisions[0].data.snapshot["rev"] == 1
    finally:
        vault.lock()


def test_edit_does_not_list_the_revision_as_an_entry(initialised, write_entry, list_json):
    entry_id = write_entry("First draft")
    assert initialised("edit", entry_id, "--text", "Second draft").code == 0
    assert [e["id"] for e in list_json()] == [entry_id]
    assert [e["id"] for e in list_json("--kind", "all")] == [entry_id]


def test_edit_title_only_keeps_the_body_and_reads_no_stdin(initialised, write_entry):
    entry_id = write_entry("Body stays")
    result = initialised("edit", entry_id, "--title", "New title", input="ignored stdin")
    assert result.code == 0, result.err
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert (record["data"]["title"], record["data"]["body"]) == ("New title", "Body stays")


def test_edit_tag_replaces_the_tags(initialised, write_entry):
    entry_id = write_entry("Tagged", "--tag", "old")
    assert initialised("edit", entry_id, "--tag", "new", "--tag", "newer").code == 0
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert record["data"]["tags"] == ["new", "newer"]


def test_edit_with_the_same_text_keeps_the_revision_number(initialised, write_entry):
    entry_id = write_entry("Unchanged")
    result = initialised("edit", entry_id, "--text", "Unchanged")
    assert result.code == 0, result.err
    assert "Nothing changed" in result.err
    assert json.loads(initialised("show", entry_id, "--json").out)["rev"] == 1


def test_edit_with_empty_text_exits_2_and_leaves_the_entry(initialised, write_entry):
    entry_id = write_entry("Keep me")
    result = initialised("edit", entry_id, "--text", "   ")
    assert result.code == 2
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert record["data"]["body"] == "Keep me"
    assert record["rev"] == 1


def test_edit_with_empty_stdin_exits_2_and_leaves_the_entry(initialised, write_entry):
    entry_id = write_entry("Keep me")
    result = initialised("edit", entry_id, input="")
    assert result.code == 2
    record = json.loads(initialised("show", entry_id, "--json").out)
    assert (record["data"]["body"], record["rev"]) == ("Keep me", 1)


# delete, trash, undelete


def test_delete_hides_the_entry_from_list(initialised, write_entry, list_json):
    gone = write_entry("To be deleted", "--date", "2026-03-01")
    kept = write_entry("To be kept", "--date", "2026-03-02")
    result = initialised("delete", gone)
    assert result.code == 0, result.err
    assert [e["id"] for e in list_json()] == [kept]


def test_delete_moves_the_entry_to_the_trash(initialised, write_entry):
    gone = write_entry("To be deleted")
    assert initialised("delete", gone).code == 0
    trash = json.loads(initialised("trash", "--json").out)
    assert [e["id"] for e in trash] == [gone]
    assert gone[:8] in initialised("trash").out


def test_undelete_brings_the_entry_back(initialised, write_entry, list_json):
    entry_id = write_entry("Back again")
    assert initialised("delete", entry_id).code == 0
    result = initialised("undelete", entry_id)
    assert result.code == 0, result.err
    assert [e["id"] for e in list_json()] == [entry_id]
    assert json.loads(initialised("trash", "--json").out) == []


def test_delete_unknown_id_exits_1(initialised, write_entry, list_json):
    entry_id = write_entry("Still here")
    result = initialised("delete", "f" * 32)
    assert result.code == 1
    assert [e["id"] for e in list_json()] == [entry_id]


# search


def test_search_ignores_case(initialised, write_entry):
    write_entry("Breakfast at the Harbour")
    result = initialised("search", "HARBOUR")
    assert "Breakfast at the Harbour" in result.out


def test_search_without_accents_finds_accented_text(initialised, write_entry):
    entry_id = write_entry("Un café au lait sur la terrasse")
    result = initialised("search", "CAFE", "--json")
    assert [e["id"] for e in json.loads(result.out)] == [entry_id]


def test_search_with_accents_finds_unaccented_text(initialised, write_entry):
    entry_id = write_entry("Cafe on the corner")
    result = initialised("search", "café", "--json")
    assert [e["id"] for e in json.loads(result.out)] == [entry_id]


def test_search_needs_every_word_to_match(initialised, write_entry):
    both = write_entry("the sea was calm today")
    write_entry("the sea was rough today")
    write_entry("calm in the garden")
    result = initialised("search", "sea", "calm", "--json")
    assert [e["id"] for e in json.loads(result.out)] == [both]


def test_search_lists_newest_first(initialised, write_entry):
    write_entry("river walk one", "--date", "2026-01-01")
    write_entry("river walk three", "--date", "2026-03-01")
    write_entry("river walk two", "--date", "2026-02-01")
    result = initialised("search", "river", "--json")
    assert [e["date"] for e in json.loads(result.out)] == [
        "2026-03-01",
        "2026-02-01",
        "2026-01-01",
    ]


def test_search_n_limits_the_results(initialised, write_entry):
    for day in ("2026-01-01", "2026-02-01", "2026-03-01"):
        write_entry("river walk", "--date", day)
    result = initialised("search", "river", "-n", "2", "--json")
    assert [e["date"] for e in json.loads(result.out)] == ["2026-03-01", "2026-02-01"]


def test_search_json_gives_entry_summaries(initialised, write_entry):
    entry_id = write_entry("findable words", "--title", "Found", "--tag", "t")
    hits = json.loads(initialised("search", "findable", "--json").out)
    assert hits[0]["id"] == entry_id
    assert hits[0]["title"] == "Found"
    assert hits[0]["tags"] == ["t"]


def test_search_without_match_says_so_and_exits_0(initialised, write_entry):
    write_entry("nothing relevant")
    result = initialised("search", "unicorn")
    assert result.code == 0
    assert result.out == ""
    assert "No entries match" in result.err


def test_search_leaves_out_entries_in_the_trash(initialised, write_entry):
    entry_id = write_entry("a deleted river")
    assert initialised("delete", entry_id).code == 0
    assert json.loads(initialised("search", "river", "--json").out) == []
