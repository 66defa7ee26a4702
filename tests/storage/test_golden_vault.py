"""Golden vaults: every later Afterglow must open these, with every record intact.

The folders in tests/storage/golden_vault/ were written once, by format 1 (``v1-…``) and
format 2 (``v2-…``) through the services (tests/storage/golden_vault_build.py), and are
never rewritten. If a test here
fails, the change broke journals people already have; fix the change, not the golden
files (docs/vault-format.md, "Golden vaults"). A later format opens them (migrating a
copy at the first unlock) and must still yield exactly the records in the
``*.expected.json`` beside them.

A new golden vault is added to NAMES in the builder and written with::

    AFTERGLOW_WRITE_GOLDEN=1 .venv/bin/python -m pytest tests/storage/test_golden_vault.py -k write

which writes only what is missing and never replaces a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal_app.domain.errors import WrongPassphrase
from journal_app.domain.session_card import computed_mg
from journal_app.services.bundle import Services
from journal_app.services.vault import VaultService
from journal_app.storage.vault_file import VAULT_NAME
from tests.storage.golden_vault_build import (
    GOLDEN,
    KDF,
    NAMES,
    PASSPHRASE,
    make_golden_vaults,
)

# SHA-256 of every golden file as written: a rewrite, even by accident, fails here.
SHA256 = {
    "v1-full/vault.db": "9a98e1143cd13b414ce675c4b601680039b6cb63a375bf9593df78847ba06f4d",
    "v1-full.expected.json": "d84f0f2a905bf1ba54d3c318b21c676e58b455cc9dab17f070ceedc0d131dd08",
    "v1-full.recovery-key.txt": "050205f9e4bceec1b86e7c3d5ceec3af79080fc72e705e47c4e0bd68bd654bbb",
    "v1-empty/vault.db": "c3a20971726b95d142a46263d6f546875c5143412900bbb99fdf0e33f1aa7cae",
    "v1-empty.expected.json": "c7dba949552f0d968fb2fc142ffadf9d25146fc983efddc4bd7361691ff4d6a2",
    "v1-empty.recovery-key.txt": "1d42e27137870ca69001dad43957bbbfec715e6cb925cbf2c0d9fb617e8699f5",
    "v2-full/vault.db": "a5b611299f2191c42ca10228475129bc369388f3acabea63632d7a0e23ce3982",
    "v2-full.expected.json": "0ea3b00d26385766682a294d795a6572e3cce6115babb518bcd77c12297d315d",
    "v2-full.recovery-key.txt": "ed16f40341bc3509f7b3097227b1c566aa2d7b197bb9c3fccb8c1305d7d0d877",
    "v2-empty/vault.db": "5e27909fc7395e06cd523f5809be0298c95e7eaaef81ee20dadc2e97c97ccaf0",
    "v2-empty.expected.json": "fc53f957c3209ccaeb081dea3efbd60e6355861b88f22ede1636d3a458908da5",
    "v2-empty.recovery-key.txt": "54441d646b5891ac12caaea4d6266c3c74e93877a072f78d6b5bc1c6527c182b",
}
FORMAT_1_KINDS = {
    "entry",
    "revision",
    "checkin",
    "assessment",
    "journey",
    "course",
    "weekly_check",
    "prescriber_questions",
    "safety_plan",
    "setting",
}


@pytest.mark.skipif(
    os.environ.get("AFTERGLOW_WRITE_GOLDEN") != "1", reason="writes golden files only on request"
)
def test_write_golden_vaults():
    print("written:", *make_golden_vaults())


def expected(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))


def recovery_code(name: str) -> str:
    return (GOLDEN / f"{name}.recovery-key.txt").read_text(encoding="utf-8").strip()


def copied(name: str, tmp_path: Path) -> Path:
    """A copy of the golden journal folder to open, so the golden files stay untouched."""
    folder = tmp_path / name
    shutil.copytree(GOLDEN / name, folder)
    return folder


def opened(name: str, tmp_path: Path, way: str, *, read_only: bool = False) -> Services:
    vault = VaultService(copied(name, tmp_path), kdf_params=lambda: KDF, read_only=read_only)
    if way == "passphrase":
        vault.unlock(PASSPHRASE)
    else:
        vault.unlock_with_recovery(recovery_code(name))
    return Services.over(vault)


@pytest.fixture
def full(tmp_path: Path):
    services = opened("v1-full", tmp_path, "passphrase")
    yield services
    services.vault.lock()


def test_the_golden_files_are_exactly_as_written_once():
    found = {
        str(path.relative_to(GOLDEN)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(GOLDEN.rglob("*"))
        if path.is_file()
    }
    assert found == SHA256


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("way", ["passphrase", "recovery"])
@pytest.mark.parametrize("read_only", [False, True], ids=["window", "reader"])
def test_a_golden_vault_opens_with_every_record_revision_and_trash_state(
    name, way, read_only, tmp_path
):
    want = expected(name)
    services = opened(name, tmp_path, way, read_only=read_only)
    try:
        store = services.vault.store
        assert store.damaged == []
        assert services.vault.vault_id == want["vault_id"]
        records = sorted((r.to_dict() for r in store.all()), key=lambda r: r["id"])
        assert records == want["records"]
        assert sorted(r.id for r in store.all() if r.deleted) == want["in_trash"]
        earlier = {
            r["id"]: [v.data.snapshot["rev"] for v in store.revisions(r["id"])]
            for r in records
            if r["kind"] != "revision"
        }
        assert {k: v for k, v in earlier.items() if v} == want["earlier_versions"]
    finally:
        services.vault.lock()


@pytest.mark.parametrize("name", NAMES)
def test_the_golden_vault_db_holds_what_its_format_wrote(name):
    want = expected(name)
    conn = sqlite3.connect(f"file:{GOLDEN / name / VAULT_NAME}?mode=ro&immutable=1", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        ids = sorted(row[0] for row in conn.execute("SELECT id FROM records"))
        slots = sorted(row[0] for row in conn.execute("SELECT type FROM keyslots"))
    finally:
        conn.close()
    assert meta["vault_id"] == want["vault_id"]
    made_by = name[1]  # "v1-…" by format 1, "v2-…" by format 2
    assert meta["format"] == want["format"] == made_by
    assert meta["schema_version"] == str(want["schema_version"]) == made_by
    assert ids == [r["id"] for r in want["records"]]
    assert len(slots) == 2
    assert [p.name for p in (GOLDEN / name).iterdir()] == [VAULT_NAME]  # no -wal, no -shm


@pytest.mark.parametrize("name", ["v1-full", "v2-full"])
def test_the_full_golden_vault_holds_what_it_promises(name):
    want = expected(name)
    records = want["records"]
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_kind.setdefault(record["kind"], []).append(record)
    assert set(by_kind) == FORMAT_1_KINDS
    entries = [r["data"] for r in by_kind["entry"]]
    assert any(e["private"] for e in entries) and any(e["tags"] for e in entries)
    trashed = {r["kind"] for r in records if r["id"] in want["in_trash"]}
    assert trashed == {"entry", "checkin"}
    assert [2, 1] in want["earlier_versions"].values()  # the entry edited twice
    checkins = [r["data"] for r in by_kind["checkin"]]
    assert any(c["note"] and c["emotions"] for c in checkins)
    assert any(c["anxiety"] is None and not c["note"] for c in checkins)
    results = {(r["data"]["instrument"], r["data"]["version"]) for r in by_kind["assessment"]}
    assert results == {("phq9", 1), ("phq9", 2), ("gad7", 2), ("who5", 2), ("pcl5", 2)}
    card = next(r["data"]["session"] for r in by_kind["journey"] if r["data"]["session"]["start"])
    assert card["medicine"] == "ketamine" and card["vitals"] and card["side_effects"]
    assert card["clear_at"] and card["dose_mg"] == 35.5
    [course] = by_kind["course"]
    assert course["data"]["kind"] == "induction" and course["data"]["integration"]
    assert {s["data"]["key"] for s in by_kind["setting"]} >= {"region", "auto_lock_minutes"}
    assert expected(name.replace("full", "empty"))["records"] == []


def test_the_apps_reading_paths_work_on_the_full_golden_vault(full: Services):
    assert [r.data.title for r in full.search.search("garden")] == ["First page"]
    assert full.search.search("draft") == []  # in the Trash
    assert len(full.journal.entries()) == 3
    assert [r.data.title for r in full.journal.trash()] == [""]
    [edited] = [r for r in full.journal.entries() if r.data.body.startswith("Slept")]
    assert [r.data.snapshot["rev"] for r in full.journal.revisions(edited.id)] == [2, 1]
    assert edited.data.tags == ("sleep",)
    [logged, planned] = sorted(full.journeys.journeys(), key=lambda r: r.data.when)
    session = logged.data.session
    assert (session.medicine, session.route, session.weight_kg) == ("ketamine", "IV", 71.0)
    assert computed_mg(session) == 35.5  # the dose as given: 0.5 mg/kg
    assert [v.systolic for v in session.vitals] == [128, 151]
    assert [e.name for e in session.side_effects] == ["nausea"]
    assert logged.data.integration["0h"]["int-0h-images"].starred
    assert full.journeys.number_in_series(planned) == (2, 6)
    stats = full.mood.stats()
    assert stats["checkins"]["count"] == 2
    assert stats["checkins"]["mood"]["mean"] == 5.0
    assert full.settings.get("region") == "uk"
    assert full.safety_plan.get().professionals == "Clinic crisis line"
    assert len(full.safety_plan.revisions()) == 1
    assert [(i.text[:6], i.done) for i in full.questions.items()] == [
        ("Can I ", False),
        ("Is the", True),
    ]
    assert len(full.weekly_check.checks()) == 1
    assert {r.data.instrument for r in full.assessments.history()} == {
        "phq9",
        "gad7",
        "who5",
        "pcl5",
    }
    assert full.journal.entries(start=date(2026, 3, 2)) == [edited]


@pytest.mark.parametrize("name", NAMES)
def test_a_wrong_passphrase_or_another_recovery_key_does_not_open_a_golden_vault(name, tmp_path):
    vault = VaultService(copied(name, tmp_path), kdf_params=lambda: KDF)
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE + " ")
    other = recovery_code(next(n for n in NAMES if n != name))
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery(other)
    assert not vault.unlocked
