"""journal-app import and export: summaries, one transaction, warnings, no overwrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal_app.cli.transfer import PLAINTEXT_WARNING
from journal_app.services.vault import VaultService
from journal_app.storage.codec import canonical_json
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

SAMPLES = Path(__file__).parents[1] / "backup" / "samples"


def records_in(folder: Path) -> dict[str, bytes]:
    """Every record but revisions in the vault at ``folder``, by id, as canonical JSON."""
    vault = VaultService(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    vault.unlock(PASSPHRASE)
    try:
        return {
            r.id: canonical_json(r.to_dict()) for r in vault.store.all() if r.kind != "revision"
        }
    finally:
        vault.lock()


@pytest.fixture
def full_journal(initialised, write_entry) -> None:
    """A journal with entries (one private, one in the Trash), a check-in, journey, PHQ-9."""
    write_entry("Morning after.", "--title", "Morning", "--tag", "kap", "--date", "2026-03-10")
    write_entry("Only for me ☕", "--private", "--date", "2026-03-01")
    gone = write_entry("Thrown away")
    for args in (
        ("delete", gone),
        ("checkin", "--mood", "6", "--anxiety", "3", "--note", "steady"),
        ("journey", "add", "--date", "2026-03-01T10:00", "--route", "IM", "--dose-mg", "60"),
        ("assess", "phq9", "--answers", "1,1,1,1,1,1,1,1,0"),
    ):
        assert initialised(*args).code == 0


# Import


def test_import_jrnl_stores_every_entry_and_says_how_many(initialised, list_json):
    result = initialised("import", "jrnl", str(SAMPLES / "jrnl.json"))
    assert result.code == 0, result.err
    assert result.out == "Imported 5 entries.\n"
    entries = list_json("-n", "10")
    assert len(entries) == 5
    assert {e["date"] for e in entries} >= {"2024-02-27", "2024-03-04"}


def test_import_dayone_lists_what_was_skipped_and_why(initialised, list_json):
    result = initialised("import", "dayone", str(SAMPLES / "dayone.zip"))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Imported 5 entries. Skipped 2:",
        "  Journal.json, entry 4 (2024-03-04): photos are not imported; the text is",
        "  Journal.json, entry 6 (2024-03-06): it has only photos, which can't be imported",
    ]
    assert len(list_json()) == 5


def test_import_markdown_reports_skips_and_guessed_dates(initialised, list_json):
    result = initialised("import", "markdown", str(SAMPLES / "markdown"))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Imported 4 entries. Skipped 5:"
    assert "  empty.md: it is empty" in lines
    assert lines[-2] == "Worth a look (1):"
    assert lines[-1].startswith("  obsidian/Undated thoughts.md: it has no date")
    assert len(list_json()) == 4


def test_importing_the_same_file_twice_adds_nothing_the_second_time(initialised, list_json):
    initialised("import", "jrnl", str(SAMPLES / "jrnl.json"))
    again = initialised("import", "jrnl", str(SAMPLES / "jrnl.json"))
    assert again.code == 0
    assert again.out.startswith(
        "Imported 0 entries. 5 were already in your journal and not added again."
    )
    assert len(list_json()) == 5


def test_import_of_a_missing_file_exits_2_before_asking_for_the_passphrase(initialised, tmp_path):
    missing = tmp_path / "gone.json"
    result = initialised("import", "jrnl", str(missing), passphrase=None)
    assert result.code == 2
    assert str(missing) in result.err
    assert "nothing was imported" in result.err


@pytest.mark.parametrize("fmt", ["jrnl", "dayone", "json"])
def test_import_of_a_file_that_is_not_json_exits_2_and_writes_nothing(
    initialised, list_json, tmp_path, fmt
):
    path = tmp_path / "journal.txt"
    path.write_text("2024-03-01 09:00 A jrnl text journal, not its JSON export.", "utf-8")
    result = initialised("import", fmt, str(path))
    assert result.code == 2
    assert f"{path} isn't valid JSON" in result.err
    assert list_json("--kind", "all") == []


def test_import_with_an_unknown_format_is_a_usage_error(initialised):
    assert initialised("import", "evernote", str(SAMPLES / "jrnl.json")).code == 2


# Export


@pytest.mark.parametrize(("fmt", "name"), [("json", "out.json"), ("markdown", "out")])
def test_export_warns_first_that_the_file_is_not_encrypted(initialised, tmp_path, fmt, name):
    result = initialised("export", "--format", fmt, "--out", str(tmp_path / name))
    assert result.code == 0, result.err
    assert result.err.splitlines()[0] == PLAINTEXT_WARNING
    assert "NOT encrypted" not in result.out


def test_export_json_says_how_many_records(initialised, full_journal, tmp_path):
    out = tmp_path / "journal.json"
    result = initialised("export", "--format", "json", "--out", str(out))
    assert result.code == 0, result.err
    assert f"Exported 7 records to {out}." in result.err
    assert json.loads(out.read_text("utf-8"))["exported"] == "2026-03-14T18:30:00.000Z"


def test_export_refuses_an_existing_file_without_force(initialised, tmp_path):
    out = tmp_path / "journal.json"
    out.write_text("keep me", "utf-8")
    result = initialised("export", "--format", "json", "--out", str(out), passphrase=None)
    assert result.code == 2
    assert result.err.splitlines()[0] == PLAINTEXT_WARNING
    assert "already exists and was left untouched" in result.err
    assert out.read_text("utf-8") == "keep me"
    forced = initialised("export", "--format", "json", "--out", str(out), "--force")
    assert forced.code == 0, forced.err
    assert json.loads(out.read_text("utf-8"))["format"] == "afterglow-export"


def test_export_markdown_refuses_a_folder_it_did_not_make_even_with_force(initialised, tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "taxes.txt").write_text("mine", "utf-8")
    result = initialised("export", "--format", "markdown", "--out", str(folder), "--force")
    assert result.code == 2
    assert "already has files in it" in result.err
    assert [p.name for p in folder.iterdir()] == ["taxes.txt"]


def test_export_markdown_replaces_its_own_earlier_export_only_with_force(
    initialised, full_journal, tmp_path
):
    folder = tmp_path / "export"
    first = initialised("export", "--format", "markdown", "--out", str(folder))
    assert first.code == 0, first.err
    assert "Exported 2 entries, 1 journey, 1 check-in and 1 questionnaire" in first.err
    assert (folder / "2026-03-10-morning.md").is_file()
    assert initialised("export", "--format", "markdown", "--out", str(folder)).code == 2
    again = initialised("export", "--format", "markdown", "--out", str(folder), "--force")
    assert again.code == 0, again.err


def test_export_needs_a_format_and_a_place(initialised):
    assert initialised("export", "--out", "x.json").code == 2
    assert initialised("export", "--format", "json").code == 2


# Round trip


def test_json_export_restores_into_a_fresh_journal_with_the_same_records(
    initialised, full_journal, data_dir, tmp_path
):
    out = tmp_path / "journal.json"
    assert initialised("export", "--format", "json", "--out", str(out)).code == 0
    fresh = tmp_path / "fresh"
    env = {"JOURNAL_APP_DATA_DIR": str(fresh), "JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE}
    assert initialised("init", env=env).code == 0
    result = initialised("import", "json", str(out), env=env)
    assert result.code == 0, result.err
    assert result.out == (
        "Restored 7 records this journal didn't have. 0 were already here and left as they were.\n"
    )
    assert records_in(fresh) == records_in(data_dir)


def test_json_import_never_replaces_what_is_already_there(
    initialised, write_entry, data_dir, tmp_path
):
    entry_id = write_entry("First words")
    out = tmp_path / "journal.json"
    assert initialised("export", "--format", "json", "--out", str(out)).code == 0
    assert initialised("edit", entry_id, "--text", "Changed since the export").code == 0
    result = initialised("import", "json", str(out))
    assert result.code == 0, result.err
    assert result.out.startswith("Restored 0 records")
    assert "1 was already here" in result.out
    shown = json.loads(initialised("show", entry_id, "--json").out)
    assert shown["data"]["body"] == "Changed since the export"


def test_json_import_skips_a_damaged_record_with_its_reason_and_keeps_the_rest(
    initialised, list_json, tmp_path
):
    out = tmp_path / "journal.json"
    initialised("write", "Something")
    assert initialised("export", "--format", "json", "--out", str(out)).code == 0
    document = json.loads(out.read_text("utf-8"))
    good = dict(document["records"][0], id="0" * 32)
    bad = dict(document["records"][0], id="1" * 32, data={**good["data"], "body": ""})
    document["records"] = [good, bad]
    out.write_text(json.dumps(document), "utf-8")
    result = initialised("import", "json", str(out))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Restored 1 record this journal didn't have. 0 were already here and left as they were.",
        "Skipped 1:",
        "  journal.json, record 2 (entry): An entry needs some text; there is nothing to save yet.",
    ]
    assert len(list_json()) == 2
