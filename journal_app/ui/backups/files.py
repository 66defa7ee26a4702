"""Choosing backup files and folders with the system's file dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from journal_app.services.backup_folder import SUFFIX
from journal_app.ui.backups.words import export_name
from journal_app.ui.output_files import choose_output_file, in_documents


def _filter() -> str:
    text = QCoreApplication.translate("Backups", "Afterglow backups (*{suffix});;All files (*)")
    return text.format(suffix=SUFFIX)


def choose_export_path(
    parent: QWidget | None, today: date | None = None, *, journal_folder: Path | None = None
) -> Path | None:
    """Ask where to save a backup; suggest ``afterglow-YYYY-MM-DD.journal-backup`` in Documents.

    ``journal_folder``: the journal's data folder; a backup is never written inside it
    (nor over a folder or a device), and the dialog opens again after saying why.
    """
    return choose_output_file(
        parent,
        QCoreApplication.translate("Backups", "Export a backup"),
        in_documents(export_name(today or date.today())),
        _filter(),
        suffix=SUFFIX,
        journal_folder=journal_folder,
    )


def choose_backup_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask which backup to open."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Choose a backup"),
        str(start or Path.home()),
        _filter(),
    )
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a folder to copy automatic backups into."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Backups", "Also copy backups to this folder"),
        str(start or Path.home()),
    )
    return Path(chosen) if chosen else None
