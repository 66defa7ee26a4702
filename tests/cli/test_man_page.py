"""docs/journal-app.1: made from the parser, current, complete, and readable by man."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from journal_app.cli.commands_tree import global_options, leaves, own_options
from journal_app.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "journal-app.1"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_man", ROOT / "tools" / "make_man.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_man = load_tool()


def test_the_page_is_current():
    assert PAGE.read_text(encoding="utf-8") == make_man.man_page(), (
        "docs/journal-app.1 is out of date: python tools/make_man.py > docs/journal-app.1"
    )


def test_every_command_and_every_option_is_on_the_page():
    page = make_man.man_page()
    parser = build_parser()
    for command in leaves(parser):
        assert f'.SS "{make_man.escape(command.name)}"' in page
        for action in own_options(command.parser):
            for option in action.option_strings:
                assert make_man.bold(option) in page, (command.name, option)
    for action in global_options(parser):
        assert make_man.bold(action.option_strings[0]) in page


def test_check_tells_a_stale_page_from_a_current_one(tmp_path):
    stale = tmp_path / "journal-app.1"
    stale.write_text(".TH OLD 1\n", encoding="utf-8")
    tool = [sys.executable, str(ROOT / "tools" / "make_man.py"), "--check"]
    found = subprocess.run([*tool, str(stale)], capture_output=True, text=True)
    assert found.returncode == 1
    assert "out of date" in found.stderr
    assert subprocess.run([*tool, str(PAGE)]).returncode == 0
    missing = subprocess.run([*tool, str(tmp_path / "none.1")], capture_output=True, text=True)
    assert missing.returncode == 1


def test_text_that_roff_would_read_as_a_command_is_escaped():
    assert make_man.escape(".SH EVIL") == "\\&.SH EVIL"
    assert make_man.escape("'quoted") == "\\&'quoted"
    assert make_man.escape("back\\slash --opt") == "back\\eslash \\-\\-opt"
    assert make_man.escape("a — b") == "a \\[u2014] b"


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
def test_groff_reads_the_page_without_a_warning():
    found = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", "-z", str(PAGE)], capture_output=True, text=True
    )
    assert (found.returncode, found.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("man") is None, reason="man is not installed")
def test_man_shows_the_page(tmp_path):
    env = {**os.environ, "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "HOME": str(tmp_path)}
    found = subprocess.run(
        ["man", "-l", str(PAGE)], capture_output=True, text=True, env=env, check=True
    )
    text = found.stdout
    assert "JOURNAL-APP(1)" in text
    assert "journey add" in text and "EXIT STATUS" in text and "--passphrase-file" in text
