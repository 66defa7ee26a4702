"""Safe files out, for the layers that may not reach storage: see ``storage.outputs``."""

from __future__ import annotations

from journal_app.storage.outputs import (
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    OutputRefused,
    check_output_file,
    make_private_folder,
    private_temp_beside,
    write_private_file,
)

__all__ = [
    "PRIVATE_FILE",
    "PRIVATE_FOLDER",
    "OutputRefused",
    "check_output_file",
    "make_private_folder",
    "private_temp_beside",
    "write_private_file",
]
