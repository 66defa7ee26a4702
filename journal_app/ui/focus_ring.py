"""The inner half of the focus ring on filled buttons.

app.qss rings every focused control in the theme's focus colour. On a filled
("primary") button that ring meets the fill, and in the dark theme the two are both
light amber: against the fill alone the ring would be hard to see. So a focused filled
button also gets a line just inside its ring, drawn in the button's own text colour,
which the contrast test holds at 4.5:1 or more against the fill. Style sheets cannot
draw two rings of different colours, hence this small overlay.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

FILLED = "primary"  # the objectName app.qss fills with the accent colour
RING_INSET = 4.0  # the app.qss focus border (2px) and a 2px gap of fill
LINE_WIDTH = 2.0
RADIUS = 5.0


def is_filled(widget: QObject) -> bool:
    """Whether ``widget`` is a push button drawn filled with the accent colour."""
    return isinstance(widget, QPushButton) and widget.objectName() == FILLED


class InnerRing(QWidget):
    """A line inside a focused filled button; lets every click through to the button."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        self.setObjectName("focusInnerRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        button.installEventFilter(self)  # to follow the button's size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def follow(self) -> None:
        """Cover the button and show while it has the focus."""
        button = self.parentWidget()
        if button is None:
            return
        self.setGeometry(button.rect())
        self.setVisible(button.hasFocus() and is_filled(button) and button.isEnabled())
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        button = self.parentWidget()
        if button is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = button.palette().color(QPalette.ColorRole.ButtonText)
        painter.setPen(QPen(colour, LINE_WIDTH))
        inset = RING_INSET + LINE_WIDTH / 2
        box = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.end()


def inner_ring(button: QPushButton) -> InnerRing | None:
    """The ring already made for ``button``, if any."""
    return button.findChild(InnerRing, "focusInnerRing", Qt.FindChildOption.FindDirectChildrenOnly)


class FocusRings(QObject):
    """Shows the inner ring on whichever filled button has the focus.

    It follows the application's focusChanged signal rather than filtering every event
    of the application: a filter in Python costs a call per event, thousands of them
    while a page is built.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for widget in (old, new):
            if not isinstance(widget, QPushButton):
                continue
            try:
                ring = inner_ring(widget)
                if ring is None and widget is new and is_filled(widget):
                    ring = InnerRing(widget)
                if ring is not None:
                    ring.follow()
            except RuntimeError:  # the button that had the focus was deleted meanwhile
                continue


def install_focus_rings(app: QApplication) -> FocusRings:
    """Watch the focus in ``app`` for filled buttons; calling it again changes nothing."""
    existing = app.findChild(FocusRings)
    if isinstance(existing, FocusRings):
        return existing
    rings = FocusRings(app)
    rings.setObjectName("focusRings")
    return rings
