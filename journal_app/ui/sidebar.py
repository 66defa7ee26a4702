"""The column on the left: the app's name, the sections, "Need help now?" and Lock.

It is as wide as its words need (they grow with Large Text) and no wider, so the page
beside it keeps the room on a small screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QSizePolicy, QVBoxLayout, QWidget

NARROWEST = 160
ITEM_ROOM = 2 * 14 + 2 * 8 + 12  # an item's padding and margins (app.qss), and a little air


class Sidebar(QWidget):
    """Holds the navigation list with the title above and the two buttons below."""

    def __init__(
        self,
        title: QLabel,
        navigation: QListWidget,
        buttons: list[QPushButton],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._title = title
        self._navigation = navigation
        self._buttons = buttons
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(title)
        layout.addWidget(navigation, 1)
        for button in buttons:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)

    def _width(self) -> int:
        self._navigation.ensurePolished()
        metrics = self._navigation.fontMetrics()
        items = (self._navigation.item(row).text() for row in range(self._navigation.count()))
        widest_item = max((metrics.horizontalAdvance(text) for text in items), default=0)
        needs = [
            NARROWEST,
            widest_item + ITEM_ROOM,
            self._title.sizeHint().width(),
            *(button.sizeHint().width() + 24 for button in self._buttons),
        ]
        return max(needs)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width(), super().minimumSizeHint().height())
