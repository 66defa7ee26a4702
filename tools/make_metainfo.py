"""Fill the AppStream metainfo's <releases> from CHANGELOG.md's version headings.

    python tools/make_metainfo.py           # rewrite resources/desktop/*.metainfo.xml
    python tools/make_metainfo.py --check   # non-zero if it is out of date

A release is a heading like ``## 0.2.0 — 2026-05-01`` (``## Unreleased`` is not one).
A test runs the same comparison, so the two cannot drift. See docs/desktop.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from journal_app.services.desktop_entry import (  # noqa: E402
    METAINFO_FILE,
    changelog_releases,
    with_releases,
)

CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "resources" / "desktop" / METAINFO_FILE


def wanted(changelog: Path = CHANGELOG, metainfo: Path = METAINFO) -> str:
    """The metainfo's text with the changelog's releases."""
    releases = changelog_releases(changelog.read_text(encoding="utf-8"))
    return with_releases(metainfo.read_text(encoding="utf-8"), releases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    try:
        text = wanted()
    except ValueError as error:
        print(f"make_metainfo: {error}", file=sys.stderr)
        return 1
    if text == METAINFO.read_text(encoding="utf-8"):
        return 0
    if args.check:
        print(f"{METAINFO.relative_to(ROOT)} is out of date: run tools/make_metainfo.py")
        return 1
    METAINFO.write_text(text, encoding="utf-8")
    print(f"wrote {METAINFO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
