"""Source rules that keep every user-facing string translatable (used by tools/i18n.py).

``pyside6-lupdate`` reads Python quietly: it files ``box.tr("x")`` under a context named
after the variable ("box"), a module-level ``tr("x")`` under no context at all, keeps the
unfilled text of an f-string, and skips a call whose context or text is not a literal.
None of those ever matches what Qt looks up at run time, so the words stay English.
These rules find them, with the file and line, before a translator does.

A call may pass a variable on purpose (a text marked elsewhere with ``QT_TRANSLATE_NOOP``
and looked up later, like ``journal_app.ui.messages.render``): say so on the line with
``# i18n: marked`` (such a lookup may also name its context by a constant). A literal
that is not words for a person (an object name handed to a text method) carries
``# i18n: not text``.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

MARKED_ELSEWHERE = "# i18n: marked"
NOT_TEXT = "# i18n: not text"
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
NOOPS = {"QT_TRANSLATE_NOOP": 2, "QT_TRANSLATE_NOOP3": 2, "QT_TR_NOOP": 1}
# Qt methods whose string arguments a person reads.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "setLabelText",
    "addItem", "insertItem", "setItemText", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addAction", "addMenu", "setHeaderLabels", "setSpecialValueText",
    "setPrefix", "setSuffix", "showMessage", "setInformativeText", "setDetailedText",
    "setFormat", "addButton", "addRow", "setHtml", "setPlainText", "setDocName",
}  # fmt: skip
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu", "QCommandLinkButton", "QMessageBox",
}  # fmt: skip
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "accessibleName"}
MESSAGE_BOX_STATICS = {"warning", "information", "critical", "question", "about"}
LETTER = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Problem:
    """One place where a string would not reach its translation."""

    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def is_literal(node: ast.expr | None) -> bool:
    """A plain string literal (adjacent literals count: Python joins them)."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def why_not_literal(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return (
            "an f-string (lupdate keeps the unfilled text; use a literal with {name} and .format())"
        )
    if isinstance(node, ast.BinOp):
        return "joined strings (lupdate sees only the first piece; use one literal)"
    if isinstance(node, ast.Call):
        return "a call's result (translate the literal first, then .format() it)"
    return "not a literal (lupdate can't see the text)"


def _has_words(node: ast.expr) -> bool:
    if is_literal(node):
        return bool(LETTER.search(node.value))  # type: ignore[attr-defined]
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "(...)"


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, lines: list[str], ui: bool) -> None:
        self.path = path
        self.lines = lines
        self.ui = ui
        self.classes: list[str] = []
        self.statement: ast.stmt | None = None
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        receiver = func.value if isinstance(func, ast.Attribute) else None
        if name == "tr":
            self._check_tr(node, receiver)
        elif name == "translate" and (
            receiver is None or _dotted(receiver).split(".")[-1] in APPLICATIONS
        ):
            self._check_translate(node)
        elif name in NOOPS and receiver is None:
            self._check_noop(node, name)
        elif self.ui:
            self._check_plain_text(node, name, receiver)
        self.generic_visit(node)

    def visit(self, node: ast.AST) -> None:
        if isinstance(node, ast.stmt):  # a marker belongs to a simple statement
            self.statement = None if hasattr(node, "body") else node
        super().visit(node)

    def _marked(self, node: ast.AST, marker: str) -> bool:
        """``marker`` in a comment of the statement that holds ``node``."""
        around = self.statement or node
        first, last = around.lineno, around.end_lineno or around.lineno  # type: ignore[attr-defined]
        return any(marker in line for line in self.lines[first - 1 : last])

    def _add(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.path, node.lineno, text))  # type: ignore[attr-defined]

    def _check_text(self, call: ast.Call, text: ast.expr | None, what: str, count: int) -> None:
        """``count`` is the position of the n argument that fills "%n"."""
        if text is None:
            self._add(call, f"{what} has no text")
        elif not is_literal(text):
            if not self._marked(call, MARKED_ELSEWHERE):
                self._add(call, f"{what}: the text is {why_not_literal(text)}")
        elif "%n" in text.value and _argument(call, count, "n") is None:  # type: ignore[attr-defined]
            self._add(call, f"{what}: '%n' in the text but no n= count is passed")

    def _check_tr(self, call: ast.Call, receiver: ast.expr | None) -> None:
        if receiver is None:
            self._add(
                call,
                "tr() without an object: lupdate files it under no context; use self.tr() "
                'in a class or QCoreApplication.translate("Context", "text")',
            )
            return
        if not (isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes):
            who = _dotted(receiver)
            self._add(
                call,
                f"{who}.tr(): lupdate files it under '{who}' but Qt looks under the object's "
                'class; use self.tr() or QCoreApplication.translate("Context", "text")',
            )
            return
        self._check_text(call, _argument(call, 0, "sourceText"), "self.tr()", 2)

    def _check_translate(self, call: ast.Call) -> None:
        context = _argument(call, 0, "context")
        # A lookup of texts marked elsewhere collects nothing: its context may be a name.
        if not is_literal(context) and not self._marked(call, MARKED_ELSEWHERE):
            self._add(call, "translate(): the context is not a literal (lupdate drops the call)")
            return
        self._check_text(call, _argument(call, 1, "sourceText"), "translate()", 3)

    def _check_noop(self, call: ast.Call, name: str) -> None:
        count = NOOPS[name]
        if name == "QT_TR_NOOP" and not self.classes:
            self._add(call, "QT_TR_NOOP outside a class has no context; use QT_TRANSLATE_NOOP")
        for index in range(count):
            argument = _argument(call, index, "")
            if not is_literal(argument):
                self._add(call, f"{name}: argument {index + 1} is not a literal")

    def _check_plain_text(self, call: ast.Call, name: str, receiver: ast.expr | None) -> None:
        """A literal a person reads, handed to Qt without going through tr()."""
        shown = (
            name in TEXT_METHODS
            or (receiver is None and name in TEXT_WIDGETS)
            or (
                receiver is not None
                and _dotted(receiver) == "QMessageBox"
                and name in MESSAGE_BOX_STATICS
            )
        )
        if not shown or self._marked(call, NOT_TEXT):
            return
        arguments = [*call.args, *(k.value for k in call.keywords if k.arg in TEXT_KEYWORDS)]
        if any(_has_words(argument) for argument in arguments):
            self._add(call, f"{name}(): words for a person that don't go through tr()")


def problems_in(path: Path, source: str, *, ui: bool) -> list[Problem]:
    """Every rule broken in one module; ``ui`` also looks for untranslated widget text."""
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        return [Problem(path, error.lineno or 0, f"can't be read: {error.msg}")]
    visitor = _Visitor(path, source.splitlines(), ui)
    visitor.visit(tree)
    return visitor.problems
