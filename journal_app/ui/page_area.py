"""Where the shell shows its pages: a page never loses its edge, it scrolls instead.

Every page fits 960×540 (1920×1080 at 2×), so this area normally shows the page at its
size and no scroll bars. In a smaller window, or with very large text, the page keeps
its minimum size and the area scrolls to what is beyond the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageArea(QScrollArea):
    """Holds ``page`` at the viewport's size, or at its minimum where that is bigger."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's fields take focus
        # Not "widget resizable": that gives a page with wrapping words its preferred
        # height, and so a scroll bar, where the page scrolls itself already.
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)

    def fit_page(self) -> None:
        """Size the page to the room there is, never below its minimum."""
        page = self.widget()
        if page is None:
            return
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        page.resize(self.viewport().size().expandedTo(least))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, 0)  # below the page's minimum, the area scrolls

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()  # a page shown or grown: its minimum may have changed
        return super().eventFilter(watched, event)
