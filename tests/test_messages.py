"""The core's words travel as Messages: English str(), templates marked for lupdate, no f-strings.

These tests need no Qt: tests/ui/test_render_messages.py checks the window's side.
"""

from __future__ import annotations

import ast
import errno
import importlib
import pkgutil
import string
from datetime import date
from pathlib import Path

import pytest

import journal_app
from journal_app.crypto.errors import CryptoError, MalformedKey
from journal_app.domain.checks import in_range
from journal_app.domain.clock import parse_date
from journal_app.domain.errors import (
    DamagedRecords,
    DiskFull,
    JournalError,
    ReadOnlyStorage,
    ValidationError,
    storage_problem,
)
from journal_app.messages import QT_TRANSLATE_NOOP, Day, Message, as_message, phrase, verbatim

PACKAGE = Path(journal_app.__file__).resolve().parent
CORE = ("domain", "services", "storage", "backup", "crypto", "instruments")
LETTERS = set(string.ascii_letters)


# The type


def test_a_message_says_its_template_filled_in_english():
    message = Message(
        "{count:,} of {name!r} on {day}", count=1234, name="x", day=Day(date(2026, 3, 9))
    )
    assert str(message) == "1,234 of 'x' on 9 Mar 2026"
    assert message.template == "{count:,} of {name!r} on {day}"
    assert dict(message.params) == {"count": 1234, "name": "x", "day": Day(date(2026, 3, 9))}


def test_a_message_inside_a_message_is_said_too():
    inner = Message(QT_TRANSLATE_NOOP("messages", "the backup couldn't be written"))
    assert str(Message("The disk is full, so {outcome}.", outcome=inner)) == (
        "The disk is full, so the backup couldn't be written."
    )


def test_messages_are_frozen_values():
    one = Message("{n} left", n=2)
    assert one == Message("{n} left", n=2)
    assert one != Message("{n} left", n=3)
    assert len({one, Message("{n} left", n=2)}) == 1
    with pytest.raises(AttributeError):
        one.template = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        one.params["n"] = 5  # type: ignore[index]


def test_verbatim_text_keeps_its_braces_and_phrase_looks_itself_up():
    assert str(verbatim("a {strange} name")) == "a {strange} name"
    assert as_message("already words").params == {"text": "already words"}
    assert phrase("this couldn't be saved").template == "this couldn't be saved"
    assert str(phrase("{odd}")) == "{odd}"
    same = Message("x")
    assert phrase(same) is same and as_message(same) is same


def test_a_day_is_said_short_or_long_with_or_without_its_year():
    day = date(2026, 12, 5)
    assert str(Day(day)) == "5 Dec 2026"
    assert str(Day(day, "long", year=False)) == "5 December"


# Errors


def test_errors_keep_their_english_and_carry_the_message():
    error = DiskFull(outcome=QT_TRANSLATE_NOOP("messages", "the backup couldn't be written"))
    assert str(error) == (
        "The disk is full, so the backup couldn't be written. Everything saved before is "
        "safe: free some space, then try again."
    )
    assert error.message.params["outcome"] == Message("the backup couldn't be written")
    assert error.code == "DiskFull"
    assert str(ReadOnlyStorage("/media/usb")).startswith("The folder /media/usb is read-only")
    found = storage_problem(OSError(errno.EACCES, "denied"), "/x")
    assert found is not None and "isn't allowed to write to /x" in str(found)


def test_plain_text_still_makes_an_error_and_is_never_looked_up():
    error = JournalError("The backup folder is not a folder {really}.")
    assert str(error) == "The backup folder is not a folder {really}."
    assert error.message == verbatim("The backup folder is not a folder {really}.")
    assert str(MalformedKey("typo")) == "typo" and MalformedKey("typo").message == verbatim("typo")


def test_one_and_many_are_separate_templates():
    assert str(DamagedRecords(["ab12"])).startswith("1 saved entry is damaged")
    many = DamagedRecords([f"id{n}" for n in range(7)])
    assert str(many).startswith("7 saved entries are damaged and can't be opened: id0, id1")
    assert "id4 and more." in str(many)


def test_a_domain_error_names_what_was_checked_as_a_message():
    with pytest.raises(ValidationError) as caught:
        in_range(QT_TRANSLATE_NOOP("messages", "Mood"), 42, 1, 10)
    assert str(caught.value) == "Mood must be between 1 and 10 (got 42)."
    assert caught.value.message.params["name"] == Message("Mood")
    with pytest.raises(ValidationError, match="isn't a date Afterglow understands") as caught:
        parse_date("{not a date}")
    assert caught.value.message.params["text"] == "{not a date}"  # hostile text stays a value


# The source: what lupdate reads, and nothing left as an f-string


def _core_files() -> list[Path]:
    return sorted(path for layer in CORE for path in (PACKAGE / layer).rglob("*.py"))


def _error_names() -> set[str]:
    for layer in CORE:
        package = importlib.import_module(f"journal_app.{layer}")
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(info.name)
    names: set[str] = set()
    pending: list[type] = [JournalError, CryptoError]
    while pending:
        kind = pending.pop()
        names.add(kind.__name__)
        pending.extend(kind.__subclasses__())
    return names


def _name(call: ast.Call) -> str | None:
    func = call.func
    return (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else None
    )


def _words_in(node: ast.expr) -> bool:
    """A literal, an f-string, or a choice between them: text nobody marked."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(LETTERS & set(node.value))
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.IfExp):
        return _words_in(node.body) or _words_in(node.orelse)
    if isinstance(node, ast.BinOp):
        return _words_in(node.left) or _words_in(node.right)
    return False


def test_no_error_in_the_core_is_raised_with_unmarked_words():
    errors = _error_names()
    found = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) in errors:
                given = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "message")]
                found += [
                    f"{path.relative_to(PACKAGE)}:{node.lineno}" for arg in given if _words_in(arg)
                ]
    assert found == []


def test_the_check_catches_an_f_string(tmp_path):
    tree = ast.parse(
        'raise ValidationError(f"{name} is wrong")\nraise ValidationError(Message("{n}"))'
    )
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node) == "ValidationError"
    ]
    assert [_words_in(call.args[0]) for call in calls] == [True, False]


def _marked(node: ast.AST) -> str | None:
    """The template of QT_TRANSLATE_NOOP("messages", "..."), else None."""
    if isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP":
        context, text = node.args
        assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), ast.dump(node)
        return str(text.value)
    return None


def _templates_named(tree: ast.Module, scope: ast.AST, name: str) -> list[str]:
    """Every marked template assigned to ``name`` in the function, else at module level."""
    found = []
    for where in (scope, tree):
        for node in ast.walk(where):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                template = _marked(node.value)
                if template is not None:
                    found.append(template)
        if found:
            return found
    return found


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def _message_calls() -> list[tuple[Path, int, list[str], set[str] | None]]:
    """(file, line, templates, keyword names or None when they can't be known) per Message()."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node) == "Message" and node.args):
                continue
            first = node.args[0]
            keywords = (
                None
                if any(k.arg is None for k in node.keywords)
                else {k.arg for k in node.keywords if k.arg}
            )
            scope = next(
                (s for s in scopes if s.lineno <= node.lineno <= (s.end_lineno or s.lineno)), tree
            )
            if (template := _marked(first)) is not None:
                templates = [template]
            elif isinstance(first, ast.Name):
                templates = _templates_named(tree, scope, first.id)
            else:
                continue
            calls.append((path, node.lineno, templates, keywords))
    return calls


def test_every_marked_template_is_a_clean_format_string():
    for path in [*_core_files(), PACKAGE / "messages.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            template = _marked(node)
            if template is None:
                continue
            assert node.args[0].value == "messages", f"{path}:{node.lineno}"  # type: ignore[attr-defined]
            for _, field, _, _ in string.Formatter().parse(template):
                assert field is None or field.isidentifier(), f"{path}:{node.lineno}: {template!r}"


class _AnyValue:
    def __format__(self, spec: str) -> str:
        return "x"

    def __repr__(self) -> str:
        return "x"


def test_every_message_is_given_the_values_its_template_asks_for():
    calls = _message_calls()
    assert len(calls) > 150  # the scan found the core's messages, not nothing
    for path, line, templates, keywords in calls:
        if keywords is None:
            continue
        for template in templates:
            missing = _fields(template) - keywords
            assert not missing, f"{path.relative_to(PACKAGE)}:{line}: {template!r} lacks {missing}"
            template.format(**{name: _AnyValue() for name in keywords})


def test_templates_the_scan_cannot_see_have_no_words_of_their_own():
    """A Message made from a literal that is not marked may only arrange other messages."""
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) == "Message" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    said = "".join(text for text, *_ in string.Formatter().parse(str(first.value)))
                    assert not LETTERS & set(said), f"{path}:{node.lineno}"
