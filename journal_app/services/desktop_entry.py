"""Afterglow's name on the desktop: its id, its launcher entry and its AppStream releases.

The files themselves live in ``resources/desktop/`` and ``resources/icons/``; this module
holds what must agree with them (the id, the icon sizes, the window's class) and turns
them into what ``journal-app desktop install`` writes. See docs/desktop.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import quoteattr

from journal_app.services.autostart import exec_argument

# Reverse DNS of the project's home (github.com/afterglow-journal), as Flathub spells it:
# the hyphen becomes an underscore. An id is forever: it names the files people install.
APP_ID = "io.github.afterglow_journal.Afterglow"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
# Qt names the window's X11 class after QApplication.applicationName; StartupWMClass says
# the same, so a dock puts the open window under the launcher's icon.
WINDOW_CLASS = "Afterglow"
REPOSITORY = "https://github.com/afterglow-journal/afterglow"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
RELEASE_LIMIT = 1000  # releases read from a changelog, at most

_HEADING = re.compile(r"^##\s+(?P<title>.*?)\s*$", re.MULTILINE)
# "## 0.2.0 — 2026-05-01", "## [0.2.0] - 2026-05-01" or "## 0.2.0 (2026-05-01)"
_RELEASE = re.compile(
    r"^\[?v?(?P<version>\d+(?:\.\d+)*(?:[-+.][0-9A-Za-z.]+)?)\]?"
    r"(?:\s*(?:[-–—]\s*|\(\s*)(?P<date>\d{4}-\d{2}-\d{2})\)?)?$"
)
_LOOKS_LIKE_VERSION = re.compile(r"^\[?v?\d")
_RELEASES_BLOCK = re.compile(r"<releases\s*/>|<releases>.*?</releases>", re.DOTALL)
_LINE_BREAKS = "\n\r"


@dataclass(frozen=True)
class Release:
    """One released version, as CHANGELOG.md names it."""

    version: str
    day: date


def icon_name(size: int) -> str:
    """Where the PNG of ``size`` pixels sits under an ``icons/hicolor`` folder."""
    return f"{size}x{size}/apps/{APP_ID}.png"


def changelog_releases(text: str) -> list[Release]:
    """Every released version in a changelog, in its order (newest first).

    A heading that does not start with a version ("## Unreleased") is not a release.

    Raises:
        ValueError: a version has no date or an impossible one, a version comes twice,
            or the dates are not newest first.
    """
    releases: list[Release] = []
    for match in _HEADING.finditer(text):
        title = match["title"]
        found = _RELEASE.match(title)
        if found is None:
            if _LOOKS_LIKE_VERSION.match(title):
                raise ValueError(
                    f"The changelog heading “## {title}” is not like “## 1.2.3 — 2026-05-01”."
                )
            continue
        if found["date"] is None:
            raise ValueError(
                f"The changelog heading “## {title}” needs the release's date, like "
                f"“## {found['version']} — 2026-05-01”."
            )
        try:
            day = date.fromisoformat(found["date"])
        except ValueError:
            raise ValueError(f"The changelog heading “## {title}” has no such date.") from None
        releases.append(Release(found["version"], day))
        if len(releases) > RELEASE_LIMIT:
            raise ValueError(f"The changelog names more than {RELEASE_LIMIT} releases.")
    _check_order(releases)
    return releases


def _check_order(releases: Sequence[Release]) -> None:
    seen: set[str] = set()
    for release in releases:
        if release.version in seen:
            raise ValueError(f"The changelog names version {release.version} more than once.")
        seen.add(release.version)
    for newer, older in pairwise(releases):
        if newer.day < older.day:
            raise ValueError(
                f"The changelog lists {newer.version} ({newer.day}) above {older.version} "
                f"({older.day}); releases go newest first."
            )


def releases_xml(releases: Iterable[Release], indent: str = "  ") -> str:
    """The ``<releases>`` element for AppStream metainfo."""
    lines = [
        f'{indent * 2}<release version={quoteattr(r.version)} date="{r.day.isoformat()}"/>'
        for r in releases
    ]
    if not lines:
        return "<releases/>"
    return "<releases>\n" + "\n".join(lines) + f"\n{indent}</releases>"


def with_releases(metainfo: str, releases: Iterable[Release]) -> str:
    """``metainfo`` with its ``<releases>`` element replaced by ``releases``.

    Raises:
        ValueError: the metainfo has no ``<releases>`` element, or more than one.
    """
    blocks = _RELEASES_BLOCK.findall(metainfo)
    if len(blocks) != 1:
        raise ValueError("The metainfo needs exactly one <releases> element to fill in.")
    block = releases_xml(releases)
    return _RELEASES_BLOCK.sub(lambda _: block, metainfo)


def _string_value(text: str) -> str:
    """A Desktop Entry string value: backslashes escaped, no line breaks allowed."""
    if any(c in _LINE_BREAKS for c in text):
        raise ValueError("a line break can't be in a launcher's path")
    return text.replace("\\", "\\\\")


def launcher_entry(template: str, command: Sequence[str], try_exec: Path | None = None) -> str:
    """The shipped ``.desktop`` text, starting ``command`` (absolute paths, quoted per spec).

    ``TryExec`` names ``try_exec``, so the entry hides itself if that program is removed;
    without it, the line is left out.

    Raises:
        ValueError: the template has no Exec line, or a path holds a line break.
    """
    if any(c in _LINE_BREAKS for part in command for c in part):
        raise ValueError("a line break can't be in a launcher's command")
    exec_line = "Exec=" + " ".join(exec_argument(part) for part in command)
    lines = template.splitlines()
    if not any(line.startswith("Exec=") for line in lines):
        raise ValueError("The launcher template has no Exec= line.")
    out: list[str] = []
    for line in lines:
        if line.startswith("Exec="):
            out.append(exec_line)
        elif line.startswith("TryExec="):
            if try_exec is not None:
                out.append("TryExec=" + _string_value(str(try_exec)))
        else:
            out.append(line)
    return "\n".join(out) + "\n"
