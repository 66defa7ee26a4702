"""Entries from a folder of Markdown files (Obsidian, iA Writer, an earlier Afterglow export).

Every ``*.md`` file below the folder becomes one entry. Its day comes from a front-matter
``date:`` line, else a ``YYYY-MM-DD`` in the file name, else the file's last-changed date
(the report says so). Its title comes from ``title:`` or a first ``# `` heading, its tags
from ``tags: [a, b]``, ``tags: a, b`` or a ``- a`` list. A missing folder stops the import;
a file that is empty, not UTF-8 or has a date that isn't real is skipped with its reason.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

from journal_app.backup.exports import JOURNEYS_FILE, MARKER
from journal_app.backup.import_common import (
    MAX_FILE,
    ImportResult,
    date_problem,
    existing_path,
    iso_day,
)

FrontMatter = dict[str, str | list[str]]
_NAME_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_ITEM = re.compile(r"\s*-\s+(.*)")
_FENCES = ("---", "...")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            text = json.loads(value)
        except ValueError:
            return value[1:-1]
        return text if isinstance(text, str) else value
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _tags(value: str | list[str]) -> list[str]:
    if isinstance(value, list):
        return [_unquote(v) for v in value]
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return [_unquote(v) for v in value.split(",") if v.strip()]


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Read a ``---`` front-matter block of ``key: value`` lines; return it and the rest."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in _FENCES:
            break
    else:
        return {}, text  # no closing line: it was a horizontal rule, not front matter
    meta: FrontMatter = {}
    items: list[str] | None = None  # the list a "key:" line with no value has opened
    for line in lines[1:end]:
        item = _ITEM.match(line)
        if item and items is not None:
            items.append(item[1].strip())
            continue
        pair = _KEY.match(line)
        if pair:
            value = pair[2].strip()
            items = None if value else []
            meta[pair[1].lower()] = value if items is None else items
    return meta, "\n".join(lines[end + 1 :])


def _heading(body: str) -> tuple[str, str]:
    stripped = body.strip()
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest
    return "", stripped


def _text(meta: FrontMatter, key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    return _unquote(value) if isinstance(value, str) else ""


def _day(path: str, meta: FrontMatter, result: ImportResult, where: str) -> date | None:
    written = _text(meta, "date")
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
    day = date.fromtimestamp(Path(path).stat().st_mtime)
    result.note(where, f"it has no date, so the day it was last changed ({day}) was used")
    return day


def _mood(value: str | None, result: ImportResult, where: str) -> int | None:
    if not value:
        return None
    if value.isdigit() and 1 <= int(value) <= 10:
        return int(value)
    result.note(where, f"its mood {value!r} isn't a number from 1 to 10, so it was left out")
    return None


def _load(path: str) -> bytes | None:
    """The file's bytes, or None if it is too large to be an entry."""
    with open(path, "rb") as file:  # noqa: PTH123  (os-level paths: 10,000 files fast)
        if os.fstat(file.fileno()).st_size > MAX_FILE:
            return None
        return file.read()


def _read(path: str, where: str, result: ImportResult) -> None:
    try:
        raw = _load(path)
        if raw is None:
            result.skip(where, "it is too large to be a journal entry")
            return
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.skip(where, "it isn't UTF-8 text; save it as UTF-8 and import it again")
        return
    except OSError as error:
        result.skip(where, f"it couldn't be read ({error.strerror})")
        return
    text = text.replace("\r\n", "\n")
    if not text.strip():
        result.skip(where, "it is empty")
        return
    meta, body = split_front_matter(text)
    day = _day(path, meta, result, where)
    if day is None:
        return
    title = _text(meta, "title")
    if title is None:
        title, body = _heading(body)
    result.add(
        where,
        body=body,
        day=day,
        title=title,
        tags=_tags(meta.get("tags", [])),
        private=(_text(meta, "private") or "").lower() in ("true", "yes"),
        mood=_mood(_text(meta, "mood"), result, where),
    )


def _markdown_files(root: Path) -> list[tuple[str, str]]:
    """Every ``*.md`` file below ``root`` as (path relative to it with /, full path)."""
    found: list[tuple[str, str]] = []
    for folder, _, names in os.walk(root):
        inside = os.path.relpath(folder, root)
        for name in names:
            if name.lower().endswith(".md"):
                where = name if inside == "." else f"{inside}/{name}".replace(os.sep, "/")
                found.append((where, f"{folder}{os.sep}{name}"))
    return sorted(found)


def parse_markdown(folder: Path | str) -> ImportResult:
    """Read every ``*.md`` file below ``folder`` into entries, in path order."""
    root = existing_path(Path(folder), folder=True)
    ours = (root / MARKER).is_file()
    result = ImportResult()
    for where, path in _markdown_files(root):
        if any(part.startswith(".") for part in where.split("/")):
            result.skip(where, "it is hidden (its name or folder starts with a dot)")
        elif ours and where == JOURNEYS_FILE:
            result.skip(where, "journeys are not imported from Markdown; import the JSON export")
        else:
            _read(path, where, result)
    return result
