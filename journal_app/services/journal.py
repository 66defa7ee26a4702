"""The daily journal: write, edit with history, Trash, and listing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from journal_app.domain.entry import Entry
from journal_app.domain.errors import ValidationError
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.trash import TrashService
from journal_app.services.vault import VaultService

KINDS = ("entry",)


def newest_first(records: Iterable[Record]) -> list[Record]:
    """Sort entries by their day, then by when they were written, newest first."""
    return sorted(records, key=lambda r: (r.data.day, r.created_at), reverse=True)


class JournalService:
    """Daily entries over the unlocked vault."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def create(
        self,
        body: str,
        *,
        day: date | None = None,
        title: str = "",
        tags: Iterable[str] = (),
        private: bool = False,
        prompt_id: str | None = None,
        mood: int | None = None,
    ) -> Record:
        """Write a new entry (today's unless ``day`` is given)."""
        store = self._vault.store
        entry = Entry(
            body=body,
            day=day or store.clock()().astimezone().date(),
            title=title.strip(),
            tags=tuple(tags),
            private=private,
            prompt_id=prompt_id,
            mood=mood,
        )
        return store.add(entry)

    def get(self, id_or_prefix: str) -> Record:
        return self._vault.store.resolve(id_or_prefix, KINDS)

    def edit(
        self,
        id_or_prefix: str,
        *,
        body: str | None = None,
        title: str | None = None,
        tags: Iterable[str] | None = None,
        private: bool | None = None,
        day: date | None = None,
        prompt_id: str | None = None,
        keep_revision: bool = True,
    ) -> Record:
        """Change an entry; the version before the change is kept unless told otherwise."""
        record = self.get(id_or_prefix)
        if record.deleted:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "That entry is in the Trash; restore it before editing."
                    )
                )
            )
        entry: Entry = record.data
        changes: dict[str, Any] = {}
        if body is not None:
            changes["body"] = body
        if title is not None:
            changes["title"] = title.strip()
        if tags is not None:
            changes["tags"] = tuple(tags)
        if private is not None:
            changes["private"] = private
        if day is not None:
            changes["day"] = day
        if prompt_id is not None:
            changes["prompt_id"] = prompt_id
        return self._vault.store.update(
            record.id, replace(entry, **changes), keep_revision=keep_revision
        )

    def delete(self, id_or_prefix: str) -> Record:
        """Move an entry to the Trash."""
        return TrashService(self._vault).move(id_or_prefix, KINDS)

    def undelete(self, id_or_prefix: str) -> Record:
        """Bring an entry back from the Trash."""
        return TrashService(self._vault).restore(id_or_prefix, KINDS)

    def purge(self, id_or_prefix: str) -> None:
        """Remove an entry that is in the Trash, with its history, for good."""
        TrashService(self._vault).purge(id_or_prefix, KINDS)

    def trash(self) -> list[Record]:
        return TrashService(self._vault).items(KINDS)

    def entries(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        tag: str | None = None,
    ) -> list[Record]:
        """Entries outside the Trash, newest first, optionally within dates or with a tag."""
        wanted = tag.strip().lstrip("#").casefold() if tag else None
        return newest_first(
            r
            for r in self._vault.store.of_kind("entry")
            if (start is None or r.data.day >= start)
            and (end is None or r.data.day <= end)
            and (wanted is None or any(t.casefold() == wanted for t in r.data.tags))
        )

    def tags(self) -> list[str]:
        """Every tag in use, most used first."""
        counts: dict[str, int] = {}
        for record in self._vault.store.of_kind("entry"):
            for tag in record.data.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t.casefold()))

    def revisions(self, id_or_prefix: str) -> list[Record]:
        return self._vault.store.revisions(self.get(id_or_prefix).id)

    def restore_revision(self, revision_id: str) -> Record:
        return self._vault.store.restore_revision(revision_id)
