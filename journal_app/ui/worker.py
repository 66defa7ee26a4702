"""Run slow work (key derivation, large saves) on the thread pool and report by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class BackgroundRunner(QObject):
    """Runs callables on the global thread pool and calls back on this object's thread.

    One long-lived runner per owner: no per-task QObjects to create and delete, which
    keeps object lifetimes simple when the owner goes away.
    """

    _finished = Signal(object, object)  # (callback, result or error)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._on_finished)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` in the background; then ``on_done(result)`` or ``on_error(error)``."""

        def task() -> None:
            try:
                result = work()
            except BaseException as error:  # reported to the UI thread, never swallowed
                self._finished.emit(on_error, error)
            else:
                self._finished.emit(on_done, result)

        QThreadPool.globalInstance().start(task)

    def _on_finished(self, callback: Callable[[Any], None], value: object) -> None:
        callback(value)
