"""What the save status says when a save fails: what happened, and that the words are safe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.domain.errors import JournalError, StorageProblem, ValidationError
from journal_app.messages import phrase
from journal_app.ui.messages import render


def save_problem(error: BaseException) -> str:
    """One plain sentence or two for the save status (never the journal's text)."""
    kept = QCoreApplication.translate(
        "SaveWords", "Your words are still here; Afterglow keeps trying."
    )
    if isinstance(error, StorageProblem):
        return f"{render(phrase(error.summary))} {kept}"
    if isinstance(error, ValidationError):
        return QCoreApplication.translate(
            "SaveWords", "Not saved: {reason} Your words are still here."
        ).format(reason=render(error))
    if isinstance(error, JournalError):
        return QCoreApplication.translate("SaveWords", "Not saved yet: {reason} {kept}").format(
            reason=render(error), kept=kept
        )
    return QCoreApplication.translate("SaveWords", "Saving didn't work just now. {kept}").format(
        kept=kept
    )
