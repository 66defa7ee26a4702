"""Merging is safe: another journal's backup only adds, and no record can break the journal."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest

from journal_app.backup.format import encode_backup, open_backup
from journal_app.crypto.kdf import derive_key
from journal_app.domain.errors import WrongPassphrase
from journal_app.services.backups import OtherJournal
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

OTHER_PASSPHRASE = "the other journal's own words"


def build(folder: Path) -> Services:
    return Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock)


@pytest.fixture
def mine(tmp_path):
    services = build(tmp_path / "mine")
    services.vault.create(PASSPHRASE)
    services.journal.create("my own words")
    services.settings.set("backup_folder", "/my/usb")
    yield services
    services.vault.lock()


@pytest.fixture
def other(tmp_path):
    """Another journal with an entry, a journey in a course, a check-in and a setting."""
    services = build(tmp_path / "other")
    code = services.vault.create(OTHER_PASSPHRASE)
    services.journal.create("the other journal's entry")
    services.journeys.add(datetime(2026, 3, 5, 10, 0), intention="Listen")
    services.checkins.add(6, note="steady")
    services.settings.set("backup_folder", "/somewhere/else")
    path = tmp_path / "other.journal-backup"
    services.backups.export(path)
    ids = {r.id for r in services.vault.store.all()}
    services.vault.lock()
    return path, code, ids


def state(services: Services) -> list[dict]:
    return sorted((r.to_dict() for r in services.vault.store.all()), key=lambda r: r["id"])


def test_another_journals_backup_is_refused_without_saying_so(mine, other, tmp_path):
    path, _, _ = other
    service = mine.backups
    contents = service.open(path, passphrase=OTHER_PASSPHRASE)
    before = state(mine)
    with pytest.raises(OtherJournal, match="another journal") as raised:
        service.merge(contents, safety_folder=tmp_path / "safety")
    assert raised.value.exit_code == 2
    assert state(mine) == before
    assert not (tmp_path / "safety").exists()  # refused before anything was written


def test_another_journals_backup_never_opens_without_its_own_passphrase(mine, other):
    path, _, _ = other
    with pytest.raises(WrongPassphrase, match="another journal"):
        mine.backups.open(path)  # not tried with this unlock's key, nor an empty one
    with pytest.raises(WrongPassphrase, match="another journal"):
        mine.backups.open(path, passphrase="")
    with pytest.raises(WrongPassphrase, match="doesn't open"):
        mine.backups.open(path, passphrase=PASSPHRASE)  # this journal's passphrase: no


def test_an_empty_passphrase_backup_of_another_journal_is_not_opened_silently(mine, tmp_path):
    stranger = build(tmp_path / "stranger")
    stranger.vault.create(OTHER_PASSPHRASE)
    keys = stranger.vault.backup_keys()
    empty = dataclasses.replace(keys, kek=derive_key("", keys.kdf))  # what an attacker makes
    record = _envelope("d1" * 16, "entry", {"body": "planted", "date": "2026-03-09"})
    data = encode_backup(
        [record],
        vault_id=stranger.vault.vault_id,
        sequence=1,
        created="2026-03-10T12:00:00Z",
        keys=empty,
    )
    stranger.vault.lock()
    path = tmp_path / "planted.journal-backup"
    path.write_bytes(data)
    assert open_backup(data, passphrase="").records == [record]  # it really is empty
    with pytest.raises(WrongPassphrase, match="another journal"):
        mine.backups.open(path)


def test_with_the_flag_another_journals_records_come_in_as_new_ones(mine, other, tmp_path):
    path, code, their_ids = other
    service = mine.backups
    before = {r["id"]: r for r in state(mine)}
    contents = service.open(path, passphrase=OTHER_PASSPHRASE)
    report = service.merge(contents, safety_folder=tmp_path / "s", from_other_journal=True)
    after = {r["id"]: r for r in state(mine)}
    for record_id, record in before.items():
        if record["kind"] != "setting":
            assert after[record_id] == record  # nothing overwritten, nothing trashed
    new = {i: r for i, r in after.items() if i not in before}
    assert not set(new) & their_ids  # new ids, every one
    kinds = sorted(r["kind"] for r in new.values() if r["kind"] != "setting")
    assert kinds == ["checkin", "course", "entry", "journey"]
    assert report.other_journal and report.added == 4 and report.left_out >= 1
    assert all(not r["deleted_at"] and r["rev"] == 1 for r in new.values())
    [journey] = [r for r in new.values() if r["kind"] == "journey"]
    [course] = [r for r in new.values() if r["kind"] == "course"]
    assert journey["data"]["course_id"] == course["id"]  # the link follows the new id
    assert mine.settings.get("backup_folder") == "/my/usb"  # settings never come over
    assert "the other journal's entry" in {e.data.body for e in mine.journal.entries()}
    # Its recovery key opens it too, and bringing it in twice adds copies, never replaces.
    again = service.open(path, recovery_code=code)
    assert service.merge(again, tmp_path / "s", from_other_journal=True).added == 4


def _backup_with(services: Services, records: list[dict], path: Path) -> Path:
    """A backup of ``services``' own journal holding exactly ``records``."""
    data = encode_backup(
        records,
        vault_id=services.vault.vault_id,
        sequence=99,
        created="2026-03-10T12:00:00Z",
        keys=services.vault.backup_keys(),
    )
    path.write_bytes(data)
    return path


def _envelope(record_id: str, kind: str, data: dict, rev: int = 5) -> dict:
    stamp = "2026-03-09T12:00:00Z"
    return {
        "id": record_id,
        "kind": kind,
        "schema": 1,
        "created_at": stamp,
        "updated_at": stamp,
        "rev": rev,
        "deleted_at": None,
        "data": data,
    }


MALFORMED = [
    _envelope("a1" * 16, "entry", {"body": 12345, "date": "2026-03-09"}),
    _envelope("a2" * 16, "entry", {"body": "   ", "date": "2026-03-09"}),
    _envelope("a3" * 16, "entry", {"body": "ok", "date": "2026-03-09", "tags": 5}),
    _envelope("a4" * 16, "checkin", {"at": "2026-03-09T10:00", "mood": 99}),
    _envelope("a5" * 16, "entry", {"body": "no date"}),
    _envelope("not-an-id", "entry", {"body": "fine", "date": "2026-03-09"}),
    _envelope("a6" * 16, "revision", {"record_id": "a7" * 16, "snapshot": {"kind": "entry"}}),
]


def test_malformed_records_are_skipped_counted_and_never_stored(mine, tmp_path):
    good = _envelope("b1" * 16, "entry", {"body": "a sound entry", "date": "2026-03-09"})
    records = [r.to_dict() for r in mine.vault.store.all()] + MALFORMED + [good]
    path = _backup_with(mine, records, tmp_path / "bad.journal-backup")
    report = mine.backups.merge(mine.backups.open(path), safety_folder=tmp_path / "s")
    assert report.malformed == len(MALFORMED) and report.added == 1
    assert "weren't sound" in str(report.warnings[0])
    ids = {r.id for r in mine.vault.store.all()}
    assert "b1" * 16 in ids and not ids & {"a1" * 16, "a2" * 16, "a3" * 16, "a4" * 16}
    assert [r.data.body for r in mine.search.search("sound")] == ["a sound entry"]


def test_a_record_cannot_change_kind_through_a_merge(mine, tmp_path):
    [entry] = mine.journal.entries()
    hijack = _envelope(entry.id, "checkin", {"at": "2026-03-09T10:00", "mood": 5}, rev=50)
    revision_of = _envelope(
        "c1" * 16,
        "revision",
        {"record_id": entry.id, "snapshot": {**hijack, "rev": 49}},
        rev=1,
    )
    records = [r.to_dict() for r in mine.vault.store.all() if r.id != entry.id]
    path = _backup_with(mine, [*records, hijack, revision_of], tmp_path / "k.journal-backup")
    report = mine.backups.merge(mine.backups.open(path), safety_folder=tmp_path / "s")
    assert sorted(report.kind_changed) == sorted([entry.id, "c1" * 16])
    assert entry.id[:8] in str(report.warnings[-1])
    kept = mine.journal.get(entry.id)
    assert kept.kind == "entry" and kept.rev == entry.rev and kept.data.body == "my own words"
    assert not mine.journal.revisions(entry.id)


def test_the_same_journal_still_merges_newer_wins(mine, tmp_path):
    [entry] = mine.journal.entries()
    newer = {**entry.to_dict(), "rev": entry.rev + 1, "updated_at": "2026-03-09T12:00:00Z"}
    newer["data"] = {**newer["data"], "body": "edited elsewhere"}
    records = [r.to_dict() for r in mine.vault.store.all() if r.id != entry.id]
    path = _backup_with(mine, [*records, newer], tmp_path / "n.journal-backup")
    report = mine.backups.merge(mine.backups.open(path), safety_folder=tmp_path / "s")
    assert report.updated == 1 and not report.kind_changed and not report.malformed
    assert mine.journal.get(entry.id).data.body == "edited elsewhere"
    assert mine.journal.revisions(entry.id)  # the replaced version is kept


def test_a_safety_plan_of_another_journal_does_not_take_the_place_of_yours(mine, tmp_path):
    services = build(tmp_path / "third")
    services.vault.create(OTHER_PASSPHRASE)
    plan = services.safety_plan.get()
    services.safety_plan.save(plan)
    path = tmp_path / "third.journal-backup"
    services.backups.export(path)
    services.vault.lock()
    mine.safety_plan.save(mine.safety_plan.get())
    before = mine.safety_plan.record()
    contents = mine.backups.open(path, passphrase=OTHER_PASSPHRASE)
    report = mine.backups.merge(contents, tmp_path / "s", from_other_journal=True)
    assert report.added == 0 and report.left_out >= 1
    assert mine.safety_plan.record() == before
