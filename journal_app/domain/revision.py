"""Previous versions of edited records, and user settings that are sensitive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Self

from journal_app.domain.records import register_kind

REVISIONS_KEPT = 20


@register_kind
@dataclass(frozen=True, slots=True)
class Revision:
    """The whole envelope of a record as it was before an edit."""

    KIND: ClassVar[str] = "revision"
    SCHEMA: ClassVar[int] = 1

    record_id: str
    snapshot: dict[str, Any]

    @property
    def rev(self) -> int:
        return int(self.snapshot["rev"])

    def to_data(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "snapshot": self.snapshot}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(record_id=data["record_id"], snapshot=data["snapshot"])


@register_kind
@dataclass(frozen=True, slots=True)
class Setting:
    """A preference that says something about the person (reminder times, region)."""

    KIND: ClassVar[str] = "setting"
    SCHEMA: ClassVar[int] = 1

    key: str
    value: Any

    def to_data(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(key=data["key"], value=data["value"])
