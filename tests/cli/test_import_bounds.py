"""journal-app import: special files refused, bad entries skipped, settings never imported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from journal_app.services.settings import SettingsService
from journal_app.services.vault import VaultService
from tests.conftest import NOW, PASSPHRASE, cheap_kdf, fixed_clock

STAMP = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
GOOD = {"title": "Fine.", "body": "A fine day.", "date": "2024-03-01", "tags": []}


def record(record_id: str, kind: str, data: dict[str, object]) -> dict[str, object]:
    return {
        "id": record_id,
        "kind": kind,
        "schema": 1,
        "created_at": STAMP,
        "updated_at": STAMP,
        "rev": 1,
        "deleted_at": None,
        "data": data,
    }


def settings_of(folder: Path) -> dict[str, object]:
    """Every setting record in the journal at ``folder``, by key."""
    vault = VaultService(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    vault.unlock(PASSPHRASE)
    try:
        settings = SettingsService(vault)
        found = {r.data.key: r.data.value for r in vault.store.of_kind("setting")}
        keys = ("auto_lock_minutes", "backup_folder", "reminders_enabled")
        return {"records": found, **{key: settings.get(key) for key in keys}}
    finally:
        vault.lock()


def test_import_json_never_brings_in_settings(initialised, data_dir, list_json, tmp_path):
    before = settings_of(data_dir)
    crafted = {
        "format": "afterglow-export",
        "version": 1,
        "records": [
            record("a" * 32, "entry", {"body": "Hello", "date": "2024-03-01"}),
            record("b" * 32, "setting", {"key": "auto_lock_minutes", "value": 0}),
            record("c" * 32, "setting", {"key": "backup_folder", "value": str(tmp_path)}),
            record("d" * 32, "setting", {"key": "reminders_enabled", "value": False}),
        ],
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(crafted), encoding="utf-8")
    result = initialised("import", "json", str(path))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Restored 1 record this journal didn't have. 0 were already here and left as they were.",
        "3 settings were left out: settings are never imported.",
    ]
    assert settings_of(data_dir) == before
    assert before["auto_lock_minutes"] == 5 and before["reminders_enabled"] is True
    assert [e["date"] for e in list_json()] == ["2024-03-01"]


def test_one_bad_jrnl_entry_is_skipped_and_the_rest_stored(initialised, list_json, tmp_path):
    path = tmp_path / "jrnl.json"
    entries = [GOOD, {**GOOD, "body": "broken \udc80 text"}, {**GOOD, "title": "Two."}]
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    result = initialised("import", "jrnl", str(path))
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "Imported 2 entries. Skipped 1:"
    assert "jrnl.json, entry 2 (2024-03-01): it holds text that isn't valid" in result.out
    assert sorted(e["title"] for e in list_json()) == ["Fine.", "Two."]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_import_jrnl_of_a_fifo_exits_2_at_once(initialised, list_json, tmp_path):
    pipe = tmp_path / "jrnl.json"
    os.mkfifo(pipe)
    result = initialised("import", "jrnl", str(pipe))
    assert result.code == 2
    assert f"{pipe} is a pipe (FIFO), not a regular file. Nothing was imported." in result.err
    assert list_json() == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_jrnl_of_dev_zero_exits_2_without_reading(initialised):
    result = initialised("import", "jrnl", "/dev/zero")
    assert result.code == 2
    assert "/dev/zero is a device, not a regular file" in result.err
