"""The README's set-up stays first, names the system packages, and CI runs it (issue 11)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)\n```", README, re.DOTALL)
    assert block is not None
    return block.group(1).splitlines()


def test_the_two_setup_commands_come_first_after_one_prerequisite_line():
    lines = README.splitlines()
    assert lines[0] == "# Afterglow"
    assert lines[2].startswith("On Debian 12 or Ubuntu 24.04, first: `sudo apt install ")
    assert lines[4] == "```sh"
    first, second = setup_commands()
    assert first == "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/afterglow"
    assert second.startswith("python3 -m venv .venv && .venv/bin/pip install -e '.[test]'")


def test_the_prerequisite_names_venv_and_the_xcb_cursor_library():
    packages = re.search(r"`sudo apt install ([^`]*)`", README.splitlines()[2])
    assert packages is not None
    assert {"python3-venv", "libxcb-cursor0"} <= set(packages.group(1).split())


def test_ci_runs_the_readme_test_command_word_for_word():
    assert setup_commands()[1] in CI.splitlines()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_ci_installs_exactly_the_readme_packages():
    extract = next(line for line in CI.splitlines() if line.startswith("read -r -a packages"))
    script = f'cd "{ROOT}"\n{extract}\nprintf "%s\\n" "${{packages[@]}}"\n'
    found = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    packages = re.search(r"`sudo apt install ([^`]*)`", README)
    assert packages is not None
    assert found.stdout.split() == packages.group(1).split()
