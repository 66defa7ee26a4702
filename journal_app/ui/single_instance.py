"""One window per journal: a second launch asks the first to come to the front."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"raise\n"


def server_name(folder: Path) -> str:
    """A name for the local socket, the same for every launch on the same journal."""
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return f"afterglow-{digest}"


class SingleInstance(QObject):
    """Listen for later launches, or find that an earlier one is already running."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(folder)
        self._server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 500) -> bool:
        """If another Afterglow has this journal open, ask it to come forward; say so."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the running instance (clearing a socket left by a crash)."""
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening (on exit)."""
        if self._server is not None:
            self._server.close()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        # The message is six bytes sent at once; read it here rather than keep the socket.
        arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(500)
        if arrived and bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.raise_requested.emit()
        socket.abort()
        socket.deleteLater()
