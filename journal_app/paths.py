"""Where Afterglow keeps its files; every location can be overridden."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from journal_app.domain.errors import ValidationError

APP_NAME = "Afterglow"
DATA_DIR_ENV = "JOURNAL_APP_DATA_DIR"
STATE_DIR_ENV = "JOURNAL_APP_STATE_DIR"


def _named(value: str, where: str) -> Path:
    # An empty name would quietly mean the everyday journal, which a script that meant
    # another folder (an unset variable, say) must never write to.
    if not value.strip():
        raise ValidationError(
            f"{where} is empty. Give the folder that holds the journal, or leave it out "
            "to use your usual journal."
        )
    return Path(value).expanduser()


def data_dir(explicit: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path:
    """The data folder: ``--data-dir``, else $JOURNAL_APP_DATA_DIR, else the OS default.

    Raises:
        ValidationError: ``--data-dir`` or the variable was given but empty.
    """
    if explicit is not None:
        return _named(os.fspath(explicit), "The folder given to --data-dir")
    if DATA_DIR_ENV in env:
        return _named(env[DATA_DIR_ENV], f"${DATA_DIR_ENV}")
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def state_dir(env: Mapping[str, str]) -> Path:
    """This computer's notes about journals: $JOURNAL_APP_STATE_DIR, else the OS's state folder.

    Kept apart from the data folder, so a copy of that folder brings none of it back.
    """
    if env.get(STATE_DIR_ENV, "").strip():
        return Path(env[STATE_DIR_ENV]).expanduser()
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME, appauthor=False))
