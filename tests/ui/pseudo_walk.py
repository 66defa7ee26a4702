"""Reading every text a person can see in a window, for the pseudo-locale test.

With the pseudo catalogue installed every translated text reads "⟦Ŝåvé⟧"; what is left
outside the brackets must be numbers, punctuation, or the person's own data.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

TOOL = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
OPEN, CLOSE = "⟦", "⟧"
BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
LATIN = re.compile(r"[A-Za-z]")
# Pieces of what is left are compared with the data one at a time.
SEPARATORS = re.compile(r"\s*(?:\n|·|•|—|–|\||;|, |: |\(|\)|\[|\]|\s\s)\s*")
ELIDED = "…"
TRIM = " \t\r\n.,:;!?\"'“”‘’«»()[]{}<>+-–—*/%#&=…0123456789"
ROWS_READ = 40  # of a list or table: enough to meet every kind of row


@dataclass(frozen=True)
class Seen:
    """One text on screen, and where it was."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def plain(text: str) -> str:
    """What a person reads of ``text``: rich text without its tags."""
    if GuiQt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _name(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 3:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(chain))


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list's model keeps its column count private
            return 1

    def rows(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
                if depth < 2 and column == 0 and model.rowCount(index) > 0:
                    yield from rows(index, depth + 1)

    yield from rows(QModelIndex(), 0)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns(QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[Seen]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield Seen(f"{where} action", action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield Seen(f"{where} menu", menu.title())
            yield from _action_texts(menu.actions(), where)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts one widget shows (not its children's)."""
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        for part in ("prefix", "suffix"):
            getter = getattr(widget, part, None)
            if getter is not None:
                yield getter()
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield widget.text()
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()


def visible_texts(window: QWidget) -> list[Seen]:
    """Every text shown by ``window`` and its visible widgets, and its menus' actions."""
    seen: list[Seen] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _name(widget)
        seen += [Seen(where, plain(text)) for text in widget_texts(widget) if text]
        if isinstance(widget, QMenuBar):
            seen += [s for s in _action_texts(widget.actions(), where) if s.text]
    return seen


def locale_words(locale: QLocale) -> set[str]:
    """Day and month names and the like: the locale's words, not the translation's."""
    words: set[str] = {locale.amText(), locale.pmText()}
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    for kind in (*formats, QLocale.FormatType.NarrowFormat):
        words |= {locale.dayName(day, kind) for day in range(1, 8)}
        words |= {locale.standaloneDayName(day, kind) for day in range(1, 8)}
        words |= {locale.monthName(month, kind) for month in range(1, 13)}
        words |= {locale.standaloneMonthName(month, kind) for month in range(1, 13)}
    return {word.strip(".") for word in words if word}


def strings_in(value: object) -> Iterator[str]:
    """Every string inside nested dicts, lists and tuples."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


class Exceptions:
    """The data a window may show as it is: the journal's content and the resource files."""

    def __init__(self, data: Iterable[str], words: Iterable[str]) -> None:
        self.pieces: set[str] = set()
        self.long: list[str] = []
        for text in data:
            for line in text.splitlines():
                if LATIN.search(line):
                    self.long.append(line.strip())
                    self.pieces |= {p.strip(TRIM) for p in SEPARATORS.split(line)}
                    self.pieces.add(line.strip(TRIM))
        self.words = set(words)

    def allows(self, piece: str) -> bool:
        """True if ``piece`` (outside the brackets) is data, not an untranslated text."""
        core = piece.strip(TRIM)
        if not LATIN.search(core) or core in self.pieces or core in self.words:
            return True
        if all(word in self.words for word in re.findall(r"[^\W\d_]+", core)):
            return True  # a date like "Sat 14 Mar"
        return self.quoted(piece)

    def quoted(self, text: str) -> bool:
        """True if ``text`` is part of one line of data: the line cut short to fit ("A long
        walk in the ra…"), or a sentence of it. Short pieces must match whole (above)."""
        core = text.strip().removesuffix(ELIDED).strip()
        return len(core) >= 12 and any(core in line for line in self.long)


def untranslated(seen: Iterable[Seen], exceptions: Exceptions) -> list[Seen]:
    """Texts with Latin letters that went through no translation and are not data."""
    found: list[Seen] = []
    for item in seen:
        rest, previous = item.text, None
        while rest != previous:  # brackets inside brackets: a translation's {fields}
            previous, rest = rest, BRACKETED.sub("\n", rest)
        if exceptions.quoted(rest):
            continue
        for part in re.split(r"\s\s+|\n", rest):  # a row's columns, a label's lines
            if exceptions.quoted(part):
                continue
            if any(not exceptions.allows(piece) for piece in SEPARATORS.split(part)):
                found.append(item)
                break
    return found


def i18n_tool() -> ModuleType:
    """tools/i18n.py, imported (tools/ is not a package)."""
    name = "afterglow_i18n_tool"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TOOL)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]


def have_qt_tools() -> bool:
    """pyside6-lupdate and pyside6-lrelease are there (they come with PySide6)."""
    tool = i18n_tool()
    try:
        tool.qt_tool("lupdate")
        tool.qt_tool("lrelease")
    except tool.ToolMissing:
        return False
    return True
