"""Whether the journal changed since a page last looked, told by the journal's change events."""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.services.bundle import Services


class JournalWatch:
    """Listens to the journal's change events on a page's behalf (no polling).

    ``kinds`` limits the watch to some record kinds (None: any change counts). The feed
    holds this watch weakly, so it goes away with its page.
    """

    def __init__(
        self,
        services: Services,
        *,
        seen_now: bool = True,
        kinds: Iterable[str] | None = None,
    ) -> None:
        self._kinds = frozenset(kinds) if kinds is not None else None
        self._changed = not seen_now
        services.vault.changes.subscribe(self._on_changes)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if self._kinds is None or kinds & self._kinds:
            self._changed = True  # a plain flag: safe to set from a worker thread

    def changed(self) -> bool:
        """True once after each change (or the first time, if not seen at creation)."""
        changed, self._changed = self._changed, False
        return changed

    def mark(self) -> None:
        """The page has just read the journal as it is now."""
        self._changed = False

    def forget(self) -> None:
        """Make the next ``changed()`` true (the page changed something itself)."""
        self._changed = True
