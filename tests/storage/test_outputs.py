"""Files out: where Afterglow may write, and writing whole, private, or not at all."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.domain.errors import DiskFull, NoPermission, ReadOnlyStorage, StorageProblem
from journal_app.storage.outputs import (
    OutputRefused,
    check_output_file,
    make_private_folder,
    private_temp_beside,
    write_private_file,
)
from tests.small_disk import small_disk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes, devices and pipes are POSIX")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A journal's data folder with its vault file."""
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"the journal itself")
    (folder / "backups").mkdir()
    return folder


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The common 022: without care, new files would be readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# Where a file may go


@pytest.mark.parametrize(
    "inside",
    [
        lambda data: data / "vault.db",
        lambda data: data / "backups" / "copy.journal-backup",
        lambda data: data / "new-file.pdf",
        lambda data: data.parent / "elsewhere" / ".." / data.name / "vault.db",
    ],
    ids=["vault.db", "backups", "a-new-name", "dot-dot"],
)
def test_nothing_is_written_inside_the_journals_folder_even_with_force(data, inside):
    (data.parent / "elsewhere").mkdir(exist_ok=True)
    with pytest.raises(OutputRefused, match="inside your journal's folder") as caught:
        check_output_file(inside(data), journal_folder=data, force=True)
    assert caught.value.exit_code == 2
    assert "Choose another place, such as your Documents folder." in str(caught.value)


def test_a_link_into_the_journals_folder_is_refused(tmp_path, data):
    (tmp_path / "to-vault.pdf").symlink_to(data / "vault.db")
    (tmp_path / "to-folder").symlink_to(data, target_is_directory=True)
    (tmp_path / "deep").symlink_to(data / "backups", target_is_directory=True)
    through = [
        tmp_path / "to-vault.pdf",
        tmp_path / "to-folder" / "summary.pdf",
        tmp_path / "deep" / ".." / "vault.db",  # ".." after a link: the system's meaning
    ]
    for path in through:
        with pytest.raises(OutputRefused, match="inside your journal's folder"):
            check_output_file(path, journal_folder=data, force=True)
    # And the journal's folder named through a link is still the journal's folder.
    (tmp_path / "journal-link").symlink_to(data, target_is_directory=True)
    with pytest.raises(OutputRefused, match="inside your journal's folder"):
        check_output_file(tmp_path / "x.pdf", journal_folder=tmp_path / "journal-link" / "..")
    with pytest.raises(OutputRefused, match="inside your journal's folder"):
        check_output_file(data / "x.pdf", journal_folder=tmp_path / "journal-link")


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_refused_even_with_force(device):
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(OutputRefused, match="is a device"):
        check_output_file(Path(device), journal_folder=None, force=True)
    assert stat.S_ISCHR(Path(device).stat().st_mode)


def test_a_pipe_and_a_folder_are_refused_even_with_force(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(OutputRefused, match="is a pipe"):
        check_output_file(tmp_path / "pipe", journal_folder=None, force=True)
    with pytest.raises(OutputRefused, match="is a folder"):
        check_output_file(tmp_path, journal_folder=None, force=True)


def test_an_existing_file_needs_force(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("mine")
    with pytest.raises(OutputRefused) as caught:
        check_output_file(path, journal_folder=None)
    assert str(caught.value) == (
        f"{path} already exists and was left untouched. Choose another name, or add --force "
        "to replace it."
    )
    assert check_output_file(path, journal_folder=None, force=True) == path


def test_a_missing_folder_or_a_file_as_the_folder_is_refused(tmp_path):
    with pytest.raises(OutputRefused, match=r"doesn't exist\. Create it first"):
        check_output_file(tmp_path / "no" / "x.pdf", journal_folder=None)
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputRefused, match="is a file, not a folder"):
        check_output_file(tmp_path / "file" / "x.pdf", journal_folder=None)


def test_the_target_is_absolute_with_its_folder_resolved(tmp_path, monkeypatch, data):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    found = check_output_file(Path("link/summary.pdf"), journal_folder=data)
    assert found == (tmp_path / "real" / "summary.pdf").resolve()


# Writing


def test_a_written_file_is_private_whatever_the_umask(tmp_path, loose_umask):
    path = tmp_path / "out.json"
    write_private_file(path, b"{}")
    assert path.read_bytes() == b"{}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    write_private_file(path, b"[]")  # a replaced file is private again
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert names(tmp_path) == ["out.json"]


def test_a_failing_flush_leaves_nothing_and_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_bytes(b"before")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull, match="The disk is full, so the file couldn't be written"):
        write_private_file(path, b"after")
    assert path.read_bytes() == b"before"
    assert names(tmp_path) == ["out.json"]


def test_a_really_full_disk_leaves_nothing(tmp_path):
    with small_disk(tmp_path / "disk", 16) as disk:
        with pytest.raises(DiskFull):
            write_private_file(disk / "big.json", b"x" * 64 * 1024)
        assert names(disk) == []


def test_a_read_only_disk_names_its_folder(tmp_path):
    disk = tmp_path / "disk"
    expected = f"The folder {disk} is read-only"
    with small_disk(disk, 16, read_only=True), pytest.raises(ReadOnlyStorage, match=expected):
        write_private_file(disk / "out.json", b"{}")


def test_another_failure_says_where_and_why(tmp_path, monkeypatch):
    def odd(fd: int) -> None:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG))

    monkeypatch.setattr(os, "fsync", odd)
    expected = re.escape(f"Couldn't write to {tmp_path} (File name too long)")
    with pytest.raises(StorageProblem, match=expected):
        write_private_file(tmp_path / "out.json", b"{}", outcome="the export couldn't be written")
    assert names(tmp_path) == []


def test_a_temporary_file_for_a_writer_that_needs_a_name(tmp_path, loose_umask):
    path = tmp_path / "summary.pdf"
    with private_temp_beside(path) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".summary.pdf.")
        assert stat.S_IMODE(temp.stat().st_mode) == 0o600 and temp.stat().st_size == 0
        temp.write_bytes(b"%PDF")
    assert path.read_bytes() == b"%PDF"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert names(tmp_path) == ["summary.pdf"]


def test_a_temporary_file_is_removed_when_the_writer_fails(tmp_path):
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"before")
    with pytest.raises(RuntimeError), private_temp_beside(path) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("the writer fell over")
    assert path.read_bytes() == b"before"
    assert names(tmp_path) == ["summary.pdf"]


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_without_permission_says_so(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(NoPermission):
            write_private_file(folder / "out.json", b"{}")
    finally:
        folder.chmod(0o700)


def test_a_folder_afterglow_makes_is_private(tmp_path, loose_umask):
    folder = tmp_path / "a" / "backups"
    assert make_private_folder(folder) is True
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)
    assert make_private_folder(folder) is False  # one that exists is the person's to keep
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
