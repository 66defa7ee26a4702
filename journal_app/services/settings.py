"""Preferences that say something about the person, kept encrypted in the vault."""

from __future__ import annotations

from typing import Any

from journal_app.domain.records import Record
from journal_app.domain.revision import Setting
from journal_app.services.vault import VaultService

DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 5,
    "reminders_enabled": True,
    "quiet_hours_from": "21:30",
    "quiet_hours_until": "08:30",
    "reminded_steps": [],
    "questionnaire_hints": True,
    "questionnaire_hint_dismissed": None,  # the day "Not today" was chosen
    "region": None,  # crisis lines: a region id from crisis.toml; None follows the locale
    "clinic_phone": "",  # the clinic's number as the person wrote it, for the sitter card
    "checkin_reminder": False,  # the daily check-in reminder (docs/reminders.md)
    "checkin_reminder_at": "20:00",
    "checkin_reminded_on": None,  # the day it was last shown
}


class SettingsService:
    """Read and write ``setting`` records by key."""

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def _record(self, key: str) -> Record | None:
        for record in self._vault.store.of_kind("setting"):
            if record.data.key == key:
                return record
        return None

    def get(self, key: str) -> Any:
        record = self._record(key)
        return record.data.value if record is not None else DEFAULTS.get(key)

    def set(self, key: str, value: Any) -> None:
        record = self._record(key)
        if record is None:
            self._vault.store.add(Setting(key, value))
        elif record.data.value != value:
            self._vault.store.update(record.id, Setting(key, value), keep_revision=False)
