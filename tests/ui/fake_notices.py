"""A notifier that shows (or fails to show) at once, and keeps what it was given."""

from __future__ import annotations

from collections.abc import Callable

from journal_app.ui.notify import DESKTOP


class FakeNotices:
    """Stands in for journal_app.ui.notify.Notifier."""

    def __init__(self, shown: bool = True, route: str = DESKTOP) -> None:
        self.shown = shown
        self.where = route
        self.sent: list[tuple[str, str]] = []
        self.hidden = False

    def route(self) -> str:
        return self.where

    def send(self, summary: str, body: str, done: Callable[[bool], None]) -> None:
        self.sent.append((summary, body))
        done(self.shown)

    def hide(self) -> None:
        self.hidden = True
