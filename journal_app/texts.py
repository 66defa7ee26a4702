"""Reading the files in resources/ (shipped as journal_app.resources): text people read."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any


def resource_root() -> Traversable:
    """The resources folder: inside the installed package, or beside it in a checkout."""
    try:
        return resources.files("journal_app.resources")
    except ModuleNotFoundError:  # running from a source tree that was never installed
        return Path(__file__).resolve().parents[1] / "resources"


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``resources/<name>`` (a path like ``demo/corpus.toml``); cached, read-only."""
    path = resource_root().joinpath(*name.split("/"))
    return tomllib.loads(path.read_text(encoding="utf-8"))
