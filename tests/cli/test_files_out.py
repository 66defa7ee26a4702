"""Every command that writes a file: never into the journal's folder, never over a device,
a pipe or an existing file unasked, always private (0600), whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app.backup.format import read_header
from journal_app.domain.errors import DiskFull
from tests.conftest import Result
from tests.small_disk import fill, small_disk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes, devices and pipes are POSIX")

Runner = Callable[..., Result]
INSIDE = "inside your journal's folder"

# Each writer with the words that end its command line once given a target.
WRITERS = {
    "report": lambda out: ("report", "--out", out),
    "backup export": lambda out: ("backup", "export", out),
    "export json": lambda out: ("export", "--format", "json", "--out", out),
}


def fingerprint(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def journal(initialised: Runner) -> Runner:
    assert initialised("write", "Words worth keeping", "--date", "2026-03-10").code == 0
    return initialised


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize(
    "target",
    [
        lambda data, tmp: data / "vault.db",
        lambda data, tmp: data / "backups" / "a.journal-backup",
        lambda data, tmp: tmp / "elsewhere" / ".." / data.name / "vault.db",
        lambda data, tmp: tmp / "link-to-journal" / "vault.db",
        lambda data, tmp: tmp / "link-to-vault.pdf",
    ],
    ids=["vault.db", "backups", "dot-dot", "linked-folder", "linked-file"],
)
def test_nothing_replaces_the_journal_even_with_force(journal, data_dir, tmp_path, writer, target):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link-to-journal").symlink_to(data_dir, target_is_directory=True)
    (tmp_path / "link-to-vault.pdf").symlink_to(data_dir / "vault.db")
    (data_dir / "backups").mkdir(exist_ok=True)
    before = fingerprint(data_dir)
    out = str(target(data_dir, tmp_path))
    result = journal(*WRITERS[writer](out), "--force", passphrase=None)  # refused first
    assert result.code == 2, result.err
    assert INSIDE in result.err and "Traceback" not in result.err
    assert fingerprint(data_dir) == before
    assert journal("list").code == 0  # the journal still opens


def test_a_markdown_export_is_not_made_inside_the_journals_folder(journal, data_dir):
    before = fingerprint(data_dir)
    for out in (data_dir, data_dir / "notes"):
        args = ("export", "--format", "markdown", "--out", str(out), "--force")
        result = journal(*args, passphrase=None)
        assert result.code == 2 and INSIDE in result.err
    assert fingerprint(data_dir) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_file_is_kept_without_force_and_replaced_privately_with_it(
    journal, tmp_path, writer
):
    out = tmp_path / "existing"
    out.write_text("my own notes")
    out.chmod(0o644)
    refused = journal(*WRITERS[writer](str(out)), passphrase=None)
    assert refused.code == 2
    assert "already exists and was left untouched" in refused.err and "--force" in refused.err
    assert out.read_text() == "my own notes"
    forced = journal(*WRITERS[writer](str(out)), "--force")
    assert forced.code == 0, forced.err
    assert out.read_bytes() != b"my own notes" and mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "journal") == ["existing"]


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_never_written_or_replaced(journal, writer, device):
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    result = journal(*WRITERS[writer](device), "--force", passphrase=None)
    assert result.code == 2 and "is a device" in result.err
    assert stat.S_ISCHR(Path(device).stat().st_mode)  # still the device, not a file


@pytest.mark.parametrize("writer", WRITERS)
def test_a_pipe_is_refused_without_waiting_on_it(journal, tmp_path, writer):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = journal(*WRITERS[writer](str(pipe)), "--force", passphrase=None)
    assert result.code == 2 and "is a pipe" in result.err
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


@pytest.mark.parametrize("writer", WRITERS)
def test_every_written_file_is_readable_only_by_its_owner(journal, tmp_path, writer):
    old = os.umask(0o022)
    try:
        out = tmp_path / "new-file"
        assert journal(*WRITERS[writer](str(out))).code == 0
    finally:
        os.umask(old)
    assert mode(out) == 0o600


def test_the_report_on_a_full_disk_fails_and_leaves_nothing(journal, tmp_path):
    with small_disk(tmp_path / "disk", 16) as disk:
        result = journal("report", "--out", str(disk / "summary.pdf"))
        assert result.code == 1
        assert str(DiskFull(outcome="the summary couldn't be written")) in result.err
        assert "Wrote" not in result.err
        assert list(disk.iterdir()) == []


def test_a_backup_export_on_a_full_disk_fails_and_leaves_nothing(journal, tmp_path):
    with small_disk(tmp_path / "disk", 16) as disk:
        fill(disk)
        result = journal("backup", "export", str(disk / "b.journal-backup"))
        assert result.code == 1
        assert "The disk is full, so the backup couldn't be written" in result.err
        assert [p.name for p in disk.iterdir()] == [".filler"]


def test_backups_the_journal_makes_are_private_in_private_folders(journal, data_dir, tmp_path):
    extra = tmp_path / "usb"
    extra.mkdir()
    old = os.umask(0o022)
    try:
        assert journal("write", "more words").code == 0
        from journal_app.services.bundle import Services
        from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

        services = Services.build(data_dir, kdf_params=cheap_kdf, clock=fixed_clock)
        services.vault.unlock(PASSPHRASE)
        try:
            services.backups.set_extra_folder(extra)
            written = services.backups.auto_backup(force=True)
            safety = services.backups.auto_backup(tmp_path / "safety" / "copies", force=True)
        finally:
            services.vault.lock()
    finally:
        os.umask(old)
    assert written is not None and safety is not None
    copy = extra / written.name
    for path in (written, copy, safety):
        assert mode(path) == 0o600
        assert read_header(path.read_bytes()).sequence > 0
    assert mode(written.parent) == 0o700  # backups/, made by Afterglow
    assert mode(safety.parent) == 0o700
    assert copy.read_bytes() == written.read_bytes()  # the same backup, byte for byte
