"""Whether the journal changed since a page last looked, so pages re-read only then."""

from __future__ import annotations

from journal_app.services.bundle import Services


class JournalWatch:
    """Follows the record store's change counter on a page's behalf."""

    def __init__(self, services: Services, *, seen_now: bool = True) -> None:
        self._services = services
        self._seen = self._version() if seen_now else -1

    def _version(self) -> int:
        return self._services.vault.store.version

    def changed(self) -> bool:
        """True once after each change (or the first time, if not seen at creation)."""
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def mark(self) -> None:
        """The page has just read the journal as it is now."""
        self._seen = self._version()

    def forget(self) -> None:
        """Make the next ``changed()`` true (the page changed something itself)."""
        self._seen = -1
