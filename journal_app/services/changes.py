"""Change events: which record kinds changed, pushed to whoever listens."""

from __future__ import annotations

import inspect
import threading
import weakref
from collections.abc import Callable

Listener = Callable[[frozenset[str]], None]


class ChangeFeed:
    """A plain list of callbacks told which record kinds changed (weakly held methods)."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[], Listener | None]] = []
        self._guard = threading.Lock()

    def subscribe(self, listener: Listener) -> None:
        ref: Callable[[], Listener | None]
        if inspect.ismethod(listener):  # a page's method: held weakly, gone with the page
            ref = weakref.WeakMethod(listener)
        else:

            def ref() -> Listener:
                return listener

        with self._guard:
            self._listeners.append(ref)

    def publish(self, kinds: frozenset[str]) -> None:
        with self._guard:
            alive = [(r, r()) for r in self._listeners]
            self._listeners = [r for r, listener in alive if listener is not None]
        for _, listener in alive:
            if listener is not None:
                listener(kinds)
