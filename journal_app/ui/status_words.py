"""A status word ("Saving…", "Saved") that never pushes its neighbours about as it changes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel

# The words a save state shows most; a rarer, longer one may still widen the label.
SAVE_WORDS = ("Saving…", "Saved", "Not saved yet", "Not saved")


def reserve_width(label: QLabel, words: Iterable[str] = SAVE_WORDS) -> None:
    """Give ``label`` room for the widest of ``words`` (as translated), so it stays put."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    widest = max((metrics.horizontalAdvance(label.tr(word)) for word in words), default=0)
    margins = label.contentsMargins()
    label.setMinimumWidth(widest + margins.left() + margins.right() + 2)
