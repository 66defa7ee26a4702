"""The launcher entry, the AppStream metainfo and the icons: valid, and in step with the code."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QTransform

from journal_app.services.desktop_entry import (
    APP_ID,
    DESKTOP_FILE,
    ICON_SIZES,
    METAINFO_FILE,
    REPOSITORY,
    WINDOW_CLASS,
    Release,
    changelog_releases,
    icon_name,
    launcher_entry,
    releases_xml,
    with_releases,
)
from journal_app.texts import resource_root

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop" / DESKTOP_FILE
METAINFO = ROOT / "resources" / "desktop" / METAINFO_FILE
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RAW = REPOSITORY.replace("https://github.com/", "https://raw.githubusercontent.com/") + "/main/"

sys.path.insert(0, str(ROOT / "tools"))
import make_icons  # noqa: E402 - tools/ is not a package
import make_metainfo  # noqa: E402


def needs(program: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(program) is None, reason=f"{program} is not installed")


def validate_desktop(path: Path) -> str:
    """desktop-file-validate's complaints (hints aside); empty when the file is valid."""
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    return done.stdout + done.stderr if done.returncode else ""


def validate_metainfo(path: Path) -> str:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    return "" if done.returncode == 0 else done.stdout + done.stderr


def entry(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# The shipped files


@needs("desktop-file-validate")
def test_the_launcher_entry_is_valid():
    assert validate_desktop(DESKTOP) == ""


@needs("appstreamcli")
def test_the_metainfo_is_valid():
    assert validate_metainfo(METAINFO) == ""


def test_the_launcher_starts_afterglow_with_our_icon_and_window_class():
    keys = entry(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Exec"] == "afterglow" and keys["TryExec"] == "afterglow"
    assert keys["Icon"] == APP_ID
    assert keys["StartupWMClass"] == WINDOW_CLASS
    assert keys["Terminal"] == "false"
    assert keys["Categories"].endswith(";") and keys["Keywords"].endswith(";")
    assert "journal" in keys["Keywords"].split(";")


def test_no_file_names_a_journal_or_a_home():
    for path in (DESKTOP, METAINFO):
        text = path.read_text(encoding="utf-8")
        assert "--data-dir" not in text and "/home/" not in text and "~" not in text


def test_the_metainfo_names_this_app_its_launcher_and_both_commands():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    binaries = {b.text for b in root.iter("binary")}
    commands = set(PYPROJECT["project"]["scripts"]) | set(PYPROJECT["project"]["gui-scripts"])
    assert binaries == commands == {"afterglow", "journal-app"}
    assert len(root.find("description").findall("p")) >= 2
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findtext("url[@type='homepage']") == REPOSITORY


def test_every_screenshot_is_a_file_in_the_repository():
    images = [image.text or "" for image in metainfo().iter("image")]
    assert images
    for url in images:
        assert url.startswith(RAW), url
        assert (ROOT / url.removeprefix(RAW)).is_file(), url


def test_the_releases_follow_the_changelog():
    assert make_metainfo.wanted() == METAINFO.read_text(encoding="utf-8")


def test_the_tool_rewrites_releases_from_a_changelog(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## Unreleased\n\n## 0.2.0 — 2026-05-01\n\n- more\n")
    text = make_metainfo.wanted(changelog, METAINFO)
    assert '<release version="0.2.0" date="2026-05-01"/>' in text
    assert make_metainfo.main(["--check"]) == 0


def test_every_png_is_the_svg_drawn_at_its_size(qapp):
    assert make_icons.stale() == []


def test_a_changed_or_missing_png_is_found(qapp, tmp_path):
    make_icons.write(tmp_path)
    (tmp_path / icon_name(16)).unlink()
    other = make_icons.render(make_icons.SVG, 32).transformed(QTransform().rotate(180))
    other.save(str(tmp_path / icon_name(32)))
    assert make_icons.stale(tmp_path) == [icon_name(16), icon_name(32)]


def test_the_installed_package_holds_the_desktop_files():
    resources = resource_root()
    assert resources.joinpath("desktop", DESKTOP_FILE).is_file()
    assert resources.joinpath("desktop", METAINFO_FILE).is_file()
    for size in ICON_SIZES:
        assert resources.joinpath("icons", "hicolor", *icon_name(size).split("/")).is_file()
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert all(f'"*.{kind}"' in setup for kind in ("desktop", "png", "svg", "xml"))


@pytest.mark.parametrize("script", ["afterglow", "journal-app"])
def test_both_commands_open_the_window_when_given_nothing(script, monkeypatch):
    scripts = PYPROJECT["project"]["scripts"] | PYPROJECT["project"]["gui-scripts"]
    module, function = scripts[script].split(":")
    main = getattr(importlib.import_module(module), function)
    opened = []
    monkeypatch.setattr("journal_app.cli._open_window", lambda ctx: opened.append(ctx) or 0)
    assert main([], env={}) == 0
    assert len(opened) == 1


def test_afterglow_is_a_gui_script_so_windows_opens_no_console():
    assert "afterglow" in PYPROJECT["project"]["gui-scripts"]
    assert "afterglow" not in PYPROJECT["project"]["scripts"]


# Releases from a changelog

CHANGELOG = """# Changelog

## Unreleased
### Added
- something

## 0.3.0 — 2026-07-01
## [0.2.1] - 2026-06-01
## 0.2.0 (2026-05-01)
## v0.1.0 – 2026-01-02
### Fixed
"""


def test_versions_and_dates_are_read_from_the_headings():
    assert changelog_releases(CHANGELOG) == [
        Release("0.3.0", date(2026, 7, 1)),
        Release("0.2.1", date(2026, 6, 1)),
        Release("0.2.0", date(2026, 5, 1)),
        Release("0.1.0", date(2026, 1, 2)),
    ]


def test_a_changelog_with_nothing_released_has_no_releases():
    assert changelog_releases("# Changelog\n\n## Unreleased\n- a\n") == []
    assert changelog_releases("") == []


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("## 0.2.0", "needs the release's date"),
        ("## 0.2.0 — 2026-02-30", "no such date"),
        ("## 0.2.0 released in spring", "is not like"),
        ("## 0.1.0 — 2026-01-01\n## 0.1.0 — 2025-01-01", "more than once"),
        ("## 0.1.0 — 2025-01-01\n## 0.2.0 — 2026-01-01", "newest first"),
    ],
)
def test_a_heading_that_cannot_be_a_release_is_refused_plainly(heading, words):
    with pytest.raises(ValueError, match=words):
        changelog_releases(f"# Changelog\n\n{heading}\n")


def test_a_huge_changelog_is_refused_not_swallowed():
    text = "".join(f"## 0.{n}.0 — 2026-01-01\n" for n in range(2000))
    with pytest.raises(ValueError, match="more than 1000"):
        changelog_releases(text)


def test_releases_replace_the_block_whatever_it_held():
    releases = [Release("1.0.0", date(2026, 9, 1))]
    text = with_releases("<c>\n  <releases/>\n</c>\n", releases)
    assert text == (
        '<c>\n  <releases>\n    <release version="1.0.0" date="2026-09-01"/>\n  </releases>\n</c>\n'
    )
    assert with_releases(text, []) == "<c>\n  <releases/>\n</c>\n"
    assert releases_xml([Release('1"<', date(2026, 1, 1))]).count("&lt;") == 1


@pytest.mark.parametrize("text", ["<c/>", "<c><releases/><releases/></c>"])
def test_metainfo_without_one_releases_block_is_refused(text):
    with pytest.raises(ValueError, match="exactly one"):
        with_releases(text, [])


@needs("appstreamcli")
def test_generated_releases_pass_the_validator(tmp_path):
    path = tmp_path / METAINFO_FILE
    path.write_text(
        with_releases(METAINFO.read_text(encoding="utf-8"), changelog_releases(CHANGELOG)),
        encoding="utf-8",
    )
    assert validate_metainfo(path) == ""


# The installed launcher's command

TEMPLATE = DESKTOP.read_text(encoding="utf-8") if DESKTOP.exists() else ""


def test_a_plain_path_is_written_as_it_is():
    keys = entry(launcher_entry(TEMPLATE, ["/opt/afterglow/bin/afterglow"], Path("/opt/a")))
    assert keys["Exec"] == "/opt/afterglow/bin/afterglow"
    assert keys["TryExec"] == "/opt/a"


def test_a_path_with_spaces_and_quotes_is_quoted_as_the_spec_says():
    path = '/home/ann/my "apps" $5 100%/bin/afterglow'
    keys = entry(launcher_entry(TEMPLATE, [path]))
    assert keys["Exec"] == r'"/home/ann/my \\"apps\\" \\$5 100%%/bin/afterglow"'
    assert "TryExec" not in keys  # without a program to look for, the line is left out


@needs("desktop-file-validate")
def test_a_quoted_launcher_is_still_valid(tmp_path):
    path = tmp_path / DESKTOP_FILE
    command = ["/home/a b/.venv/bin/python", "-m", "journal_app"]
    path.write_text(launcher_entry(TEMPLATE, command, Path("/home/a b/x")), encoding="utf-8")
    assert validate_desktop(path) == ""


@pytest.mark.parametrize("bad", ["/a\nExec=rm -rf ~", "/a\rb"])
def test_a_line_break_in_a_path_is_refused(bad):
    with pytest.raises(ValueError, match="line break"):
        launcher_entry(TEMPLATE, [bad])
    with pytest.raises(ValueError, match="line break"):
        launcher_entry(TEMPLATE, ["/a"], Path(bad))


def test_a_template_without_exec_is_refused():
    with pytest.raises(ValueError, match="no Exec"):
        launcher_entry("[Desktop Entry]\nName=x\n", ["/a"])


def test_the_id_is_one_name_everywhere():
    assert re.fullmatch(r"[a-z]+(\.[a-z_]+)+\.[A-Za-z]+", APP_ID)
    assert DESKTOP.name == f"{APP_ID}.desktop" and METAINFO.name == f"{APP_ID}.metainfo.xml"


def test_ci_runs_both_validators_before_the_tests():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    desktop = lines.index("desktop-file-validate resources/desktop/*.desktop")
    appstream = lines.index("appstreamcli validate --no-net resources/desktop/*.metainfo.xml")
    tests = next(i for i, line in enumerate(lines) if line.endswith(".venv/bin/python -m pytest"))
    assert desktop < tests and appstream < tests
    assert [p.name for p in DESKTOP.parent.glob("*.desktop")] == [DESKTOP.name]
    assert [p.name for p in DESKTOP.parent.glob("*.metainfo.xml")] == [METAINFO.name]
