"""Pruning automatic backups trusts only the header inside each file, never its name."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.backup.format import encode_backup
from journal_app.domain.clock import timestamp
from journal_app.services.backup_folder import KEEP_LATEST, backups_in, prune
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A journal clock the test can set, as a computer's clock can be."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def tick(self, minutes: int = 1) -> datetime:
        self.moment += timedelta(minutes=minutes)
        return self.moment


def journal(folder: Path, clock: Clock) -> Services:
    services = Services.build(folder, kdf_params=cheap_kdf, clock=clock)
    services.vault.create(PASSPHRASE)
    return services


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def mine(tmp_path, clock):
    services = journal(tmp_path / "journal", clock)
    yield services
    services.vault.lock()


def backup_bytes(services: Services, sequence: int, created: datetime) -> bytes:
    return encode_backup(
        [],
        vault_id=services.vault.vault_id,
        sequence=sequence,
        created=timestamp(created),
        keys=services.vault.backup_keys(),
    )


def sequences(folder: Path, services: Services) -> list[int]:
    return [b.sequence for b in backups_in(folder, services.vault.vault_id)]


def test_ten_and_one_a_week_for_eight_weeks_by_the_headers_not_the_names(tmp_path, mine):
    now = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    folder = tmp_path / "backups"
    folder.mkdir()
    for number in range(1, 51):  # every two days, the newest with the highest number
        created = now - timedelta(days=2 * (50 - number))
        # Names that sort the wrong way round: the oldest looks newest.
        name = f"afterglow-{99999999 - number:08d}-000000.journal-backup"
        (folder / name).write_bytes(backup_bytes(mine, number, created))
    removed = prune(folder, mine.vault.vault_id, now)
    kept = sequences(folder, mine)
    assert len(kept) + len(removed) == 50
    assert kept[:KEEP_LATEST] == list(range(50, 40, -1))  # the newest ten by number
    assert KEEP_LATEST <= len(kept) <= KEEP_LATEST + 9
    oldest = min(b.created for b in backups_in(folder, mine.vault.vault_id))
    assert now - oldest <= timedelta(weeks=8)


def test_ten_dummy_files_named_like_backups_are_left_alone(mine, clock):
    folder = mine.backups.auto_folder()
    folder.mkdir(parents=True)
    dummies = {}
    for day in range(10):
        name = f"afterglow-2099{day + 1:04d}-235959.journal-backup"
        dummies[name] = f"not a backup {day}".encode()
        (folder / name).write_bytes(dummies[name])
    written = []
    for number in range(3):
        mine.journal.create(f"words {number}")
        clock.tick()
        written.append(mine.backups.auto_backup())
    assert all(path is not None and path.is_file() for path in written)  # every real one
    for name, content in dummies.items():
        assert (folder / name).read_bytes() == content
    listed = [path for path, _, _ in mine.backups.list_backups()]
    assert listed == written[::-1]  # only the real ones, newest first


def test_links_folders_and_pipes_named_like_backups_are_not_touched(tmp_path, mine, clock):
    folder = mine.backups.auto_folder()
    folder.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.journal-backup"
    elsewhere.write_bytes(backup_bytes(mine, 999, START))  # a real backup, high number
    (folder / "afterglow-20990101-000000.journal-backup").symlink_to(elsewhere)
    (folder / "afterglow-20990102-000000.journal-backup").mkdir()
    os.mkfifo(folder / "afterglow-20990103-000000.journal-backup")  # reading it would hang
    for number in range(KEEP_LATEST + 2):
        mine.journal.create(f"words {number}")
        clock.tick()
        mine.backups.auto_backup()
    assert elsewhere.read_bytes()[:16] == b"AFTERGLOW-BACKUP"
    assert (folder / "afterglow-20990101-000000.journal-backup").is_symlink()
    assert (folder / "afterglow-20990102-000000.journal-backup").is_dir()
    fifo = (folder / "afterglow-20990103-000000.journal-backup").lstat()
    assert stat.S_ISFIFO(fifo.st_mode)
    assert sequences(folder, mine) == list(range(KEEP_LATEST + 2, 2, -1))


def test_two_journals_sharing_a_folder_never_prune_each_other(tmp_path, clock):
    shared = tmp_path / "usb"
    shared.mkdir()
    first, second = journal(tmp_path / "first", clock), journal(tmp_path / "second", clock)
    try:
        for services in (first, second):
            services.backups.set_extra_folder(shared)
        for number in range(KEEP_LATEST + 3):
            for services in (first, second):
                services.journal.create(f"words {number}")
                clock.tick()
                assert services.backups.auto_backup() is not None
        for services in (first, second):
            assert sequences(shared, services) == sequences(
                services.backups.auto_folder(), services
            )
            assert len(sequences(shared, services)) == KEEP_LATEST  # its own ten, no fewer
    finally:
        first.vault.lock()
        second.vault.lock()


def test_after_the_clock_was_ahead_the_newest_real_backups_survive(mine, clock):
    clock.moment = START + timedelta(days=400)  # a clock more than a year ahead
    for number in range(KEEP_LATEST):
        mine.journal.create(f"ahead {number}")
        clock.tick()
        mine.backups.auto_backup()
    clock.moment = START  # set right again
    real = []
    for number in range(KEEP_LATEST + 2):
        mine.journal.create(f"today {number}")
        clock.tick()
        real.append(mine.backups.auto_backup())
    survivors = [path for path in real if path is not None and path.is_file()]
    assert survivors == real[-KEEP_LATEST:]  # by file name, only one would have survived
    listed = [path for path, _, _ in mine.backups.list_backups()]
    assert listed[:KEEP_LATEST] == real[::-1][:KEEP_LATEST]


def test_a_folder_that_cannot_be_read_fails_no_backup(mine, monkeypatch):
    def unreadable(folder: object) -> object:
        raise PermissionError(13, "Permission denied")

    mine.journal.create("words")
    monkeypatch.setattr("journal_app.services.backup_folder.os.scandir", unreadable)
    written = mine.backups.auto_backup()
    assert written is not None and written.is_file()
    assert mine.backups.list_backups() == []


def test_a_backup_that_cannot_be_removed_fails_no_backup(tmp_path, mine, monkeypatch):
    folder = tmp_path / "backups"
    folder.mkdir()
    for number in range(1, KEEP_LATEST + 3):
        (folder / f"b{number}.journal-backup").write_bytes(backup_bytes(mine, number, START))

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    assert prune(folder, mine.vault.vault_id, START) == []
    assert len(sequences(folder, mine)) == KEEP_LATEST + 2
