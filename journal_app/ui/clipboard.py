"""Journal text copied while unlocked does not outlive the lock on the clipboard."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication

from journal_app.ui.session import SessionViewModel

Mode = QClipboard.Mode


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _app_active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class ClipboardGuard(QObject):
    """Clear the clipboard (and the X11 selection) on lock if it still holds our copy.

    While the journal is unlocked, each change to the clipboard made by Afterglow is
    remembered by a hash of its text (never the text). On lock, the clipboard is cleared
    only if it still holds that text: whatever the person copied elsewhere since is left
    alone. A change is Afterglow's when Qt says it owns the clipboard, or, where the
    system can't tell (Wayland, macOS), when it happens while Afterglow is the active
    application: other programs don't put text there while they are in the background.
    """

    def __init__(
        self,
        session: SessionViewModel,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
        *,
        app_active: Callable[[], bool] = _app_active,
    ) -> None:
        super().__init__(parent if parent is not None else session)
        self._session = session
        self._clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        self._app_active = app_active
        self._copied: dict[Mode, bytes] = {}
        self._clipboard.changed.connect(self._on_clipboard_changed)
        session.vault_locked.connect(self._on_session_vault_locked)

    def _modes(self) -> list[Mode]:
        modes = [Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(Mode.Selection)
        return modes

    def _owns(self, mode: Mode) -> bool:
        if mode == Mode.Selection:
            return self._clipboard.ownsSelection()
        return self._clipboard.ownsClipboard()

    def _on_clipboard_changed(self, mode: Mode) -> None:
        if mode not in self._modes() or not self._session.unlocked:
            return
        text = self._clipboard.text(mode)
        if text and (self._owns(mode) or self._app_active()):
            self._copied[mode] = _digest(text)

    def _on_session_vault_locked(self) -> None:
        copied, self._copied = self._copied, {}
        for mode, digest in copied.items():
            text = self._clipboard.text(mode)
            if text and _digest(text) == digest:
                self._clipboard.clear(mode)
