"""A quiet "working on it" line shown while the key is derived."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from journal_app.ui.named import named


class BusyIndicator(QWidget):
    """A moving bar and a short sentence; keeps its space when hidden so nothing jumps."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy mode: no percentage we could honestly show
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(text)
        self.label = named(QLabel(text), "muted")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)
