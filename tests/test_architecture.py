"""Layers import only in the allowed direction (DESIGN.md, Layout)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "journal_app"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# layer -> (journal_app layers it may import, third-party top-level packages it may import)
ALLOWED: dict[str, tuple[set[str], set[str]]] = {
    # zxcvbn (domain) and PyYAML (backup) only compute from text: no files, no network
    "domain": ({"domain"}, {"zxcvbn"}),
    "crypto": ({"crypto"}, {"cryptography"}),
    "storage": ({"storage", "domain", "crypto"}, {"sqlite_utils"}),
    "services": (
        {"services", "instruments", "backup", "domain", "storage", "crypto", "texts"},
        set(),
    ),
    "instruments": ({"instruments", "domain", "texts"}, set()),
    "backup": ({"backup", "domain", "storage", "crypto"}, {"yaml"}),
    "reports": (
        {"reports", "services", "instruments", "domain", "texts"},
        {"PySide6", "markdown_it"},  # markdown-it-py parses entries for the summary
    ),
    "ui": (
        {"ui", "services", "instruments", "domain", "reports", "texts"},
        {"PySide6", "pyqtgraph", "numpy"},
    ),
    # The command line loads Qt (and reports' PDF step, and the mood chart widget) only
    # inside `report`; test_the_command_line_does_not_load_qt checks the modules stay Qt-free.
    "cli": (
        {"cli", "services", "instruments", "backup", "domain", "paths", "crypto", "app"}
        | {"texts", "reports", "ui", "hardening"},
        {"platformdirs", "PySide6", "shtab"},  # shtab: `completion bash|zsh` only
    ),
}


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def violations() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        layer = parts[0] if len(parts) > 1 else None
        if layer not in ALLOWED:
            continue
        layers, third_party = ALLOWED[layer]
        for name in imports(path):
            top, *rest = name.split(".")
            if top == "journal_app":
                target = rest[0] if rest else ""
                # The package root holds only __version__; journal_app.messages (the
                # Qt-free message type every layer's errors carry) may be used anywhere.
                if target and target not in layers and target != "messages":
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
            elif top not in STDLIB and top not in third_party:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_layers_import_only_downwards():
    assert violations() == []


def test_the_architecture_test_catches_a_wrong_import(tmp_path, monkeypatch):
    bad = PACKAGE / "domain" / "_architecture_probe.py"
    bad.write_text("from journal_app.storage import codec\nimport sqlite_utils\n")
    try:
        assert len(violations()) == 2
    finally:
        bad.unlink()


def test_the_command_line_does_not_load_qt():
    code = (
        "import sys, journal_app.cli as c, journal_app.cli.entries, journal_app.cli.records, "
        "journal_app.cli.vaultcmds, journal_app.cli.report, journal_app.services.demo; "
        "c.main(['--version']) if False else None; "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
