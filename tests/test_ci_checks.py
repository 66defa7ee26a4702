"""CI runs the checks CONTRIBUTING promises, with the tools pinned to exact versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONSTRAINTS = ROOT / "requirements" / "dev-constraints.txt"
INSTALL = ".venv/bin/pip install -q -e '.[dev]' -c requirements/dev-constraints.txt"
_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def contributing_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)\n```", CONTRIBUTING, re.DOTALL)
    assert block is not None
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines()]


def ci_lines() -> list[str]:
    return [line.strip() for line in CI.splitlines()]


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned() -> dict[str, str]:
    found: dict[str, str] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"{line!r} is not pinned to one version"
            found[normal(name)] = version
    return found


def test_every_check_contributing_lists_is_run_by_ci_word_for_word():
    checks = [
        c for c in contributing_commands() if c.startswith((".venv/bin/ruff", ".venv/bin/mypy"))
    ]
    assert len(checks) == 4  # ruff check, ruff format --check, mypy strict, mypy whole
    for check in checks:
        assert check in ci_lines(), check


def test_ci_installs_the_dev_tools_with_the_constraints_before_any_check():
    lines = ci_lines()
    install = next(i for i, line in enumerate(lines) if line.endswith(INSTALL))
    first_check = next(i for i, line in enumerate(lines) if line.startswith(".venv/bin/ruff"))
    assert install < first_check
    assert any(c.endswith(INSTALL) for c in contributing_commands())


def test_the_readme_test_command_stays_the_last_line():
    assert CI.rstrip().splitlines()[-1] == (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    )


def test_ci_stops_at_the_first_failing_check():
    assert "set -euo pipefail" in CI


def test_every_tool_and_library_is_pinned_to_one_version():
    versions = pinned()
    extras = PYPROJECT["project"]["optional-dependencies"]
    wanted = [*PYPROJECT["project"]["dependencies"], *extras["test"], *extras["dev"]]
    for requirement in wanted:
        match = _NAME.match(requirement)
        assert match is not None, requirement
        name = normal(match.group(1))
        if name == "afterglow-journal":
            continue  # dev includes the test extra
        assert name in versions, f"{name} is not in {CONSTRAINTS.name}"
    for tool in ("ruff", "mypy", "pytest", "pytest-qt", "pytest-xdist", "hypothesis"):
        assert re.fullmatch(r"\d+(\.\d+)+", versions[tool]), tool


def test_the_strict_mypy_line_covers_exactly_the_strict_overrides():
    (override,) = [o for o in PYPROJECT["tool"]["mypy"]["overrides"] if o.get("strict")]
    strict = CI.split(".venv/bin/mypy ")[1].split("\n")[0].replace("journal_app/", "journal_app.")
    packages = re.search(r"\{(.*?)\}", strict)
    assert packages is not None
    paths = {f"journal_app.{name}.*" for name in packages.group(1).split(",")}
    paths |= {p.removesuffix(".py").replace("/", ".") for p in strict.split()[1:]}
    assert paths == set(override["module"])


def test_the_pre_commit_hook_runs_mypy_on_the_whole_package():
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "entry: mypy journal_app\n" in hooks
