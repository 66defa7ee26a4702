"""What the save status says when a save fails: what happened, and that the words are safe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.domain.errors import JournalError, ValidationError

KEPT = "Your words are still here; Afterglow keeps trying."


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveWords", text)


def save_problem(error: BaseException) -> str:
    """One plain sentence or two for the save status (never the journal's text)."""
    kind = type(error).__name__
    if kind == "DiskFull":
        return _tr("The disk is full. Your words are still here; Afterglow keeps trying.")
    if kind in {"ReadOnlyStorage", "NoPermission"}:
        return _tr(
            "Afterglow can't write to the journal's folder right now. Your words are still "
            "here; Afterglow keeps trying."
        )
    if isinstance(error, ValidationError):
        return _tr("Not saved: {reason} Your words are still here.").format(reason=str(error))
    if isinstance(error, JournalError):
        return _tr("Not saved yet: {reason} {kept}").format(reason=str(error), kept=_tr(KEPT))
    return _tr("Saving didn't work just now. {kept}").format(kept=_tr(KEPT))
