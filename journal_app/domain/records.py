"""The record envelope every user datum travels in, and the registry of record kinds."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Protocol, Self, TypeVar

from journal_app.domain.errors import IntegrityError, ValidationError
from journal_app.messages import QT_TRANSLATE_NOOP, Message


class Payload(Protocol):
    """What every record kind (Entry, CheckIn, Journey...) provides."""

    KIND: ClassVar[str]
    SCHEMA: ClassVar[int]

    def to_data(self) -> dict[str, Any]: ...

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self: ...


@dataclass(frozen=True, slots=True)
class UnknownPayload:
    """A record of a kind this version does not know; kept untouched so nothing is lost."""

    kind: str
    schema: int
    raw: dict[str, Any]

    KIND: ClassVar[str] = "unknown"
    SCHEMA: ClassVar[int] = 0

    def to_data(self) -> dict[str, Any]:
        return self.raw

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls("unknown", 0, data)


T = TypeVar("T")
_KINDS: dict[str, type[Any]] = {}


def register_kind(cls: type[Any]) -> type[Any]:
    """Class decorator: make a payload class loadable by its KIND."""
    _KINDS[cls.KIND] = cls
    return cls


def trusted(cls: type[T], **fields: Any) -> T:
    """Build a payload without re-running its validation.

    Only for records read back from the vault: they were validated when written and are
    authenticated by AES-GCM, and validating 7,000 of them again costs a third of unlock.
    """
    payload = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(payload, name, value)
    return payload


def new_id() -> str:
    """Return a fresh random 128-bit record id as 32 hex digits."""
    return os.urandom(16).hex()


@dataclass(frozen=True, slots=True)
class Record:
    """One stored datum: an envelope of bookkeeping around a typed payload."""

    id: str
    kind: str
    schema: int
    created_at: str
    updated_at: str
    rev: int
    deleted_at: str | None
    data: Any

    @classmethod
    def create(cls, payload: Any, now: str, record_id: str | None = None) -> Record:
        """Wrap a new payload in a first-revision envelope."""
        return cls(
            id=record_id or new_id(),
            kind=payload.KIND,
            schema=payload.SCHEMA,
            created_at=now,
            updated_at=now,
            rev=1,
            deleted_at=None,
            data=payload,
        )

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def revised(self, payload: Any, now: str) -> Record:
        """Return the next revision of this record holding ``payload``."""
        return replace(self, data=payload, schema=payload.SCHEMA, updated_at=now, rev=self.rev + 1)

    def to_dict(self) -> dict[str, Any]:
        """Return the envelope as plain JSON-ready data."""
        data = self.data.raw if isinstance(self.data, UnknownPayload) else self.data.to_data()
        kind = self.data.kind if isinstance(self.data, UnknownPayload) else self.kind
        return {
            "id": self.id,
            "kind": kind,
            "schema": self.schema,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "rev": self.rev,
            "deleted_at": self.deleted_at,
            "data": data,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Record:
        """Rebuild a record from :meth:`to_dict` output, or raise IntegrityError."""
        try:
            kind = raw["kind"]
            payload_cls = _KINDS.get(kind)
            if payload_cls is None:
                payload: Any = UnknownPayload(kind, raw["schema"], raw["data"])
            else:
                payload = payload_cls.from_data(raw["data"])
            return cls(
                id=raw["id"],
                kind=kind,
                schema=raw["schema"],
                created_at=raw["created_at"],
                updated_at=raw["updated_at"],
                rev=raw["rev"],
                deleted_at=raw["deleted_at"],
                data=payload,
            )
        except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as error:
            raise IntegrityError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "A saved record could not be read ({reason})."),
                    reason=type(error).__name__,
                )
            ) from None
