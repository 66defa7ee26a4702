"""Run slow work (key derivation, large saves) on the thread pool and report by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the UI thread; its signals carry the result back there."""

    finished = Signal(object)
    failed = Signal(object)


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

    def task() -> None:
        try:
            result = work()
        except BaseException as error:  # reported to the UI thread, never swallowed
            relay.failed.emit(error)
        else:
            relay.finished.emit(result)

    QThreadPool.globalInstance().start(task)
