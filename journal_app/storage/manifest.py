"""Format 2's index: which records the journal holds, at which revision, sealed and vouched for.

The index says, for every record id the journal has ever held, its kind, its revision and
whether it is live, in the Trash, deleted for good, or kept as it was found (unreadable
when the journal moved to format 2). It is split by the id's first byte into up to 256
sealed parts, so a change re-seals only the parts it touches, and one HMAC over every
part's digest and the journal's change count vouches for the whole (docs/vault-format.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, KeysView, Mapping
from dataclasses import dataclass
from hashlib import sha256
from typing import NamedTuple

from journal_app.crypto.journal_keys import JournalKeys

LIVE, TRASH, GONE, KEPT = 0, 1, 2, 3
PARTS = 256
_EMPTY = sha256(b"").digest()


def part_of(record_id: str) -> int:
    """The part a record id belongs to: its first two hex digits (0 for an odd id)."""
    try:
        return int(record_id[:2], 16) % PARTS
    except ValueError:
        return 0


class Entry(NamedTuple):
    kind: str
    rev: int
    state: int


def entry_for(kind: str, rev: int, deleted: bool) -> Entry:
    return Entry(kind, rev, TRASH if deleted else LIVE)


GONE_ENTRY = Entry("", 0, GONE)


def encode_part(entries: Mapping[str, Entry]) -> bytes:
    """Canonical JSON: {id: [kind, rev, state]}, sorted, no spaces."""
    value = {i: [e.kind, e.rev, e.state] for i, e in entries.items()}
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def decode_part(plain: bytes) -> dict[str, Entry]:
    """Read a part; raise ValueError if it isn't one (it opened, so only a bug does that)."""
    value = json.loads(plain.decode())
    if not isinstance(value, dict):
        raise ValueError("not an index part")
    # A part opened under the journal's key was written by Afterglow: its shape is known,
    # and anything else (a bug) raises TypeError or ValueError here or at its first use.
    make = tuple.__new__  # Entry(*item) without the Python-level constructor: 5x faster
    return {record_id: make(Entry, item) for record_id, item in value.items()}


def index_message(vault_id: str, changes: int, digests: Iterable[bytes]) -> bytes:
    """What the index MAC covers: the vault id, the change count and every part's digest."""
    return b"\x00".join((vault_id.encode(), str(changes).encode())) + b"\x00" + b"".join(digests)


class Manifest:
    """The index in memory: its entries by part, and each stored part's digest."""

    def __init__(self, parts: list[dict[str, Entry]], digests: list[bytes]) -> None:
        self._parts = parts
        self._digests = digests
        self._all: dict[str, Entry] = {}  # every entry in one place, for quick lookups
        for members in parts:
            self._all.update(members)

    @classmethod
    def empty(cls) -> Manifest:
        return cls([{} for _ in range(PARTS)], [_EMPTY] * PARTS)

    @staticmethod
    def digests_of(blobs: Mapping[int, bytes]) -> list[bytes]:
        return [sha256(blobs[p]).digest() if p in blobs else _EMPTY for p in range(PARTS)]

    @classmethod
    def opened(cls, keys: JournalKeys, vault_id: str, blobs: Mapping[int, bytes]) -> Manifest:
        """Open every stored part (raising DecryptionFailed or ValueError if one won't)."""
        parts: list[dict[str, Entry]] = [{} for _ in range(PARTS)]
        for part, blob in blobs.items():
            if not 0 <= part < PARTS:
                raise ValueError("no such index part")
            # The part number is in its associated data, so its members are its own.
            parts[part] = decode_part(keys.open_part(vault_id, part, blob))
        return cls(parts, cls.digests_of(blobs))

    def get(self, record_id: str) -> Entry | None:
        return self._all.get(record_id)

    def ids(self) -> KeysView[str]:
        return self._all.keys()

    def state(self, record_id: str) -> int:
        return self._all[record_id].state

    def stage(self, keys: JournalKeys, vault_id: str, changes: Mapping[str, Entry]) -> Staged:
        """The sealed parts and digests after ``changes``; this manifest is not touched."""
        parts = list(self._parts)
        digests = list(self._digests)
        blobs: dict[int, bytes] = {}
        by_part: dict[int, dict[str, Entry]] = {}
        for record_id, entry in changes.items():
            by_part.setdefault(part_of(record_id), {})[record_id] = entry
        for part, changed in by_part.items():
            members = dict(parts[part])
            members.update(changed)
            parts[part] = members
            blob = keys.seal_part(vault_id, part, encode_part(members))
            blobs[part], digests[part] = blob, sha256(blob).digest()
        return Staged(parts, blobs, digests, dict(changes))

    def resealed(self, keys: JournalKeys, vault_id: str) -> Staged:
        """Every non-empty part sealed again under ``keys`` (a new data key)."""
        digests = [_EMPTY] * PARTS
        blobs: dict[int, bytes] = {}
        for part, members in enumerate(self._parts):
            if members:
                blob = keys.seal_part(vault_id, part, encode_part(members))
                blobs[part], digests[part] = blob, sha256(blob).digest()
        return Staged(list(self._parts), blobs, digests, {})

    def accept(self, staged: Staged) -> None:
        """Take on what was staged, once it is safely written."""
        self._parts, self._digests = staged.entries, staged.digests
        self._all.update(staged.changes)

    def mac(self, keys: JournalKeys, vault_id: str, changes: int) -> str:
        return keys.index_mac(index_message(vault_id, changes, self._digests))


@dataclass(frozen=True, slots=True)
class Staged:
    entries: list[dict[str, Entry]]
    parts: dict[int, bytes]
    digests: list[bytes]
    changes: dict[str, Entry]

    def mac(self, keys: JournalKeys, vault_id: str, changes: int) -> str:
        return keys.index_mac(index_message(vault_id, changes, self.digests))
