"""A polite end on SIGTERM, SIGHUP or Ctrl-C: the window stops through the usual lock.

Left to Python's defaults, ``kill`` ends the process at once: typed words are not saved,
and a demo journal's temporary folder stays behind. Here the signal ends Qt's event loop
instead, so the caller's tidy-up runs: the journal locks (saving what was typed) and a
demo folder is removed.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class QuitOnSignals(QObject):
    """Call ``quit`` when the process is asked to end; installed for the life of the app."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        # Python runs signal handlers only between its own bytecodes, and Qt's loop runs
        # in C++: a byte written to this socket pair wakes the loop so the handler runs.
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous = {sig: signal.signal(sig, self._on_signal) for sig in SIGNALS}

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self._quit()

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)  # the handler itself runs when this slot returns

    def close(self) -> None:
        """Put the previous handlers back."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
