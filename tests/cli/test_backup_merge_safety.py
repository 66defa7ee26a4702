"""backup restore --merge: another journal's backup only with --from-other-journal."""

from __future__ import annotations

import json

import pytest

from journal_app.backup.format import encode_backup
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

OTHER = "the other journal's own words"


@pytest.fixture
def foreign(cli, tmp_path):
    """A backup of another journal (its own folder and passphrase)."""
    folder = str(tmp_path / "other")
    env = {"JOURNAL_APP_NEW_PASSPHRASE": OTHER}
    assert cli("--data-dir", folder, "init", env=env, passphrase=None).code == 0
    assert cli("--data-dir", folder, "write", "Words from elsewhere", passphrase=OTHER).code == 0
    path = tmp_path / "other.journal-backup"
    assert cli("--data-dir", folder, "backup", "export", str(path), passphrase=OTHER).code == 0
    return path


def listing(cli) -> list[dict]:
    result = cli("list", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_another_journals_backup_is_refused_without_the_flag(initialised, foreign):
    assert initialised("write", "Mine").code == 0
    before = listing(initialised)
    result = initialised("backup", "restore", str(foreign), "--merge")
    assert result.code == 2, result.err
    assert "another journal" in result.err and "--from-other-journal" in result.err
    assert "nothing was changed" in result.err
    assert listing(initialised) == before


def test_with_the_flag_it_asks_for_that_journals_passphrase(initialised, foreign):
    assert initialised("write", "Mine").code == 0
    before = listing(initialised)
    args = ("backup", "restore", str(foreign), "--merge", "--from-other-journal")
    wrong = initialised(*args, prompts=[PASSPHRASE])  # this journal's: not the backup's
    assert wrong.code == 3 and "doesn't open this backup" in wrong.err
    empty = initialised(*args, prompts=[""])
    assert empty.code == 3 and "another journal" in empty.err
    assert listing(initialised) == before
    result = initialised(*args, prompts=[OTHER])
    assert result.code == 0, result.err
    assert "Brought in 1 record from the other journal as new records" in result.err
    after = listing(initialised)
    assert [e for e in after if e["id"] in {b["id"] for b in before}] == before
    assert len(after) == 2


def test_a_merged_malformed_record_leaves_search_show_and_export_working(
    initialised, data_dir, tmp_path
):
    assert initialised("write", "A sound entry about rivers").code == 0
    services = Services.build(data_dir, kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.unlock(PASSPHRASE)
    stamp = "2026-03-09T12:00:00Z"
    bad = {
        "id": "e1" * 16,
        "kind": "entry",
        "schema": 1,
        "created_at": stamp,
        "updated_at": stamp,
        "rev": 1,
        "deleted_at": None,
        "data": {"body": 12345, "date": "2026-03-09", "title": ["rivers"]},
    }
    records = [r.to_dict() for r in services.vault.store.all()] + [bad]
    data = encode_backup(
        records,
        vault_id=services.vault.vault_id,
        sequence=7,
        created=stamp,
        keys=services.vault.backup_keys(),
    )
    services.vault.lock()
    path = tmp_path / "bad.journal-backup"
    path.write_bytes(data)
    merged = initialised("backup", "restore", str(path), "--merge")
    assert merged.code == 0, merged.err
    assert "1 record(s) in the backup weren't sound" in merged.err
    search = initialised("search", "rivers")
    assert search.code == 0 and "sound entry" in search.out, search.err
    [entry] = listing(initialised)
    assert initialised("show", entry["id"][:8]).code == 0
    assert initialised("show", "e1e1e1e1").code == 1
    out = tmp_path / "md"
    exported = initialised("export", "--format", "markdown", "--out", str(out))
    assert exported.code == 0, exported.err


def test_from_other_journal_without_merge_is_refused_before_anything_is_asked(cli, tmp_path):
    backup = tmp_path / "other.journal-backup"
    backup.write_bytes(b"not read")
    result = cli("backup", "restore", str(backup), "--from-other-journal")
    assert result.code == 2
    assert "--from-other-journal goes with --merge" in result.err


def test_a_script_gives_that_journals_passphrase_in_the_environment(initialised, foreign):
    assert initialised("write", "Mine").code == 0
    args = ("backup", "restore", str(foreign), "--merge", "--from-other-journal")
    wrong = initialised(*args, env={"JOURNAL_APP_BACKUP_PASSPHRASE": PASSPHRASE})
    assert wrong.code == 3 and "doesn't open this backup" in wrong.err
    result = initialised(*args, env={"JOURNAL_APP_BACKUP_PASSPHRASE": OTHER})
    assert result.code == 0, result.err
    assert len(listing(initialised)) == 2
