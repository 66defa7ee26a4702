"""Records to canonical JSON and back, sealed per row."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable

from journal_app.crypto.errors import DecryptionFailed
from journal_app.crypto.sealing import RecordSealer
from journal_app.domain.errors import IntegrityError, InvalidText
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.storage.vault_file import RECORDS, VaultFile

NOT_UTF8 = QT_TRANSLATE_NOOP(
    "messages",
    "Some of this text isn't valid UTF-8 (it may have come from a file saved in another "
    "encoding), so it wasn't saved. Save it as UTF-8 and try again.",
)


def canonical_json(value: object) -> bytes:
    """Encode a value as canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class RecordRepository:
    """Reads and writes whole records, sealed with the vault's data key."""

    def __init__(self, vault_file: VaultFile, sealer: RecordSealer) -> None:
        self._file = vault_file
        self._sealer = sealer

    def load_all(self) -> tuple[dict[str, Record], list[str]]:
        """Open every record; return them by id and the ids of any that are damaged."""
        # Thousands of small acyclic objects are made here; pausing the cycle collector
        # while they are built saves a sixth of the unlock time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._load_all()
        finally:
            # The records stay for the whole session: keep the collector from walking
            # them again and again (a full pass over them stalls typing for ~50 ms).
            gc.freeze()
            if collecting:
                gc.enable()

    def _load_all(self) -> tuple[dict[str, Record], list[str]]:
        records: dict[str, Record] = {}
        damaged: list[str] = []
        open_blob = self._sealer.open
        for record_id, blob in self._file.blobs():
            if blob is None:  # text or a number where the sealed bytes belong
                damaged.append(record_id)
                continue
            try:
                record = Record.from_dict(json.loads(open_blob(RECORDS, record_id, blob).decode()))
            except (DecryptionFailed, IntegrityError, ValueError, TypeError):
                damaged.append(record_id)
                continue
            if record.id != record_id:
                damaged.append(record_id)
                continue
            records[record_id] = record
        return records, damaged

    def use_sealer(self, sealer: RecordSealer) -> None:
        """Seal with ``sealer`` from now on (after a passphrase change made a new data key)."""
        self._sealer = sealer

    def seal(self, record: Record) -> bytes:
        """Seal one record; refuse text that can't be stored as UTF-8 (lone surrogates)."""
        try:
            plain = canonical_json(record.to_dict())
        except UnicodeEncodeError:
            raise InvalidText(message=Message(NOT_UTF8)) from None
        return self._sealer.seal(RECORDS, record.id, plain)

    def save(self, records: Iterable[Record], deletes: Iterable[str] = ()) -> None:
        """Write records and delete rows in one transaction; nothing is written on failure.

        Raises:
            InvalidText: a record holds text that isn't valid Unicode.
            StorageProblem: the disk is full, or the folder read-only or not ours.
        """
        self._file.write([(r.id, self.seal(r)) for r in records], deletes)
