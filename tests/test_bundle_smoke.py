"""tools/smoke_bundle.py on fake bundles: it passes a good one and names what broke (issue 16)."""

from __future__ import annotations

import io
import re
import tarfile
import tempfile
from pathlib import Path

import pytest

from tests.tools_bundle import fake_bundle, tool

build = tool("build_bundle")
smoke = tool("smoke_bundle")
NAME = "afterglow-9.9-linux-x86_64"

pytestmark = pytest.mark.slow  # starts programs


def tarball(tmp_path: Path, mode: str = "good") -> Path:
    folder = fake_bundle(tmp_path / "build" / NAME, mode)
    return Path(build.write_tarball(folder, tmp_path / "dist" / f"{NAME}.tar.gz"))


def smoke_says(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = smoke.main([*args])
    out, err = capsys.readouterr()
    return code, out + err


def leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("afterglow-smoke-*"))


def test_a_good_bundle_passes_with_no_python_on_path_and_leaves_nothing(tmp_path, capsys):
    # The window's socket lives in the temporary folder, whose path must stay short.
    before = leftovers()
    code, said = smoke_says(capsys, str(tarball(tmp_path)))
    assert code == 0, said
    assert f"{NAME}.tar.gz passed" in said
    assert "the window answered" in said
    assert leftovers() <= before


def test_the_environment_has_no_python_and_a_home_of_its_own(tmp_path):
    box = smoke.sandbox(tarball(tmp_path), tmp_path / "box")
    assert box.version == "9.9"
    assert box.env["PATH"] == str(tmp_path / "box" / "bin")
    assert list((tmp_path / "box" / "bin").iterdir()) == []
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "TMPDIR"):
        assert box.env[name].startswith(str(tmp_path / "box"))
    assert box.env["QT_QPA_PLATFORM"] == "offscreen"
    assert "PYTHONPATH" not in box.env and "PYTHONHOME" not in box.env


def test_a_python_on_the_path_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(smoke.shutil, "which", lambda name, path=None: "/usr/bin/python3")
    with pytest.raises(smoke.SmokeFailure, match="python3 is on the smoke test's PATH"):
        smoke.sandbox(tarball(tmp_path), tmp_path / "box")


@pytest.mark.parametrize(
    ("mode", "step"),
    [
        ("old-version", "version: afterglow --version said 'afterglow 0.0.1', not 9.9"),
        ("write-fails", "write: journal-app --data-dir"),
        ("empty-search", "search: expected the one entry written, found []"),
        ("wrong-launcher", "desktop install: no launcher in the menu says Exec="),
        ("crash-window", "window: afterglow stopped before its window opened (exit 1)"),
        ("bad-exit", "window: exit 3 after SIGTERM"),
    ],
)
def test_a_broken_bundle_fails_naming_the_step(tmp_path, capsys, mode, step):
    code, said = smoke_says(capsys, str(tarball(tmp_path, mode)))
    assert code == 1
    assert f"smoke_bundle: FAILED at {step}" in said
    if mode == "write-fails":
        assert "The disk is full." in said  # what the program said comes along
    if mode == "crash-window":
        assert "Traceback" in said


def test_a_window_that_never_answers_is_stopped_and_reported(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(smoke, "WINDOW_SECONDS", 1.5)
    code, said = smoke_says(capsys, str(tarball(tmp_path, "silent-window")))
    assert code == 1
    assert "window: no window answered within 2 s" in said


def evil_tarball(tmp_path: Path, member: tarfile.TarInfo) -> Path:
    path = tmp_path / f"{NAME}.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        folder = tarfile.TarInfo(NAME)
        folder.type = tarfile.DIRTYPE
        archive.addfile(folder)
        archive.addfile(member, io.BytesIO(b"x" * member.size) if member.isfile() else None)
    return path


@pytest.mark.parametrize(
    ("member", "complaint"),
    [
        (("../escaped", tarfile.REGTYPE, ""), "Could not unpack"),
        # A leading slash is dropped: the file lands inside, and the bundle is incomplete.
        (("/tmp/absolute-afterglow-smoke", tarfile.REGTYPE, ""), "no runnable afterglow"),
        ((f"{NAME}/afterglow", tarfile.SYMTYPE, "/usr/bin/env"), "Could not unpack"),
        ((f"{NAME}/journal-app", tarfile.SYMTYPE, "../../../outside"), "Could not unpack"),
        ((f"{NAME}/device", tarfile.CHRTYPE, ""), "Could not unpack"),
    ],
    ids=["dot-dot", "absolute", "absolute-link", "link-outside", "device"],
)
def test_a_hostile_tarball_is_refused_and_writes_nothing_outside(
    tmp_path, capsys, member, complaint
):
    name, kind, target = member
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    info.size = 1 if kind == tarfile.REGTYPE else 0
    work = tmp_path / "work"
    work.mkdir()
    code, said = smoke_says(capsys, str(evil_tarball(work, info)))
    assert code == 1
    assert complaint in said
    assert not (tmp_path / "escaped").exists()
    assert not Path("/tmp/absolute-afterglow-smoke").exists()


@pytest.mark.parametrize(
    ("name", "complaint"),
    [
        ("afterglow.tar.gz", "is not named afterglow-VERSION-linux-MACHINE.tar.gz"),
        (f"{NAME}.tar.gz", "Could not unpack"),  # not a tarball at all
    ],
)
def test_a_misnamed_or_damaged_archive_is_refused(tmp_path, capsys, name, complaint):
    path = tmp_path / name
    path.write_bytes(b"not a tarball")
    code, said = smoke_says(capsys, str(path))
    assert code == 1
    assert complaint in said


def test_an_archive_without_its_folder_or_programs_is_refused(tmp_path, capsys):
    other = tmp_path / "build" / "something-else"
    other.mkdir(parents=True)
    path = build.write_tarball(other, tmp_path / f"{NAME}.tar.gz")
    code, said = smoke_says(capsys, str(path))
    assert code == 1
    assert f"does not hold the folder {NAME}/" in said
    empty = tmp_path / "build2" / NAME
    empty.mkdir(parents=True)
    path = build.write_tarball(empty, tmp_path / "second" / f"{NAME}.tar.gz")
    code, said = smoke_says(capsys, str(path))
    assert code == 1
    assert f"The bundle has no runnable afterglow in {NAME}/" in said


def test_timings_are_printed_for_the_bundle_and_for_a_pip_install_beside_it(tmp_path, capsys):
    pip_bin = fake_bundle(tmp_path / "venv" / "bin")
    code, said = smoke_says(capsys, str(tarball(tmp_path)), "--timings", "--compare", str(pip_bin))
    assert code == 0, said
    for figure in (
        "journal-app --version",
        "launch to the window",
        "pip's journal-app --version",
        "pip's launch to the window",
    ):
        assert re.search(rf"smoke_bundle: {figure} \d+ ms", said), figure
