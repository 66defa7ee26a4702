"""Records to canonical JSON and back, sealed per row, with format 2's index kept in step."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.journal_keys import BLOB_VERSION, JournalKeys, same_mac
from journal_app.crypto.keyslots import PASSPHRASE, RECOVERY
from journal_app.domain.errors import IntegrityError, InvalidText, JournalError
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.database import SCHEMA_VERSION
from journal_app.storage.header import header_bytes
from journal_app.storage.manifest import (
    GONE,
    GONE_ENTRY,
    KEPT,
    TRASH,
    Entry,
    Manifest,
    entry_for,
    index_message,
)
from journal_app.storage.vault_file import (
    FORMAT_VERSION,
    LEGACY_FORMAT,
    NEEDS_UPDATE,
    RECORDS,
    SlotRows,
    VaultFile,
)

NOT_UTF8 = QT_TRANSLATE_NOOP(
    "messages",
    "Some of this text isn't valid UTF-8 (it may have come from a file saved in another "
    "encoding), so it wasn't saved. Save it as UTF-8 and try again.",
)
INDEX_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "This journal's list of its own entries doesn't match the file, so it was not opened: "
    "part of the file was changed outside Afterglow, or put back from an older copy. "
    "Restore the journal from a backup.",
)
DOWNGRADED = QT_TRANSLATE_NOOP(
    "messages",
    "This journal's file was changed to look like an older kind of journal, so it was not "
    "opened. Restore it from a backup.",
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "messages",
    "This journal is in a format this Afterglow doesn't know (format {format}). Update "
    "Afterglow to open it.",
)
ROLLED_BACK = QT_TRANSLATE_NOOP(
    "messages", "an older version of it was put back in place of the current one"
)
UNTRASHED = QT_TRANSLATE_NOOP(
    "messages",
    "it was in the Trash, and a copy from before it went there was put back to take it out",
)
REMOVED = QT_TRANSLATE_NOOP("messages", "it was removed from the file")
REPLAYED = QT_TRANSLATE_NOOP(
    "messages", "it had been deleted for good, and an old copy of it was put back"
)
STRANGER = QT_TRANSLATE_NOOP(
    "messages", "it isn't one of this journal's records: it was added to the file from elsewhere"
)
EXTRA_SLOTS = QT_TRANSLATE_NOOP(
    "messages",
    "This journal has key slots Afterglow didn't make ({passphrase} passphrase, {recovery} "
    "recovery key and {other} other, where Afterglow makes one passphrase slot and one "
    "recovery key slot), so it was not opened or changed. Someone may have changed the file "
    "to reach your journal or its backups. Restore it from a backup.",
)
# How far back to look for the revision a rolled-back record came from (only after its
# current revision failed to open, so a healthy journal never pays for it).
OLDEST_TRIED = 5000


def canonical_json(value: object) -> bytes:
    """Encode a value as canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class Loaded:
    """What opening every record found: the records, the damaged, and what was tampered with."""

    def __init__(self) -> None:
        self.records: dict[str, Record] = {}
        self.damaged: list[str] = []
        self.tampered: dict[str, Message] = {}

    def tamper(self, record_id: str, what: str) -> None:
        self.tampered[record_id] = Message(what)
        self.damaged.append(record_id)


class RecordRepository:
    """Reads and writes whole records, sealed with the vault's data key.

    A format-2 journal keeps its index in step with every write; a format-1 journal is
    only read the way format 1 was, until :meth:`move_to_format_two`.
    """

    def __init__(self, vault_file: VaultFile, keys: JournalKeys) -> None:
        self._file = vault_file
        self._keys = keys
        self._manifest: Manifest | None = None

    @property
    def keys(self) -> JournalKeys:
        return self._keys

    @property
    def legacy(self) -> bool:
        return self._file.format == LEGACY_FORMAT

    def load_all(self) -> Loaded:
        """Open every record; name the damaged ones and what was done to tampered ones.

        Raises:
            IntegrityError: format 2's index doesn't match the file, or a format-2
                journal was dressed up as format 1, or the format is unknown.
        """
        # Thousands of small acyclic objects are made here; pausing the cycle collector
        # while they are built saves a sixth of the unlock time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            if self.legacy:
                return self._load_legacy()
            if self._file.format != FORMAT_VERSION:
                raise IntegrityError(Message(UNKNOWN_FORMAT, format=self._file.format[:8]))
            return self._load()
        finally:
            # The records stay for the whole session: keep the collector from walking
            # them again and again (a full pass over them stalls typing for ~50 ms).
            gc.freeze()
            if collecting:
                gc.enable()

    @staticmethod
    def _record(plain: bytes, record_id: str) -> Record | None:
        try:
            record = Record.from_dict(json.loads(plain.decode()))
        except (IntegrityError, ValueError, TypeError):
            return None
        return record if record.id == record_id else None

    def _load_legacy(self) -> Loaded:
        loaded = Loaded()
        if self._file.manifest_parts():
            raise IntegrityError(Message(DOWNGRADED))
        open_blob = self._keys.legacy.open
        for record_id, blob in self._file.blobs():
            if blob is not None and blob[:1] == bytes((BLOB_VERSION,)):
                raise IntegrityError(Message(DOWNGRADED))
            try:
                record = (
                    None
                    if blob is None
                    else self._record(open_blob(RECORDS, record_id, blob), record_id)
                )
            except DecryptionFailed:
                record = None
            if record is None:
                loaded.damaged.append(record_id)
            else:
                loaded.records[record_id] = record
        return loaded

    def _opened_manifest(self) -> Manifest:
        vault_id = self._file.vault_id
        parts = self._file.manifest_parts()
        digests = Manifest.digests_of(parts)
        mac = self._keys.index_mac(index_message(vault_id, self._file.change_count(), digests))
        if not same_mac(mac, self._file.meta_value("index")):
            raise IntegrityError(Message(INDEX_CHANGED))
        try:
            return Manifest.opened(self._keys, vault_id, parts)
        except (DecryptionFailed, ValueError, TypeError):
            raise IntegrityError(Message(INDEX_CHANGED)) from None

    def _load(self) -> Loaded:
        with self._file.snapshot():  # the index and the rows from the same moment
            return self._load_now()

    def _load_now(self) -> Loaded:
        manifest = self._opened_manifest()
        loaded = Loaded()
        seen: list[str] = []
        open_record = self._keys.open_record
        for record_id, blob in self._file.blobs():
            seen.append(record_id)
            entry = manifest.get(record_id)
            if entry is None:
                loaded.tamper(record_id, STRANGER)
            elif entry.state == GONE:
                loaded.tamper(record_id, REPLAYED)
            elif entry.state == KEPT or blob is None:
                loaded.damaged.append(record_id)
            else:
                try:
                    record = self._record(
                        open_record(record_id, entry.kind, entry.rev, blob), record_id
                    )
                except DecryptionFailed:
                    self._explain(loaded, record_id, entry, blob)
                    continue
                if (
                    record is None
                    or record.rev != entry.rev
                    or record.kind != entry.kind
                    or (entry.state == TRASH) != (record.deleted_at is not None)
                ):
                    loaded.damaged.append(record_id)
                else:
                    loaded.records[record_id] = record
        for record_id in sorted(manifest.ids() - set(seen)):
            if manifest.state(record_id) != GONE:
                loaded.tamper(record_id, REMOVED)
        self._manifest = manifest
        return loaded

    def _explain(self, loaded: Loaded, record_id: str, entry: Entry, blob: bytes) -> None:
        """A record that doesn't open as its index says: an older version, or damage."""
        for rev in range(entry.rev - 1, max(0, entry.rev - OLDEST_TRIED), -1):
            try:
                plain = self._keys.open_record(record_id, entry.kind, rev, blob)
            except DecryptionFailed:
                continue
            older = self._record(plain, record_id)
            revived = older is not None and entry.state == TRASH and not older.deleted
            loaded.tamper(record_id, UNTRASHED if revived else ROLLED_BACK)
            return
        loaded.damaged.append(record_id)

    def seal(self, record: Record) -> bytes:
        """Seal one record; refuse text that can't be stored as UTF-8 (lone surrogates)."""
        try:
            plain = canonical_json(record.to_dict())
        except UnicodeEncodeError:
            raise InvalidText(message=Message(NOT_UTF8)) from None
        return self._keys.seal_record(record.id, record.kind, record.rev, plain)

    def save(self, records: Iterable[Record], deletes: Iterable[str] = ()) -> None:
        """Write records and delete rows in one transaction; nothing is written on failure.

        Format 2's index changes in the same transaction, and in memory only once the
        transaction is safely written.

        Raises:
            InvalidText: a record holds text that isn't valid Unicode.
            StorageProblem: the disk is full, or the folder read-only or not ours.
        """
        if self.legacy:  # a writer moves a format-1 journal to format 2 when it opens it
            raise JournalError(Message(NEEDS_UPDATE))
        records, deletes = list(records), list(deletes)
        rows = [(r.id, self.seal(r)) for r in records]
        if self._manifest is None:  # saving before loading: the index as the file has it
            self._manifest = self._opened_manifest()
        manifest = self._manifest
        changes = {r.id: entry_for(r.kind, r.rev, r.deleted) for r in records}
        changes.update({i: GONE_ENTRY for i in deletes})
        vault_id = self._file.vault_id
        staged = manifest.stage(self._keys, vault_id, changes)
        with self._file.atomic():
            count = self._file.count_change()
            self._file.put_rows(rows)
            self._file.delete_rows(deletes)
            self._file.put_parts(staged.parts)
            self._file.set_meta({"index": staged.mac(self._keys, vault_id, count)})
        manifest.accept(staged)
        self._manifest = manifest

    def move_to_format_two(self, loaded: Loaded) -> None:
        """Re-seal a format-1 journal as format 2, with its header and index, in one transaction.

        Every record that opened is sealed again with format 2's associated data and
        padding; a row that didn't open is kept exactly as it was, listed as such. The
        key slots stay as they are, and the new header vouches for them.

        Raises:
            IntegrityError: the journal has key slots Afterglow never makes together.
            StorageProblem: the disk is full, or the folder read-only or not ours.
        """
        vault_id = self._file.vault_id
        slots = self._file.slots()
        check_legacy_slots(slots)
        header = header_bytes(vault_id, slots)
        changes = {r.id: entry_for(r.kind, r.rev, r.deleted) for r in loaded.records.values()}
        changes.update({i: Entry("", 0, KEPT) for i in loaded.damaged})
        staged = Manifest.empty().stage(self._keys, vault_id, changes)
        rows = []
        for record in loaded.records.values():
            plain = canonical_json(record.to_dict())
            rows.append(
                (record.id, self._keys.seal_record(record.id, record.kind, record.rev, plain))
            )
        with self._file.atomic():
            count = self._file.count_change()
            self._file.put_rows(rows)
            self._file.put_parts(staged.parts)
            self._file.set_meta(
                {
                    "format": FORMAT_VERSION,
                    "schema_version": str(SCHEMA_VERSION),
                    "header": header.decode("ascii"),
                    "header_mac": self._keys.header_mac(header),
                    "index": staged.mac(self._keys, vault_id, count),
                }
            )
        self._file.format = FORMAT_VERSION
        manifest = Manifest.empty()
        manifest.accept(staged)
        self._manifest = manifest

    def rekey(
        self,
        records: Iterable[Record],
        keys: JournalKeys,
        slots: SlotRows,
        between: Callable[[], None] | None = None,
    ) -> None:
        """Re-seal every record and the index under ``keys`` and replace every slot, in one
        transaction; then seal with ``keys`` from now on.

        Rows that didn't open (damaged or tampered with) are kept as they are. ``between``
        runs after the rows are written and before the slots change; tests make it fail.
        """
        if self.legacy or self._manifest is None:
            raise IntegrityError(Message(DOWNGRADED))  # writers move to format 2 at unlock
        vault_id = self._file.vault_id
        rows = self._resealed_rows(self._manifest, {r.id: r for r in records}, keys)
        staged = self._manifest.resealed(keys, vault_id)
        header = header_bytes(vault_id, slots)
        with self._file.atomic():
            count = self._file.count_change()
            self._file.put_rows(rows)
            self._file.put_parts(staged.parts)
            if between is not None:
                between()
            self._file.set_slots(slots)
            self._file.set_meta(
                {
                    "header": header.decode("ascii"),
                    "header_mac": keys.header_mac(header),
                    "index": staged.mac(keys, vault_id, count),
                }
            )
        self._manifest.accept(staged)
        self._keys = keys

    def _resealed_rows(
        self, manifest: Manifest, records: dict[str, Record], keys: JournalKeys
    ) -> list[tuple[str, bytes]]:
        """Each record's stored bytes opened with the old keys and sealed with ``keys``.

        Opening the stored bytes is a third of the work of writing the records out again
        as JSON; a record whose row won't open (never expected) is written from memory.
        """
        rows: list[tuple[str, bytes]] = []
        for record_id, blob in self._file.blobs():
            record = records.pop(record_id, None)
            entry = manifest.get(record_id)
            if record is None or blob is None or entry is None:
                continue  # damaged or tampered with: kept as it is
            try:
                plain = self._keys.open_record(record_id, entry.kind, entry.rev, blob)
            except DecryptionFailed:
                plain = canonical_json(record.to_dict())
            rows.append((record_id, keys.seal_record(record_id, entry.kind, entry.rev, plain)))
        for record in records.values():  # in memory but not in the file (never expected)
            plain = canonical_json(record.to_dict())
            rows.append((record.id, keys.seal_record(record.id, record.kind, record.rev, plain)))
        return rows


def check_legacy_slots(slots: SlotRows) -> None:
    """Format 1 always has one passphrase slot and one recovery slot; refuse anything else.

    Format 1 doesn't vouch for its slots, so the move to format 2 can't tell a slot added
    by someone else from one of ours, except that ours come exactly one of each.
    """
    kinds = [slot.slot_type for _, slot in slots]
    if sorted(kinds) != [PASSPHRASE, RECOVERY]:
        raise IntegrityError(
            Message(
                EXTRA_SLOTS,
                passphrase=kinds.count(PASSPHRASE),
                recovery=kinds.count(RECOVERY),
                other=len(kinds) - kinds.count(PASSPHRASE) - kinds.count(RECOVERY),
            )
        )
