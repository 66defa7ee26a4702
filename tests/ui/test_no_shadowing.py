"""No widget or other QObject in journal_app.ui reuses a name from Qt's own API.

A method called ``move`` on a widget, or an attribute called ``font`` or ``metric``,
hides what Qt means by that name: code (ours, Qt's Python helpers, a test) that calls
``widget.move(point)`` gets something else, and mypy cannot check either meaning. The
one way to take a Qt name is to reimplement one of Qt's virtual functions, as Qt means.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

import journal_app.ui

# Qt's virtual functions the package reimplements, besides every ``...Event`` handler.
# Add to this list only a function Qt documents as virtual.
QT_VIRTUALS = frozenset(
    {
        # QObject, QDialog, QStyle
        "event",
        "eventFilter",
        "accept",
        "reject",
        "polish",
        # sizes and painting: widgets, delegates, graphics items
        "sizeHint",
        "minimumSizeHint",
        "hasHeightForWidth",
        "heightForWidth",
        "paint",
        "boundingRect",
        # QLayout
        "addItem",
        "count",
        "expandingDirections",
        "itemAt",
        "minimumSize",
        "setGeometry",
        "spacing",
        "takeAt",
        # item models and views
        "columnCount",
        "data",
        "flags",
        "headerData",
        "index",
        "parent",
        "rowCount",
        "indexAt",
        "moveCursor",
        # QCompleter, QSpinBox
        "pathFromIndex",
        "splitPath",
        "fixup",
        "textFromValue",
        "validate",
        "valueFromText",
    }
)

# Methods that are not virtual in Qt but are taken on purpose, with Qt's meaning and
# arguments, so a Python caller gets the same thing and more: (class, name).
SAME_MEANING = frozenset(
    {
        ("ElidedLabel", "setText"),  # keeps the whole text, shows it elided
        ("ElidedButton", "setText"),
        ("FitForm", "addRow"),  # adds the row, then fits the labels
    }
)


def qt_names(cls: type) -> set[str]:
    """Every name Qt's classes among ``cls``'s bases define."""
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith(("PySide6", "Shiboken")):
            names.update(vars(base))
    return names


def self_targets(target: ast.expr) -> Iterator[str]:
    """The ``self.<name>`` attributes an assignment target sets."""
    if isinstance(target, ast.Attribute):
        if isinstance(target.value, ast.Name) and target.value.id == "self":
            yield target.attr
    elif isinstance(target, ast.Tuple | ast.List):
        for element in target.elts:
            yield from self_targets(element)
    elif isinstance(target, ast.Starred):
        yield from self_targets(target.value)


def defined_names(node: ast.ClassDef) -> dict[str, str]:
    """What a class body defines, name to kind: "method", "class attribute", "attribute"."""
    names: dict[str, str] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            decorated = {ast.unparse(d) for d in item.decorator_list}
            names[item.name] = (
                "property" if decorated & {"property", "cached_property"} else "method"
            )
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = "class attribute"
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names[item.target.id] = "class attribute"
    for item in node.body:
        if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for statement in ast.walk(item):
            if isinstance(statement, ast.Assign):
                targets = statement.targets
            elif isinstance(statement, ast.AnnAssign | ast.AugAssign):
                targets = [statement.target]
            else:
                continue
            for target in targets:
                for name in self_targets(target):
                    names.setdefault(name, "attribute")
    return names


def shadowing(cls: type, node: ast.ClassDef) -> list[str]:
    """The names ``cls`` takes from Qt's API other than as an allowed reimplementation."""
    taken = qt_names(cls)
    found = []
    for name, kind in sorted(defined_names(node).items()):
        if name.startswith("__") or name not in taken:
            continue
        if kind == "method" and (
            name.endswith("Event") or name in QT_VIRTUALS or (cls.__name__, name) in SAME_MEANING
        ):
            continue
        found.append(f"{cls.__module__}.{cls.__qualname__}.{name} ({kind})")
    return found


def package_classes() -> Iterator[tuple[type, ast.ClassDef]]:
    """Every QObject subclass defined at the top of a module in journal_app.ui."""
    package = journal_app.ui
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        assert module.__file__ is not None
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in tree.body:
            cls = getattr(module, node.name, None) if isinstance(node, ast.ClassDef) else None
            if (
                isinstance(node, ast.ClassDef)
                and inspect.isclass(cls)
                and issubclass(cls, QObject)
                and cls.__module__ == module.__name__
            ):
                yield cls, node


def class_node(cls: type) -> ast.ClassDef:
    node = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(node, ast.ClassDef)
    return node


def test_no_qobject_in_the_ui_shadows_qt() -> None:
    classes = list(package_classes())
    assert len(classes) > 100  # the walk really found the package's widgets
    found = [name for cls, node in classes for name in shadowing(cls, node)]
    assert found == [], "rename these, they hide Qt's own API:\n" + "\n".join(found)


class Shadowing(QWidget):
    """Everything the scan must catch, and one thing it must let through."""

    size = 3  # QWidget.size()

    def __init__(self) -> None:
        super().__init__()
        self.font, self._private = 1, 2  # QWidget.font()

    @property
    def metric(self) -> str:  # QWidget.metric(PaintDeviceMetric)
        return "mood"

    def move(self, delta: int) -> None:  # QWidget.move(QPoint), not virtual
        del delta

    def step_by(self, delta: int) -> None:
        del delta

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - a Qt virtual
        super().paintEvent(event)


def test_the_scan_catches_methods_properties_and_attributes() -> None:
    found = shadowing(Shadowing, class_node(Shadowing))
    assert [name.rsplit(".", 1)[-1] for name in found] == [
        "font (attribute)",
        "metric (property)",
        "move (method)",
        "size (class attribute)",
    ]


def test_a_qt_virtual_as_an_attribute_is_still_caught() -> None:
    class Sized(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.sizeHint = None  # replaces the virtual with a value

    assert shadowing(Sized, class_node(Sized)) == [
        f"{__name__}.{Sized.__qualname__}.sizeHint (attribute)"
    ]
