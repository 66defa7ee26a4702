"""Return and Enter press the focused button, everywhere in the application.

Qt presses a focused push button on Enter only inside a dialog (where buttons are
"auto default"); on the pages of the main window only Space did, and a tool button
never answered Enter at all. People expect Enter to press what is focused, so one
application-wide filter turns a plain Return or Enter on a focused, enabled button
into a click. Everything else is left alone: text fields and lists keep their own
Enter, buttons that read their own keys keep them, and in a dialog, Enter in a field
still presses the dialog's default button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Enter on the number pad arrives with the keypad modifier; any other modifier means
# a shortcut (Ctrl+Enter saves in some editors), which is not ours to take.
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
PRESSABLE = (QPushButton, QToolButton)


def handles_own_keys(widget: QWidget) -> bool:
    """Whether ``widget``'s class reads its own keys (the mood scale picks on Enter)."""
    own = type(widget).keyPressEvent
    return own not in (QPushButton.keyPressEvent, QToolButton.keyPressEvent)


def pressed_button(watched: QObject, event: QEvent) -> QAbstractButton | None:
    """The button a key ``event`` sent to ``watched`` should press, if any."""
    # The cheap tests first: this runs for every event of the application.
    if not isinstance(watched, PRESSABLE) or not isinstance(event, QKeyEvent):
        return None
    if event.type() != QEvent.Type.KeyPress:
        return None
    if event.key() not in ENTER_KEYS or event.modifiers() not in PLAIN:
        return None
    if event.isAutoRepeat():  # holding Enter down must not press Save twenty times
        return None
    if handles_own_keys(watched):
        return None
    # Only the button that has the focus: a key passed up from a child is not for it.
    if not watched.hasFocus() or not watched.isEnabled() or not watched.isVisible():
        return None
    return watched


class EnterKeys(QObject):
    """Presses the focused button on Return or Enter.

    It watches only buttons that have had the focus, found through the application's
    focusChanged signal: a filter on the whole application would cost a Python call for
    every event of every widget.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus_changed)
        self.watch(app.focusWidget())

    def watch(self, widget: QObject | None) -> None:
        """Listen to ``widget``'s keys if it is a button (twice changes nothing)."""
        if isinstance(widget, PRESSABLE):
            widget.installEventFilter(self)

    def _on_focus_changed(self, old: QObject | None, new: QObject | None) -> None:
        self.watch(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        button = pressed_button(watched, event)
        if button is None:
            return False
        button.click()
        return True


def install_enter_keys(app: QApplication) -> EnterKeys:
    """Let Enter press the focused button everywhere in ``app``; a second call changes nothing."""
    existing = app.findChild(EnterKeys)
    if isinstance(existing, EnterKeys):
        return existing
    keys = EnterKeys(app)
    keys.setObjectName("enterKeys")
    return keys
