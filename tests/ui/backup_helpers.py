"""Shared helpers for the backup widget tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from journal_app.services.bundle import Services
from journal_app.ui.backups.key_dialog import BackupKey, BackupKeyDialog
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.ui.windows import show_in_window  # noqa: F401  (the backup tests import it here)


def build(folder: Path) -> Services:
    return Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock)


def answer_open(monkeypatch, path: Path | None) -> None:
    chosen = str(path) if path is not None else ""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (chosen, ""))
    )


def answer_save(monkeypatch, path: Path | None) -> list[tuple]:
    asked: list[tuple] = []

    def answer(*args, **kwargs):
        asked.append(args)
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def answer_keys(monkeypatch, answers: list[BackupKey | None]) -> list[dict[str, object]]:
    """Answer BackupKeyDialog.ask from ``answers`` (None: Cancel); return what was asked."""
    asked: list[dict[str, object]] = []

    def ask(cls, parent, file_name, **options):
        asked.append({"file_name": file_name, **options})
        key = answers.pop(0) if answers else None
        return key, key is not None

    monkeypatch.setattr(BackupKeyDialog, "ask", classmethod(ask))
    return asked


def journal_with_backup(
    folder: Path, passphrase: str = PASSPHRASE, body: str = "from the backup"
) -> tuple[Path, str]:
    """A separate journal with one entry, exported; return the backup and its recovery code."""
    services = build(folder)
    code = services.vault.create(passphrase)
    services.journal.create(body)
    services.checkins.add(6, note="steady")
    path = folder.parent / f"{folder.name}.journal-backup"
    services.backups.export(path)
    services.vault.lock()
    return path, code
