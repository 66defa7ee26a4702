"""Entries from a folder of Markdown files (Obsidian, iA Writer, an earlier Afterglow export).

Every ``*.md`` file below the folder becomes one entry. Its day comes from a front-matter
``date:`` line, else a ``YYYY-MM-DD`` in the file name, else the file's last-changed date
(the report says so). Its title comes from ``title:`` or a first ``# `` heading, its tags
from ``tags: [a, b]``, ``tags: a, b`` or a ``- a`` list; the front matter is YAML, read
safely (``front_matter.py``), and one that can't be read stays at the top of the text,
with a note saying why. A missing folder, or one with
more than 100,000 Markdown files, stops the import. Only regular files are read, and a
link only when it leads to a file inside the folder; a file that is anything else, larger
than 4 MiB, empty, not UTF-8 or has a date that isn't real is skipped with its reason, as
is every file past 256 MiB read in all.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from journal_app.backup.exports import JOURNEYS_FILE, MARKER
from journal_app.backup.front_matter import FrontMatter, split_front_matter
from journal_app.backup.import_common import (
    ENTRY_ERRORS,
    MIB,
    ImportResult,
    Unreadable,
    date_problem,
    existing_path,
    iso_day,
    open_regular,
    read_capped,
    size_text,
)
from journal_app.domain.errors import ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message

_NAME_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_MARKDOWN_FILE = 4 * MIB  # an entry holds 1,000,000 characters: 4 MB of UTF-8 at most
MAX_MARKDOWN_TOTAL = 256 * MIB  # read in all from one folder
MAX_MARKDOWN_FILES = 100_000


@dataclass(frozen=True, slots=True)
class _Found:
    """A ``*.md`` name below the folder: where it is (relative, with /), its path, its lstat."""

    where: str
    path: str
    seen: os.stat_result


def _heading(body: str) -> tuple[str, str]:
    stripped = body.strip()
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest
    return "", stripped


def _day(mtime: float, meta: FrontMatter, result: ImportResult, where: str) -> date | None:
    written = meta.text("date")
    if written is not None:
        day = iso_day(written)
        if day is None:
            result.skip(where, date_problem(written))
        return day
    named = _NAME_DAY.search(where.rsplit("/", 1)[-1])
    if named:
        day = iso_day(named[0])
        if day is None:
            result.skip(where, f"the date {named[0]} in its name isn't a real date")
        return day
    day = date.fromtimestamp(mtime)
    result.note(where, f"it has no date, so the day it was last changed ({day}) was used")
    return day


def _mood(value: str | None, result: ImportResult, where: str) -> int | None:
    if not value:
        return None
    if value.isdigit() and 1 <= int(value) <= 10:
        return int(value)
    result.note(where, f"its mood {value!r} isn't a number from 1 to 10, so it was left out")
    return None


class _Reader:
    """Reads the files found below one folder, each at most once, within the caps."""

    def __init__(self, root: str, result: ImportResult) -> None:
        self._root = root
        self._result = result
        self._left = MAX_MARKDOWN_TOTAL
        self._read: dict[tuple[int, int], str] = {}  # (device, inode) -> where it was read

    def _open(self, found: _Found) -> tuple[BinaryIO, os.stat_result]:
        """Open a regular file inside the folder; a link only when it stays inside."""
        path, seen = found.path, found.seen
        if stat.S_ISLNK(seen.st_mode):
            target = os.path.realpath(path)
            try:
                inside = os.path.commonpath([self._root, target]) == self._root
            except ValueError:  # another drive
                inside = False
            if not inside:
                raise Unreadable(path, OUTSIDE)
            try:
                seen = Path(target).stat()
            except OSError:
                raise Unreadable(
                    path, QT_TRANSLATE_NOOP("messages", "is a link that leads nowhere")
                ) from None
            path = target
        return open_regular(path, seen, follow=False)

    def read(self, found: _Found) -> None:
        where, result = found.where, self._result
        try:
            handle, info = self._open(found)
            with handle:
                earlier = self._read.get((info.st_dev, info.st_ino))
                if earlier is not None:
                    result.skip(where, f"it is the same file as {earlier}, read already")
                    return
                if info.st_size > MAX_MARKDOWN_FILE:
                    result.skip(where, TOO_LARGE)
                    return
                if min(info.st_size, MAX_MARKDOWN_FILE) > self._left:
                    result.skip(where, TOO_MUCH)
                    return
                raw = read_capped(handle, info, found.path, min(MAX_MARKDOWN_FILE, self._left))
        except Unreadable as error:
            result.skip(where, error.reason)
            return
        self._read[(info.st_dev, info.st_ino)] = where
        self._left -= len(raw)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            result.skip(where, "it isn't UTF-8 text; save it as UTF-8 and import it again")
            return
        try:
            _read_text(text, info.st_mtime, where, result)
        except ENTRY_ERRORS as error:  # one odd file never stops the others
            result.skip_unreadable(where, error)


OUTSIDE = QT_TRANSLATE_NOOP(
    "messages", "is a link to something outside the folder, and those are never followed"
)
KEPT = "at the top of the entry (its title, tags and date weren't read from it)"
JOURNEYS_LEFT = "journeys are not imported from Markdown; import the JSON export"
TOO_LARGE = (
    f"it is larger than {size_text(MAX_MARKDOWN_FILE)}, more than an entry holds "
    "(1,000,000 characters); split it in two"
)
TOO_MUCH = (
    f"the import had read {size_text(MAX_MARKDOWN_TOTAL)} already, as much as one import "
    "takes; import the rest of the folder separately"
)


def _read_text(text: str, mtime: float, where: str, result: ImportResult) -> None:
    text = text.replace("\r\n", "\n")
    if not text.strip():
        result.skip(where, "it is empty")
        return
    meta = split_front_matter(text)
    if meta.problem:
        result.note(where, f"its front matter {meta.problem}, so it was kept as text {KEPT}")
    day = _day(mtime, meta, result, where)
    if day is None:
        return
    body = meta.body
    title = meta.text("title")
    if title is None:
        title, body = _heading(body)
    tags, odd_tags = meta.words("tags")
    if odd_tags:
        result.note(where, "some of its tags weren't words, so those were left out")
    result.add(
        where,
        body=body,
        day=day,
        title=title,
        tags=tags,
        private=(meta.text("private") or "").lower() in ("true", "yes"),
        mood=_mood(meta.text("mood"), result, where),
    )


def _markdown_files(root: str, result: ImportResult) -> list[_Found]:
    """Every ``*.md`` name below ``root``, links included, in path order.

    Links to folders are listed as skipped: the walk never follows them.
    """
    found: list[_Found] = []

    def relative(path: str) -> str:
        return os.path.relpath(path, root).replace(os.sep, "/")

    def unreadable_folder(error: OSError) -> None:
        where = relative(str(error.filename)) if error.filename else "."
        result.skip(where, f"the folder couldn't be read ({error.strerror})")

    for folder, folders, names in os.walk(root, onerror=unreadable_folder):
        for name in folders:
            full = f"{folder}{os.sep}{name}"
            if not name.startswith(".") and Path(full).is_symlink():
                result.skip(relative(full), "it is a link to a folder, which isn't followed")
        for name in names:
            if not name.lower().endswith(".md"):
                continue
            full = f"{folder}{os.sep}{name}"  # os-level paths: 10,000 files fast
            try:
                seen = os.lstat(full)
            except OSError as error:
                result.skip(relative(full), f"it couldn't be read ({error.strerror})")
                continue
            found.append(_Found(relative(full), full, seen))
            if len(found) > MAX_MARKDOWN_FILES:
                raise ValidationError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{root} holds more than {max_markdown_files:,} Markdown files, more "
                            "than one "
                            "import takes. Nothing was imported; import its folders one by one.",
                        ),
                        root=root,
                        max_markdown_files=MAX_MARKDOWN_FILES,
                    )
                )
    return sorted(found, key=lambda f: f.where)


def parse_markdown(folder: Path | str) -> ImportResult:
    """Read every ``*.md`` file below ``folder`` into entries, in path order."""
    root = os.path.realpath(existing_path(Path(folder), folder=True))
    ours = (Path(root) / MARKER).is_file()
    result = ImportResult()
    reader = _Reader(root, result)
    for found in _markdown_files(root, result):
        if any(part.startswith(".") for part in found.where.split("/")):
            result.skip(found.where, "it is hidden (its name or folder starts with a dot)")
        elif ours and found.where == JOURNEYS_FILE:
            result.skip(found.where, JOURNEYS_LEFT)
        else:
            reader.read(found)
    return result
