"""One window per journal: a second launch asks the first to come to the front.

The two meet on a local socket. It lives in the user's own runtime folder
($XDG_RUNTIME_DIR, or a 0700 folder of theirs in the temporary folder) and its name
holds the user's id, so another account can neither squat the name nor reach the
socket (as qutebrowser does). Where no such folder can be had, there is no socket: the
journal's own lock still keeps a second window from opening it.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"raise\n"
PRIVATE_FOLDER = 0o700


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # an account with no name (in a container, say)
        return ""


def _user() -> str:
    """This account: its numeric id where there is one, else its name."""
    return str(os.getuid()) if hasattr(os, "getuid") else _login()


def _private_folder(path: Path) -> bool:
    """Is ``path`` a real folder of this account's that nobody else may enter?"""
    try:
        found = path.lstat()
    except OSError:
        return False
    ours = not hasattr(os, "getuid") or found.st_uid == os.getuid()
    return stat.S_ISDIR(found.st_mode) and ours and not found.st_mode & 0o077


def runtime_folder(
    env: Mapping[str, str] | None = None, temp_root: Path | None = None
) -> Path | None:
    """A folder only this account can reach, for the socket; None if there is none."""
    env = os.environ if env is None else env
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and _private_folder(Path(runtime)):
        return Path(runtime)
    # Someone else may have made this name first; then it is not ours and is not used.
    mine = (temp_root or Path(tempfile.gettempdir())) / f"afterglow-{_user()}"
    try:
        mine.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        pass
    except OSError:
        return None
    return mine if _private_folder(mine) else None


def server_name(
    folder: Path, env: Mapping[str, str] | None = None, temp_root: Path | None = None
) -> str | None:
    """The socket for this journal and this account, the same for every launch.

    On Windows a name (a named pipe, which Qt limits to this account); elsewhere a path
    in :func:`runtime_folder`. None where no private place can be had.
    """
    user = _user()
    key = f"{folder.resolve()}\0{_login()}\0{user}"
    name = f"afterglow-{user}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    if sys.platform == "win32":
        return name
    runtime = runtime_folder(env, temp_root)
    return None if runtime is None else str(runtime / name)


class SingleInstance(QObject):
    """Listen for later launches, or find that an earlier one is already running."""

    raise_requested = Signal()

    def __init__(
        self, folder: Path, parent: QObject | None = None, *, name: str | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name if name is not None else server_name(folder)
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str | None:
        return self._name

    def notify_running(self, timeout_ms: int = 500) -> bool:
        """If another Afterglow has this journal open, ask it to come forward; say so."""
        if self._name is None:
            return False
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
        if self._name is None:
            return False
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
