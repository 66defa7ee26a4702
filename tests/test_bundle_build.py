"""tools/build_bundle.py and tools/bundle_prune.py, without running PyInstaller (issue 16).

The real build and its smoke test run in CI (.ci/run); these cover the decisions the
build makes and how it fails.
"""

from __future__ import annotations

import os
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.small_disk import small_disk
from tests.tools_bundle import tool

build = tool("build_bundle")
prune = tool("bundle_prune")
ROOT = Path(__file__).resolve().parents[1]


def pyproject(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n' + text, encoding="utf-8")
    return path


def test_the_window_comes_first_then_every_script_of_the_real_pyproject():
    commands = build.project_commands(ROOT / "pyproject.toml")
    assert next(iter(commands)) == "afterglow"
    assert commands["journal-app"] == "journal_app.cli:main"


def test_without_a_gui_script_the_window_runs_the_command_line(tmp_path):
    path = pyproject(tmp_path, '[project.scripts]\njournal-app = "journal_app.cli:main"\n')
    assert build.project_commands(path) == {
        "afterglow": "journal_app.cli:main",
        "journal-app": "journal_app.cli:main",
    }


@pytest.mark.parametrize(
    "scripts",
    [
        '[project.scripts]\nother = "a:b"\n',  # no journal-app
        '[project.scripts]\njournal-app = "os:system; import shutil"\n',  # not module:function
        '[project.gui-scripts]\nafterglow = "a b:c"\n[project.scripts]\njournal-app = "a:b"\n',
    ],
)
def test_a_pyproject_without_a_plain_journal_app_script_is_refused(tmp_path, scripts):
    with pytest.raises(build.BuildError):
        build.project_commands(pyproject(tmp_path, scripts))


def test_the_entry_runs_the_program_named_by_argv0_and_the_window_for_any_other_name(
    monkeypatch,
):
    calls: list[str] = []

    def window() -> int:
        calls.append("window")
        return 0

    def cli() -> int:
        calls.append("cli")
        return 4

    fake = ModuleType("fake_afterglow_entry")
    fake.window = window  # type: ignore[attr-defined]
    fake.cli = cli  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_afterglow_entry", fake)
    source = build.entry_source(
        {"afterglow": "fake_afterglow_entry:window", "journal-app": "fake_afterglow_entry:cli"}
    )
    namespace: dict[str, object] = {"__name__": "entry"}
    exec(compile(source, "afterglow_entry.py", "exec"), namespace)
    run = namespace["run"]
    assert callable(run)
    assert run("journal-app") == 4
    assert run("afterglow") == 0
    assert run("AppRun") == 0  # renamed or linked under another name: the window
    assert calls == ["cli", "window", "window"]


def test_programs_the_bundle_starts_get_the_users_own_library_path_and_no_qt_paths():
    namespace: dict[str, object] = {"__name__": "entry"}
    exec(compile(build.entry_source({"afterglow": "a:b"}), "entry.py", "exec"), namespace)
    leave = namespace["leave_bundle_environment"]
    assert callable(leave)
    bundled = {"LD_LIBRARY_PATH": "/b/_internal", "QT_PLUGIN_PATH": "/b/p", "QML2_IMPORT_PATH": "q"}
    env = {**bundled, "LD_LIBRARY_PATH_ORIG": "/opt/mine", "HOME": "/home/me"}
    leave(env)
    assert env == {"LD_LIBRARY_PATH": "/opt/mine", "HOME": "/home/me"}
    env = {**bundled, "HOME": "/home/me"}
    leave(env)
    assert env == {"HOME": "/home/me"}


def test_the_bundle_is_named_for_its_version_and_machine_and_refuses_odd_versions():
    assert build.bundle_name("0.1.0", "x86_64") == "afterglow-0.1.0-linux-x86_64"
    for odd in ("../0.1", "1 0", "", "1/2"):
        with pytest.raises(build.BuildError):
            build.bundle_name(odd, "x86_64")


def test_the_version_is_read_from_the_package(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text('"""x"""\n\n__version__ = "2.3.4"\n', encoding="utf-8")
    assert build.project_version(init) == "2.3.4"
    init.write_text("version = 1\n", encoding="utf-8")
    with pytest.raises(build.BuildError):
        build.project_version(init)


def test_the_tarball_keeps_links_and_modes_owns_nothing_and_is_the_same_every_time(tmp_path):
    folder = tmp_path / "afterglow-1.0-linux-x86_64"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "afterglow"
    program.write_bytes(b"\x7fELF program")
    program.chmod(0o755)
    (folder / "journal-app").symlink_to("afterglow")
    (folder / "_internal" / "data.toml").write_text("a = 1\n")
    first = build.write_tarball(folder, tmp_path / "one" / "bundle.tar.gz")
    second = build.write_tarball(folder, tmp_path / "two" / "bundle.tar.gz")
    assert first.read_bytes() == second.read_bytes()
    assert not list(first.parent.glob("*.part"))
    with tarfile.open(first) as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert list(members) == sorted(members)
    assert members["afterglow-1.0-linux-x86_64/journal-app"].linkname == "afterglow"
    assert members["afterglow-1.0-linux-x86_64/afterglow"].mode & 0o111
    assert {(m.uid, m.gid, m.uname) for m in members.values()} == {(0, 0, "")}


def test_a_full_disk_or_a_file_in_the_way_fails_plainly_and_leaves_no_partial_tarball(
    tmp_path,
):
    folder = tmp_path / "afterglow-1.0-linux-x86_64"
    folder.mkdir()
    (folder / "afterglow").write_bytes(os.urandom(2**20))  # 1 MiB that will not compress
    (tmp_path / "a-file").write_text("")
    with pytest.raises(build.BuildError, match="Could not write"):
        build.write_tarball(folder, tmp_path / "a-file" / "bundle.tar.gz")
    with small_disk(tmp_path / "disk", 256) as disk:
        with pytest.raises(build.BuildError, match="Could not write"):
            build.write_tarball(folder, disk / "bundle.tar.gz")
        assert list(disk.iterdir()) == []


def test_the_display_check_libraries_are_kept_as_the_check_loads_them_by_name():
    kept = build.display_libraries()
    assert {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libdbus-1.so.3"} <= kept
    assert all(name.startswith("lib") and ".so" in name for name in kept)


def test_a_python_without_its_shared_library_is_refused_with_what_to_do(monkeypatch):
    monkeypatch.setattr(build.sysconfig, "get_config_var", lambda name: 0)
    with pytest.raises(build.BuildError, match="--enable-shared"):
        build.check_python()


def test_a_failing_step_is_named(tmp_path):
    with pytest.raises(build.BuildError, match="Could not do the thing"):
        build.run([sys.executable, "-c", "raise SystemExit(3)"], "do the thing")
    with pytest.raises(build.BuildError, match="Could not start it"):
        build.run([tmp_path / "missing"], "start it")


# --- pruning -------------------------------------------------------------------------


def elf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(prune.ELF_MAGIC + b" fake")
    return path


@pytest.fixture
def frozen(tmp_path, monkeypatch) -> Path:
    """A frozen folder whose libraries name each other as below (no readelf needed)."""
    top = tmp_path / "afterglow"
    internal = top / "_internal"
    plugins = internal / prune.QT_PLUGINS
    graph = {
        "afterglow": [],  # the bootloader links to nothing bundled
        "libpython3.11.so.1.0": ["libz.so.1"],  # loaded by the bootloader, not linked
        "QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "libqxcb.so": ["libxcb-icccm.so.4"],
        "libqgtk3.so": ["libpango-1.0.so.0", "libglib-2.0.so.0"],
        "libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
        "libdbus-1.so.3": [],
    }
    elf(top / "afterglow")
    for name in ("libpython3.11.so.1.0", "QtGui.abi3.so", "libglib-2.0.so.0", "libz.so.1"):
        elf(internal / name)
    for name in ("libpango-1.0.so.0", "libxcb-icccm.so.4", "libdbus-1.so.3", "libunused.so.2"):
        elf(internal / name)
    elf(internal / "PySide6" / "Qt" / "lib" / "libQt6Gui.so.6")
    elf(internal / "PySide6" / "Qt" / "lib" / "libQt6EglFSDeviceIntegration.so.6")
    (internal / "libQt6Gui.so.6").symlink_to(Path("PySide6/Qt/lib/libQt6Gui.so.6"))
    (internal / "libQt6EglFSDeviceIntegration.so.6").symlink_to(
        Path("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6")
    )
    for name in ("platforms/libqxcb.so", "platformthemes/libqgtk3.so", "platforms/libqeglfs.so"):
        elf(plugins / name)
    elf(plugins / "generic" / "libqevdevmouseplugin.so")
    monkeypatch.setattr(prune, "needed", lambda path: graph.get(path.name, []))
    return top


def names(top: Path) -> set[str]:
    return {path.name for path in top.rglob("*")}


def test_pruning_drops_embedded_plugins_and_what_only_they_needed(frozen):
    removed = prune.prune(frozen, keep={"libdbus-1.so.3", "libabsent.so.9"})
    left = names(frozen)
    assert {"libqgtk3.so", "libqeglfs.so", "generic", "libpango-1.0.so.0"}.isdisjoint(left)
    assert {"libQt6EglFSDeviceIntegration.so.6", "libunused.so.2"}.isdisjoint(left)
    assert not [p for p in frozen.rglob("*") if p.is_symlink() and not p.exists()]
    assert {
        "afterglow",
        "libpython3.11.so.1.0",
        "libz.so.1",  # needed by libpython
        "libQt6Gui.so.6",  # through the link, for the QtGui extension
        "libglib-2.0.so.0",  # needed by Qt too, not only by the GTK theme
        "libqxcb.so",
        "libxcb-icccm.so.4",
        "libdbus-1.so.3",  # kept by name: loaded with dlopen
    } <= left
    assert len(removed) == len(set(removed))


def test_a_bundle_without_the_plugins_to_prune_is_left_as_it_is(tmp_path, monkeypatch):
    monkeypatch.setattr(prune, "needed", lambda path: [])
    elf(tmp_path / "afterglow")
    elf(tmp_path / "_internal" / "libpython3.11.so.1.0")
    assert prune.plugins_to_prune(tmp_path / "_internal") == []
    assert prune.prune(tmp_path) == []


def test_readelf_names_the_c_library_of_a_real_program():
    libpython = Path(sys.executable).resolve()
    assert "libc.so.6" in prune.needed(libpython)


def test_without_readelf_nothing_is_removed_and_the_build_says_why(frozen, monkeypatch):
    monkeypatch.undo()  # the real needed(), with no readelf on PATH
    monkeypatch.setenv("PATH", str(frozen / "nowhere"))
    before = names(frozen)
    with pytest.raises(prune.PruneError, match="Could not read the libraries"):
        prune.unused_libraries(frozen)
    with pytest.raises(build.BuildError, match="Could not read the libraries"):
        build.slim(frozen)
    assert names(frozen) - before == set()
    assert "libunused.so.2" in names(frozen)


def test_ci_builds_the_bundle_and_smoke_tests_it_before_the_readme_test_command():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    build_at = lines.index("python3 tools/build_bundle.py")
    smoke_at = next(i for i, line in enumerate(lines) if "tools/smoke_bundle.py" in line)
    readme_at = next(
        i for i, line in enumerate(lines) if line.endswith(".venv/bin/python -m pytest")
    )
    assert build_at < smoke_at < readme_at == len(lines) - 1
