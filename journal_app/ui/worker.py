"""Run slow work (key derivation, large saves) on the thread pool and report by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # reported to the UI thread, never swallowed
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject,
) -> None:
    """Run ``work`` on the global thread pool; call back on the UI thread."""
    relay = _Relay(parent)
    relay.finished.connect(on_done)
    relay.failed.connect(on_error)
    relay.finished.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Task(work, relay))
