"""Export, verify, restore and merge through the backup service."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.backup.format import BackupError
from journal_app.domain.errors import DiskFull, ValidationError, VaultExists, WrongPassphrase
from journal_app.services.backups import BackupService
from journal_app.services.bundle import Services
from journal_app.services.outputs import OutputRefused
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock


def build(folder):
    return Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock)


@pytest.fixture
def source(tmp_path):
    services = build(tmp_path / "source")
    code = services.vault.create(PASSPHRASE)
    journal = services.journal
    kept = journal.create("first words", day=date(2026, 3, 1), tags=["rest"])
    journal.edit(kept.id, body="first words, edited")
    journal.delete(journal.create("to the bin").id)
    services.checkins.add(6, note="okay")
    services.journeys.add(datetime(2026, 3, 5, 10, 0), intention="Listen")
    yield services, code
    services.vault.lock()


def state(services):
    return sorted(
        (r.to_dict() for r in services.vault.store.all() if r.kind != "setting"),
        key=lambda r: r["id"],
    )


def test_export_then_restore_into_an_empty_folder_recreates_every_record(source, tmp_path):
    source, code = source
    path = tmp_path / "out.journal-backup"
    info = BackupService(source.vault).export(path)
    assert info.size == path.stat().st_size and info.sequence == 1
    target = build(tmp_path / "target")
    service = BackupService(target.vault)
    contents = service.open(path, passphrase=PASSPHRASE)
    count = service.restore_new(contents)
    assert count == len(contents.records)
    assert state(target) == state(source)  # versions and the Trash included
    assert target.vault.vault_id == source.vault.vault_id
    target.vault.lock()
    target.vault.unlock(PASSPHRASE)  # the same passphrase opens the restored journal
    target.vault.lock()
    target.vault.unlock_with_recovery(code)  # and the same recovery key
    target.vault.lock()


def test_the_recovery_key_opens_a_backup_and_sets_a_new_passphrase(source, tmp_path):
    source, code = source
    path = tmp_path / "out.journal-backup"
    BackupService(source.vault).export(path)
    target = build(tmp_path / "target")
    service = BackupService(target.vault)
    contents = service.open(path, recovery_code=code)
    service.restore_new(contents, new_passphrase="a fresh passphrase")
    target.vault.lock()
    target.vault.unlock("a fresh passphrase")
    target.vault.lock()


def test_verify_reports_what_the_backup_holds(source, tmp_path):
    source, _ = source
    path = tmp_path / "out.journal-backup"
    BackupService(source.vault).export(path)
    summary = BackupService(source.vault).verify(path)  # this unlock's key: no prompt
    assert summary.counts == {"entry": 2, "checkin": 1, "journey": 1, "course": 1}
    assert (summary.revisions, summary.in_trash) == (1, 1)
    with pytest.raises(WrongPassphrase):
        BackupService(build(tmp_path / "x").vault).verify(path, passphrase="nope nope nope")


def test_restoring_over_an_existing_journal_without_merging_is_refused(source, tmp_path):
    source, _ = source
    path = tmp_path / "out.journal-backup"
    service = BackupService(source.vault)
    service.export(path)
    with pytest.raises(VaultExists, match="Merge"):
        service.restore_new(service.open(path))


def test_merge_keeps_newer_local_versions_and_deletes_nothing(source, tmp_path):
    source, _ = source
    service = BackupService(source.vault)
    path = tmp_path / "out.journal-backup"
    service.export(path)
    journal = source.journal
    [entry] = [r for r in journal.entries() if r.data.body.startswith("first")]
    local_only = journal.create("written after the backup")
    journal.edit(entry.id, body="changed locally after the backup")
    report = service.merge(service.open(path), safety_folder=tmp_path / "safety")
    assert report.kept_local == 1 and report.added == 0
    assert journal.get(local_only.id).data.body == "written after the backup"
    assert journal.get(entry.id).data.body == "changed locally after the backup"
    assert report.safety_backup is not None and report.safety_backup.exists()
    again = service.merge(service.open(path), safety_folder=tmp_path / "safety")
    assert (again.added, again.updated) == (0, 0)


def test_merge_brings_in_newer_and_missing_records_and_trashes_what_the_backup_trashed(
    source, tmp_path
):
    source, _ = source
    older = tmp_path / "older.journal-backup"
    newer = tmp_path / "newer.journal-backup"
    service = BackupService(source.vault)
    service.export(older)
    [entry] = [r for r in source.journal.entries() if r.data.body.startswith("first")]
    source.journal.delete(entry.id)
    added = source.journal.create("only in the newer backup")
    service.export(newer)
    target = build(tmp_path / "target")
    other = BackupService(target.vault)
    other.restore_new(other.open(older, passphrase=PASSPHRASE))
    report = other.merge(other.open(newer), safety_folder=tmp_path / "safety")
    assert report.added >= 1 and report.updated == 1 and report.trashed == 1
    assert target.journal.get(added.id).data.body == "only in the newer backup"
    assert target.journal.get(entry.id).deleted  # to the Trash, not gone
    assert target.journal.revisions(entry.id)  # the version it replaced is kept
    target.vault.lock()


def test_an_older_backup_than_the_last_restored_gets_a_warning(source, tmp_path):
    source, _ = source
    service = BackupService(source.vault)
    first, second = tmp_path / "1.journal-backup", tmp_path / "2.journal-backup"
    service.export(first)
    service.export(second)
    service.merge(service.open(second), safety_folder=tmp_path / "safety")
    report = service.merge(service.open(first), safety_folder=tmp_path / "safety")
    assert report.older_than_last
    assert "older than one you already restored" in str(report.warnings[0])


def test_a_full_disk_during_export_leaves_the_previous_backup_untouched(
    source, tmp_path, monkeypatch
):
    source, _ = source
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "out.journal-backup"
    service = BackupService(source.vault)
    service.export(path)
    before = path.read_bytes()
    source.journal.create("something new")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("journal_app.storage.outputs.os.fsync", disk_full)
    with pytest.raises(DiskFull, match="The disk is full, so the backup couldn't be written"):
        service.export(path, force=True)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["out.journal-backup"]


def test_an_unwritable_place_is_a_clear_error(source, tmp_path):
    source, _ = source
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputRefused, match="a-file is a file, not a folder"):
        BackupService(source.vault).export(blocker / "out.journal-backup")


def test_a_damaged_backup_is_refused_and_nothing_is_restored(source, tmp_path):
    source, _ = source
    path = tmp_path / "out.journal-backup"
    BackupService(source.vault).export(path)
    path.write_bytes(path.read_bytes()[:-10])
    target = build(tmp_path / "target")
    with pytest.raises(BackupError, match="ends early"):
        BackupService(target.vault).open(path, passphrase=PASSPHRASE)
    assert not target.vault.exists()


def test_auto_backup_only_when_changed(source):
    source, _ = source
    service = BackupService(source.vault)
    first = service.auto_backup()
    assert first is not None and first.parent == source.vault.folder / "backups"
    assert service.auto_backup() is None  # nothing changed
    source.journal.create("a change")
    assert service.auto_backup() is not None


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(["add", "edit", "delete"]), max_size=6))
def test_merging_twice_changes_nothing_and_loses_no_version(tmp_path_factory, actions):
    folder = tmp_path_factory.mktemp("merge")
    services = build(folder / "j")
    services.vault.create(PASSPHRASE)
    service = BackupService(services.vault)
    base = services.journal.create("base")
    path = folder / "b.journal-backup"
    service.export(path)
    for action in actions:
        if action == "add":
            services.journal.create("more")
        elif action == "edit":
            current = services.journal.get(base.id)
            if not current.deleted:
                services.journal.edit(base.id, body=current.data.body + "!")
        else:
            services.journal.delete(base.id)
    versions_before = {(r.id, r.rev) for r in services.vault.store.all() if r.kind == "entry"}
    service.merge(service.open(path), safety_folder=folder / "safety")
    after_once = state(services)
    service.merge(service.open(path), safety_folder=folder / "safety")
    assert state(services) == after_once
    current = {(r.id, r.rev) for r in services.vault.store.all() if r.kind == "entry"}
    kept = {(r.data.record_id, r.data.rev) for r in services.vault.store.of_kind("revision")}
    assert versions_before <= current | kept
    services.vault.lock()


def test_a_ten_year_demo_journal_round_trips_exactly(tmp_path):
    from journal_app.services.demo import DemoWriter

    source = build(tmp_path / "ten-years")
    source.vault.create(PASSPHRASE)
    DemoWriter(source.vault, seed=5).write(years=10)
    path = tmp_path / "ten.journal-backup"
    source.backups.export(path)
    target = build(tmp_path / "restored")
    target.backups.restore_new(target.backups.open(path, passphrase=PASSPHRASE))
    theirs = {r["id"]: r for r in state(target)}
    mine = {r["id"]: r for r in state(source)}
    assert theirs == mine
    kinds = {r["kind"] for r in mine.values()}
    assert {"entry", "checkin", "journey", "assessment", "revision"} <= kinds
    assert any(r["deleted_at"] for r in mine.values())  # tombstones too
    source.vault.lock()
    target.vault.lock()


def test_opening_a_pipe_or_device_as_a_backup_is_refused_at_once(source, tmp_path):
    import os

    source, _ = source
    service = BackupService(source.vault)
    pipe = tmp_path / "waiting.journal-backup"
    os.mkfifo(pipe)  # nobody writes to it: reading would hang forever
    for path in (pipe, Path("/dev/zero")):
        with pytest.raises(ValidationError, match="can't be a backup Afterglow made"):
            service.open(path, passphrase=PASSPHRASE)
