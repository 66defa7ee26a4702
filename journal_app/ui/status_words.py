"""A status word ("Saving…", "Saved") that never pushes its neighbours about as it changes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from journal_app.messages import QT_TRANSLATE_NOOP

# The words a save state shows most; a rarer, longer one may still widen the label.
SAVE_WORDS = (
    QT_TRANSLATE_NOOP("StatusWords", "Saving…"),
    QT_TRANSLATE_NOOP("StatusWords", "Saved"),
    QT_TRANSLATE_NOOP("StatusWords", "Not saved yet"),
    QT_TRANSLATE_NOOP("StatusWords", "Not saved"),
)


def reserve_width(label: QLabel, words: Iterable[str] = SAVE_WORDS) -> None:
    """Give ``label`` room for the widest of ``words`` (as translated), so it stays put."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    shown = [
        QCoreApplication.translate("StatusWords", word)  # i18n: marked
        for word in words
    ]
    widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
    margins = label.contentsMargins()
    label.setMinimumWidth(widest + margins.left() + margins.right() + 2)
