"""Where Afterglow keeps its files; every location can be overridden."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Afterglow"
DATA_DIR_ENV = "JOURNAL_APP_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path:
    """The data folder: ``--data-dir``, else $JOURNAL_APP_DATA_DIR, else the OS default."""
    if explicit:
        return Path(explicit).expanduser()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))
