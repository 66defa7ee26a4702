"""tools/i18n.py: the source rules, the template, the pseudo-translation, CI's check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.ui.translations import install_translations, remove_translations
from tests.ui.pseudo_walk import have_qt_tools, i18n_tool

tool = i18n_tool()
needs_tools = pytest.mark.skipif(
    not have_qt_tools(), reason="pyside6-lupdate/lrelease are not installed"
)


def problems_in_file(tmp_path: Path, source: str) -> list[str]:
    path = tmp_path / "ui" / "sample.py"
    path.parent.mkdir(exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return tool.check([path], template=None)


@needs_tools
def test_check_fails_on_an_f_string_in_tr_with_the_file_and_line(tmp_path):
    problems = problems_in_file(
        tmp_path,
        "from PySide6.QtCore import QObject\n\n"
        "class Greeting(QObject):\n"
        "    def words(self, name: str) -> str:\n"
        '        return self.tr(f"Hello {name}")\n',
    )
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'ui' / 'sample.py'}:5: ")
    assert "f-string" in problems[0]


@needs_tools
@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('box.tr("Delete?")', "box.tr()"),
        ('tr("Saved")', "without an object"),
        ('QCoreApplication.translate(CONTEXT, "Saved")', "context is not a literal"),
        ("QCoreApplication.translate('Words', text)", "not a literal"),
        ('self.tr("Saved " + name)', "joined strings"),
        ('self.tr("%n entries")', "no n= count"),
        ('QLabel("Plain English")', "don't go through tr()"),
        ('widget.setToolTip(f"Open {name}")', "don't go through tr()"),
        ('QT_TRANSLATE_NOOP(CONTEXT, "Saved")', "not a literal"),
    ],
)
def test_check_names_each_way_a_string_gets_lost(tmp_path, line, why):
    problems = problems_in_file(
        tmp_path,
        "class Page(QWidget):\n"
        "    def build(self, box, name, text, widget):\n"
        f"        return {line}\n",
    )
    assert len(problems) == 1, problems
    assert why in problems[0]


@needs_tools
def test_check_accepts_translatable_code(tmp_path):
    problems = problems_in_file(
        tmp_path,
        'WORDS = QT_TRANSLATE_NOOP("Page", "Saved")\n\n'
        "class Page(QWidget):\n"
        "    def build(self, n, word):\n"
        '        QLabel(self.tr("Saved {n}").format(n=n), objectName="muted")\n'
        '        self.tr("%n entries", "", n)\n'
        "        self.tr(WORDS)  # i18n: marked\n"
        '        QCoreApplication.translate("Page", word)  # i18n: marked\n'
        '        QLabel("•")\n'
        "        painter.translate(0, 10)\n"
        '        return QCoreApplication.translate("Page", "Saved")\n',
    )
    assert problems == []


def test_check_reads_a_file_that_does_not_parse(tmp_path):
    problems = tool.problems_in(tmp_path / "bad.py", "def (:\n", ui=True)
    assert len(problems) == 1 and "can't be read" in str(problems[0])


@needs_tools
def test_the_package_has_no_untranslatable_strings():
    assert tool.check(template=None) == []


@needs_tools
def test_update_writes_the_template_and_check_then_agrees(tmp_path):
    module = tmp_path / "ui" / "words.py"
    module.parent.mkdir()
    module.write_text('class Page(QWidget):\n    TITLE = self.tr("Today")\n', encoding="utf-8")
    template = tmp_path / "afterglow.ts"
    assert tool.update(template, files=[module]) == 1
    assert "<source>Today</source>" in template.read_text(encoding="utf-8")
    assert tool.check([module], template=template) == []
    module.write_text('class Page(QWidget):\n    TITLE = self.tr("Tonight")\n', encoding="utf-8")
    assert tool.check([module], template=template) == [
        f"{template} is out of date: run python tools/i18n.py update"
    ]


@pytest.mark.parametrize(
    ("source", "pseudo"),
    [
        ("Save", "⟦Šåṽé⟧"),
        ("Saved {n} of {total:,}", "⟦Šåṽéđ {n} öƒ {total:,}⟧"),
        ("%n entries", "⟦%n éñţŕîéš⟧"),
        ("&Settings", "⟦&Šéţţîñĝš⟧"),
        ("Fish && chips", "⟦Ƒîšĥ && çĥîþš⟧"),
        ("<b>Bold</b> &amp; {{braces}}", "⟦<b>Ɓöļđ</b> &amp; {{ƀŕåçéš}}⟧"),
        ("Line one\nline two", "⟦Ļîñé öñé\nļîñé ţŵö⟧"),
    ],
)
def test_the_pseudo_translation_keeps_what_code_and_qt_read(source, pseudo):
    assert tool.pseudo_text(source) == pseudo
    assert pseudo.replace("⟦", "").replace("⟧", "").count("{") == source.count("{")


@needs_tools
def test_a_pseudo_catalogue_translates_plain_and_plural_messages(qapp, tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        "class Words(QObject):\n"
        "    def all(self, n):\n"
        '        return self.tr("Hello"), self.tr("%n entries", "", n)\n',
        encoding="utf-8",
    )
    assert tool.build_pseudo(tmp_path / "afterglow_eo.qm", files=[module]) == 2
    install_translations(qapp, QLocale("eo"), folder=tmp_path, qt_folder=tmp_path)
    try:
        assert QCoreApplication.translate("Words", "Hello") == "⟦Ĥéļļö⟧"
        assert QCoreApplication.translate("Words", "%n entries", None, 3) == "⟦3 éñţŕîéš⟧"
    finally:
        remove_translations(qapp)


def test_a_missing_qt_tool_says_what_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(tool.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(tool.ToolMissing, match="pyside6-lupdate"):
        tool.qt_tool("lupdate")
    assert tool.main(["check"]) == 2


def test_ci_checks_the_strings_before_the_readme_tests_run():
    steps = (tool.ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    check = steps.index(".venv/bin/python tools/i18n.py check")
    assert steps[-1].endswith(".venv/bin/python -m pytest")  # the README's command, last
    assert 0 < check < len(steps) - 1
