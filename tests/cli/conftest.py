"""Small helpers shared by the command-line tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import Result

Runner = Callable[..., Result]


@pytest.fixture
def write_entry(initialised: Runner) -> Callable[..., str]:
    """Write an entry through the CLI and return its id."""

    def write(text: str, *options: str) -> str:
        result = initialised("write", text, *options)
        assert result.code == 0, result.err
        return result.out.strip()

    return write


@pytest.fixture
def list_json(initialised: Runner) -> Callable[..., list[dict[str, Any]]]:
    """Run ``list --json`` with extra options and return the parsed array."""

    def listed(*options: str) -> list[dict[str, Any]]:
        result = initialised("list", "--json", *options)
        assert result.code == 0, result.err
        return json.loads(result.out)

    return listed
