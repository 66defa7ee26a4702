"""What the save status says when a save fails: what happened, and that the words are safe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.domain.errors import JournalError, StorageProblem, ValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveWords", text)


def save_problem(error: BaseException) -> str:
    """One plain sentence or two for the save status (never the journal's text)."""
    kept = _tr("Your words are still here; Afterglow keeps trying.")
    if isinstance(error, StorageProblem):
        return f"{_tr(error.summary)} {kept}"
    if isinstance(error, ValidationError):
        return _tr("Not saved: {reason} Your words are still here.").format(reason=str(error))
    if isinstance(error, JournalError):
        return _tr("Not saved yet: {reason} {kept}").format(reason=str(error), kept=kept)
    return _tr("Saving didn't work just now. {kept}").format(kept=kept)
