"""Asking where to save a file, and refusing places Afterglow must not write to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal_app.services.outputs import OutputRefused, check_output_file
from journal_app.ui.messages import render


def in_documents(name: str) -> Path:
    """Where a new file is first suggested: ``name`` in the Documents folder (else home)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / name


def choose_output_file(
    parent: QWidget | None,
    caption: str,
    suggested: Path,
    filters: str,
    *,
    suffix: str,
    journal_folder: Path | None,
) -> Path | None:
    """Ask where to save a new file; return a path that may be written, or None.

    A place that is refused (inside the journal's folder, a folder, a device) is
    explained kindly and the dialog opens again. The file dialog itself asks before
    replacing a file; a name that only gained ``suffix`` here is asked about once more.
    So the path returned is confirmed: write it with ``force=True``.
    """
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.name.lower().endswith(suffix.lower()):
            path = path.with_name(path.name + suffix)
        confirmed = str(path) == chosen  # the dialog asked before replacing this name
        try:
            target = check_output_file(path, journal_folder=journal_folder, force=True)
        except OutputRefused as error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("OutputFiles", "Choose another place"),
                render(error),
            )
            suggested = path
            continue
        if target.exists() and not confirmed and not _replace_ok(parent, target):
            suggested = path
            continue
        return target


def _replace_ok(parent: QWidget | None, target: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OutputFiles", "Replace the file?"),
        QCoreApplication.translate(
            "OutputFiles", "{name} already exists in {folder}. Replace it?"
        ).format(name=target.name, folder=target.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
