"""Format 2's header: the vault id, the format and every key slot, vouched for by the data key.

The header is canonical JSON kept in ``meta`` with an HMAC keyed from the data key. It is
written in the same transaction as every change to the slots and checked at every unlock,
once the data key is open and before anything else is used (docs/vault-format.md).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

from journal_app.crypto import keyslots
from journal_app.crypto.journal_keys import JournalKeys, same_mac
from journal_app.domain.errors import IntegrityError
from journal_app.messages import QT_TRANSLATE_NOOP, Message

FORMAT = 2
Slots = Sequence[tuple[str, keyslots.KeySlot]]

HEADER_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "This journal's header doesn't match its key, so it was not opened: its key slots or "
    "settings were changed outside Afterglow, or an old key slot was put back. Try your "
    "current passphrase or your recovery key, or restore the journal from a backup.",
)
SLOTS_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "This journal was changed outside Afterglow, so it was not opened: {what}. Nothing was "
    "used from the changed part. Restore the journal from a backup, or ask someone you "
    "trust to look at the file with you.",
)
UNLISTED_SLOT = QT_TRANSLATE_NOOP(
    "messages",
    "That passphrase doesn't open this journal's own key slot, and the file holds another "
    "key slot that Afterglow didn't make, so it was not tried. The file was changed outside "
    "Afterglow. Try your current passphrase, or restore the journal from a backup.",
)
SETTINGS_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "The key settings of this journal's passphrase slot were changed outside Afterglow, so "
    "the passphrase was not tried with them. Restore the journal from a backup.",
)


def _slot_value(slot_id: str, slot: keyslots.KeySlot) -> dict[str, Any]:
    return {
        "id": slot_id,
        "type": slot.slot_type,
        "params": slot.params,
        "wrapped": base64.b64encode(slot.wrapped).decode("ascii"),
    }


def header_bytes(vault_id: str, slots: Slots) -> bytes:
    """The header as canonical JSON (sorted keys, no spaces, ASCII)."""
    value = {
        "format": FORMAT,
        "vault_id": vault_id,
        "slots": [_slot_value(i, s) for i, s in slots],
    }
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("ascii")


def _parsed(header: str | None) -> dict[str, Any] | None:
    if header is None:
        return None
    try:
        value = json.loads(header)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def check_before_key(header: str | None, slot_id: str, slot: keyslots.KeySlot) -> None:
    """Refuse a passphrase slot whose settings differ from the ones its header records.

    Before the key is open the header is only a claim; but a slot whose settings differ
    from it was changed outside Afterglow, and its settings are not worth a derivation.
    (Both changed alike give a different key, which is a wrong passphrase.)
    """
    value = _parsed(header)
    if value is None:
        return  # format 1, or a header so damaged that the check after the key refuses it
    for recorded in value.get("slots", ()):
        if (
            isinstance(recorded, dict)
            and recorded.get("id") == slot_id
            and recorded.get("params") != slot.params
        ):
            raise IntegrityError(Message(SETTINGS_CHANGED))


def listed_first(header: str | None, slots: Slots) -> tuple[Slots, Slots]:
    """The slots the header lists, in its order, and those it doesn't list.

    Before the key is open this only decides which derivations are worth running: a slot
    the header doesn't list was added outside Afterglow, and its settings could make each
    attempt cost a gigabyte, so it is never tried. Without a header (format 1) every slot
    is listed.
    """
    value = _parsed(header)
    if value is None:
        return list(slots), []
    listed = [s.get("id") for s in value.get("slots", ()) if isinstance(s, dict)]
    by_id = dict(slots)
    known = [(i, by_id[i]) for i in listed if isinstance(i, str) and i in by_id]
    return known, [(i, s) for i, s in slots if i not in set(listed)]


def _joined(parts: list[Message]) -> Message:
    joined = parts[0]
    for part in parts[1:]:
        joined = Message(QT_TRANSLATE_NOOP("messages", "{first}; {then}"), first=joined, then=part)
    return joined


def _name(slot_type: object) -> Message:
    if slot_type == keyslots.PASSPHRASE:
        return Message(QT_TRANSLATE_NOOP("messages", "passphrase slot"))
    if slot_type == keyslots.RECOVERY:
        return Message(QT_TRANSLATE_NOOP("messages", "recovery key slot"))
    return Message(QT_TRANSLATE_NOOP("messages", "key slot of a kind Afterglow doesn't know"))


def _changed(recorded: dict[str, Any], found: dict[str, Any]) -> list[Message]:
    name = _name(recorded.get("type"))
    if recorded.get("type") != found["type"]:
        return [
            Message(
                QT_TRANSLATE_NOOP("messages", "the {name} was made into another kind of slot"),
                name=name,
            )
        ]
    said: list[Message] = []
    params, was = found["params"], recorded.get("params") or {}
    if found["type"] == keyslots.RECOVERY and params.get("recipient_public") != was.get(
        "recipient_public"
    ):
        said.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the recovery key was swapped for another (its public half was changed)",
                )
            )
        )
    elif params != was:
        said.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "the settings of the {name} were changed"),
                name=name,
            )
        )
    if found["wrapped"] != recorded.get("wrapped"):
        said.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "the key held in the {name} was changed"),
                name=name,
            )
        )
    return said


def differences(recorded: dict[str, Any], vault_id: str, slots: Slots) -> list[Message]:
    """What differs between the vouched-for header and the file, one phrase per change."""
    said: list[Message] = []
    if recorded.get("vault_id") != vault_id:
        said.append(Message(QT_TRANSLATE_NOOP("messages", "the journal's id was changed")))
    if recorded.get("format") != FORMAT:
        said.append(Message(QT_TRANSLATE_NOOP("messages", "the journal's format was changed")))
    known = {s["id"]: s for s in recorded.get("slots", ()) if isinstance(s, dict) and "id" in s}
    found = {i: _slot_value(i, s) for i, s in slots}
    for slot_id, slot in found.items():
        if slot_id not in known:
            said.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "a {name} was added that Afterglow didn't make"),
                    name=_name(slot["type"]),
                )
            )
        elif known[slot_id] != slot:
            said.extend(_changed(known[slot_id], slot))
    for slot_id, slot in known.items():
        if slot_id not in found:
            said.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "the {name} was removed"),
                    name=_name(slot.get("type")),
                )
            )
    return said


def verified(
    keys: JournalKeys, header: str | None, mac: str | None, vault_id: str, slots: Slots
) -> dict[str, Any]:
    """Check the header's MAC, then the file against it; return the vouched-for header.

    Raises:
        IntegrityError: the MAC doesn't fit (naming nothing: nothing in it can be
            trusted), or it fits and the file differs (naming each difference).
    """
    value = _parsed(header)
    if header is None or value is None or not same_mac(keys.header_mac(header.encode()), mac):
        raise IntegrityError(Message(HEADER_CHANGED))
    said = differences(value, vault_id, slots)
    if said:
        raise IntegrityError(Message(SLOTS_CHANGED, what=_joined(said)))
    return value


def recovery_slot(value: dict[str, Any]) -> keyslots.KeySlot:
    """The first recovery slot of a vouched-for header: the one backups are made for."""
    for slot in value["slots"]:
        if slot["type"] == keyslots.RECOVERY:
            return keyslots.KeySlot(slot["type"], slot["params"], base64.b64decode(slot["wrapped"]))
    raise IntegrityError(
        Message(QT_TRANSLATE_NOOP("messages", "The journal's recovery key slot is missing."))
    )
