"""Translations: check the sources, refresh the translators' template, make a pseudo catalogue.

    python tools/i18n.py check          # lupdate over journal_app and the source rules;
                                        # non-zero, listing file:line, on any problem
    python tools/i18n.py update         # refresh resources/i18n/afterglow.ts
    python tools/i18n.py pseudo OUT.qm  # every message pseudo-translated ("⟦Ŝåvé⟧"), released

Needs ``pyside6-lupdate`` and ``pyside6-lrelease`` (they come with PySide6). See
docs/translations.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:  # imported from a test: tools/ is not a package
    sys.path.insert(0, str(HERE))

from i18n_rules import Problem, problems_in  # noqa: E402 - after the path fix

PACKAGE = ROOT / "journal_app"
TEMPLATE = ROOT / "resources" / "i18n" / "afterglow.ts"
OPEN, CLOSE = "⟦", "⟧"
PSEUDO_LANGUAGE = "en"  # two plural forms, like the English source
PROGRESS = re.compile(r"^\s*(Updating|Found|Scanning|Removed|Kept|Same-text|Similar-text|Number)")
# Kept exactly in a pseudo-translation: {fields}, %n and %1, tags, entities, "&&".
PROTECTED = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d+|%n|<[^>]*>|&[A-Za-z]+;|&#\d+;|&&|\n")
ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ",
)


class ToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease is not installed."""


@dataclass(frozen=True)
class Entry:
    """One message in a .ts file, as a translator sees it (without its line numbers)."""

    context: str
    source: str
    comment: str
    numerus: bool


def qt_tool(name: str) -> Path:
    """The path of ``pyside6-<name>``: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return beside
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise ToolMissing(f"pyside6-{name} was not found (it comes with PySide6)")
    return Path(found)


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every Python module of the package, core modules included."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _run(command: list[str | Path]) -> list[str]:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False, cwd=ROOT
    )
    lines = (done.stdout + done.stderr).splitlines()
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed:\n" + "\n".join(lines))
    return lines


def lupdate(files: Iterable[Path], ts: Path, *, locations: str = "none") -> list[str]:
    """Collect the messages of ``files`` into ``ts``; return lupdate's warnings.

    No source locations by default: the template then changes only when a message does.
    """
    with tempfile.TemporaryDirectory(prefix="afterglow-i18n-") as scratch:
        listing = Path(scratch) / "files.lst"
        listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
        options = ["-no-obsolete", "-source-language", "en", "-locations", locations]
        output = _run([qt_tool("lupdate"), *options, f"@{listing}", "-ts", ts])
    return [line.strip() for line in output if line.strip() and not PROGRESS.match(line)]


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into the binary catalogue ``qm`` that QTranslator loads."""
    _run([qt_tool("lrelease"), "-silent", ts, "-qm", qm])


def entries(ts: Path) -> set[Entry]:
    """The messages of a .ts file."""
    found: set[Entry] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def pseudo_text(text: str) -> str:
    """``text`` in the pseudo-locale: letters accented inside ⟦ ⟧, markup and fields kept."""
    pieces: list[str] = []
    last = 0
    for match in PROTECTED.finditer(text):
        pieces.append(text[last : match.start()].translate(ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(ACCENTED))
    return OPEN + "".join(pieces) + CLOSE


def write_pseudo_ts(found: Iterable[Entry], out: Path) -> int:
    """Write a .ts file with every message of ``found`` pseudo-translated; return how many."""
    root = ET.Element("TS", version="2.1", language=PSEUDO_LANGUAGE, sourcelanguage="en")
    by_context: dict[str, ET.Element] = {}
    count = 0
    for entry in sorted(set(found), key=lambda e: (e.context, e.source, e.comment)):
        context = by_context.get(entry.context)
        if context is None:
            context = by_context[entry.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = entry.context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = entry.source
        if entry.comment:
            ET.SubElement(message, "comment").text = entry.comment
        translation = ET.SubElement(message, "translation")
        text = pseudo_text(entry.source)
        if entry.numerus:
            message.set("numerus", "yes")
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        count += 1
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return count


def build_pseudo(qm: Path, files: Iterable[Path] | None = None, extra: Iterable[Entry] = ()) -> int:
    """Release a pseudo catalogue to ``qm``: every message in ``files`` (the package), and
    ``extra`` messages (Qt's own words, say); return how many."""
    with tempfile.TemporaryDirectory(prefix="afterglow-i18n-") as scratch:
        collected, filled = Path(scratch) / "all.ts", Path(scratch) / "pseudo.ts"
        copies = _snapshot(sources() if files is None else files, Path(scratch))
        found = set(extra)
        if copies:
            lupdate(copies.values(), collected)
            found |= entries(collected)
        count = write_pseudo_ts(found, filled)
        lrelease(filled, qm)
    return count


def _snapshot(files: Iterable[Path], folder: Path) -> dict[Path, Path]:
    """Copy ``files`` into ``folder`` as they are now; a file that is gone is left out.

    lupdate then reads one moment of the sources, even while tests add and remove
    probe files in the package.
    """
    copies: dict[Path, Path] = {}
    for number, path in enumerate(files):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        copy = folder / str(number) / path.name
        copy.parent.mkdir()
        copy.write_text(text, encoding="utf-8")
        copies[path] = copy
    return copies


def check(files: Iterable[Path] | None = None, template: Path | None = TEMPLATE) -> list[str]:
    """Every reason a string would not reach its translation, as ``file:line: what``.

    ``template``, when given, must hold the same messages as the sources (else: update).
    """
    qt_tool("lupdate")  # say at once if it is missing
    problems: list[Problem | str] = []
    with tempfile.TemporaryDirectory(prefix="afterglow-i18n-") as scratch:
        copies = _snapshot(sources() if files is None else files, Path(scratch))
        for path, copy in copies.items():
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            # Widget text is looked for in the interface (and in files outside the package).
            ui = not path.is_relative_to(PACKAGE) or path.relative_to(PACKAGE).parts[0] == "ui"
            problems += problems_in(shown, copy.read_text(encoding="utf-8"), ui=ui)
        collected = Path(scratch) / "all.ts"
        warnings = lupdate(copies.values(), collected)
        problems += [f"lupdate: {w.replace(scratch, '')}" for w in warnings]
        fresh = entries(collected)
    if template is not None and (not template.exists() or entries(template) != fresh):
        shown = template.relative_to(ROOT) if template.is_relative_to(ROOT) else template
        problems.append(f"{shown} is out of date: run python tools/i18n.py update")
    return [str(problem) for problem in problems]


def update(template: Path = TEMPLATE, files: Iterable[Path] | None = None) -> int:
    """Refresh the translators' template from ``files`` (the package); return its size."""
    template.parent.mkdir(parents=True, exist_ok=True)
    fresh = template.with_name(f"{template.stem}.new.ts")
    try:
        warnings = lupdate(sources() if files is None else files, fresh)
        fresh.replace(template)
    finally:
        fresh.unlink(missing_ok=True)
    for warning in warnings:
        print(f"lupdate: {warning}", file=sys.stderr)
    return len(entries(template))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="fail on strings that can't be translated")
    commands.add_parser("update", help=f"refresh {TEMPLATE.relative_to(ROOT)}")
    pseudo = commands.add_parser("pseudo", help="make a pseudo-translated catalogue")
    pseudo.add_argument("out", type=Path, help="the .qm file to write")
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            problems = check()
            for problem in problems:
                print(problem)
            if problems:
                print(f"{len(problems)} translation problem(s); see docs/translations.md")
                return 1
            print("Every string can be translated.")
        elif arguments.command == "update":
            print(f"{TEMPLATE.relative_to(ROOT)}: {update()} messages")
        else:
            print(f"{arguments.out}: {build_pseudo(arguments.out)} messages")
    except ToolMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
