"""Completion for a comma-separated tags field: each tag completes on its own."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def parse_tags(text: str) -> tuple[str, ...]:
    """Split the field's text into tags (the journal tidies '#' and repeats)."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def format_tags(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)


class TagCompleter(QCompleter):
    """Completes the tag after the last comma from the tags already in use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags = QStringListModel(self)
        self.setModel(self._tags)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_tags(self, tags: list[str]) -> None:
        self._tags.setStringList(tags)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.rsplit(",", 1)[-1].strip().lstrip("#")]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + chosen
