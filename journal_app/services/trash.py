"""The Trash, across every kind a person can delete: the one use case the window and CLI share."""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.vault import VaultService

TRASHABLE = ("entry", "journey")


def _when(record: Record) -> str:
    """When a trashed record happened, for ordering (an entry's day, a journey's time)."""
    data = record.data
    if record.kind == "journey":
        return str(data.when.isoformat())
    return f"{data.day.isoformat()}T{record.created_at[11:]}"


class TrashService:
    """Move records to the Trash, bring them back, list or empty it."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def find(self, id_or_prefix: str, kinds: Iterable[str] = TRASHABLE) -> Record:
        return self._vault.store.resolve(id_or_prefix, kinds)

    def move(self, id_or_prefix: str, kinds: Iterable[str] = TRASHABLE) -> Record:
        """Move a record (a journey with its answers) to the Trash."""
        return self._vault.store.set_deleted(self.find(id_or_prefix, kinds).id, True)

    def restore(self, id_or_prefix: str, kinds: Iterable[str] = TRASHABLE) -> Record:
        """Bring a record back from the Trash."""
        return self._vault.store.set_deleted(self.find(id_or_prefix, kinds).id, False)

    def purge(self, id_or_prefix: str, kinds: Iterable[str] = TRASHABLE) -> None:
        """Remove a record that is in the Trash, with its previous versions, for good."""
        record = self.find(id_or_prefix, kinds)
        if not record.deleted:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Only things in the Trash can be removed for good."
                    )
                )
            )
        self._vault.store.purge(record.id)

    def items(self, kinds: Iterable[str] = TRASHABLE) -> list[Record]:
        """What is in the Trash, the latest first."""
        found = [r for kind in kinds for r in self._vault.store.of_kind(kind, deleted=True)]
        return sorted(found, key=_when, reverse=True)
