"""Choosing backup files and folders with the system's file dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from journal_app.services.backups import SUFFIX
from journal_app.ui.backups.words import export_name


def _filter() -> str:
    text = QCoreApplication.translate("Backups", "Afterglow backups (*{suffix});;All files (*)")
    return text.format(suffix=SUFFIX)


def choose_export_path(parent: QWidget | None, today: date | None = None) -> Path | None:
    """Ask where to save a backup; suggest ``afterglow-YYYY-MM-DD.journal-backup`` at home."""
    suggested = Path.home() / export_name(today or date.today())
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backups", "Export a backup"),
        str(suggested),
        _filter(),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


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
